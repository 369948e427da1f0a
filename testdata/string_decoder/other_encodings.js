const { StringDecoder } = require('string_decoder');
const buf = Buffer.from('\u{1F600}abc\u00e9', 'utf16le');
for (const enc of ['utf16le', 'ucs2', 'base64', 'base64url', 'hex', 'latin1', 'binary', 'ascii']) {
  const d = new StringDecoder(enc);
  const parts = [];
  for (let i = 0; i < buf.length; i += 3) parts.push(d.write(buf.subarray(i, i + 3)));
  parts.push(d.end());
  console.log(d.encoding, JSON.stringify(parts));
}
const u = new StringDecoder('utf16le');
console.log(JSON.stringify([u.write(Buffer.from([0x3d, 0xd8])), u.end()]));
