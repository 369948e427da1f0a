// A refused connection: the error's shape, then 'close' with hadError.
const net = require('net');
const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  server.close(() => {
    const c = net.connect(port, '127.0.0.1');
    c.on('connect', () => console.log('unexpected connect'));
    c.on('error', (e) => {
      console.log(e instanceof Error, e.code, e.errno, e.syscall, e.address, e.port === port);
      console.log(e.message === 'connect ECONNREFUSED 127.0.0.1:' + port);
      console.log('destroyed', c.destroyed);
    });
    c.on('close', (hadError) => console.log('close', hadError));
  });
});
