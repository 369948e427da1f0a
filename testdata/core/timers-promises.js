const tp = require('timers/promises');
(async () => {
  console.log(await tp.setTimeout(5, 'value'));
  console.log(await tp.setImmediate('imm'));
  const ac = new AbortController();
  const p = tp.setTimeout(1000, 'x', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log(e.name, e.code, e.message); }
  let n = 0;
  for await (const v of tp.setInterval(2, 'tick')) { console.log(v, ++n); if (n === 3) break; }
  console.log(require('timers').promises === tp);
})();
