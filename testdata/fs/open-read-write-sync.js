// openSync/readSync/writeSync/closeSync with offsets, lengths and positions.
const fs = require('fs');
const { p } = require('./fixtures/tmp');

const fd = fs.openSync(p('f'), 'w+');
console.log(typeof fd, Number.isInteger(fd));
console.log(fs.writeSync(fd, 'hello world'));
console.log(fs.writeSync(fd, Buffer.from('XY'), 0, 2, 0));
console.log(fs.writeSync(fd, '!', 11));
console.log(fs.writeSync(fd, 'caf\u00e9', null, 'latin1'));
const buf = Buffer.alloc(20);
console.log(fs.readSync(fd, buf, 0, 20, 0), JSON.stringify(buf.toString('latin1')));
const b2 = Buffer.alloc(5, '.');
console.log(fs.readSync(fd, b2, 1, 3, 6), b2.toString());
console.log(fs.readSync(fd, b2, { position: 2, length: 2 }), b2.toString());
console.log(fs.readSync(fd, Buffer.alloc(4), 0, 4, 100));
console.log(fs.readSync(fd, Buffer.alloc(0), 0, 0, 0));
console.log(fs.writeSync(fd, new Uint8Array([65, 66, 67]), 1, 1, 0));
fs.closeSync(fd);
console.log(fs.readFileSync(p('f'), 'latin1'));

// Reading at the current position moves it.
const rfd = fs.openSync(p('f'), 'r');
const c = Buffer.alloc(3);
console.log(fs.readSync(rfd, c, 0, 3, null), c.toString());
console.log(fs.readSync(rfd, c, 0, 3, null), c.toString());
console.log(fs.readSync(rfd, c, 0, 3, -1), c.toString());
fs.closeSync(rfd);
