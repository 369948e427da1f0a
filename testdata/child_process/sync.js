'use strict';
// spawnSync, execSync, execFileSync: results, input, encodings, failures, timeouts.
const { spawnSync, execSync, execFileSync } = require('child_process');
const util = require('util');

function showResult(label, r) {
  const copy = { ...r };
  if (copy.pid !== undefined) copy.pid = typeof copy.pid;
  if (copy.error) copy.error = copy.error.message + ' ' + copy.error.code;
  console.log(label, Object.keys(r).join(','));
  console.log(' ', util.inspect(copy, { breakLength: Infinity }));
}

showResult('echo', spawnSync('echo', ['hi', 'there']));
showResult('exit 3', spawnSync('sh', ['-c', 'echo o; echo e >&2; exit 3']));
showResult('encoding', spawnSync('sh', ['-c', 'echo o; echo e >&2'], { encoding: 'utf8' }));
showResult('input', spawnSync('cat', { input: 'fed through stdin\n', encoding: 'utf8' }));
showResult('input buffer', spawnSync('wc', ['-c'], { input: Buffer.alloc(100000, 'a'), encoding: 'utf8' }));
showResult('ENOENT', spawnSync('nosuchcmd-nodus', ['q']));
const enoent = spawnSync('nosuchcmd-nodus', ['q']);
console.log('  error:', enoent.error.code, enoent.error.errno, enoent.error.syscall, enoent.error.path, JSON.stringify(enoent.error.spawnargs));
showResult('signal', spawnSync('sh', ['-c', 'kill -KILL $$']));
showResult('timeout', spawnSync('sleep', ['10'], { timeout: 100 }));
const t = spawnSync('sleep', ['10'], { timeout: 100, killSignal: 'SIGKILL' });
console.log('timeout killSignal', t.signal, t.status, t.error.code, t.error.message);
const mb = spawnSync('sh', ['-c', 'echo 0123456789abcdef; sleep 10'], { maxBuffer: 4 });
console.log('maxBuffer', mb.error && mb.error.code, mb.error && mb.error.message, mb.signal, mb.status, JSON.stringify(String(mb.stdout)));
showResult('shell', spawnSync('echo $((1 + 2))', { shell: true, encoding: 'utf8' }));
showResult('cwd env', spawnSync('sh', ['-c', 'pwd; echo $V'], { cwd: '/', env: { V: 'v', PATH: process.env.PATH }, encoding: 'utf8' }));
showResult('stdio ignore', spawnSync('echo', ['x'], { stdio: 'ignore' }));
console.log('--- inherit:');
showResult('stdio inherit', spawnSync('echo', ['printed by an inheriting sync child'], { stdio: 'inherit' }));

console.log('execSync:', JSON.stringify(execSync('echo sync; echo quiet >&2 2>/dev/null').toString()));
console.log('execSync encoding:', JSON.stringify(execSync('echo $((2 * 21))', { encoding: 'utf8' })));
console.log('execSync input:', JSON.stringify(execSync('tr a-z A-Z', { input: 'shout' }).toString()));
try {
  execSync('echo out; echo failing-stderr >&2; exit 4', { stdio: 'pipe' });
} catch (err) {
  console.log('execSync throws:', JSON.stringify(err.message), err.status, err.signal, JSON.stringify(String(err.stdout)),
    JSON.stringify(String(err.stderr)), err.output.length, err.output[0], typeof err.pid);
  console.log('  keys', Object.keys(err).join(','));
}
try {
  execSync('sleep 10', { timeout: 100 });
} catch (err) {
  console.log('execSync timeout:', err.message, err.code, err.signal, err.status, err.error === err);
}
console.log('execFileSync:', JSON.stringify(execFileSync('echo', ['a', 'b']).toString()));
console.log('execFileSync encoding:', JSON.stringify(execFileSync('sh', ['-c', 'echo $0 $1', 'zero', 'one'], { encoding: 'utf8' })));
try {
  execFileSync('sh', ['-c', 'exit 9'], { stdio: 'pipe' });
} catch (err) {
  console.log('execFileSync throws:', JSON.stringify(err.message), err.status, err.signal);
}
try {
  execFileSync('nosuchcmd-nodus', ['a']);
} catch (err) {
  console.log('execFileSync ENOENT:', err.message, err.code, err.syscall, err.status, err.output, err.error === err);
}
try {
  execFileSync('sh', ['-c', 'kill -TERM $$'], { stdio: 'pipe' });
} catch (err) {
  console.log('execFileSync signal:', JSON.stringify(err.message), err.status, err.signal);
}
try {
  spawnSync('echo', [], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
} catch (err) {
  console.log('sync ipc:', err.code, err.message);
}
