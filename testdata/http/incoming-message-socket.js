// new IncomingMessage() has no socket until one is set (connection is the same
// property), and a response takes its buffer size from the socket it is read from.
const http = require('http');
const net = require('net');

const msg = new http.IncomingMessage();
console.log('no socket:', msg.socket, msg.connection);
msg.connection = 'fhqwhgads';
console.log('set through connection:', msg.socket, msg.connection);

const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => {
  const req = http.request({
    port: server.address().port,
    host: '127.0.0.1',
    createConnection(options) {
      options.readableHighWaterMark = 1024;
      return net.createConnection(options);
    },
  }, (res) => {
    console.log('same socket:', res.socket === req.socket);
    console.log('highWaterMark:', res.socket.readableHighWaterMark, res.readableHighWaterMark);
    res.resume();
    res.on('end', () => server.close());
  });
  req.end();
});
