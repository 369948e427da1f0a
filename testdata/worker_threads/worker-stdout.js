// worker.stdout with stdout: true keeps the worker's output for the parent to read; by
// default it goes on to the process's stdout, and a worker's stdin is empty.
'use strict';
const { Worker } = require('worker_threads');
const w = new Worker(`
  console.log('kept line 1');
  process.stdout.write('kept line 2\\n');
  process.stdin.on('data', () => console.log('unexpected stdin'));
  process.stdin.on('end', () => console.log('stdin ended'));
`, { eval: true, stdout: true });
let captured = '';
w.stdout.setEncoding('utf8');
w.stdout.on('data', (chunk) => (captured += chunk));
w.stdout.on('end', () => console.log('stdout ended'));
w.on('exit', (code) => {
  console.log('captured', JSON.stringify(captured), 'exit', code);
  const v = new Worker('console.log("passed through")', { eval: true });
  v.on('exit', (c) => console.log('second exit', c));
});
