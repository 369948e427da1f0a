// Buffer.byteLength for strings in each encoding and for binary inputs.
const strs = ['', 'a', 'hello', '\u00e9', '\u20ac', '\ud83d\ude00', '\ud800', '\udc00x', 'aGVsbG8=', 'aGVsbG8', 'YQ==', 'abc=def', '=', 'abcdef0', 'x'.repeat(1000)];
const encs = [undefined, 'utf8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url', 'bogus', 'HEX'];
for (const s of strs) {
  console.log(s.length, encs.map((e) => Buffer.byteLength(s, e)).join(' '));
}
console.log(Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(5)), Buffer.byteLength(new DataView(new ArrayBuffer(7))), Buffer.byteLength(Buffer.alloc(4)));
for (const v of [5, {}, undefined, null, [1, 2]]) {
  try { Buffer.byteLength(v); } catch (e) { console.log(e.code, e.message); }
}
