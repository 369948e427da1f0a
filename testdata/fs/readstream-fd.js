// createReadStream on an fd: no 'open'; autoClose: false leaves the fd open.
const fs = require('fs');
const { p } = require('./fixtures/tmp');

fs.writeFileSync(p('f'), 'from a descriptor');
const fd = fs.openSync(p('f'), 'r');
const rs = fs.createReadStream(null, { fd, autoClose: false, start: 5 });
console.log(rs.pending, rs.path);
rs.on('open', () => console.log('open (unexpected)'));
let text = '';
rs.on('data', (c) => { text += c; });
rs.on('end', () => {
  console.log('end', text);
  const b = Buffer.alloc(4);
  console.log('fd still open', fs.readSync(fd, b, 0, 4, 0), b.toString());
  const rs2 = fs.createReadStream('', { fd, start: 0, end: 3 });
  rs2.on('data', (c) => console.log('second', c.toString()));
  rs2.on('close', () => {
    try {
      fs.fstatSync(fd);
      console.log('fd open after autoClose');
    } catch (e) {
      console.log('fd closed', e.code);
    }
  });
});
rs.on('close', () => console.log('close (unexpected with autoClose false)'));
