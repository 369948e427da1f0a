// Buffer's class shape: Uint8Array subclass, statics, species, parent/offset, isBuffer/isEncoding.
const buffer = require('buffer');
const { Buffer } = buffer;
console.log(Buffer === globalThis.Buffer, Buffer.name, Buffer.length, typeof Buffer);
const b = Buffer.alloc(2);
console.log(b instanceof Buffer, b instanceof Uint8Array, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype, b.constructor === Buffer, Object.getPrototypeOf(Buffer) === Uint8Array);
console.log(Object.prototype.toString.call(b), ArrayBuffer.isView(b), b.BYTES_PER_ELEMENT);
const m = Buffer.from([1, 2, 3]).map((x) => x * 2);
console.log(m instanceof Buffer, m, Buffer.from([1, 2, 3]).filter((x) => x > 1), Buffer.from([3, 1, 2]).sort(), Buffer.from([1, 2]).reverse());
console.log(Buffer.of(1, 2, 300), Buffer.of(1) instanceof Buffer, Buffer.of().length);
console.log([...Buffer.from('ab')], Array.from(Buffer.from('cd').entries()).join(';'), Buffer.from('xy').at(-1));
const ab = new ArrayBuffer(8);
const v = Buffer.from(ab, 2);
console.log(v.parent === ab, v.offset, Buffer.prototype.parent, Buffer.prototype.offset, Object.keys(Buffer.prototype).filter((k) => k === 'parent' || k === 'offset'));
console.log(Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('a'), Buffer.isBuffer());
const encs = ['utf8', 'UTF-8', 'hex', 'Hex', 'binary', 'ucs-2', 'UCS2', 'utf16le', 'base64url', 'latin1', 'ascii', '', 'bogus', null, undefined, 5, 'utf-16', 'utf32'];
console.log(encs.map((e) => String(e) + '=' + Buffer.isEncoding(e)).join(' '));
console.log(Buffer.poolSize, typeof Buffer.from, typeof Buffer.alloc, typeof Buffer.allocUnsafe, typeof Buffer.allocUnsafeSlow, typeof Buffer.copyBytesFrom);
const c = Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1);
console.log(c, Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1), Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 5), Buffer.copyBytesFrom(new Uint8Array(0)));
for (const a of [[[1, 2]], [new Uint8Array(2), -1], [new Uint8Array(2), 1.5], [new Uint8Array(2), 0, 'x']]) {
  try { Buffer.copyBytesFrom(...a); } catch (e) { console.log(e.code, e.message.replace(/<= \d+\./, '<= MAX.')); }
}
const src = new Uint8Array([1, 2]);
const cp = Buffer.copyBytesFrom(src);
src[0] = 5;
console.log(cp);
console.log(typeof Buffer.prototype.hexSlice, typeof Buffer.prototype.utf8Write, Buffer.from('abc').latin1Slice(1, 2), Buffer.from('abc').hexSlice());
