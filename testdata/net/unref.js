// An unref'd server and an unref'd socket do not keep the process alive.
const net = require('net');
const server = net.createServer((sock) => {
  console.log('connection');
  sock.unref();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    console.log('connected');
    c.unref();
    server.unref();
  });
});
process.on('exit', (code) => console.log('exit', code));
