// process.exit(3) in a worker ends that worker (its 'exit' listeners run, nothing after
// the call does); the main thread goes on and sees exit code 3.
'use strict';
const { Worker } = require('worker_threads');
const w = new Worker(`
  process.on('exit', (code) => console.log('worker exit listener', code));
  console.log('worker before exit');
  process.exit(3);
  console.log('never printed');
`, { eval: true });
w.on('exit', (code) => {
  console.log('main sees exit', code);
  process.exitCode = 0;
});
process.on('exit', (code) => console.log('main exits with', code));
