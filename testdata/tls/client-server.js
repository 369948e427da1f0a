// A TLS server and client over 127.0.0.1: SNI name, protocol, cipher, the peer certificate
// Node shows, and data both ways with a clean end.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const f = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const server = tls.createServer({ key: f('key.pem'), cert: f('server.pem') }, (s) => {
  console.log('server: secureConnection', s.getProtocol(), s.servername, s.authorized);
  s.on('data', (d) => { console.log('server got', String(d)); s.end('pong'); });
});
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: f('ca.pem'), servername: 'localhost' }, () => {
    console.log('client: secureConnect', c.authorized, c.getProtocol(), c.getCipher(), c.alpnProtocol);
    const cert = c.getPeerCertificate();
    console.log(cert.subject, cert.issuer.CN, cert.subjectaltname, cert.bits, cert.serialNumber.length > 0);
    c.write('ping');
  });
  let got = '';
  c.on('data', (d) => got += d);
  c.on('end', () => { console.log('client got', got); server.close(); });
  c.on('close', () => console.log('client close'));
});
