// A socket's _handle as Node has it: setNoDelay() tells the handle only when the
// setting changes (a caller's handle object too), connect({ noDelay }) sets it once
// connected, closing the handle under the stream makes a write fail with EBADF, and a
// socket without a handle gives ERR_SOCKET_CLOSED.
const net = require('net');

const calls = [];
const socket = new net.Socket({ handle: { setNoDelay: (v) => calls.push(v), readStart() {} } });
for (const v of [undefined, true, 1, 'yes', false, 0, '', true]) socket.setNoDelay(v);
console.log('handle.setNoDelay calls:', calls);
console.log('setNoDelay returns the socket:', socket.setNoDelay(true) === socket);

const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const seen = [];
  const client = net.connect({ port, host: '127.0.0.1', noDelay: true }, () => {
    console.log('noDelay: true told the handle', seen);
    client.on('error', (err) => {
      console.log('write after handle.close():', err.code, err.message);
      const other = net.connect({ port, host: '127.0.0.1' }, () => {
        other.on('error', (e) => {
          console.log('write without a handle:', e.code);
          server.close();
        });
        other._handle.close();
        other._handle = null;
        other.write('foo');
      });
    });
    client._handle.close();
    client.write('foo');
  });
  console.log('a connecting socket has a handle:', client._handle !== null);
  const setNoDelay = client._handle.setNoDelay;
  client._handle.setNoDelay = function (v) {
    seen.push(v);
    return setNoDelay.call(this, v);
  };
});
setTimeout(() => {
  console.log('timed out');
  process.exit(1);
}, 5000).unref();
