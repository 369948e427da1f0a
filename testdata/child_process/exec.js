'use strict';
// exec() and execFile(): callbacks, error objects, encodings, maxBuffer, timeout, promisify.
const { exec, execFile } = require('child_process');
const util = require('util');

function show(label, err, stdout, stderr) {
  if (err) {
    console.log(label, 'error:', JSON.stringify(err.message), 'code', err.code, 'killed', err.killed,
      'signal', err.signal, 'cmd', JSON.stringify(err.cmd), err instanceof Error);
  } else {
    console.log(label, 'ok');
  }
  console.log('  stdout', typeof stdout, Buffer.isBuffer(stdout) ? stdout.toString('hex') : JSON.stringify(stdout),
    'stderr', JSON.stringify(String(stderr)));
}

function cb(label, run) {
  return new Promise((resolve) => {
    const child = run((err, stdout, stderr) => {
      show(label, err, stdout, stderr);
      resolve();
    });
    if (label === 'exec') console.log('  returns a ChildProcess:', child.constructor.name, typeof child.pid);
  });
}

(async () => {
  await cb('exec', (done) => exec('echo hello; echo oops >&2', done));
  await cb('exec exit 3', (done) => exec('echo partial; echo bad >&2; exit 3', done));
  await cb('exec options', (done) => exec('echo $CP_X; pwd', { env: { CP_X: 'x-value', PATH: process.env.PATH }, cwd: '/' }, done));
  await cb('exec buffer', (done) => exec('printf "\\001\\002"', { encoding: 'buffer' }, done));
  await cb('exec latin1', (done) => exec('printf "\\351"', { encoding: 'latin1' }, done));
  await cb('exec maxBuffer', (done) => exec('echo 0123456789abcdef', { maxBuffer: 5 }, done));
  await cb('exec maxBuffer stderr', (done) => exec('echo 0123456789 >&2', { maxBuffer: 3 }, done));
  await cb('exec timeout', (done) => exec('sleep 10', { timeout: 100 }, done));
  await cb('exec killSignal', (done) => exec('sleep 10', { timeout: 100, killSignal: 'SIGKILL' }, done));
  await cb('exec no such command', (done) => exec('nosuchcmd-nodus-x 2>/dev/null', done));
  await cb('exec custom shell', (done) => exec('echo $0', { shell: '/bin/sh' }, done));
  await cb('execFile', (done) => execFile('echo', ['a', 'b c'], done));
  await cb('execFile no args', (done) => execFile('pwd', { cwd: '/tmp' }, done));
  await cb('execFile fails', (done) => execFile('sh', ['-c', 'exit 2'], done));
  await cb('execFile ENOENT', (done) => execFile('nosuchcmd-nodus-y', ['z'], done));
  await cb('execFile signal', (done) => execFile('sh', ['-c', 'kill -TERM $$'], done));

  const child = execFile('cat');
  child.stdin.end('no callback is fine\n');
  await new Promise((r) => child.on('close', (code) => { console.log('no-callback execFile closed', code); r(); }));

  // The promisified forms resolve { stdout, stderr } and reject with the error carrying them.
  const pexec = util.promisify(exec);
  const pexecFile = util.promisify(execFile);
  console.log('custom promisify:', typeof exec[util.promisify.custom], pexec === exec[util.promisify.custom]);
  const p = pexec('echo promised; echo e >&2');
  console.log('promise.child:', p.child.constructor.name);
  console.log(JSON.stringify(await p));
  console.log(JSON.stringify(await pexecFile('echo', ['file', 'promised'])));
  console.log(JSON.stringify(await pexecFile('echo', ['buf'], { encoding: 'buffer' })));
  try {
    await pexec('echo out; echo err >&2; exit 5');
  } catch (err) {
    console.log('rejected:', JSON.stringify(err.message), err.code, JSON.stringify(err.stdout), JSON.stringify(err.stderr), err.cmd);
  }
  try {
    await pexecFile('nosuchcmd-nodus-z');
  } catch (err) {
    console.log('rejected:', err.message, err.code, JSON.stringify(err.stdout), JSON.stringify(err.stderr));
  }
  const ac = new AbortController();
  const pa = pexec('sleep 10', { signal: ac.signal });
  setTimeout(() => ac.abort(), 50);
  try {
    await pa;
  } catch (err) {
    console.log('aborted:', err.name, err.code, err.message);
  }
})();
