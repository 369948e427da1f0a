// https.createServer on the http server's path: requests over one kept-alive TLS
// connection, a streamed body, Connection: close, a client that does not trust the
// certificate (refused with Node's code) and garbage bytes; the server goes on serving.
const https = require('https');
const net = require('net');
const fs = require('fs');
const path = require('path');
const f = (n) => fs.readFileSync(path.join(__dirname, '..', 'tls', 'fixtures', n));

const server = https.createServer({ key: f('key.pem'), cert: f('server.pem') }, (req, res) => {
  if (req.url === '/stream') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    let i = 0;
    const more = () => {
      while (i < 64) {
        if (!res.write(Buffer.alloc(16384, 97 + (i++ % 26)))) return res.once('drain', more);
      }
      res.end();
    };
    more();
    return;
  }
  let body = '';
  req.on('data', (d) => body += d);
  req.on('end', () => res.end(`${req.method} ${req.url} [${body}] encrypted=${req.socket.encrypted}`));
});

function request(agent, pathname, options = {}) {
  return new Promise((resolve) => {
    const req = https.request({ host: '127.0.0.1', port: server.address().port, servername: 'localhost',
      path: pathname, agent, method: options.body ? 'POST' : 'GET', headers: options.headers }, (res) => {
      let size = 0;
      let text = '';
      res.on('data', (d) => {
        size += d.length;
        if (size <= 100) text += d;
      });
      res.on('end', () => resolve(`${res.statusCode} ${res.headers.connection} reused=${req.reusedSocket} ${size > 100 ? size + ' bytes' : text}`));
    });
    req.on('error', (err) => resolve('error ' + err.code));
    req.end(options.body);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const agent = new https.Agent({ keepAlive: true, ca: f('ca.pem'), maxSockets: 1 });
  console.log(await request(agent, '/one'));
  console.log(await request(agent, '/two', { body: 'hello' }));
  console.log(await request(agent, '/stream'));
  console.log(await request(agent, '/closing', { headers: { connection: 'close' } }));
  console.log(await request(new https.Agent({}), '/untrusted'));
  await new Promise((resolve) => {
    const s = net.connect(server.address().port, '127.0.0.1', () => s.write(Buffer.alloc(32, 0xff)));
    s.on('error', () => {});
    s.resume();
    s.on('close', resolve);
  });
  console.log(await request(agent, '/after-garbage'));
  agent.destroy();
  server.close(() => console.log('closed'));
});
