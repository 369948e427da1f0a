const a = process.hrtime();
console.log(Array.isArray(a), a.length, Number.isInteger(a[0]), Number.isInteger(a[1]));
const d = process.hrtime(a);
console.log(d[0] >= 0, d[1] >= 0);
const b = process.hrtime.bigint();
console.log(typeof b, process.hrtime.bigint() >= b);
try { process.hrtime(1); } catch (e) { console.log(e.code, e.message); }
const t0 = process.hrtime.bigint();
setTimeout(() => console.log('elapsed >= 10ms', process.hrtime.bigint() - t0 >= 10000000n), 12);
