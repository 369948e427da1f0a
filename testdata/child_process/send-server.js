// A listening net.Server passed to a forked child: the child accepts on it, and keeps
// doing so after the parent has closed its own copy.
'use strict';
const { fork } = require('child_process');
const net = require('net');
const path = require('path');

if (process.argv[2] === 'child') {
  process.on('message', (msg, server) => {
    console.log('child got', msg, server instanceof net.Server, server.listening, typeof server.address().port);
    server.on('connection', (socket) => socket.end('answered by the child'));
    process.send('ready');
  });
} else {
  const server = net.createServer((socket) => socket.end('answered by the parent'));
  server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    const child = fork(path.join(__dirname, 'send-server.js'), ['child']);
    child.on('message', (msg) => {
      console.log('parent got', msg);
      server.close(() => {
        console.log('parent closed its server');
        net.connect(port, '127.0.0.1').on('data', (d) => {
          console.log(String(d));
          child.kill();
        });
      });
    });
    child.send('server', server);
    child.on('exit', (code, signal) => console.log('child exit', code, signal));
  });
}
