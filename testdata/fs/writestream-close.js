// WriteStream.close(cb), destroySoon and autoClose: false.
const fs = require('fs');
const { p } = require('./fixtures/tmp');

const ws = fs.createWriteStream(p('a'));
ws.write('one');
ws.close((e) => {
  console.log('close callback', e, fs.readFileSync(p('a'), 'utf8'), ws.closed);
  const keep = fs.createWriteStream(p('b'), { autoClose: false });
  keep.on('close', () => console.log('close (unexpected with autoClose false)'));
  keep.end('kept', () => {
    console.log('finished', typeof keep.fd, fs.fstatSync(keep.fd).size);
    fs.closeSync(keep.fd);
    const soon = fs.createWriteStream(p('c'));
    soon.write('x');
    soon.destroySoon();
    soon.on('close', () => console.log('destroySoon', fs.readFileSync(p('c'), 'utf8')));
  });
});
