'use strict';
// Strings longer than 16 UTF-8 bytes take another conversion path than short ones:
// ASCII, latin-1, two-byte text and lone surrogates must come out as Node writes them.
const { createHash } = require('crypto');
const inputs = [
  'x'.repeat(17),
  'ascii only, and long enough to pass the short path',
  'x'.repeat(20) + '\u00e9',
  '\u00f1and\u00fa '.repeat(10),
  '\u00ff'.repeat(40),
  '\u0141'.repeat(17),
  'a\ud800b'.repeat(8),
  'tail \udc00'.repeat(5),
  '\ud83d\ude00'.repeat(9),
  'mixed \u00e9 \u20ac \ud83d\ude00 \ud800 end'.repeat(3),
  'a'.repeat(70000),
  '\u00e9'.repeat(40000),
];
for (const s of inputs) {
  const b = Buffer.from(s);
  const md5 = createHash('md5').update(s).digest('hex');
  console.log(s.length, b.length, Buffer.byteLength(s), b.subarray(0, 24).toString('hex'), md5);
  console.log('  round trip:', b.toString() === s.toWellFormed());
}
