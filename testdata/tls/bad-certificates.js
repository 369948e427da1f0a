// A client meets a server certificate it must refuse, one server per case: self-signed,
// signed by a CA it does not trust, expired, for another host. Each fails with Node's
// code; with rejectUnauthorized: false it connects and says why it is not authorized.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const f = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));

const cases = [
  ['self-signed', 'self-signed.pem', {}],
  ['unknown CA', 'server.pem', {}],
  ['expired', 'expired.pem', { ca: f('ca.pem') }],
  ['wrong host', 'wrong-host.pem', { ca: f('ca.pem') }],
  ['wrong host by IP', 'server.pem', { ca: f('ca.pem'), servername: undefined, checkHost: '127.0.0.2' }],
];

function run(i) {
  if (i === cases.length) return;
  const [name, certFile, clientOptions] = cases[i];
  const server = tls.createServer({ key: f('key.pem'), cert: f(certFile) }, (s) => s.end());
  server.on('tlsClientError', () => {});
  server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    const base = { port, host: '127.0.0.1', servername: 'localhost', ...clientOptions };
    if (base.checkHost) {
      base.checkServerIdentity = (host, cert) => tls.checkServerIdentity(base.checkHost, cert);
    }
    const strict = tls.connect(base, () => console.log(name, 'strict: connected?!'));
    strict.on('error', (err) => {
      console.log(name, 'strict:', err.code, '|', err.message);
      const lax = tls.connect({ ...base, rejectUnauthorized: false }, () => {
        console.log(name, 'lax:', lax.authorized, lax.authorizationError);
        lax.end();
        lax.on('close', () => {
          server.close();
          run(i + 1);
        });
      });
    });
  });
}
run(0);
