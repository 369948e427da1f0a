// A server that raises maxHeadersCount before listen() takes requests with that many
// headers (hyper's own table holds 100), and every one of them reaches the handler.
'use strict';
const http = require('http');
const net = require('net');

function rawGet(port, count) {
  return new Promise((resolve) => {
    let head = 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n';
    for (let i = 0; i < count; i++) head += `x-h${i}: v${i}\r\n`;
    const c = net.connect(port, '127.0.0.1');
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => (out += d));
    c.on('close', () => resolve(out));
    c.end(head + '\r\n');
  });
}

const server = http.createServer((req, res) => {
  const names = Object.keys(req.headers);
  res.end(`${names.length} ${req.rawHeaders.length} ${req.headers['x-h0']} ${names[names.length - 1]}`);
});
server.maxHeadersCount = 500;
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const count of [10, 150, 400]) {
    const out = await rawGet(port, count);
    const [head, body] = out.split('\r\n\r\n');
    console.log(count, head.split('\r\n')[0], body);
  }
  server.close();
});
