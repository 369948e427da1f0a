'use strict';
// The hello-world server over TLS: https.createServer with the test certificate of
// testdata/tls/fixtures (RSA 2048, TLS 1.3 negotiated by wrk and curl).
// Binds 127.0.0.1:$PORT (0 = any free port) and prints "listening <port>".
const https = require('https');
const fs = require('fs');
const path = require('path');

const fixtures = path.join(__dirname, '..', '..', '..', 'testdata', 'tls', 'fixtures');
const server = https.createServer({
  key: fs.readFileSync(path.join(fixtures, 'key.pem')),
  cert: fs.readFileSync(path.join(fixtures, 'server.pem')),
}, (req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('Hello World\n');
});
server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
  console.log('listening ' + server.address().port);
});
