// MessageChannel in one thread: ordering, transfer of a port inside a message,
// receiveMessageOnPort, close events, BroadcastChannel between two objects.
'use strict';
const { MessageChannel, MessagePort, receiveMessageOnPort, BroadcastChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
console.log(port1 instanceof MessagePort, port1 instanceof EventTarget);
port1.postMessage({ a: 1 });
port1.postMessage('second');
console.log(receiveMessageOnPort(port2), receiveMessageOnPort(port2), receiveMessageOnPort(port2));
const inner = new MessageChannel();
port2.on('message', (m) => {
  console.log('port2 got', typeof m, m.port instanceof MessagePort);
  m.port.postMessage('through the moved port');
});
port2.on('close', () => {
  console.log('port2 close');
  broadcast();
});
let port1Closed = false;
port1.on('close', () => (port1Closed = true));
process.on('exit', () => console.log('port1 closed too:', port1Closed));
inner.port1.on('message', (m) => {
  console.log('inner got', m);
  inner.port1.close();
  port2.close();
});
port1.postMessage({ port: inner.port2 }, [inner.port2]);
try {
  new MessagePort();
} catch (e) {
  console.log(e.name, e.code);
}
function broadcast() {
  const bc1 = new BroadcastChannel('news');
  const bc2 = new BroadcastChannel('news');
  bc2.onmessage = (e) => {
    console.log('broadcast', e.data, bc2.name);
    bc1.close();
    bc2.close();
  };
  bc1.postMessage({ headline: 'hi' });
}
