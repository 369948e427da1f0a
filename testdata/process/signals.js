// process.on('SIG...'): listeners get (name, number); the last listener removed gives the
// signal its default action back; signals cannot keep the process alive; SIGKILL cannot
// be listened to; a server shuts down gracefully on SIGTERM.
'use strict';
const { spawn } = require('child_process');
const http = require('http');

try {
  process.on('SIGKILL', () => {});
} catch (err) {
  console.log('SIGKILL:', err.code, err.message, err.errno, err.syscall, process.listenerCount('SIGKILL'));
}

function child(code) {
  return new Promise((resolve) => {
    const c = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    c.stdout.on('data', (d) => {
      out += d;
      if (out.includes('ready\n') && !c.signalled) {
        c.signalled = true;
        c.kill(code.includes('// INT') ? 'SIGINT' : 'SIGTERM');
      }
    });
    c.on('close', (code, signal) => resolve(`${out.replace('ready\n', '').trim()} | code=${code} signal=${signal}`));
  });
}

let calls = 0;
process.on('SIGUSR2', function (name, number) {
  calls++;
  console.log('SIGUSR2 listener', name, number, this === process);
});
process.once('SIGUSR2', () => console.log('once listener'));
process.kill(process.pid, 'SIGUSR2');

setTimeout(async () => {
  process.kill(process.pid, 'SIGUSR2');
  await new Promise((r) => setTimeout(r, 50));
  console.log('calls', calls, 'listeners', process.listenerCount('SIGUSR2'));
  process.removeAllListeners('SIGUSR2');

  // Default action back once the last listener is gone.
  console.log('default again:', await child(`
    const f = () => {};
    process.on('SIGTERM', f);
    process.removeListener('SIGTERM', f);
    console.log('ready');
    setTimeout(() => console.log('not killed'), 5000);
  `));
  // A listener alone does not keep the process alive.
  console.log('no keep-alive:', await child(`process.on('SIGTERM', () => {}); console.log('listening only')`));
  // Graceful shutdown of a server.
  console.log('graceful:', await child(`
    const server = require('http').createServer((req, res) => res.end('x')).listen(0, '127.0.0.1', () => console.log('ready'));
    process.on('SIGTERM', (name) => {
      console.log('got', name);
      server.close(() => { console.log('closed'); });
    });
  `));
  console.log('SIGINT handler:', await child(`
    process.on('SIGINT', () => { console.log('interrupted'); process.exit(130); });
    console.log('ready'); setInterval(() => {}, 1000); // INT
  `));
}, 50);
