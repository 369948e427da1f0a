// readv/writev, read into typed arrays, and bigint positions.
const fs = require('fs');
const { p } = require('./fixtures/tmp');

const fd = fs.openSync(p('f'), 'w+');
console.log(fs.writevSync(fd, [Buffer.from('ab'), Buffer.from('cd'), Buffer.from('ef')], 0));
const a = Buffer.alloc(3);
const b = Buffer.alloc(2);
console.log(fs.readvSync(fd, [a, b], 1), a.toString(), b.toString());
const u16 = new Uint16Array(2);
console.log(fs.readSync(fd, u16, 0, 4, 0), u16[0] === 0x6261);
console.log(fs.readSync(fd, Buffer.alloc(2), 0, 2, 4n));
fs.writev(fd, [Buffer.from('XY')], 2, (e, n, bufs) => {
  console.log('writev', e, n, bufs.length);
  const c = Buffer.alloc(6);
  fs.readv(fd, [c], 0, (e2, n2) => {
    console.log('readv', e2, n2, c.toString());
    fs.closeSync(fd);
  });
});
