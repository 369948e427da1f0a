// Transferred ArrayBuffers move: the sender's is detached (byteLength 0) and the
// receiver gets the bytes; copied ones stay. Uncloneable values are DataCloneErrors.
'use strict';
const { Worker, isMainThread, parentPort, markAsUntransferable } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  const moved = new Uint8Array([1, 2, 3, 4]);
  const copied = new Uint8Array([9, 9]);
  w.postMessage({ moved, copied }, [moved.buffer]);
  console.log('after transfer', moved.byteLength, moved.buffer.byteLength, copied.byteLength);
  for (const bad of [() => {}, Symbol('s')]) {
    try {
      w.postMessage(bad);
    } catch (e) {
      console.log(e.name, e.constructor.name);
    }
  }
  const kept = new ArrayBuffer(4);
  markAsUntransferable(kept);
  try {
    w.postMessage(kept, [kept]);
  } catch (e) {
    console.log('untransferable:', e.name, kept.byteLength);
  }
  w.on('message', ({ got, buf: m }) => {
    console.log('worker got', got);
    console.log('back', m.constructor.name, m.byteLength, [...new Uint8Array(m)]);
  });
  w.on('exit', (code) => console.log('exit', code));
} else {
  parentPort.once('message', ({ moved, copied }) => {
    const buf = moved.buffer;
    parentPort.postMessage({ got: [[...moved], [...copied]], buf }, [buf]);
  });
}
