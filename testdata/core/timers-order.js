// Timers fire in order of expiry, then insertion; ticks run between timer callbacks.
// (t50: a wide margin over t10's 0 ms timer for a loaded machine.)
const out = [];
setTimeout(() => out.push('t50'), 50);
setTimeout(() => { out.push('t5a'); process.nextTick(() => out.push('tick after t5a')); }, 5);
setTimeout(() => out.push('t5b'), 5);
setTimeout(() => out.push('t0'), 0);
setTimeout(() => { out.push('t10'); setTimeout(() => out.push('t10+0'), 0); }, 10);
setTimeout(() => console.log(out.join(' ')), 90);
