// A program that sets res.finished = true ends the response for write(), as when
// `finished` is a plain property in Node.
'use strict';
const http = require('http');
const server = http.createServer((req, res) => {
  res.finished = true;
  console.log('finished', res.finished, 'writableEnded', res.writableEnded);
  res.on('error', (e) => console.log('error event', e.code));
  res.write('a', (err) => {
    console.log('write callback', err && err.code);
    req.socket.destroy();
  });
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port }).on('error', (e) => {
    console.log('client', e.code);
    server.close();
  });
});
