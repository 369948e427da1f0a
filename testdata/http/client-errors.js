// Client errors: refused connections, bad arguments, destroyed requests, broken responses.
const http = require('http');
const net = require('net');

function show(label, err) {
  console.log(label, err.name, err.code, err.message);
}

for (const [label, f] of [
  ['https url', () => http.get('https://127.0.0.1/')],
  ['bad method', () => http.request({ method: 'GE T', port: 1 })],
  ['bad path', () => http.request({ path: '/a b', port: 1 })],
  ['bad agent', () => http.request({ agent: 42, port: 1 })],
  ['bad header', () => http.request({ headers: { 'bad name': 'x' }, port: 1 })],
]) {
  try {
    f();
    console.log(label, 'no error');
  } catch (e) {
    show(label, e);
  }
}

// A port that nothing listens on: bind one, close it, connect to it.
const probe = net.createServer().listen(0, '127.0.0.1', () => {
  const deadPort = probe.address().port;
  probe.close(() => {
    const req = http.get({ host: '127.0.0.1', port: deadPort, path: '/' });
    req.on('error', (e) => {
      console.log('refused', e.code, e.syscall, e.address, e.port === deadPort, e.message === `connect ECONNREFUSED 127.0.0.1:${deadPort}`);
    });
    req.on('close', () => {
      console.log('refused close');
      next();
    });
  });
});

function next() {
  // The server writes half a body and then destroys the connection.
  const server = http.createServer((req, res) => {
    if (req.url === '/hang') {
      return; // never answers: the client destroys the request
    }
    res.writeHead(200, { 'Content-Length': '100' });
    res.write('partial');
    setTimeout(() => res.destroy(), 20);
  });
  server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    const hang = http.get({ port, host: '127.0.0.1', path: '/hang' });
    hang.on('socket', () => setTimeout(() => hang.destroy(), 20));
    hang.on('error', (e) => show('destroyed', e));
    hang.on('close', () => {
      console.log('destroyed close', hang.destroyed);
      const broken = http.get({ port, host: '127.0.0.1', path: '/broken' }, (res) => {
        console.log('broken response', res.statusCode);
        res.on('data', (d) => console.log('broken data', String(d)));
        res.on('aborted', () => console.log('broken aborted'));
        res.on('error', (e) => show('broken res error', e));
        res.on('end', () => console.log('broken end'));
        res.on('close', () => {
          console.log('broken close', res.complete);
          server.closeAllConnections();
          server.close(() => console.log('server closed'));
        });
      });
      broken.on('error', (e) => show('broken req error', e));
    });
  });
}
