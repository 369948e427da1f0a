// fetch() of https: URLs. The test CA is trusted through NODE_EXTRA_CA_CERTS in a child
// process (fetch has no ca option); without it the certificate is refused and fetch
// fails with a TypeError whose cause carries Node's verify code.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const fixtures = path.join(__dirname, '..', 'tls', 'fixtures');
const f = (n) => fs.readFileSync(path.join(fixtures, n));

if (process.argv[2] === 'child') {
  fetch(`https://localhost:${process.argv[3]}/hello`, { method: 'POST', body: 'ping' })
    .then(async (res) => console.log('child:', res.status, res.headers.get('x-tls'), await res.text()))
    .catch((err) => console.log('child failed:', err.cause && err.cause.code));
  return;
}

const server = tls.createServer({ key: f('key.pem'), cert: f('server.pem') }, (s) => {
  let buf = '';
  s.on('data', (d) => {
    buf += d;
    const end = buf.indexOf('\r\n\r\n');
    if (end === -1) return;
    const head = buf.slice(0, end).split('\r\n');
    const length = Number((head.find((h) => /^content-length:/i.test(h)) || ':0').split(':')[1]);
    if (buf.length < end + 4 + length) return;
    const body = `${head[0]} body=${buf.slice(end + 4, end + 4 + length)}`;
    s.end(`HTTP/1.1 200 OK\r\nX-TLS: ${s.getProtocol()}\r\nConnection: close\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
  });
  s.on('error', () => {});
});
server.on('tlsClientError', () => {});

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  try {
    await fetch(`https://localhost:${port}/`);
  } catch (err) {
    console.log(err.name, err.message, '| cause:', err.cause.code);
  }
  const child = spawn(process.execPath, [__filename, 'child', String(port)], {
    env: { ...process.env, NODE_EXTRA_CA_CERTS: path.join(fixtures, 'ca.pem') },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('exit', (code) => {
    console.log('child exit', code);
    server.close();
  });
});
