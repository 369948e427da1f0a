'use strict';
// child_process.fork + IPC. The parent forks this file as a child that echoes
// every message; it times fork() until the child's first message, then N
// (default 20,000) sequential round trips after 200 unmeasured ones.
// Prints {"ready_ms": ..., "round_trips_per_s": ...}.
if (process.argv[2] === 'echo') {
  process.on('message', (msg) => process.send(msg));
  process.send({ hello: process.pid });
} else {
  const { fork } = require('child_process');
  const N = Number(process.env.N || 20000);
  const WARM = 200;
  const guard = setTimeout(() => {
    console.error('fork-ipc: not done after 60 s');
    process.exit(2);
  }, 60000);
  const tFork = performance.now();
  const child = fork(__filename, ['echo']);
  let readyMs = 0;
  let n = 0;
  let t0 = 0;
  child.on('error', (err) => {
    console.error('fork error: ' + err.message);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (n < WARM + N) {
      console.error('child exited early (code ' + code + ', signal ' + signal + ') after ' + n + ' messages');
      process.exit(1);
    }
  });
  child.on('message', (msg) => {
    if (msg && msg.hello) {
      readyMs = performance.now() - tFork;
      child.send({ n: 0, pad: 'ping' });
      return;
    }
    if (!msg || msg.n !== n) {
      console.error('fork-ipc: unexpected message ' + JSON.stringify(msg) + ', wanted n=' + n);
      process.exit(1);
    }
    n++;
    if (n === WARM) t0 = performance.now();
    if (n === WARM + N) {
      const ms = performance.now() - t0;
      clearTimeout(guard);
      console.log(JSON.stringify({ ready_ms: readyMs, round_trips: N, round_trips_per_s: N / (ms / 1000) }));
      child.kill();
      return;
    }
    child.send({ n, pad: 'ping' });
  });
}
