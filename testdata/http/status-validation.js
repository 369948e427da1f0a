// A reason phrase that would split the status line, and a status code out of range set
// before an implicit head, throw as in Node; the response can still be sent after.
'use strict';
const http = require('http');

const server = http.createServer((req, res) => {
  try {
    res.writeHead(200, 'OK\r\nX: 1');
  } catch (e) {
    console.log('writeHead:', e.code, e.message);
  }
  res.statusMessage = undefined;
  res.statusCode = 1000;
  try {
    res.end();
  } catch (e) {
    console.log('end:', e.code, e.message);
  }
  res.statusCode = 200;
  res.end('ok');
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
    console.log('status', res.statusCode, res.statusMessage);
    res.resume();
    res.on('end', () => server.close());
  });
});
