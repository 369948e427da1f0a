// connect() from a chosen local address and port (a port in use is a bind error), an
// invalid localAddress, bytesWritten of a large write counted once, and a rejected
// async 'connection' listener destroying its socket under captureRejections.
const net = require('net');
const events = require('events');
const assert = require('assert');

assert.throws(() => net.connect({ port: 1, localAddress: 'nope' }), { code: 'ERR_INVALID_IP_ADDRESS' });

function bindTwice() {
  return new Promise((resolve) => {
    const a = net.createServer().listen(0, '127.0.0.1', () => {
      const b = net.createServer().listen(0, '127.0.0.1', () => {
        const client = net.connect({
          host: '127.0.0.1', port: a.address().port, localAddress: '127.0.0.1', localPort: b.address().port,
        });
        client.on('connect', () => console.log('unexpected connect'));
        client.on('error', (err) => {
          console.log('bound to a port in use:', err.code, err.syscall);
          a.close();
          b.close();
          resolve();
        });
      });
    });
  });
}

function fromLocalAddress() {
  return new Promise((resolve) => {
    const server = net.createServer((socket) => {
      console.log('server sees the client at', socket.remoteAddress);
      socket.end();
      server.close();
    }).listen(0, '127.0.0.1', () => {
      const client = net.connect({ host: '127.0.0.1', port: server.address().port, localAddress: '127.0.0.1' });
      let local;
      client.on('connect', () => {
        local = client.localAddress;
      });
      client.resume();
      client.on('close', () => {
        console.log('local address', local);
        resolve();
      });
    });
  });
}

function largeWrite() {
  const N = 4 * 1024 * 1024;
  return new Promise((resolve) => {
    const server = net.createServer((socket) => {
      socket.end(Buffer.alloc(N), () => console.log('bytesWritten after the write:', socket.bytesWritten === N));
      console.log('bytesWritten while writing:', socket.bytesWritten === N);
    }).listen(0, '127.0.0.1', () => {
      const client = net.connect(server.address().port, '127.0.0.1');
      client.resume();
      client.on('close', () => {
        console.log('bytesRead:', client.bytesRead === N);
        server.close();
        resolve();
      });
    });
  });
}

function rejectedListener() {
  events.captureRejections = true;
  return new Promise((resolve) => {
    const kaboom = new Error('kaboom');
    const server = net.createServer(async (socket) => {
      server.close();
      socket.on('error', (err) => console.log('socket error is the rejection:', err === kaboom));
      throw kaboom;
    });
    events.captureRejections = false;
    server.listen(0, '127.0.0.1', () => {
      const client = net.connect(server.address().port, '127.0.0.1');
      client.on('error', () => {});
      client.on('close', () => {
        console.log('client closed');
        resolve();
      });
    });
  });
}

(async () => {
  await bindTwice();
  await fromLocalAddress();
  await largeWrite();
  await rejectedListener();
})();
setTimeout(() => {
  console.log('timed out');
  process.exit(1);
}, 8000).unref();
