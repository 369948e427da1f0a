// A worker runs an http server on 127.0.0.1 (port 0), the main thread requests it, then
// tells the worker to close it.
'use strict';
const { Worker, isMainThread, parentPort } = require('worker_threads');
const http = require('http');
if (isMainThread) {
  const w = new Worker(__filename);
  w.on('message', (port) => {
    http.get({ host: '127.0.0.1', port, path: '/hello' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => {
        console.log('status', res.statusCode, 'body', body);
        w.postMessage('close');
      });
    });
  });
  w.on('exit', (code) => console.log('worker exit', code));
} else {
  const server = http.createServer((req, res) => {
    res.end('worker served ' + req.url);
  });
  server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
  parentPort.on('message', () => {
    server.close(() => parentPort.close());
  });
}
