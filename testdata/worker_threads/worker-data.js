// workerData is a structured copy (Map, Set, Date, RegExp, typed arrays, BigInt, cycles,
// errors); threadId, isMainThread, argv, name and the environment copy in the worker.
'use strict';
const { Worker, isMainThread, workerData, threadId, parentPort, threadName } = require('worker_threads');
if (isMainThread) {
  const cyclic = { name: 'root' };
  cyclic.self = cyclic;
  const data = {
    map: new Map([['a', 1], ['b', { deep: [1, 2, 3] }]]),
    set: new Set(['x', 'y']),
    date: new Date(0),
    re: /ab+c/gi,
    bytes: new Uint8Array([1, 2, 3]),
    floats: new Float64Array([0.5, -1]),
    big: 12345678901234567890n,
    err: new RangeError('out of range'),
    cyclic,
    nested: { arr: [undefined, null, true, 'str', 1.5] },
  };
  process.env.WORKER_DATA_TEST = 'from parent';
  const w = new Worker(__filename, { workerData: data, argv: ['one', 2], name: 'data-worker' });
  // The worker's findings come as one message: its own console output could reach
  // stdout after the parent's (Node forwards it asynchronously).
  w.on('message', (lines) => console.log(lines.join('\n')));
  w.on('exit', (code) => {
    console.log('exit', code, 'parent env still', process.env.WORKER_DATA_TEST);
  });
} else {
  const { format } = require('util');
  const d = workerData;
  const lines = [
    format('threadId', threadId, 'name', threadName, 'argv', process.argv.slice(2)),
    format(d.map instanceof Map, d.map.get('b'), d.set instanceof Set, [...d.set]),
    format(d.date instanceof Date, d.date.getTime(), d.re instanceof RegExp, d.re.source, d.re.flags),
    format(d.bytes instanceof Uint8Array, [...d.bytes], d.floats instanceof Float64Array, [...d.floats]),
    format(typeof d.big, d.big, d.err instanceof RangeError, d.err.message),
    format(d.cyclic.self === d.cyclic, d.cyclic.name, d.nested),
    format('env', process.env.WORKER_DATA_TEST),
  ];
  process.env.WORKER_DATA_TEST = 'changed in worker';
  parentPort.postMessage(lines);
}
