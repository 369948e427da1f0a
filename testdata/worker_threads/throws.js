// An uncaught error in a worker is an 'error' event on the Worker (the main thread goes
// on) and the worker exits with 1.
'use strict';
const { Worker } = require('worker_threads');
const w = new Worker(`
  const e = new TypeError('bad thing');
  e.code = 'E_BAD';
  throw e;
`, { eval: true });
w.on('error', (e) => console.log('error event:', e instanceof TypeError, e.name, e.message, e.code));
w.on('exit', (code) => {
  console.log('exit', code);
  setTimeout(() => console.log('main thread still running'), 10);
});
