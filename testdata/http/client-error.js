// 'clientError': requests the parser rejects reach the listener with Node's error code,
// and the server keeps serving. (nodus: hyper has already answered 400 and closed the
// connection, so only the first line of what the client got is compared.)
const http = require('http');
const net = require('net');

function raw(port, data, label) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => s.write(data));
    let got = '';
    s.on('data', (d) => (got += d));
    s.on('error', (e) => console.log(label, 'client error', e.code));
    s.on('close', () => {
      console.log(label, '->', JSON.stringify(got.split('\r\n')[0]));
      resolve();
    });
  });
}

const server = http.createServer((req, res) => res.end('ok'));
server.on('clientError', (err, socket) => {
  console.log('clientError', err.code, JSON.stringify(err.message), err.reason,
    typeof err.bytesParsed, Buffer.isBuffer(err.rawPacket) && err.rawPacket.length > 0,
    socket instanceof net.Socket);
  socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
});
server.listen(0, '127.0.0.1', async () => {
  const p = server.address().port;
  await raw(p, 'GARBAGE\r\n\r\n', 'garbage');
  await raw(p, 'GET / HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n', 'bad header name');
  await raw(p, 'GET / HTTP/9.9\r\nHost: x\r\n\r\n', 'bad version');
  await raw(p, 'GET / HTTX/1.1\r\nHost: x\r\n\r\n', 'bad protocol');
  await raw(p, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n', 'bad content-length');
  await raw(p, 'GET / HTTP/1.1\r\nHost: x\r\n\r\nGARBAGE\r\n\r\n', 'second request bad');
  await raw(p, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 'good');
  server.close(() => console.log('closed'));
});
