// listen({ fd }) on a file fails with Node's EINVAL, and a socket that closed can
// connect() again.
const net = require('net');
const fs = require('fs');

function listenOn(label, fd) {
  return new Promise((resolve) => {
    net.createServer().listen({ fd }).on('error', (e) => {
      console.log(label, e.code, e.message, e.syscall);
      resolve();
    });
  });
}

(async () => {
  const file = fs.openSync(__filename, 'r');
  await listenOn('file:', file);
  let rounds = 0;
  const server = net.createServer((socket) => socket.end('hello')).listen(0, '127.0.0.1', () => {
    const client = net.connect(server.address().port, '127.0.0.1');
    client.setEncoding('utf8');
    client.on('data', (d) => console.log('round', rounds, 'got', d));
    client.on('close', (hadError) => {
      console.log('closed, hadError', hadError);
      if (++rounds < 3) client.connect(server.address().port, '127.0.0.1');
      else server.close();
    });
  });
})();
