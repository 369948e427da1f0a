// Random numbers: shapes, ranges, argument errors (never the values themselves).
// Callbacks report into `later`, printed sorted at the end (their order is the thread pool's).
const crypto = require('crypto');
const later = [];
setTimeout(() => console.log(later.sort().join('\n')), 100);
const b = crypto.randomBytes(32);
console.log(Buffer.isBuffer(b), b.length, crypto.randomBytes(0).length);
console.log(crypto.randomBytes(64).equals(crypto.randomBytes(64)));
crypto.randomBytes(8, (err, buf) => later.push(`async ${err} ${buf.length}`));
const u8 = new Uint8Array(16);
console.log(crypto.randomFillSync(u8) === u8, crypto.randomFillSync(Buffer.alloc(10), 5).subarray(0, 5).toString('hex'));
const u32 = new Uint32Array(4);
crypto.randomFillSync(u32, 1, 2);
console.log(u32[0], u32[3]);
crypto.randomFill(new Uint8Array(4), (err, buf) => later.push(`randomFill ${err} ${buf.length}`));
let inRange = true;
const seen = new Set();
for (let i = 0; i < 2000; i++) {
  const n = crypto.randomInt(3, 9);
  if (n < 3 || n >= 9 || !Number.isInteger(n)) inRange = false;
  seen.add(n);
}
console.log(inRange, seen.size, crypto.randomInt(1) === 0);
crypto.randomInt(10, (err, n) => later.push(`randomInt async ${err} ${n >= 0 && n < 10}`));
const uuids = new Set();
let shaped = true;
for (let i = 0; i < 300; i++) {
  const id = crypto.randomUUID();
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id)) shaped = false;
  uuids.add(id);
}
console.log(shaped, uuids.size, globalThis.crypto.randomUUID().length);
const g = new Int16Array(8);
console.log(globalThis.crypto.getRandomValues(g) === g, crypto.getRandomValues(new Uint8Array(65536)).length);
console.log(typeof globalThis.crypto.subtle, globalThis.crypto === crypto.webcrypto, Object.prototype.toString.call(globalThis.crypto));
console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
const errors = [
  () => crypto.randomBytes(-1),
  () => crypto.randomBytes('1'),
  () => crypto.randomFillSync(Buffer.alloc(4), 5),
  () => crypto.randomFillSync(Buffer.alloc(4), 1, 4),
  () => crypto.randomFillSync('x'),
  () => crypto.randomInt(5, 5),
  () => crypto.randomInt(1.5),
  () => crypto.randomInt(0, 2 ** 49),
  () => crypto.getRandomValues(new Float64Array(2)),
  () => crypto.getRandomValues(new Uint8Array(65537)),
  () => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')),
  () => crypto.timingSafeEqual('a', 'a'),
];
for (const f of errors) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
