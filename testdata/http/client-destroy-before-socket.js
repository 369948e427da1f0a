// A request destroyed before or while it gets its socket: aborted ones end quietly,
// destroyed ones say the socket hung up, and an error of the socket's own (here one a
// createConnection of the caller's destroys at once) is the request's error.
const http = require('http');
const net = require('net');

function brokenConnection() {
  const socket = new net.Socket();
  process.nextTick(() => socket.destroy(new Error('Oops')));
  return socket;
}

const server = http.createServer(() => {});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const requests = [];
  function track(label, req) {
    requests.push(new Promise((resolve) => {
      req.on('error', (e) => console.log(label, 'error', e.message));
      req.on('abort', () => console.log(label, 'abort'));
      req.on('close', () => {
        console.log(label, 'close');
        resolve();
      });
    }));
    return req;
  }
  track('abort before socket:', http.get({ port, host: '127.0.0.1', agent: false })).abort();
  track('destroy before socket:', http.get({ port, host: '127.0.0.1', agent: false })).destroy();
  track('abort, own connection:', http.get({ createConnection: brokenConnection })).abort();
  class BrokenAgent extends http.Agent {}
  BrokenAgent.prototype.createConnection = brokenConnection;
  track('abort, agent connection:', http.get({ agent: new BrokenAgent() })).abort();
  Promise.all(requests).then(() => {
    const req = track('abort once connected:', http.get({ port, host: '127.0.0.1', agent: false }));
    req.on('socket', (s) => s.on('connect', () => req.abort()));
    return requests[requests.length - 1];
  }).then(() => server.close());
});
setTimeout(() => {
  console.log('timed out');
  process.exit(1);
}, 5000).unref();
