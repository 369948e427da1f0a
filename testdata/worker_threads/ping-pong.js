// A Worker and its parent pass messages back and forth; the worker closes its port and
// exits 0 after the parent says done.
'use strict';
const { Worker, isMainThread, parentPort, workerData, threadId } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename, { workerData: { n: 3, list: [1, 2] } });
  w.on('online', () => console.log('online'));
  w.on('message', (m) => {
    console.log('main got', m);
    if (m.i < 3) w.postMessage({ i: m.i + 1 });
    else w.postMessage('done');
  });
  w.on('error', (e) => console.log('error', e));
  w.on('exit', (code) => console.log('exit', code));
  console.log('threadId', w.threadId);
} else {
  parentPort.on('message', (m) => {
    if (m === 'done') { parentPort.close(); return; }
    parentPort.postMessage({ i: m.i });
  });
  parentPort.postMessage({ i: 0, workerData, threadId });
}
