// An exception thrown by a request body's 'data' listener is an uncaught exception:
// it reaches process.on('uncaughtException') and the process goes on.
const http = require('http');
process.on('uncaughtException', (err, origin) => {
  console.log('uncaught:', err.message, origin);
  process.exit(0);
});
const server = http.createServer((req) => {
  req.on('data', (chunk) => {
    console.log('data', chunk.toString());
    throw new Error('thrown in data');
  });
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, method: 'POST' });
  req.on('error', () => {});
  req.end('a body');
});
