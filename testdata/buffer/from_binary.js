// Buffer.from on ArrayBuffers (shared memory), typed arrays, arrays, array-likes, objects.
const ab = new Uint8Array([1, 2, 3, 4, 5, 6]).buffer;
for (const [o, l] of [[], [1], [1, 2], [6], [undefined, 3], [NaN, 2], ['2', '2'], [2, -1], [2, 0], [1.5, 2.5]]) {
  const b = Buffer.from(ab, o, l);
  console.log(String(o), String(l), b.toString('hex'), b.byteOffset, b.buffer === ab);
}
for (const [o, l] of [[7], [0, 7], [-1]]) {
  try { Buffer.from(ab, o, l); } catch (e) { console.log(e.name, e.code, e.message); }
}
const shared = Buffer.from(ab, 2, 2);
shared[0] = 0x99;
console.log('shared:', new Uint8Array(ab)[2].toString(16));
const sab = new SharedArrayBuffer(4);
const sb = Buffer.from(sab, 1);
sb[0] = 9;
console.log('sab:', sb.length, new Uint8Array(sab)[1]);
const u = new Uint8Array([1, 2]);
const copied = Buffer.from(u);
u[0] = 9;
console.log('u8 copied:', copied);
console.log(Buffer.from(new Uint16Array([0x102, 0x304])), Buffer.from(new Float64Array([1.7, -1, 300])), Buffer.from(new Int8Array([-1, -128])));
console.log(Buffer.from([1, 256, -1, 1.5, 'x', '7', null, true]));
console.log(Buffer.from({ length: 3, 0: 1, 1: 2 }), Buffer.from({ length: '3', 0: 1 }), Buffer.from({ length: -1 }));
console.log(Buffer.from({ type: 'Buffer', data: [1, 2] }), Buffer.from(new String('abc')));
console.log(Buffer.from({ valueOf() { return 'beef'; } }, 'hex'), Buffer.from({ valueOf() { return [1, 2]; } }));
console.log(Buffer.from({ [Symbol.toPrimitive]() { return 'abcd'; } }, 'hex'));
console.log(Buffer.from(new DataView(ab)));
const orig = Buffer.from('abc');
const dup = Buffer.from(orig);
dup[0] = 0x7a;
console.log(orig.toString(), dup.toString());
for (const v of [1, null, undefined, true, {}, Symbol.iterator, () => 1, 5n]) {
  try { Buffer.from(v); } catch (e) { console.log(e.code, e.message); }
}
