'use strict';
// The hello-world server: one short plain-text answer per request.
// Binds 127.0.0.1:$PORT (0 = any free port) and prints "listening <port>".
const http = require('http');

const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('Hello World\n');
});
server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
  console.log('listening ' + server.address().port);
});
