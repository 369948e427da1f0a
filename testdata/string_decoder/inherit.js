// StringDecoder is a plain constructor function, as in Node: decoders of other
// libraries (iconv-lite) inherit from it with StringDecoder.call(this, encoding).
const { StringDecoder } = require('string_decoder');
function Wrapped(encoding) {
  StringDecoder.call(this, encoding);
  this.wrapped = true;
}
Wrapped.prototype = Object.create(StringDecoder.prototype);
const w = new Wrapped('utf8');
console.log(w.wrapped, w.encoding, w instanceof StringDecoder);
console.log(JSON.stringify(w.write(Buffer.from([0xe2, 0x82]))), w.lastNeed, w.lastTotal, w.lastChar.subarray(0, 2));
console.log(w.write(Buffer.from([0xac])), JSON.stringify(w.end()));
console.log(Object.getOwnPropertyNames(StringDecoder.prototype).join());
console.log(typeof StringDecoder, Object.keys(new StringDecoder('hex')).includes('encoding'));
