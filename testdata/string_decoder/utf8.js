const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
const euro = Buffer.from([0xe2, 0x82, 0xac]);
console.log(JSON.stringify([d.write(euro.subarray(0, 1)), d.write(euro.subarray(1, 2)), d.write(euro.subarray(2))]));
const emoji = Buffer.from('\u{1F600}');
console.log(JSON.stringify([d.write(emoji.subarray(0, 3)), d.end(emoji.subarray(3))]));
console.log(JSON.stringify([d.write(Buffer.from([0xe2, 0x82])), d.end()]));
console.log(JSON.stringify([d.write(Buffer.from([0xe2])), d.write(Buffer.from([0x41]))]), d.end() === '');
console.log(JSON.stringify(d.write(new Uint8Array([0x68, 0x69]))), d.write('str'), d.encoding);
const all = Buffer.from('h\u00e9llo \u20ac \u{1F600} \u4f60\u597d');
let out = '';
const d2 = new StringDecoder();
for (let i = 0; i < all.length; i++) out += d2.write(all.subarray(i, i + 1));
console.log(out + d2.end());
try { new StringDecoder('bogus'); } catch (e) { console.log(e.name, e.code, e.message); }
try { d.write(5); } catch (e) { console.log(e.name, e.code); }
