// STARTTLS: a plain TCP conversation turns into TLS on the same connection. The server
// wraps its accepted socket in a TLSSocket (isServer), the client hands its connected
// socket to tls.connect({ socket }); then both talk over TLS.
const tls = require('tls');
const net = require('net');
const fs = require('fs');
const path = require('path');
const f = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const context = tls.createSecureContext({ key: f('key.pem'), cert: f('server.pem') });

const server = net.createServer((socket) => {
  socket.write('220 ready\r\n');
  socket.once('data', (line) => {
    console.log('server heard:', JSON.stringify(String(line)));
    socket.write('220 go ahead\r\n');
    const secure = new tls.TLSSocket(socket, { isServer: true, secureContext: context });
    secure.on('secure', () => console.log('server: secure', secure.getProtocol(), secure.encrypted));
    secure.on('data', (d) => {
      console.log('server got over TLS:', JSON.stringify(String(d)));
      secure.end('bye over TLS');
    });
    secure.on('error', (err) => console.log('server error', err.code));
  });
});

server.listen(0, '127.0.0.1', () => {
  const plain = net.connect(server.address().port, '127.0.0.1');
  let step = 0;
  plain.on('data', (d) => {
    console.log('client heard:', JSON.stringify(String(d)));
    if (step++ === 0) {
      plain.write('STARTTLS\r\n');
      return;
    }
    const secure = tls.connect({ socket: plain, servername: 'localhost', ca: f('ca.pem') }, () => {
      console.log('client: secureConnect', secure.authorized, secure.getProtocol());
      secure.write('hello over TLS');
    });
    let got = '';
    secure.on('data', (x) => got += x);
    secure.on('end', () => {
      console.log('client got:', JSON.stringify(got));
      server.close();
    });
    secure.on('error', (err) => console.log('client error', err.code));
  });
});
