// A worker from code (eval: true) with require available; it answers once and exits.
'use strict';
const { Worker } = require('worker_threads');
const code = `
  const { parentPort, workerData, isMainThread } = require('worker_threads');
  parentPort.postMessage({ sum: workerData.reduce((a, b) => a + b, 0), isMainThread });
`;
const w = new Worker(code, { eval: true, workerData: [1, 2, 3, 4] });
w.on('message', (m) => console.log('message', m));
w.on('exit', (code) => console.log('exit', code));
