// Timers fire in order of expiry, then insertion; ticks run between timer callbacks.
const out = [];
setTimeout(() => out.push('t20'), 20);
setTimeout(() => { out.push('t5a'); process.nextTick(() => out.push('tick after t5a')); }, 5);
setTimeout(() => out.push('t5b'), 5);
setTimeout(() => out.push('t0'), 0);
setTimeout(() => { out.push('t10'); setTimeout(() => out.push('t10+0'), 0); }, 10);
setTimeout(() => console.log(out.join(' ')), 60);
