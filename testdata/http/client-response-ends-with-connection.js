// The HTTP client and responses that end with their connection: a complete body is
// read to its end however the connection closes, and a body cut short is 'aborted'
// (with an 'error' only for those who listen, as in Node).
'use strict';
const net = require('net');
const http = require('http');

const big = 'x'.repeat(65536);
const answers = {
  // A complete chunked body; the server keeps the socket open.
  chunked: (s) => s.write('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n'),
  // A 64 KiB body with Connection: close, and the server ends the socket.
  close: (s) => s.end('HTTP/1.1 200 OK\r\nContent-Length: ' + big.length + '\r\nConnection: close\r\n\r\n' + big),
  // A body with neither length nor chunking: it runs to the end of the connection.
  untilClose: (s) => s.end('HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n' + big),
  // Half the promised body, then the end of the connection.
  short: (s) => s.end('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhello'),
};

const server = net.createServer((s) => {
  s.on('error', () => {});
  s.once('data', (d) => answers[String(d).split(' ')[1].slice(1)](s));
});

function get(name, listenForError) {
  return new Promise((resolve) => {
    const events = [];
    const req = http.get({ port: server.address().port, host: '127.0.0.1', path: '/' + name, agent: false }, (res) => {
      let bytes = 0;
      res.on('data', (c) => { bytes += c.length; });
      res.on('end', () => events.push('end ' + bytes));
      res.on('aborted', () => events.push('aborted ' + bytes));
      if (listenForError) res.on('error', (e) => events.push('error ' + e.message + ' ' + e.code));
      res.on('close', () => {
        events.push('close complete=' + res.complete);
        setImmediate(() => {
          console.log(name, listenForError ? '(error listener)' : '', events.join(', '));
          resolve();
        });
      });
    });
    req.on('error', (e) => events.push('request error ' + e.message));
  });
}

server.listen(0, '127.0.0.1', async () => {
  for (let round = 0; round < 3; round++) {
    await get('chunked');
    await get('close');
    await get('untilClose');
  }
  await get('short', false);
  await get('short', true);
  server.close();
});
