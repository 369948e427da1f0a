// listen on port 0, address(), 'listening' and 'close', EADDRINUSE, unref, and the tables.
const http = require('http');
const net = require('net');

console.log(net.isIP('127.0.0.1'), net.isIP('::1'), net.isIP('nope'), net.isIPv4('10.0.0.1'), net.isIPv6('10.0.0.1'));
console.log(http.STATUS_CODES[200], http.STATUS_CODES[404], http.STATUS_CODES[418]);
console.log(http.METHODS.includes('GET'), http.METHODS.includes('M-SEARCH'));

const server = http.createServer((req, res) => res.end('x'));
console.log(server instanceof net.Server, server.listening, server.address());
server.on('listening', () => console.log('listening event'));
server.listen(0, '127.0.0.1', () => {
  const a = server.address();
  console.log('listen callback', a.address, a.family, typeof a.port, a.port > 0, server.listening);
  const other = http.createServer();
  other.on('error', (err) => {
    console.log(err.message === 'listen EADDRINUSE: address already in use 127.0.0.1:' + a.port);
    console.log(err.code, err.errno, err.syscall, err.address, err.port === a.port);
    server.close((err) => {
      console.log('closed', err, server.listening, server.address());
      server.close((err2) => console.log('second close', err2.code));
    });
  });
  other.listen(a.port, '127.0.0.1');
});
server.on('close', () => console.log('close event'));

// An unref'd server does not keep the process alive.
http.createServer().listen(0, '127.0.0.1').unref();
process.on('exit', (code) => console.log('exit', code));
