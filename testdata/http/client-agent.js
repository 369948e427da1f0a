// Agent pooling: keep-alive reuse, maxSockets queueing, free sockets, agent.destroy().
const http = require('http');

const server = http.createServer((req, res) => {
  res.end(req.url + ' via ' + req.headers.connection);
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const name = agent.getName({ host: '127.0.0.1', port });
  console.log('name', name.replace(String(port), 'PORT'), agent.keepAlive, agent.maxSockets, agent.maxFreeSockets);
  let left = 3;
  for (let i = 0; i < 3; i++) {
    const req = http.get({ host: '127.0.0.1', port, path: '/r' + i, agent }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => {
        console.log('got', body, 'reused', req.reusedSocket);
        if (--left === 0) setImmediate(phase2, agent, name, port);
      });
    });
    if (i === 0) {
      console.log('queued', Object.keys(agent.requests).length, (agent.requests[name] || []).length);
    }
  }
});

function phase2(agent, name, port) {
  console.log('free', (agent.freeSockets[name] || []).length, 'busy', (agent.sockets[name] || []).length);
  // Without keep-alive the socket is closed after the response.
  const plain = new http.Agent();
  http.get({ host: '127.0.0.1', port, path: '/plain', agent: plain }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('plain', d));
    res.on('end', () => {
      setImmediate(() => {
        console.log('plain free', Object.keys(plain.freeSockets).length);
        agent.destroy();
        setImmediate(() => {
          console.log('after destroy', Object.keys(agent.freeSockets).length);
          server.close(() => console.log('closed'));
        });
      });
    });
  });
}
