// Float/Double and BigInt64 reads and writes in both byte orders.
for (const v of [0, -0, 1.5, -2.25, 0.1, 1e40, -1e-50, Infinity, -Infinity, NaN, 3.4028234663852886e38, 'x', '2.5']) {
  const b = Buffer.alloc(12);
  const r1 = b.writeFloatLE(v, 0);
  const r2 = b.writeFloatBE(v, 4);
  console.log('float', String(v), r1, r2, b.toString('hex'), Object.is(b.readFloatLE(0), -0), b.readFloatLE(0), b.readFloatBE(4));
  const d = Buffer.alloc(17);
  d.writeDoubleLE(v, 0);
  d.writeDoubleBE(v, 9);
  console.log('double', String(v), d.toString('hex'), d.readDoubleLE(0), d.readDoubleBE(9));
}
const odd = Buffer.from([0, 0, 0xc0, 0x7f, 0, 0, 0, 0, 0, 0, 0xf8, 0x7f]);
console.log(odd.readFloatLE(0), odd.readFloatBE(1), odd.readDoubleLE(4), odd.readDoubleBE(3));
for (const v of [0n, 1n, -1n, 255n, 0x0102030405060708n, 2n ** 63n - 1n, -(2n ** 63n), 2n ** 64n - 1n]) {
  const b = Buffer.alloc(16);
  let out = '';
  try { b.writeBigUInt64LE(v, 0); b.writeBigUInt64BE(v, 8); out += b.toString('hex') + ' ' + b.readBigUInt64LE(0) + ' ' + b.readBigUInt64BE(8); } catch (e) { out += e.code + ' ' + e.message; }
  out += ' | ';
  try { b.writeBigInt64LE(v, 0); b.writeBigInt64BE(v, 8); out += b.toString('hex') + ' ' + b.readBigInt64LE(0) + ' ' + b.readBigInt64BE(8); } catch (e) { out += e.code + ' ' + e.message; }
  console.log(String(v), out);
}
const bb = Buffer.from('0102030405060708090a', 'hex');
console.log(bb.readBigUInt64LE(1), bb.readBigInt64BE(2), bb.readBigUInt64BE(), bb.readBigInt64LE());
try { Buffer.alloc(8).writeBigInt64LE(5); } catch (e) { console.log(e.name); }
console.log(Buffer.alloc(9).writeBigInt64LE(1n, 1), Buffer.alloc(8).writeDoubleBE(1));
