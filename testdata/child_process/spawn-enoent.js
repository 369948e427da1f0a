'use strict';
// A command that does not exist: 'error' (ENOENT) then 'close', never 'exit' or 'spawn'.
const { spawn } = require('child_process');

const child = spawn('nosuchcmd-nodus', ['a', 'b']);
console.log('pid', child.pid, 'stdout is stream', typeof child.stdout.on);
child.on('spawn', () => console.log('spawn (should not happen)'));
child.on('exit', () => console.log('exit (should not happen)'));
child.on('error', (err) => {
  console.log('error:', err.message);
  console.log(' ', err instanceof Error, err.code, err.errno, err.syscall, err.path, JSON.stringify(err.spawnargs));
  console.log('  exitCode', child.exitCode, 'signalCode', child.signalCode);
});
child.on('close', (code, signal) => {
  console.log('close', code, signal);
  // A bad cwd fails the same way (the command is the one named).
  const c2 = spawn('echo', ['x'], { cwd: '/nonexistent/dir/nodus' });
  c2.on('error', (err) => console.log('bad cwd:', err.message, err.code, err.path));
  c2.on('close', (code) => {
    console.log('bad cwd close', code);
    // Not executable: EACCES.
    const c3 = spawn(__filename);
    c3.on('error', (err) => console.log('not executable:', err.message.replace(__filename, 'FILE'), err.code, err.path === __filename));
    c3.on('close', (code) => console.log('EACCES close', code));
  });
});
