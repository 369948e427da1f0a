// isUtf8 / isAscii validation and transcode between text encodings.
const { isUtf8, isAscii, transcode } = require('buffer');
const inputs = [[], [0x61], [0xc3, 0xa9], [0xc3], [0xe2, 0x82, 0xac], [0xef, 0xbf, 0xbd], [0xed, 0xa0, 0x80], [0xc0, 0x80],
  [0xf4, 0x90, 0x80, 0x80], [0xf0, 0x9f, 0x98, 0x80], [0xff], [0x80], [0x7f, 0x00], [0xe0, 0xa0], [0xf0, 0x80, 0x80, 0x80]];
for (const b of inputs) {
  console.log(Buffer.from(b).toString('hex'), isUtf8(Buffer.from(b)), isUtf8(new Uint8Array(b).buffer), isAscii(Buffer.from(b)), isAscii(new Uint8Array(b)));
}
for (const bad of ['abc', 5, {}]) {
  try { isUtf8(bad); } catch (e) { console.log(e.code, e.message); }
  try { isAscii(bad); } catch (e) { console.log(e.code, e.message); }
}
console.log(transcode(Buffer.from('h\u00e9llo \u20ac'), 'utf8', 'ucs2'));
console.log(transcode(Buffer.from('h\u00e9llo \u20ac'), 'utf8', 'latin1'));
console.log(transcode(Buffer.from('h\u00e9llo \u20ac\ud83d\ude00'), 'utf8', 'ascii'));
console.log(transcode(Buffer.from('h\u00e9\u20ac', 'ucs2'), 'ucs2', 'utf8'));
console.log(transcode(Buffer.from([0xe9, 0x41]), 'latin1', 'utf8'));
console.log(transcode(Buffer.alloc(0), 'utf8', 'ucs2'));
try { transcode('x', 'utf8', 'ucs2'); } catch (e) { console.log(e.code, e.message); }
try { transcode(Buffer.from('abc'), 'utf8', 'hex'); } catch (e) { console.log(e.code, e.message); }
