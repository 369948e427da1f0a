// getConnections counts open sockets; maxConnections drops the ones over the limit.
const net = require('net');
const server = net.createServer((sock) => {
  server.getConnections((err, n) => {
    console.log('connections', err, n);
  });
  sock.on('close', () => {});
});
server.maxConnections = 1;
server.on('drop', (d) => console.log('drop', typeof d.remotePort));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const a = net.connect(port, '127.0.0.1', () => {
    setTimeout(() => {
      const b = net.connect(port, '127.0.0.1');
      b.on('close', () => {
        console.log('second closed by the server');
        a.end();
        server.close(() => console.log('closed after the last connection'));
      });
      b.on('error', (e) => console.log('b error', e.code));
      b.resume();
    }, 20);
  });
  a.resume();
});
