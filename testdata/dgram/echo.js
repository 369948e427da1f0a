// UDP on 127.0.0.1: bind to port 0, a message each way with rinfo, a list sent as one
// datagram, send before bind (implicit bind), connect/remoteAddress/disconnect, and the
// errors Node throws or emits.
const dgram = require('dgram');

function errorOf(fn) {
  try {
    fn();
    return 'no error';
  } catch (e) {
    return `${e.name} ${e.code}: ${e.message}`;
  }
}

const server = dgram.createSocket('udp4');
const events = [];
let client;
let port;
server.on('listening', () => events.push('listening'));
server.on('message', (msg, rinfo) => {
  const text = msg.toString();
  console.log('server got', JSON.stringify(text), rinfo.family, rinfo.size, typeof rinfo.port, rinfo.address);
  if (text === 'ping') {
    server.send('pong:' + msg, rinfo.port, rinfo.address, (err, bytes) => console.log('server sent', err, bytes));
  } else if (text === 'again') {
    finish();
  }
});

console.log(errorOf(() => dgram.createSocket('udp5')));
console.log(errorOf(() => server.send('x', 0, '127.0.0.1')));
console.log(errorOf(() => server.send('x', 70000, '127.0.0.1')));
console.log(errorOf(() => server.send({}, 1, '127.0.0.1')));
console.log(errorOf(() => server.send('abc', 2, 5, 1, '127.0.0.1')));
console.log(errorOf(() => server.setBroadcast(true)));
console.log(errorOf(() => server.getRecvBufferSize()));

server.bind(0, '127.0.0.1', () => {
  const address = server.address();
  console.log('bound', events, address.address, address.family, address.port > 0);
  console.log(errorOf(() => server.bind(0)));
  port = address.port;
  client = dgram.createSocket({ type: 'udp4' });
  // Not bound yet: the send binds it first.
  client.send(['pi', Buffer.from('ng')], port, '127.0.0.1', (err, bytes) => console.log('client sent', err, bytes));
  client.once('message', (msg, rinfo) => {
    console.log('client got', msg.toString(), rinfo.port === port);
    console.log(errorOf(() => client.remoteAddress()));
    client.connect(port, '127.0.0.1', () => {
      const remote = client.remoteAddress();
      console.log('connected', remote.address, remote.port === port);
      // Node reads these arguments as (msg, callback) on a connected socket.
      console.log(errorOf(() => client.send('x', port, '127.0.0.1')));
      console.log(errorOf(() => client.send('x', 0, 1, port)));
      console.log(errorOf(() => client.connect(port)));
      client.send('again', (err) => console.log('connected send', err));
    });
  });
});

function finish() {
  client.disconnect();
  console.log(errorOf(() => client.disconnect()));
  const other = dgram.createSocket('udp4');
  other.on('error', (err) => {
    console.log('bind error', err.code, err.syscall, err.address, err.port === port, err.message === `bind EADDRINUSE 127.0.0.1:${port}`);
    other.close(() => console.log('other closed'));
    client.close();
    server.close(() => {
      console.log('server closed');
      console.log(errorOf(() => server.close()));
      console.log(errorOf(() => server.send('x', port)));
    });
  });
  other.bind(port, '127.0.0.1');
}
