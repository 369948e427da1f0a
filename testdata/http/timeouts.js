// Socket idle timeouts (server.setTimeout, req.setTimeout, res.setTimeout) and
// requestTimeout/headersTimeout (408), as Node applies them. Raw TCP clients, so that
// what the server sends (or that it closes) is visible.
const http = require('http');
const net = require('net');

function raw(port, data, label) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => {
      if (data) s.write(data);
    });
    let got = '';
    s.on('data', (d) => (got += d));
    s.on('error', (e) => console.log(label, 'client error', e.code));
    s.on('close', () => {
      // Date aside (hyper and Node place it differently).
      console.log(label, 'closed, got', JSON.stringify(got.replace(/Date: [^\r]*\r\n/, '')));
      resolve();
    });
  });
}
const listen = (s) => new Promise((r) => s.listen(0, '127.0.0.1', r));
const GET = 'GET / HTTP/1.1\r\nHost: x\r\n\r\n';
const GET_CLOSE = 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';

async function main() {
  // server.timeout without a 'timeout' listener: 'timeout' on the response, which
  // listens here and destroys the socket itself.
  let s = http.createServer((req, res) => {
    res.on('timeout', (socket) => {
      console.log('res timeout', socket === req.socket);
      socket.destroy();
    });
  });
  s.setTimeout(200);
  console.log('server.timeout', s.timeout);
  await listen(s);
  await raw(s.address().port, GET, 'server.timeout');
  s.close();

  // req.setTimeout on a request without a body: its callback does not fire (the request
  // is complete), nobody else listens, so the socket is destroyed.
  s = http.createServer((req, res) => {
    req.setTimeout(200, () => console.log('never'));
  });
  await listen(s);
  await raw(s.address().port, GET_CLOSE, 'req.setTimeout');
  s.close();

  // res.setTimeout: the callback gets the socket and may still answer.
  s = http.createServer((req, res) => {
    const r = res.setTimeout(200, (socket) => {
      console.log('res.setTimeout callback', socket === res.socket);
      res.end('late');
    });
    console.log('returns res', r === res);
  });
  await listen(s);
  await raw(s.address().port, GET_CLOSE, 'res.setTimeout');
  s.close();

  // A server 'timeout' listener decides: the socket stays open until it destroys it;
  // a connection that never sends a request times out too.
  s = http.createServer(() => console.log('request, never answered'));
  s.setTimeout(200, (socket) => {
    console.log('server timeout', socket instanceof net.Socket, socket.destroyed);
    setTimeout(() => socket.destroy(), 100);
  });
  await listen(s);
  await raw(s.address().port, GET, 'server listener');
  await raw(s.address().port, '', 'no request');
  s.close();

  // A request whose body is still arriving: 'timeout' on req, then on res.
  s = http.createServer((req, res) => {
    req.setTimeout(200, () => {
      console.log('req timeout, complete:', req.complete);
      req.socket.destroy();
    });
    res.on('timeout', () => console.log('res timeout too'));
  });
  await listen(s);
  await raw(s.address().port, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc', 'body');
  s.close();

  // requestTimeout / headersTimeout: 408 and close. (connectionsCheckingInterval is how
  // often Node checks; nodus checks a few times per timeout anyway.)
  s = http.createServer({ requestTimeout: 400, headersTimeout: 300, connectionsCheckingInterval: 50 }, (req) => {
    console.log('request', req.method, req.url);
  });
  console.log('requestTimeout', s.requestTimeout, 'headersTimeout', s.headersTimeout);
  await listen(s);
  const port = s.address().port;
  await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\n', 'partial head');
  await raw(port, 'POST /p HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc', 'partial body');
  await raw(port, '', 'nothing sent');
  // With a 'clientError' listener the error goes to it instead of the 408.
  s.on('clientError', (err, socket) => {
    console.log('clientError', err.code, err.message, err instanceof Error);
    socket.destroy();
  });
  await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\n', 'partial head, listener');
  s.close(() => console.log('done'));
}
main();
