// node:https's client against a TLS server speaking HTTP/1.1 by hand: an Agent with a CA
// keeps its connection alive across requests to the same host (SNI: the host name, or
// `servername` for an IP), a new host name is a new connection, and the global agent
// (system roots only) refuses the test CA's certificate with Node's code.
const tls = require('tls');
const https = require('https');
const fs = require('fs');
const path = require('path');
const f = (n) => fs.readFileSync(path.join(__dirname, '..', 'tls', 'fixtures', n));

let connections = 0;
const server = tls.createServer({ key: f('key.pem'), cert: f('server.pem') }, (s) => {
  const id = ++connections;
  let buf = '';
  s.on('data', (d) => {
    buf += d;
    let end;
    while ((end = buf.indexOf('\r\n\r\n')) !== -1) {
      const head = buf.slice(0, end).split('\r\n');
      buf = buf.slice(end + 4);
      const host = head.find((h) => /^host:/i.test(h)).replace(/:[0-9]+$/, ':PORT');
      const body = `connection ${id}: ${head[0]} (${host}, SNI ${s.servername})`;
      s.write(`HTTP/1.1 200 OK\r\nContent-Length: ${body.length}\r\nContent-Type: text/plain\r\n\r\n${body}`);
    }
  });
});

function get(url, options) {
  return new Promise((resolve, reject) => {
    const onResponse = (res) => {
      let body = '';
      const encrypted = res.socket.encrypted;
      res.setEncoding('utf8');
      res.on('data', (d) => body += d);
      res.on('end', () => resolve(`${res.statusCode} ${res.headers['content-type']} ${encrypted} | ${body}`));
    };
    const req = typeof url === 'string' ? https.get(url, options, onResponse) : https.get({ ...url, ...options }, onResponse);
    req.on('error', reject);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const agent = new https.Agent({ keepAlive: true, ca: f('ca.pem') });
  console.log(await get(`https://localhost:${port}/one`, { agent }));
  console.log(await get(`https://localhost:${port}/two?x=1`, { agent }));
  console.log(await get({ host: '127.0.0.1', port, path: '/three', servername: 'localhost' }, { agent }));
  try {
    await get(`https://localhost:${port}/four`, {});
  } catch (err) {
    console.log('global agent:', err.code, err.message.split(';')[0]);
  }
  agent.destroy();
  https.globalAgent.destroy();
  server.close();
});
