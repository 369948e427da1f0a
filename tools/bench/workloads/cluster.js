'use strict';
// cluster with 2 workers (WORKERS to change) serving the hello-world answer on
// 127.0.0.1:$PORT. The primary prints "listening <port>" once every worker is
// listening.
const cluster = require('cluster');
const http = require('http');

const WORKERS = Number(process.env.WORKERS || 2);
const PORT = Number(process.env.PORT || 0);

if (cluster.isPrimary === undefined ? cluster.isMaster : cluster.isPrimary) {
  let up = 0;
  for (let i = 0; i < WORKERS; i++) cluster.fork();
  cluster.on('listening', (worker, address) => {
    if (++up === WORKERS) console.log('listening ' + address.port);
  });
  cluster.on('exit', (worker, code, signal) => {
    console.error('worker ' + worker.process.pid + ' exited (code ' + code + ', signal ' + signal + ')');
  });
} else {
  http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('Hello World\n');
  }).listen(PORT, '127.0.0.1');
}
