// Once the peer has ended and our side ended too (allowHalfOpen false), a write fails
// with EPIPE on the next tick; `_connecting` is the old name of `connecting`.
const net = require('net');

const server = net.createServer((socket) => socket.end());
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    console.log('connected, _connecting:', client._connecting);
    client.end();
    client.on('error', (err) => {
      console.log('error event:', err.code);
      server.close();
    });
    client.on('end', () => {
      const ret = client.write('hello', (err) => console.log('write callback:', err.code, err.message));
      console.log('write returned', ret);
    });
  });
  console.log('connecting:', client.connecting, client._connecting);
});
