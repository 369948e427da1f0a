// server.closeIdleConnections() closes keep-alive connections between requests and
// leaves busy ones to finish; getConnections() counts the open connections.
const http = require('http');
const agent = new http.Agent({ keepAlive: true });
let release;
const server = http.createServer((req, res) => {
  if (req.url === '/slow') {
    release = () => res.end('slow done');
    return;
  }
  res.end('quick');
});
// Longer than the test: only closeIdleConnections() may close the idle connection.
server.keepAliveTimeout = 60000;

function get(path) {
  return new Promise((resolve, reject) => {
    http.get({ port: server.address().port, host: '127.0.0.1', path, agent }, (res) => {
      const socket = res.socket;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ body, socket }));
    }).on('error', reject);
  });
}
const connections = () => new Promise((resolve) => server.getConnections((err, n) => resolve([err, n])));
const tick = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

server.listen(0, '127.0.0.1', async () => {
  console.log('before any', await connections());
  const first = await get('/');
  console.log(first.body);
  await tick(20);
  console.log('one idle', await connections());
  const closed = new Promise((resolve) => first.socket.once('close', resolve));
  server.closeIdleConnections();
  await closed;
  console.log('idle socket closed');
  await tick(20);
  console.log('after close', await connections());

  const slow = get('/slow');
  while (!release) await tick(5);
  server.closeIdleConnections();
  await tick(20);
  console.log('busy kept', await connections());
  release();
  console.log((await slow).body);
  agent.destroy();
  server.close(() => console.log('server closed'));
});
