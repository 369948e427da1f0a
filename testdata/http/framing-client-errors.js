// Requests that break Node's (llhttp's strict) framing rules: without a 'clientError'
// listener the client gets Node's status; with one, the listener gets Node's code; the
// server goes on serving the next client either way.
'use strict';
const http = require('http');
const net = require('net');

const cases = [
  ['chunk size 0x5', 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0x5\r\nhello\r\n0\r\n\r\n'],
  ['chunk shorter than its data', 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nhello\r\n0\r\n\r\n'],
  ['empty chunk size', 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n\r\nhello\r\n0\r\n\r\n'],
  ['content-length with chunked', 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n'],
  ['chunked, chunked', 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n'],
  ['two content-lengths', 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello'],
  ['bare LF', 'GET / HTTP/1.1\nHost: a\n\n'],
  ['unknown method', 'FOO / HTTP/1.1\r\nHost: a\r\n\r\n'],
  ['target without a slash', 'GET foo HTTP/1.1\r\nHost: a\r\n\r\n'],
  ['obs-fold', 'GET / HTTP/1.1\r\nHost: a\r\nX: a\r\n b\r\n\r\n'],
  ['no Host', 'GET / HTTP/1.1\r\n\r\n'],
];

const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => res.end(`${req.method} ok`));
});

function send(data) {
  return new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => c.end(data));
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('error', () => {});
    c.on('close', () => resolve(got));
  });
}

async function run(withListener) {
  for (const [name, data] of cases) {
    console.log(name);
    const got = await send(data);
    if (!withListener) console.log('  ->', got.split('\r\n')[0] || '(nothing)');
    const health = await send('GET /health HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
    if (!health.startsWith('HTTP/1.1 200')) console.log('  health check failed');
  }
}

server.listen(0, '127.0.0.1', async () => {
  await run(false);
  server.on('clientError', (err, socket) => {
    console.log('  clientError', err.code);
    socket.destroy();
  });
  await run(true);
  server.close();
});
