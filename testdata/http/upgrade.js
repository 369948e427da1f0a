// 'upgrade' and 'connect': the listener gets the connection's socket, writes the response
// head itself and then speaks its own protocol on it; without a listener an upgrade
// request is an ordinary request and a CONNECT loses its connection.
const http = require('http');
const net = require('net');

function show(raw) {
  // The head as the client sees it, minus what varies (Date) and the case of the names.
  const [head, ...body] = raw.split('\r\n\r\n');
  const [status, ...fields] = head.split('\r\n');
  const names = fields.map((f) => f.slice(0, f.indexOf(':')).toLowerCase() + f.slice(f.indexOf(':')))
    .filter((f) => !f.startsWith('date:')).sort();
  return JSON.stringify({ status, fields: names, rest: body.join('\r\n\r\n') });
}

// A raw client: sends `request`, then each of `then` once the previous answer arrived;
// resolves with everything it read once the server closed or `then` is done.
function rawClient(port, request, then = []) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let got = '';
    c.setEncoding('latin1');
    c.on('connect', () => c.write(request));
    c.on('data', (d) => {
      got += d;
      if (then.length > 0 && got.includes('\r\n\r\n')) {
        const next = then.shift();
        setTimeout(() => (next === null ? c.end() : c.write(next)), 10);
      }
    });
    c.on('close', () => resolve(got));
  });
}

const server = http.createServer((req, res) => {
  console.log('request', req.method, req.url, req.headers.upgrade);
  res.end('plain');
});
server.on('upgrade', (req, socket, head) => {
  console.log('upgrade', req.method, req.url, req.headers.upgrade, req.upgrade, Buffer.isBuffer(head),
    socket instanceof net.Socket, socket.remoteAddress, req.socket === socket);
  if (req.url === '/reject') {
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: 4\r\n\r\nnope');
    return;
  }
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
  socket.on('data', (d) => {
    console.log('server got', JSON.stringify(String(d)));
    socket.write('echo:' + d);
  });
  socket.on('end', () => {
    console.log('server end');
    socket.end('bye');
  });
  socket.on('close', () => console.log('server socket close'));
});
server.on('connect', (req, socket) => {
  console.log('connect', req.method, req.url);
  socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
  socket.on('data', (d) => socket.write(String(d).toUpperCase()));
  socket.on('end', () => socket.end());
});

const plain = http.createServer((req, res) => {
  console.log('plain request', req.method, req.url, req.headers.upgrade);
  res.end('no upgrade here');
});

server.listen(0, '127.0.0.1', () => plain.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const up = 'GET /chat HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\n';
  console.log('switched', show(await rawClient(port, up, ['ping', null])));
  console.log('rejected', show(await rawClient(port, up.replace('/chat', '/reject'))));
  console.log('plain', show(await rawClient(port, 'GET /x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')));
  const connect = 'CONNECT example.test:443 HTTP/1.1\r\nHost: example.test:443\r\n\r\n';
  console.log('tunnel', show(await rawClient(port, connect, ['through the tunnel', null])));
  const unheard = await rawClient(plain.address().port, up.replace('Upgrade\r\n', 'Upgrade, close\r\n'));
  console.log('unheard upgrade', show(unheard));
  const unheardConnect = await rawClient(plain.address().port, connect);
  console.log('unheard connect', JSON.stringify(unheardConnect));
  server.close();
  plain.close();
}));
