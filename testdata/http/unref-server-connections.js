'use strict';
// The open connections of an unref'd server keep the loop alive, as Node's sockets do:
// an answer that waits on an unref'd timer still goes out, and the process ends once
// the client hangs up.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  setTimeout(() => {
    console.log('answering', req.url);
    res.end('late');
  }, 100).unref();
});
server.listen(0, '127.0.0.1', () => {
  server.unref();
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    client.write('GET /slow HTTP/1.1\r\nHost: x\r\n\r\n');
    client.unref();
  });
  client.on('data', (d) => {
    console.log('client got', String(d).split('\r\n')[0]);
    client.destroy();
  });
  client.on('close', () => console.log('client closed'));
});
process.on('exit', () => console.log('exit'));
