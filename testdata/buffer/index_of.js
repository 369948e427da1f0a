// indexOf / lastIndexOf / includes with strings, numbers, buffers, offsets and encodings.
const hay = Buffer.from('abcabcxyz\u00e9\u20acab');
const needles = ['a', 'abc', 'bc', 'z', 'zz', '', '\u00e9', '\u20ac', 'cx', 97, 98, 97 + 256, -1, 0, 'YWJj', '6162', Buffer.from('ca'), Buffer.from(''), new Uint8Array([99, 120])];
const offsets = [undefined, 0, 1, 3, -1, -3, -100, 100, 2.5, 'latin1', 'hex', NaN, null, 13, 14, 15, 16];
for (const n of needles) {
  const name = Buffer.isBuffer(n) || n instanceof Uint8Array ? 'buf:' + Buffer.from(n).toString('hex') : JSON.stringify(n);
  for (const o of offsets) {
    const row = [];
    for (const enc of [undefined, 'base64', 'hex', 'latin1']) {
      row.push(hay.indexOf(n, o, enc), hay.lastIndexOf(n, o, enc), hay.includes(n, o, enc));
    }
    console.log(name, String(o), row.join(' '));
  }
}
const u = Buffer.from('abcdabcd', 'ucs2');
for (const n of ['b', 'bc', 'cd', 'a', 'ab']) {
  console.log('ucs2', n, [undefined, 0, 1, 2, -1, -2, 5, 100].map((o) => u.indexOf(n, o, 'ucs2') + '/' + u.lastIndexOf(n, o, 'ucs2')).join(' '));
}
const odd = Buffer.from('\u6100bcdabcd', 'ucs2');
console.log('ucs2 aligned only', odd.indexOf(Buffer.from('a', 'ucs2'), 0, 'ucs2'), odd.indexOf(Buffer.from('a', 'ucs2')));
console.log(Buffer.alloc(0).indexOf('a'), Buffer.alloc(0).indexOf(''), Buffer.alloc(0).lastIndexOf(''), Buffer.alloc(0).indexOf(Buffer.alloc(0), 5));
const x = Buffer.from('aXbXc');
console.log(x.lastIndexOf(88), x.lastIndexOf(88, 2), x.lastIndexOf(88, -3), x.lastIndexOf(88, -10), x.indexOf(88, -2), x.indexOf(88, 10));
for (const bad of [{}, null, undefined, true, [97]]) {
  try { hay.indexOf(bad); } catch (e) { console.log(e.code, e.message); }
}
try { hay.indexOf('a', 0, 'bogus'); } catch (e) { console.log(e.code, e.message); }
console.log(hay.indexOf(Buffer.from('a'), 0, 'bogus'));
const big = Buffer.alloc(20000, 'ab');
big.write('needle', 15000);
console.log(big.indexOf('needle'), big.lastIndexOf('needle'), big.indexOf('needle', 15001), big.lastIndexOf('needle', 14999), big.includes('needlf'));
