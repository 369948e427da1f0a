'use strict';
// Streaming both ways.
//   GET  /down  64 MiB as 1024 res.write() calls of 64 KiB, waiting for
//               'drain' whenever write() returns false (chunked, no length).
//   POST /up    reads the request body to its end and answers with the number
//               of bytes it counted.
// Prints "listening <port>".
const http = require('http');

const CHUNK = Buffer.alloc(64 * 1024, 0x61);
const CHUNKS = 1024;

function download(res) {
  res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
  let sent = 0;
  const pump = () => {
    while (sent < CHUNKS) {
      sent++;
      if (!res.write(CHUNK)) {
        res.once('drain', pump);
        return;
      }
    }
    res.end();
  };
  pump();
}

function upload(req, res) {
  let bytes = 0;
  req.on('data', (chunk) => { bytes += chunk.length; });
  req.on('end', () => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end(String(bytes));
  });
}

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/down') return download(res);
  if (req.method === 'POST' && req.url === '/up') return upload(req, res);
  res.writeHead(404);
  res.end();
});
server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
  console.log('listening ' + server.address().port);
});
