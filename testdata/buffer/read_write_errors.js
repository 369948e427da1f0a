// Range and type errors from numeric reads and writes, with Node's exact messages.
function tryIt(label, f) {
  try { console.log(label, 'ok', String(f())); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
const b = Buffer.alloc(4);
for (const o of [4, 5, -1, 1.5, '1', null, NaN, Infinity, {}]) {
  tryIt('readUInt8 ' + String(o), () => b.readUInt8(o));
  tryIt('readInt16LE ' + String(o), () => b.readInt16LE(o));
  tryIt('readUInt32BE ' + String(o), () => b.readUInt32BE(o));
  tryIt('readFloatLE ' + String(o), () => b.readFloatLE(o));
  tryIt('writeUInt16BE ' + String(o), () => b.writeUInt16BE(1, o));
}
tryIt('offset out of range 2', () => Buffer.alloc(3).readUInt16LE(3));
tryIt('small buffer', () => Buffer.alloc(2).readUInt32LE(0));
tryIt('empty buffer', () => Buffer.alloc(0).readUInt8(0));
tryIt('double small', () => Buffer.alloc(3).readDoubleLE());
tryIt('bigint small', () => Buffer.alloc(7).readBigInt64LE());
tryIt('bigint offset', () => Buffer.alloc(10).readBigUInt64BE(3));
tryIt('write double small', () => Buffer.alloc(3).writeDoubleLE(1));
const values = [['writeUInt8', 256], ['writeUInt8', -1], ['writeInt8', 128], ['writeInt8', -129], ['writeUInt16LE', 65536], ['writeInt16BE', -32769],
  ['writeUInt32LE', 2 ** 32], ['writeUInt32BE', -1], ['writeInt32LE', 2 ** 31], ['writeInt32BE', -(2 ** 31) - 1],
  ['writeBigUInt64LE', -1n], ['writeBigUInt64BE', 2n ** 64n], ['writeBigInt64LE', 2n ** 63n], ['writeBigInt64BE', -(2n ** 63n) - 1n]];
for (const [w, v] of values) tryIt(w + ' ' + String(v), () => Buffer.alloc(8)[w](v));
for (const bl of [1, 2, 3, 4, 5, 6]) {
  tryIt('writeUIntLE big ' + bl, () => Buffer.alloc(8).writeUIntLE(2 ** 48, 0, bl));
  tryIt('writeIntBE big ' + bl, () => Buffer.alloc(8).writeIntBE(-(2 ** 48), 0, bl));
  tryIt('writeIntLE oob ' + bl, () => Buffer.alloc(4).writeIntLE(1, 5 - bl, bl));
}
for (const bl of [0, 7, 1.5, '2', undefined, null]) {
  tryIt('readIntLE byteLength ' + String(bl), () => Buffer.alloc(8).readIntLE(0, bl));
  tryIt('writeUIntBE byteLength ' + String(bl), () => Buffer.alloc(8).writeUIntBE(1, 0, bl));
}
tryIt('readUIntLE no offset', () => Buffer.alloc(8).readUIntLE());
tryIt('readUIntLE bad offset', () => Buffer.alloc(8).readUIntLE('0', 2));
tryIt('writeUInt8 value first', () => Buffer.alloc(1).writeUInt16LE(1e6, 'x'));
