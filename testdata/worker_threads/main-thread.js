// node:worker_threads as seen from the main thread: the facts packages check, and
// environment data and transfer marks.
'use strict';
const wt = require('worker_threads');
console.log(wt.isMainThread, wt.isInternalThread, wt.threadId, JSON.stringify(wt.threadName), wt.parentPort, wt.workerData);
console.log(JSON.stringify(wt.resourceLimits), wt.SHARE_ENV.toString(), wt.SHARE_ENV === Symbol.for('nodejs.worker_threads.SHARE_ENV'));
console.log(typeof wt.Worker, typeof wt.MessageChannel, typeof wt.MessagePort, typeof wt.BroadcastChannel);
wt.setEnvironmentData('answer', 42);
console.log(wt.getEnvironmentData('answer'), wt.getEnvironmentData('missing'));
wt.setEnvironmentData('answer', undefined);
console.log(wt.getEnvironmentData('answer'));
const buf = new ArrayBuffer(8);
console.log(wt.isMarkedAsUntransferable(buf), wt.isMarkedAsUntransferable(1));
wt.markAsUntransferable(buf);
console.log(wt.isMarkedAsUntransferable(buf));
// markAsUncloneable: structuredClone refuses the object, also inside others.
const secret = { key: 1 };
wt.markAsUncloneable(secret);
for (const v of [secret, { nested: [secret] }, new Map([['k', secret]])]) {
  try {
    structuredClone(v);
    console.log('cloned');
  } catch (err) {
    console.log(err.name, err.message);
  }
}
console.log(JSON.stringify(structuredClone({ fine: [1, { two: 2 }] })));
