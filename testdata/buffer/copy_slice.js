// buf.copy ranges and overlap; slice/subarray share memory.
const argSets = [[], [0], [2], [0, 1], [0, 1, 3], [1, 0, 10], [10], [1.5, 0.5, 3.7], ['1', '2'], [NaN, NaN, NaN], [0, 5, 2], [0, 10, 10], [Infinity], [0, Infinity]];
for (const a of argSets) {
  const s = Buffer.from('0123456789');
  const t = Buffer.alloc(6, 0x2e);
  console.log(JSON.stringify(a.map(String)), s.copy(t, ...a), t.toString());
}
for (const a of [[-1], [0, -1], [0, 0, -1], [0, 11]]) {
  try { Buffer.from('0123456789').copy(Buffer.alloc(6), ...a); console.log('no error'); } catch (e) { console.log(e.code, e.message); }
}
let s = Buffer.from('0123456789');
s.copy(s, 2, 0, 6);
console.log('overlap right', s.toString());
s = Buffer.from('0123456789');
s.copy(s, 0, 2);
console.log('overlap left', s.toString());
try { Buffer.from('a').copy('x'); } catch (e) { console.log(e.code, e.message); }
const u = new Uint8Array(4);
console.log(Buffer.from('abcdef').copy(u, 1), Array.from(u).join());
for (const [a, b] of [[], [1], [1, 3], [-2], [-2, -1], [3, 1], [100], [-100], [1.7, 3.2], ['1', '3'], [NaN, 2], [0, NaN], [undefined, 2], [Infinity], [-Infinity]]) {
  const x = Buffer.from('abcdef');
  const sl = x.slice(a, b);
  const y = Buffer.from('abcdef');
  const sub = y.subarray(a, b);
  sl.fill(0x5a);
  sub.fill(0x5a);
  console.log(String(a), String(b), sl.length, x.toString(), sub.length, y.toString(), sl instanceof Buffer, Buffer.isBuffer(sub), sl.buffer === x.buffer);
}
const base = Buffer.from('hello world');
const part = base.subarray(6);
console.log(part.toString(), part.byteOffset - base.byteOffset, part.slice(1, 3).toString(), part.subarray(-2).toString());
