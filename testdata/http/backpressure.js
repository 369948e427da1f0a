// Backpressure on both ends: res.write() and req.write() return false while a slow peer
// holds data back, each false is followed by one 'drain', and every byte arrives.
const http = require('http');

const CHUNK = Buffer.alloc(65536, 'x');
const TOTAL = 256; // chunks: 16 MiB, more than loopback socket buffers take

function pump(stream, done) {
  let sent = 0;
  let falses = 0;
  let drains = 0;
  stream.on('drain', () => {
    drains++;
    write();
  });
  function write() {
    while (sent < TOTAL) {
      sent++;
      if (!stream.write(CHUNK)) {
        falses++;
        return;
      }
    }
    stream.end();
    done(falses, drains);
  }
  write();
}

const server = http.createServer((req, res) => {
  if (req.method === 'POST') {
    let got = 0;
    req.pause();
    setTimeout(() => req.resume(), 200);
    req.on('data', (d) => (got += d.length));
    req.on('end', () => res.end(String(got)));
    return;
  }
  res.writeHead(200);
  pump(res, (falses, drains) => console.log('server: backpressure', falses > 0, 'drains match', falses === drains));
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  http.get({ host: '127.0.0.1', port, path: '/' }, (res) => {
    let got = 0;
    res.pause();
    setTimeout(() => res.resume(), 200);
    res.on('data', (d) => (got += d.length));
    res.on('end', () => {
      console.log('client got', got === TOTAL * CHUNK.length);
      const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/up' }, (res2) => {
        let body = '';
        res2.on('data', (d) => (body += d));
        res2.on('end', () => {
          console.log('server got', Number(body) === TOTAL * CHUNK.length);
          server.close();
        });
      });
      pump(req, (falses, drains) => console.log('client: backpressure', falses > 0, 'drains match', falses === drains));
    });
  });
});
