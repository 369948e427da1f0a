// A MessageChannel's ports go to two workers, which then talk to each other directly.
'use strict';
const { Worker, MessageChannel, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  const a = new Worker(__filename, { workerData: { role: 'a', port: port1 }, transferList: [port1] });
  const b = new Worker(__filename, { workerData: { role: 'b', port: port2 }, transferList: [port2] });
  let exits = 0;
  const heard = [];
  for (const w of [a, b]) {
    w.on('message', (m) => heard.push(m));
    w.on('exit', () => {
      if (++exits === 2) console.log('both exited, heard:', heard.sort());
    });
  }
} else {
  const { role, port } = workerData;
  if (role === 'a') {
    port.postMessage('ping from a');
    port.once('message', (m) => {
      parentPort.postMessage('a received ' + m);
      port.close();
    });
  } else {
    port.once('message', (m) => {
      parentPort.postMessage('b received ' + m);
      port.postMessage('pong from b');
    });
  }
}
