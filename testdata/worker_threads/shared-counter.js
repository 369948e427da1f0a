// Four workers add to one SharedArrayBuffer counter with Atomics; one of them waits
// (Atomics.wait) until the main thread notifies it.
'use strict';
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  const shared = new SharedArrayBuffer(8);
  const cells = new Int32Array(shared);
  let added = 0;
  let exited = 0;
  const lines = [];
  for (let i = 0; i < 4; i++) {
    const w = new Worker(__filename, { workerData: { shared, i } });
    w.on('message', (m) => {
      lines.push(m);
      if (++added === 4) {
        console.log('counter after 4 x 10000:', Atomics.load(cells, 0));
        // Notify until the waiter is there to be woken (it may not be waiting yet).
        const poke = setInterval(() => {
          const woken = Atomics.notify(cells, 1);
          if (woken > 0) {
            clearInterval(poke);
            console.log('woken:', woken);
          }
        }, 5);
      }
    });
    w.on('exit', (code) => {
      if (++exited === 4) console.log('all exited', code, lines.sort());
    });
  }
} else {
  const cells = new Int32Array(workerData.shared);
  for (let k = 0; k < 10000; k++) Atomics.add(cells, 0, 1);
  if (workerData.i === 0) {
    // Wait for the main thread only after it has seen all four: it notifies then.
    parentPort.postMessage('added ' + workerData.i);
    const result = Atomics.wait(cells, 1, 0, 10000);
    parentPort.postMessage('waiter: ' + result);
  } else {
    parentPort.postMessage('added ' + workerData.i);
  }
}
