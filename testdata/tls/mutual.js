// Mutual TLS: the server asks for a client certificate signed by its CA. A client with
// one is authorized on both sides and the server sees its subject; a client without one
// is refused in the handshake (certificate_required), and with rejectUnauthorized: false
// the server lets it in but says why it is not authorized.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const f = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));

function serve(rejectUnauthorized, cb) {
  const server = tls.createServer({
    key: f('key.pem'), cert: f('server.pem'), ca: f('ca.pem'), requestCert: true, rejectUnauthorized,
  }, (s) => {
    const peer = s.getPeerCertificate();
    console.log(`server(reject=${rejectUnauthorized}):`, s.authorized, s.authorizationError, peer.subject ? peer.subject.CN : peer);
    s.end('hi ' + (peer.subject ? peer.subject.CN : 'stranger'));
  });
  server.on('tlsClientError', (err) => console.log(`server(reject=${rejectUnauthorized}) tlsClientError:`, err.code));
  server.listen(0, '127.0.0.1', () => cb(server, server.address().port));
}

function client(port, withCert, done) {
  const options = { port, host: '127.0.0.1', servername: 'localhost', ca: f('ca.pem') };
  if (withCert) Object.assign(options, { key: f('key.pem'), cert: f('client.pem') });
  const c = tls.connect(options, () => console.log('client secureConnect', withCert, c.authorized));
  let data = '';
  c.on('data', (d) => data += d);
  c.on('error', (err) => console.log('client error:', err.code));
  c.on('close', () => {
    console.log('client got:', JSON.stringify(data));
    done();
  });
}

serve(true, (server, port) => {
  client(port, true, () => client(port, false, () => {
    server.close();
    serve(false, (lax, laxPort) => client(laxPort, false, () => lax.close()));
  }));
});
