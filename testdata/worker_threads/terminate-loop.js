// worker.terminate() stops a worker that never leaves an endless loop; the promise
// gives exit code 1.
'use strict';
const { Worker } = require('worker_threads');
const w = new Worker(`
  require('worker_threads').parentPort.postMessage('looping');
  for (;;) {}
`, { eval: true });
w.on('message', async (m) => {
  console.log('message', m);
  const code = await w.terminate();
  console.log('terminated with', code);
});
w.on('exit', (code) => console.log('exit event', code));
