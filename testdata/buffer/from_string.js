// Buffer.from(string, encoding) across every encoding, including invalid input.
const { Buffer } = require('buffer');

const inputs = ['', 'hello', 'h\u00e9llo', '\u20ac uro', '\ud83d\ude00!', 'lone \ud800 hi', 'tail \udc00', '\u00ff\u0100\u0141'];
const encodings = ['utf8', 'utf-8', 'UTF8', 'ucs2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'ascii'];
for (const s of inputs) {
  for (const enc of encodings) {
    console.log(JSON.stringify(s), enc, Buffer.from(s, enc).toString('hex'));
  }
}
const hexInputs = ['', '00ff10', 'ABCDEF', 'abc', 'zz11', '1z11', '12zz34', '0g', '  12'];
for (const s of hexInputs) console.log('hex', JSON.stringify(s), Buffer.from(s, 'hex').toString('hex'));
const b64Inputs = ['', 'aGVsbG8=', 'aGVsbG8', 'aGVs bG8\n', 'YQ==YQ==', 'Y!Q=', '-_-_', '+/+/', 'Zg', 'Zg=', 'Z', '====', 'A===', 'QUJD\tREVG'];
for (const s of b64Inputs) {
  console.log('base64', JSON.stringify(s), Buffer.from(s, 'base64').toString('hex'), Buffer.from(s, 'base64url').toString('hex'));
}
// Non-string encoding arguments mean utf8; an empty string too.
console.log(Buffer.from('abc', 5).toString('hex'), Buffer.from('abc', '').toString('hex'), Buffer.from('abc', null).toString('hex'));
for (const enc of ['bogus', 'utf32', 'UTF-16']) {
  try { Buffer.from('abc', enc); } catch (e) { console.log(e.code, e.message); }
}
