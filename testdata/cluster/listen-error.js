// A port that is taken: the worker's server gets Node's bind error and the worker can
// go on to listen elsewhere.
'use strict';
const cluster = require('cluster');
const net = require('net');

if (cluster.isPrimary) {
  const blocker = net.createServer().listen(0, '127.0.0.1', () => {
    const worker = cluster.fork({ BUSY: String(blocker.address().port) });
    worker.on('message', (msg) => {
      console.log('worker says', msg.replace(String(blocker.address().port), 'PORT'));
    });
    worker.on('listening', (address) => console.log('listening', Object.keys(address).join(','), address.address));
    worker.on('exit', (code, signal) => {
      console.log('exit', code, signal);
      blocker.close();
    });
  });
} else {
  const busy = Number(process.env.BUSY);
  const server = net.createServer();
  server.on('error', (err) => {
    process.send(`${err.code} ${err.syscall} ${err.errno} ${err.address} ${err.port === busy} ${err.message}`);
    server.listen(0, '127.0.0.1', () => {
      process.send('now listening ' + (server.address().port !== busy));
      cluster.worker.disconnect();
    });
  });
  server.listen(busy, '127.0.0.1');
}
