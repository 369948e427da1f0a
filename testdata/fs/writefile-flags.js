// writeFile flags and modes; data of every accepted type, and refused ones.
const fs = require('fs');
const { p, attempt } = require('./fixtures/tmp');

fs.writeFileSync(p('a'), 'one');
attempt('wx on existing', () => fs.writeFileSync(p('a'), 'two', { flag: 'wx' }));
fs.writeFileSync(p('a'), '+two', { flag: 'a' });
console.log(fs.readFileSync(p('a'), 'utf8'));
fs.writeFileSync(p('a'), 'three');
console.log(fs.readFileSync(p('a'), 'utf8'));
fs.writeFileSync(p('m'), 'x', { mode: 0o600 });
console.log((fs.statSync(p('m')).mode & 0o777).toString(8));
fs.writeFileSync(p('hex'), '68656c6c6f', 'hex');
console.log(fs.readFileSync(p('hex'), 'utf8'));
fs.writeFileSync(p('u16'), new Uint16Array([0x6968]));
console.log(fs.readFileSync(p('u16'), 'utf8'));
fs.writeFileSync(p('dv'), new DataView(new Uint8Array([111, 107]).buffer));
console.log(fs.readFileSync(p('dv'), 'utf8'));
attempt('number data', () => fs.writeFileSync(p('n'), 42));
attempt('object data', () => fs.writeFileSync(p('n'), { a: 1 }));
attempt('into missing dir', () => fs.writeFileSync(p('no', 'such'), 'x'));
attempt('onto a dir', () => fs.writeFileSync(p(), 'x'));
attempt('bad mode', () => fs.writeFileSync(p('z'), 'x', { mode: 'rw' }));
