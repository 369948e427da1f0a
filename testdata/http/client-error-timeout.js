// A request timeout goes to a 'clientError' listener with ERR_HTTP_REQUEST_TIMEOUT and a
// socket it can still answer on: its own 408 reaches the client, as in Node.
'use strict';
const http = require('http');
const net = require('net');

const server = http.createServer({ headersTimeout: 300, requestTimeout: 500, connectionsCheckingInterval: 100 },
  (req, res) => res.end('ok'));
server.on('clientError', (err, socket) => {
  // (Node then reports the client's end of the half-answered head as
  // HPE_INVALID_EOF_STATE; nodus closes the connection with the listener's end().)
  if (err.code !== 'ERR_HTTP_REQUEST_TIMEOUT') return;
  console.log('clientError', err.code, socket.writable);
  socket.end('HTTP/1.1 408 Request Timeout\r\nX-Answered-By: listener\r\nConnection: close\r\n\r\n');
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('GET / HTTP/1.1\r\nHost: a\r\n'));
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('close', () => {
    console.log(got.split('\r\n').filter((l) => l.startsWith('HTTP/') || l.startsWith('X-Answered-By')));
    server.close();
  });
});
