// Buffer.alloc with fill values and encodings; buf.fill argument shuffling.
const fills = [undefined, 0, 1, 257, -1, 1.7, 'a', 'ab', '', '\u00e9', '\u20ac', 'abc', 'YWJj', true, null, new Uint8Array([1, 2, 3]), new Uint16Array([0x102, 0x304])];
for (const f of fills) {
  for (const enc of [undefined, 'utf8', 'hex', 'base64', 'latin1', 'ucs2']) {
    let out;
    try { out = Buffer.alloc(7, f, enc).toString('hex'); } catch (e) { out = e.code + ' ' + e.message; }
    console.log(Object.prototype.toString.call(f), String(f), enc, out);
  }
}
const fillArgs = [[1], [1, 2], [1, 2, 4], [1, 5, 2], [1, 0, 7], ['ab', 1], ['ab', 'hex'], ['abcd', 1, 'hex'], ['abcd', 1, 5, 'hex'],
  ['a', 1, 5, 'ucs2'], ['\u0101', 'latin1'], ['x', 2, 2], ['x', 3, 2], [Buffer.from('xyz'), 1], [Buffer.from('xyz'), 1, 6]];
for (const a of fillArgs) {
  const b = Buffer.alloc(7);
  const r = b.fill(...a);
  console.log(JSON.stringify(a.map(String)), b.toString('hex'), r === b);
}
const errArgs = [['zz', 'hex'], [new Uint8Array(0)], [1, -1], [1, 0, 9], [1, 1.5], [1, '1'], ['ab', 1, 5, 'bogus'], ['ab', 1, 5, 5]];
for (const a of errArgs) {
  try { Buffer.alloc(7).fill(...a); console.log('no error'); } catch (e) { console.log(e.code, e.message.replace(/<= \d+\./, '<= MAX.')); }
}
for (const a of [[5, 'ab', 'bogus'], [5, 'ab', 5], ['5'], [-1.5, 'x'.slice(1)]]) {
  try { Buffer.alloc(...a); console.log('no error'); } catch (e) { console.log(e.code, e.name); }
}
console.log(Buffer.alloc(0, 'abc').length, Buffer.allocUnsafe(3).length, Buffer.allocUnsafeSlow(4).length);
