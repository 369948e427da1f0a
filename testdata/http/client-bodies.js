// Request and response bodies streamed both ways: a 1 MiB upload in 64 KiB writes that the
// server pipes back, and a response the client reads with setEncoding and pause/resume.
const http = require('http');

function checksum(buf, acc) {
  for (let i = 0; i < buf.length; i++) acc = (acc * 31 + buf[i]) >>> 0;
  return acc;
}

const server = http.createServer((req, res) => {
  if (req.method === 'POST') {
    res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
    req.pipe(res);
    return;
  }
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.write('héllo ');
  setTimeout(() => res.end('wörld'), 10);
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const chunk = Buffer.alloc(65536);
  for (let i = 0; i < chunk.length; i++) chunk[i] = (i * 7) & 0xff;
  let sent = 0;
  let sentSum = 0;
  const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/echo' }, (res) => {
    console.log('echo status', res.statusCode, res.headers['transfer-encoding'], res.headers['content-type']);
    let got = 0;
    let gotSum = 0;
    res.on('data', (d) => {
      got += d.length;
      gotSum = checksum(d, gotSum);
    });
    res.on('end', () => {
      console.log('echo bytes', sent, got, 'same', sentSum === gotSum);
      textPhase(port);
    });
  });
  for (let i = 0; i < 16; i++) {
    req.write(chunk);
    sent += chunk.length;
    sentSum = checksum(chunk, sentSum);
  }
  req.end();
});

function textPhase(port) {
  http.get({ host: '127.0.0.1', port, path: '/text' }, (res) => {
    res.setEncoding('utf8');
    let text = '';
    res.pause();
    setTimeout(() => res.resume(), 20);
    res.on('data', (d) => (text += d));
    res.on('end', () => {
      console.log('text', text, res.headers['content-type'], res.headers['transfer-encoding']);
      server.close(() => console.log('closed'));
    });
  });
}
