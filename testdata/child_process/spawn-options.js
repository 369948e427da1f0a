'use strict';
// spawn() options: cwd, env, shell, argv0, stdio inherit/ignore/arrays, timeout, signal.
const { spawn } = require('child_process');
const path = require('path');
const os = require('os');

function output(cmd, args, options) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, options);
    let out = '';
    if (child.stdout) child.stdout.on('data', (d) => { out += d; });
    child.on('error', (err) => console.log('  error', err.code, err.message));
    child.on('close', (code, signal) => resolve({ out, code, signal, child }));
  });
}

(async () => {
  let r = await output('pwd', [], { cwd: __dirname });
  console.log('cwd:', r.out.trim() === __dirname);
  r = await output('pwd', [], { cwd: new URL('file://' + os.tmpdir()) });
  console.log('cwd URL:', r.out.trim() === os.tmpdir());
  r = await output('sh', ['-c', 'echo "$FOO|$BAR|${HOME:-nohome}"'], { env: { FOO: 'foo', BAR: 42, PATH: process.env.PATH } });
  console.log('env:', JSON.stringify(r.out));
  process.env.NODUS_CP_INHERITED = 'yes';
  r = await output('sh', ['-c', 'echo $NODUS_CP_INHERITED']);
  console.log('inherited env:', r.out.trim());
  r = await output('echo $((6 * 7)) "$0"', [], { shell: true });
  console.log('shell: true:', r.out.trim());
  r = await output('echo', ['a', 'b'], { shell: '/bin/sh' });
  console.log('shell string:', r.out.trim(), JSON.stringify(r.child.spawnargs), r.child.spawnfile);
  r = await output('sh', ['-c', 'echo $0'], { argv0: 'custom-argv0' });
  console.log('argv0:', r.out.trim(), JSON.stringify(r.child.spawnargs));
  r = await output('sh', ['-c', 'exit 4'], { stdio: 'ignore' });
  console.log('ignore: stdout', r.child.stdout, 'stdin', r.child.stdin, 'stdio', JSON.stringify(r.child.stdio), 'code', r.code);
  console.log('--- inherit (the child writes our stdout):');
  r = await output('echo', ['from an inheriting child'], { stdio: 'inherit' });
  console.log('--- inherit code', r.code, 'stdout', r.child.stdout);
  r = await output('sh', ['-c', 'echo out; echo err >&2'], { stdio: ['ignore', 'pipe', 'ignore'] });
  console.log('array stdio:', JSON.stringify(r.out), r.child.stdin, r.child.stderr);
  r = await output('sh', ['-c', 'echo err-to-out 1>&2'], { stdio: ['pipe', 'inherit', 1] });
  console.log('stderr to our fd 1 done', r.code);
  r = await output('sh', ['-c', 'echo via process.stdout'], { stdio: ['pipe', process.stdout, 'pipe'] });
  console.log('stream stdio done', r.code);
  r = await output('sh', ['-c', 'echo fd3 >&3'], { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
  let fd3 = '';
  await new Promise((resolve) => {
    const child = spawn('sh', ['-c', 'echo to-fd-3 >&3'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    child.stdio[3].on('data', (d) => { fd3 += d; });
    child.on('close', resolve);
  });
  console.log('extra pipe fd 3:', JSON.stringify(fd3));

  r = await output('sleep', ['10'], { timeout: 100 });
  console.log('timeout:', r.code, r.signal, r.child.killed);
  r = await output('sleep', ['10'], { timeout: 100, killSignal: 'SIGKILL' });
  console.log('timeout + killSignal:', r.code, r.signal);

  const ac = new AbortController();
  const child = spawn('sleep', ['10'], { signal: ac.signal });
  child.on('error', (err) => console.log('abort error:', err.name, err.code, err.message));
  child.on('exit', (code, signal) => console.log('aborted exit', code, signal));
  await new Promise((resolve) => {
    child.on('close', resolve);
    setTimeout(() => ac.abort(), 50);
  });
  const pre = AbortSignal.abort();
  const child2 = spawn('sleep', ['10'], { signal: pre });
  child2.on('error', (err) => console.log('pre-aborted error:', err.name));
  await new Promise((resolve) => child2.on('close', (code, sig) => { console.log('pre-aborted close', code, sig); resolve(); }));

  // Detached, unref'd, with ignored stdio: we do not wait for it.
  const d = spawn('sleep', ['5'], { detached: true, stdio: 'ignore' });
  d.unref();
  console.log('unref\'d detached child spawned:', typeof d.pid);
  setTimeout(() => { try { process.kill(d.pid, 'SIGKILL'); } catch (_) {} }, 10).unref();
})();
