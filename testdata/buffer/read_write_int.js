// Integer reads and writes: 8/16/32-bit, variable width 1-6 bytes, both endians, aliases.
const src = Buffer.from([0x01, 0x82, 0xff, 0x7f, 0x80, 0x00, 0xfe, 0x12, 0x34, 0x56]);
const reads = ['readUInt8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readInt16LE', 'readInt16BE', 'readUInt32LE', 'readUInt32BE', 'readInt32LE', 'readInt32BE'];
for (const r of reads) {
  const vals = [];
  for (let o = 0; o < 10; o++) {
    try { vals.push(src[r](o)); } catch (e) { vals.push(e.code); }
  }
  console.log(r, vals.join(' '), src[r]());
}
for (const r of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE']) {
  for (let bl = 1; bl <= 6; bl++) {
    console.log(r, bl, src[r](0, bl), src[r](4, bl), src[r](10 - bl, bl));
  }
}
const writes = [
  ['writeUInt8', [0, 255, 1.5, '7', NaN]], ['writeInt8', [-128, 127, -1]],
  ['writeUInt16LE', [0, 65535, 0x1234]], ['writeUInt16BE', [0x1234]], ['writeInt16LE', [-32768, 32767, -2]], ['writeInt16BE', [-2]],
  ['writeUInt32LE', [0xdeadbeef]], ['writeUInt32BE', [0xdeadbeef]], ['writeInt32LE', [-1, -(2 ** 31)]], ['writeInt32BE', [-2, 2 ** 31 - 1]],
];
for (const [w, vals] of writes) {
  for (const v of vals) {
    const b = Buffer.alloc(6);
    const r = b[w](v, 1);
    console.log(w, String(v), r, b.toString('hex'));
  }
}
for (const w of ['writeUIntLE', 'writeUIntBE', 'writeIntLE', 'writeIntBE']) {
  for (const v of [0, 1, 255, 0x123456, 0x123456789abc]) {
    for (let bl = 1; bl <= 6; bl++) {
      const b = Buffer.alloc(7);
      let out;
      try { out = b[w](w.includes('UInt') ? v : -v, 1, bl) + ' ' + b.toString('hex'); } catch (e) { out = e.code; }
      console.log(w, v, bl, out);
    }
  }
}
const b = Buffer.alloc(6);
b.writeIntLE(-123456789012, 0, 6);
console.log(b.readIntLE(0, 6), b.readIntBE(0, 6), b.readUIntLE(0, 6), b.readUIntBE(0, 6));
const p = Buffer.prototype;
console.log(p.readUint8 === p.readUInt8, p.writeUint32LE === p.writeUInt32LE, p.readUintBE === p.readUIntBE, p.readBigUint64LE === p.readBigUInt64LE, p.writeBigUint64BE === p.writeBigUInt64BE);
