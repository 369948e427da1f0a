// A worker starts its own worker; messages pass up two levels and each exits in order.
'use strict';
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
const depth = isMainThread ? 0 : workerData.depth;
if (depth < 2) {
  const w = new Worker(__filename, { workerData: { depth: depth + 1 } });
  w.on('message', (m) => {
    if (isMainThread) console.log('main got', m);
    else parentPort.postMessage(m + ' via ' + depth);
  });
  w.on('exit', (code) => {
    const line = 'level ' + (depth + 1) + ' exited ' + code;
    if (isMainThread) console.log(line);
    else parentPort.postMessage(line);
  });
} else {
  parentPort.postMessage('hello from level ' + depth);
}
