for (const fn of [setTimeout, setInterval, setImmediate]) {
  try { fn('not a function'); } catch (e) { console.log(fn.name, e.code, e.message); }
}
try { process.nextTick(null); } catch (e) { console.log('nextTick', e.code, e.message); }
