// Workers that die are reported with their code or signal and the primary goes on: one
// exits with a code, one throws, one is killed; a replacement is forked and served.
'use strict';
const cluster = require('cluster');
const net = require('net');

if (cluster.isPrimary) {
  const modes = { 1: 'code', 2: 'throw', 3: 'kill' };
  cluster.on('exit', (worker, code, signal) => {
    console.log(`worker ${worker.id} (${modes[worker.id]}) exit code=${code} signal=${signal} dead=${worker.isDead()} connected=${worker.isConnected()} after-disconnect=${worker.exitedAfterDisconnect}`);
    if (worker.id === 3) {
      const replacement = cluster.fork({ MODE: 'serve' });
      replacement.on('listening', (address) => {
        net.connect(address.port, '127.0.0.1').on('data', (d) => {
          console.log('replacement says', String(d));
          replacement.kill('SIGTERM');
        });
      });
    }
    if (worker.id === 4) console.log('workers left', Object.keys(cluster.workers).length);
  });
  cluster.fork({ MODE: 'code' }).on('exit', () => {
    cluster.fork({ MODE: 'throw' }).on('exit', () => {
      const w = cluster.fork({ MODE: 'kill' });
      w.on('online', () => w.process.kill('SIGKILL'));
    });
  });
} else if (process.env.MODE === 'code') {
  process.exit(3);
} else if (process.env.MODE === 'throw') {
  setTimeout(() => { throw new Error('worker broke'); }, 1);
} else if (process.env.MODE === 'serve') {
  net.createServer((s) => s.end('hello from ' + cluster.worker.id)).listen(0, '127.0.0.1');
}
