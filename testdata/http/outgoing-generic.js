// A bare OutgoingMessage (or a program's subclass) as Node has it: it buffers what it is
// given until it has a socket, writes to any writable stream set as its socket, and
// checks its arguments; plus the request options ClientRequest checks up front.
const http = require('http');
const { OutgoingMessage } = http;
const { Writable } = require('stream');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (err) {
    console.log(label, err.code, err.message);
  }
}

attempt('write without _implicitHeader:', () => new OutgoingMessage().write(''));
attempt('write(1):', () => OutgoingMessage.prototype.write.call({ _header: 'x', _hasBody: true }, 1));
attempt('trailer name:', () => new OutgoingMessage().addTrailers({ 'あ': 'v' }));
attempt('trailer value:', () => new OutgoingMessage().addTrailers({ 404: 'あ' }));
attempt('headers sent:', () => OutgoingMessage.prototype.setHeader.call({ _header: 'x' }, 'a', 'b'));
console.log('_implicitHeader on both:', typeof http.ClientRequest.prototype._implicitHeader,
  typeof http.ServerResponse.prototype._implicitHeader);

{
  const msg = new OutgoingMessage();
  msg._implicitHeader = () => {};
  console.log('objectMode', msg.writableObjectMode, 'length', msg.writableLength);
  let n = 0;
  while (msg.write('abc')) n++;
  console.log('buffered until the high water mark:', msg.outputSize >= msg.writableHighWaterMark, n > 0);
}

{
  const msg = new OutgoingMessage();
  msg.setTimeout(23, () => {});
  msg.emit('socket', { setTimeout: (ms) => console.log('socket.setTimeout', ms) });
  msg.destroy();
  console.log('destroyed', msg.destroyed);
  msg.write('late', (err) => console.log('write after destroy:', err.code));
}

class Response extends OutgoingMessage {
  _implicitHeader() {}
}
const res = new Response();
const chunks = [];
const sink = new Writable({
  write(chunk, encoding, cb) {
    chunks.push(chunk.toString());
    setImmediate(cb);
  },
});
res.socket = sink;
sink._httpMessage = res;
res.on('finish', () => console.log('finish; the socket got', JSON.stringify(chunks)));
res.end('hello world');
console.log('finished', res.finished, 'writableEnded', res.writableEnded);

attempt('insecureHTTPParser:', () => http.request({ insecureHTTPParser: 'no' }));
attempt('unescaped path:', () => http.request({ path: '/bad\uffe2' }));
attempt('host header array:', () => http.request({ port: 1, headers: { host: [] } }));
