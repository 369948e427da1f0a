'use strict';
// kill(): signals reach the child; exit and close report them by name.
const { spawn } = require('child_process');

function killWith(signal) {
  return new Promise((resolve) => {
    const child = spawn('sleep', ['30']);
    child.on('spawn', () => {
      const r = signal === undefined ? child.kill() : child.kill(signal);
      console.log('kill(' + signal + ') returned', r, 'killed', child.killed);
    });
    child.on('exit', (code, sig) => {
      console.log('exit', code, sig, 'exitCode', child.exitCode, 'signalCode', child.signalCode);
      console.log('kill after exit returns', child.kill());
    });
    child.on('close', (code, sig) => {
      console.log('close', code, sig);
      resolve();
    });
  });
}

(async () => {
  await killWith(undefined);
  await killWith('SIGKILL');
  await killWith('SIGINT');
  await killWith(9);
  await killWith('SIGHUP');
  // A shell that kills itself.
  await new Promise((resolve) => {
    const child = spawn('sh', ['-c', 'kill -USR1 $$']);
    child.on('exit', (code, sig) => {
      console.log('self-kill', code, sig, child.killed);
      resolve();
    });
  });
  for (const bad of ['SIGNOPE', 'foo', 1000]) {
    const child = spawn('sleep', ['30']);
    try {
      child.kill(bad);
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));
  }
  // kill(0) probes: true while the child runs.
  const child = spawn('sleep', ['30']);
  console.log('kill(0)', child.kill(0), 'killed', child.killed);
  child.kill();
  child.on('exit', (code, sig) => console.log('probe child', code, sig));
})();
