// performance: a clock from the process start, the epoch time origin, marks and measures.
const perf = require('perf_hooks');
const { performance } = perf;
console.log(performance === globalThis.performance, typeof PerformanceMark, typeof PerformanceEntry);
const t0 = performance.now();
console.log(typeof t0, t0 > 0, t0 < 10000);
// timeOrigin + now() is the wall clock (within a second, for a loaded machine).
console.log(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
console.log(Object.keys(performance.toJSON()).includes('timeOrigin'));
let spin = performance.now();
while (performance.now() - spin < 2);
console.log(performance.now() > t0);

// A whole start time, so that the differences below are exact.
const a = performance.mark('a', { startTime: 100, detail: { step: 1 } });
console.log(a instanceof PerformanceMark, a instanceof PerformanceEntry, a.entryType, a.name, a.duration, a.detail);
const b = performance.mark('b', { startTime: a.startTime + 5 });
console.log(b.startTime - a.startTime);
const m = performance.measure('a to b', 'a', 'b');
console.log(m.constructor.name, m.entryType, m.duration, m.startTime === a.startTime, m.detail);
console.log(performance.measure('span', { start: 1, end: 4 }).duration);
console.log(performance.measure('dur', { start: 2, duration: 3 }).startTime);
console.log(performance.measure('from zero').startTime);
console.log(JSON.stringify(performance.mark('j', { startTime: 7, detail: [1] })));
console.log(performance.getEntriesByType('mark').map((e) => e.name).join());
console.log(performance.getEntriesByName('a').length, performance.getEntriesByName('a', 'measure').length);
console.log(performance.getEntries().every((e, i, all) => i === 0 || all[i - 1].startTime <= e.startTime));
performance.clearMarks('a');
console.log(performance.getEntriesByType('mark').map((e) => e.name).join());
performance.clearMarks();
performance.clearMeasures();
console.log(performance.getEntries().length);

try { performance.measure('x', 'no such mark'); } catch (e) { console.log(e.name, e.code, e.message); }
try { performance.mark(); } catch (e) { console.log(e.name, e.code, e.message); }
try { new PerformanceEntry(); } catch (e) { console.log(e.name, e.code, e.message); }
try { new perf.Performance(); } catch (e) { console.log(e.name, e.code, e.message); }
