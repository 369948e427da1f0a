'use strict';
// Argument checks: Node's error codes and messages, thrown before anything is spawned.
const cp = require('child_process');

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, '-> no throw', typeof r);
    if (r && typeof r.kill === 'function') r.kill('SIGKILL');
  } catch (err) {
    console.log(label, '->', err.name, err.code, err.message);
  }
}

attempt('spawn(123)', () => cp.spawn(123));
attempt("spawn('')", () => cp.spawn(''));
attempt("spawn('ls', 'x')", () => cp.spawn('ls', 'x'));
attempt("spawn('ls', [], 5)", () => cp.spawn('ls', [], 5));
attempt("spawn('ls', {cwd: 5})", () => cp.spawn('ls', { cwd: 5 }));
attempt("spawn('ls', {stdio: 'bad'})", () => cp.spawn('ls', { stdio: 'bad' }));
attempt("spawn('ls', {stdio: [{}]})", () => cp.spawn('ls', { stdio: [{}] }));
attempt("spawn('ls', {stdio: ['ipc', 'ipc']})", () => cp.spawn('ls', { stdio: ['ipc', 'ipc'] }));
attempt("spawn('ls', {timeout: -1})", () => cp.spawn('ls', { timeout: -1 }));
attempt("spawn('ls', {killSignal: 'NOPE'})", () => cp.spawn('ls', { killSignal: 'NOPE' }));
attempt("spawn('ls', {signal: 1})", () => cp.spawn('ls', { signal: 1 }));
attempt("spawn('ls', {shell: 1})", () => cp.spawn('ls', { shell: 1 }));
attempt("spawn('ls', {detached: 'yes'})", () => cp.spawn('ls', { detached: 'yes' }));
attempt("spawn('ls', {env: 'x'})", () => cp.spawn('ls', { env: 'x' }));
attempt('exec(123)', () => cp.exec(123));
attempt("exec('ls', {maxBuffer: -1})", () => cp.exec('ls', { maxBuffer: -1 }));
attempt("execFile('ls', [], {}, 'cb')", () => cp.execFile('ls', [], {}, 'cb'));
attempt("execFile('ls', {killSignal: 'X'})", () => cp.execFile('ls', { killSignal: 'X' }));
attempt('fork(1)', () => cp.fork(1));
attempt("fork('x', 'y')", () => cp.fork('x', 'y'));
attempt("fork('x', {execArgv: 'no'})", () => cp.fork('x', { execArgv: 'no' }));
attempt("spawnSync('')", () => cp.spawnSync(''));
attempt("spawnSync('ls', {input: 5})", () => cp.spawnSync('ls', { input: 5 }));
attempt("execSync(1)", () => cp.execSync(1));
attempt("execFileSync('ls', 'x')", () => cp.execFileSync('ls', 'x'));
attempt("spawn('ls', ['a\\0b'])", () => cp.spawn('ls', ['a\0b']));
attempt("spawn('l\\0s')", () => cp.spawn('l\0s'));
attempt("spawn('ls', {cwd: '/\\0'})", () => cp.spawn('ls', { cwd: '/\0' }));
attempt("spawn('ls', {env: {A: 'x\\0'}})", () => cp.spawn('ls', { env: { A: 'x\0' } }));
attempt("execFileSync('echo', ['\\0'])", () => cp.execFileSync('echo', ['\0']));
console.log('exports:', Object.keys(cp).sort().join(', '));
