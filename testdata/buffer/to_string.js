// buf.toString(encoding, start, end) including malformed UTF-8 and odd ranges.
const bufs = [
  [], [0x61], [0xe9], [0xc3, 0xa9], [0xe2, 0x82], [0xe2, 0x82, 0xac, 0x41], [0xf0, 0x9f, 0x98, 0x80],
  [0xed, 0xa0, 0x80], [0xc0, 0x80], [0xf8, 0x80, 0x41], [0xff, 0xfe, 0x00, 0x80], [0xf4, 0x90, 0x80, 0x80],
  [0xe0, 0x80, 0x41], [0xf0, 0x9f, 0x98], [1, 2, 3, 4, 5],
];
const encodings = ['utf8', 'latin1', 'ascii', 'hex', 'base64', 'base64url', 'ucs2'];
function show(s) { return JSON.stringify(s).replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')); }
for (const b of bufs) {
  const buf = Buffer.from(b);
  for (const enc of encodings) {
    console.log(buf.toString('hex'), enc, show(buf.toString(enc)), show(buf.toString(enc, 1)), show(buf.toString(enc, 1, 3)));
  }
  console.log('default', show(buf.toString()), show(String(buf)));
}
const b = Buffer.from('abcdef');
const ranges = [[undefined, undefined], [-1, 2], [2, -1], [4, 2], [2, 100], [100, 200], [1.7, 3.9], ['1', '3'], [NaN, NaN], [null, null], [0, Infinity]];
for (const [s, e] of ranges) console.log(String(s), String(e), JSON.stringify(b.toString('utf8', s, e)));
for (const enc of ['', null, 'bogus', 0]) {
  try { console.log(b.toString(enc)); } catch (err) { console.log(err.code, err.message); }
}
console.log(b.toString(undefined, 1, 2), b.toLocaleString('hex'));
// Unaligned ucs2 decoding
const big = Buffer.alloc(41);
for (let i = 0; i < big.length; i++) big[i] = (i * 37) & 0xff;
console.log(show(big.toString('ucs2', 1)), show(big.subarray(1).toString('utf16le')));
