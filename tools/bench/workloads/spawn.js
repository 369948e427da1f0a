'use strict';
// child_process.spawn('/bin/true') N times (default 200), one after the other:
// the next starts when the previous one has exited. Prints {"ms": total}.
const { spawn } = require('child_process');

const N = Number(process.env.N || 200);
const guard = setTimeout(() => {
  console.error('spawn: not done after 60 s (' + done + ' of ' + N + ')');
  process.exit(2);
}, 60000);
let done = 0;
const t0 = performance.now();

function one() {
  if (done === N) {
    clearTimeout(guard);
    console.log(JSON.stringify({ spawns: N, ms: performance.now() - t0 }));
    return;
  }
  const child = spawn('/bin/true', [], { stdio: 'ignore' });
  child.on('error', (err) => {
    console.error('spawn error: ' + err.message);
    process.exit(1);
  });
  child.on('exit', (code) => {
    if (code !== 0) {
      console.error('/bin/true exited with ' + code);
      process.exit(1);
    }
    done++;
    one();
  });
}
one();
