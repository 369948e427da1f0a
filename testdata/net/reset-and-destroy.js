// socket.resetAndDestroy(): the peer sees an RST (ECONNRESET), a socket without a
// connection gets ERR_SOCKET_CLOSED, and a connecting one resets once connected.
const net = require('net');

const lone = new net.Socket();
lone.resetAndDestroy();
lone.on('error', (err) => console.log('lone:', err.code, err.message));

const server = net.createServer((socket) => {
  socket.on('error', (err) => console.log('server side:', err.code, err.message));
  socket.on('close', (hadError) => {
    console.log('server side closed, hadError', hadError);
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const conn = net.createConnection(server.address().port, '127.0.0.1');
  console.log('connecting:', conn.connecting);
  // Asked for while still connecting: waits for the connection, then resets.
  console.log('returns the socket:', conn.resetAndDestroy() === conn);
  conn.on('error', (err) => console.log('client error', err.code));
  conn.on('close', (hadError) => console.log('client closed, hadError', hadError));
});
setTimeout(() => {
  console.log('timed out');
  process.exit(1);
}, 5000).unref();
