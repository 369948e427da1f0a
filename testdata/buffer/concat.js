// Buffer.concat with and without totalLength, and its errors.
const { Buffer } = require('buffer');
const a = Buffer.from('ab');
const b = Buffer.from('cd');
const u = new Uint8Array([0x45, 0x46]);
console.log(Buffer.concat([a, b, u]).toString());
for (const len of [0, 1, 3, 4, 6, 8, 10, undefined]) {
  const r = Buffer.concat([a, b, u], len);
  console.log(len, r.length, r.toString('hex'));
}
console.log(Buffer.concat([]).length, Buffer.concat([Buffer.alloc(0)]).length);
const c = Buffer.concat([a]);
c[0] = 0x7a;
console.log('copied:', a.toString(), c.toString());
for (const args of [['x'], [[a, 'x']], [[a, [1, 2]]], [[a], -1], [[a], 1.5], [[a], '2'], [{}]]) {
  try { Buffer.concat(...args); console.log('no error'); } catch (e) { console.log(e.code, e.message.replace(/<= \d+/, '<= MAX')); }
}
