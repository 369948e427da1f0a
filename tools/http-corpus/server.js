// The server the hostile-request corpus talks to (run on nodus and on Node 24 alike):
// it reads each request's body to its end and answers 200 with what it received, so a
// request that was accepted shows it. Prints its port on stdout, then serves until
// killed.
'use strict';
const http = require('http');

function digest(bytes) {
  // FNV-1a over the body: enough to tell 'hel' from 'hello'.
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16);
}

const server = http.createServer((req, res) => {
  const parts = [];
  req.on('data', (chunk) => parts.push(chunk));
  req.on('end', () => {
    const body = Buffer.concat(parts);
    res.end(`${req.method} ${req.url.length} ${body.length} ${digest(body)}`);
  });
});
server.listen(0, '127.0.0.1', () => {
  console.log(server.address().port);
});
