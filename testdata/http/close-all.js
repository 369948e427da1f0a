// server.closeAllConnections() closes every open connection, idle keep-alive ones and
// one with a request still unanswered, and later connections are served normally.
'use strict';
const http = require('http');
const net = require('net');

function rawClient(port, request) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let got = '';
    c.setEncoding('latin1');
    c.on('data', (d) => {
      got += d;
      if (c.onData) c.onData();
    });
    c.on('close', () => c.onClose && c.onClose(got));
    c.on('connect', () => {
      c.write(request);
      resolve(c);
    });
  });
}

let pending = null;
const server = http.createServer((req, res) => {
  if (req.url === '/hang') {
    pending = res;
    server.emit('hanging');
    return;
  }
  res.end('ok ' + req.url);
});

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const closed = [];
  const idle = [];
  for (let i = 0; i < 3; i++) {
    const c = await rawClient(port, `GET /idle${i} HTTP/1.1\r\nHost: x\r\n\r\n`);
    await new Promise((r) => (c.onData = r));
    idle.push(c);
  }
  const hang = await rawClient(port, 'GET /hang HTTP/1.1\r\nHost: x\r\n\r\n');
  if (pending === null) await new Promise((r) => server.once('hanging', r));
  const all = idle.concat([hang]);
  await new Promise((resolve) => {
    all.forEach((c, i) => {
      c.onClose = (got) => {
        closed.push(i === 3 ? 'hang ' + JSON.stringify(got) : 'idle' + i + ' ' + got.split('\r\n')[0]);
        if (closed.length === all.length) resolve();
      };
    });
    server.closeAllConnections();
  });
  closed.sort();
  for (const line of closed) console.log(line);
  const after = await rawClient(port, 'GET /after HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  after.onClose = (got) => {
    console.log('after', got.split('\r\n')[0], got.endsWith('ok /after'));
    server.close(() => console.log('closed'));
  };
});
