// buf.write(string, offset, length, encoding) argument forms, truncation and errors.
const strs = ['', 'a', 'hello world', 'h\u00e9llo', '\u20ac\u20ac', '\ud83d\ude00x', '\ud800', 'aGVsbG8=', '0123456789abcdef', 'zz', '1z', 'abc'];
const forms = [[], [0], [1], [2, 3], [0, 1], [4, 100], [5, 0], [6, 1], [3, 'hex'], ['hex'], ['base64'], ['ucs2'], ['latin1'], [1, 'ascii'],
  [1, 4, 'ucs2'], [0, 3, 'ucs2'], [0, 2, 'hex'], [1, 5, 'base64url'], [0, 6, 'utf8'], [2, 2, 'utf8'], [0, 3, 'UTF-8']];
for (const s of strs) {
  for (const f of forms) {
    const b = Buffer.alloc(6, 0xaa);
    let out;
    try { out = b.write(s, ...f) + ' ' + b.toString('hex'); } catch (e) { out = e.code + ' ' + e.message; }
    console.log(JSON.stringify(s).replace(/[\u007f-\uffff]/g, '?'), JSON.stringify(f), out);
  }
}
for (const f of [[-1, 1], [1.5, 2], [7], [0, -1], [0, 7], [0, 1, 'bogus']]) {
  try { Buffer.alloc(6).write('abc', ...f); console.log('no error'); } catch (e) { console.log(e.code, e.message); }
}
try { Buffer.alloc(6).write(5); } catch (e) { console.log(e.code, e.message); }
// utf8 never writes a partial character
const b = Buffer.alloc(5);
console.log(b.write('ab\u20acd'), b.toString('hex'), b.write('\u20ac\u20ac'), b.toString('hex'), b.write('\ud83d\ude00\ud83d\ude00', 1), b.toString('hex'));
