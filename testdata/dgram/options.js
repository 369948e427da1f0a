// dgram socket options, a listener given to createSocket, reuseAddr, a large datagram,
// and unref(): a bound socket that was unref'd does not keep the process alive.
const dgram = require('dgram');

const a = dgram.createSocket({ type: 'udp4', reuseAddr: true, recvBufferSize: 65536 }, (msg, rinfo) => {
  console.log('a got', msg.length, rinfo.size, msg[0], msg[msg.length - 1]);
  b.close(() => console.log('b closed'));
  a.unref();
  console.log('unref returns the socket', a.unref() === a);
});

a.bind({ port: 0, address: '127.0.0.1' }, () => {
  const port = a.address().port;
  console.log('recv buffer doubled by the kernel', a.getRecvBufferSize() >= 65536);
  a.setSendBufferSize(32768);
  console.log('send buffer', a.getSendBufferSize() >= 32768);
  console.log('setTTL', a.setTTL(64), 'setMulticastTTL', a.setMulticastTTL(2), 'loopback', a.setMulticastLoopback(true));
  a.setBroadcast(true);
  for (const bad of [() => a.setTTL('x'), () => a.setRecvBufferSize(-1), () => a.setMulticastTTL()]) {
    try {
      bad();
    } catch (e) {
      console.log(e.name, e.code);
    }
  }
  console.log('send queue', a.getSendQueueSize(), a.getSendQueueCount());
  // reuseAddr lets a second socket bind the same address and port.
  const twin = dgram.createSocket({ type: 'udp4', reuseAddr: true });
  twin.bind(port, '127.0.0.1', () => {
    console.log('twin bound to the same port', twin.address().port === port);
    twin.close();
  });
  const payload = Buffer.alloc(60000, 7);
  payload[0] = 1;
  payload[payload.length - 1] = 9;
  var b = dgram.createSocket('udp4');
  globalThis.b = b;
  b.bind(0, '127.0.0.1', () => {
    console.log('queued before bind', b.getSendQueueCount());
  });
  b.send(payload, port, '127.0.0.1');
  console.log('queued while binding', b.getSendQueueCount(), b.getSendQueueSize());
});
process.on('exit', (code) => console.log('exit', code, 'with a still bound'));
