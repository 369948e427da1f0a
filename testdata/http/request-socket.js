// req.socket on the server: addresses, one object per connection, destroy(), 'close',
// and the server's 'connection' event before the first request of a connection.
const http = require('http');
const seen = [];
const server = http.createServer((req, res) => {
  const s = req.socket;
  if (!seen.includes(s)) seen.push(s);
  console.log('request', req.url, 'socket#', seen.indexOf(s), s.remoteAddress, s.remoteFamily, s.localPort === server.address().port, typeof s.remotePort, res.socket === s, req.connection === s);
  if (req.url === '/kill') {
    s.on('close', () => console.log('server socket close'));
    s.destroy();
    return;
  }
  res.end('ok');
});
server.on('connection', (s) => console.log('connection', s.remoteAddress, seen.length));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = (path, cb) => http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
    res.resume();
    res.on('end', cb);
  });
  get('/a', () => get('/b', () => {
    const req = http.get({ host: '127.0.0.1', port, path: '/kill', agent });
    req.on('error', (e) => {
      console.log('client error', e.code, e.message);
      agent.destroy();
      server.close(() => console.log('closed'));
    });
  }));
});
