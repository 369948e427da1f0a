// readFileSync/writeFileSync with encodings, options objects and Buffers.
const fs = require('fs');
const { p } = require('./fixtures/tmp');

fs.writeFileSync(p('a.txt'), 'h\u00e9llo w\u00f6rld\n');
const buf = fs.readFileSync(p('a.txt'));
console.log(Buffer.isBuffer(buf), buf.length, buf);
console.log(JSON.stringify(fs.readFileSync(p('a.txt'), 'utf8')));
console.log(fs.readFileSync(p('a.txt'), { encoding: 'hex' }));
console.log(fs.readFileSync(p('a.txt'), 'base64'));
console.log(JSON.stringify(fs.readFileSync(p('a.txt'), 'latin1')));
console.log(fs.readFileSync(p('a.txt'), { encoding: null }).length);
console.log(fs.readFileSync(p('a.txt'), { flag: 'r' }).length);
fs.writeFileSync(p('b.bin'), Buffer.from([0, 1, 2, 255]));
console.log(fs.readFileSync(p('b.bin')));
fs.writeFileSync(p('c.txt'), 'aGVsbG8=', 'base64');
console.log(fs.readFileSync(p('c.txt'), 'utf8'));
fs.writeFileSync(p('d.txt'), new Uint8Array([104, 105]));
console.log(fs.readFileSync(p('d.txt'), 'utf8'));
fs.writeFileSync(p('e.txt'), '');
console.log(fs.readFileSync(p('e.txt')).length, JSON.stringify(fs.readFileSync(p('e.txt'), 'utf8')));
const big = Buffer.alloc(200000, 'xyz');
fs.writeFileSync(p('big'), big);
console.log(fs.readFileSync(p('big')).equals(big));
