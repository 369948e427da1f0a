'use strict';
// Start-up to the first 'listening': build an HTTP server, bind a free port,
// and exit as soon as the listen callback runs. Timed from outside (hyperfine).
const http = require('http');

const server = http.createServer((req, res) => res.end());
server.listen(0, '127.0.0.1', () => process.exit(0));
setTimeout(() => {
  console.error('listen-exit: still not listening after 10 s');
  process.exit(3);
}, 10000).unref();
