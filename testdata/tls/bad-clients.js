// Clients that do not speak TLS properly get a clear 'tlsClientError' and the server
// goes on serving others: random garbage, a client that says nothing (cut by
// handshakeTimeout), and one that leaves mid-handshake. (Plain HTTP bytes are
// ERR_SSL_HTTP_REQUEST in Node, ERR_SSL_WRONG_VERSION_NUMBER here: not compared.)
const tls = require('tls');
const net = require('net');
const fs = require('fs');
const path = require('path');
const f = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));

const server = tls.createServer({ key: f('key.pem'), cert: f('server.pem'), handshakeTimeout: 200 }, (s) => {
  s.end('served');
});
const errors = [];
let waiting = null;
server.on('tlsClientError', (err, socket) => {
  errors.push(err.code);
  console.log('tlsClientError:', err.code, socket instanceof tls.TLSSocket);
  if (waiting !== null) waiting();
});

// A raw TCP client; `bytes` null: it says nothing and leaves once the server has
// reported the handshake timeout.
function raw(port, bytes, endAfter) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => {
      if (bytes !== null) s.write(bytes);
      else waiting = () => {
        waiting = null;
        s.destroy();
      };
      if (endAfter) s.end();
    });
    s.on('error', () => {});
    s.on('data', () => {});
    s.on('close', resolve);
  });
}

function good(port) {
  return new Promise((resolve) => {
    const c = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: f('ca.pem') });
    let data = '';
    c.on('data', (d) => data += d);
    c.on('close', () => {
      console.log('good client got', JSON.stringify(data));
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  console.log('-- garbage');
  await raw(port, Buffer.alloc(64, 0xff), false);
  await good(port);
  console.log('-- silent client');
  await raw(port, null, false);
  await good(port);
  console.log('-- half a ClientHello, then gone');
  await raw(port, Buffer.from('16030100c8010000c40303', 'hex'), true);
  await good(port);
  server.close();
});
