// One server, two certificates chosen by SNI (an SNICallback, then addContext), and ALPN:
// the server's first protocol the client also offers wins; none in common ends the
// handshake with no_application_protocol; a client without ALPN gets false.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const f = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const contexts = {
  'a.example': tls.createSecureContext({ key: f('key.pem'), cert: f('sni-a.pem') }),
  'b.example': tls.createSecureContext({ key: f('key.pem'), cert: f('sni-b.pem') }),
};

function run(serverOptions, attempts, done) {
  const server = tls.createServer({ key: f('key.pem'), cert: f('server.pem'), ...serverOptions }, (s) => {
    console.log('  server: servername', s.servername, 'alpn', s.alpnProtocol);
    s.end();
  });
  server.on('tlsClientError', (err) => console.log('  server tlsClientError:', err.code));
  server.listen(0, '127.0.0.1', () => {
    const next = (i) => {
      if (i === attempts.length) {
        server.close();
        done();
        return;
      }
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: f('ca.pem'), ...attempts[i] }, () => {
        console.log('  client:', attempts[i].servername, c.getPeerCertificate().subject.CN, c.alpnProtocol);
        c.end();
      });
      c.on('error', (err) => console.log('  client error:', err.code));
      c.on('close', () => next(i + 1));
    };
    next(0);
  });
}

console.log('SNICallback');
run({
  SNICallback(name, cb) {
    console.log('  SNICallback', name);
    cb(null, contexts[name]);
  },
}, [{ servername: 'a.example' }, { servername: 'b.example' }, { servername: 'localhost' }], () => {
  console.log('ALPN');
  run({ ALPNProtocols: ['h2', 'http/1.1'] }, [
    { servername: 'localhost', ALPNProtocols: ['http/1.1', 'h2'] },
    { servername: 'localhost', ALPNProtocols: ['http/1.1'] },
    { servername: 'localhost' },
    { servername: 'localhost', ALPNProtocols: ['spdy/3'] },
  ], () => {
    console.log('addContext');
    const server = tls.createServer({ key: f('key.pem'), cert: f('server.pem') }, (s) => s.end());
    server.addContext('b.example', { key: f('key.pem'), cert: f('sni-b.pem') });
    server.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'b.example', ca: f('ca.pem') }, () => {
        console.log('  client: b.example', c.getPeerCertificate().subject.CN, c.authorized);
        c.end();
        server.close();
      });
    });
  });
});
