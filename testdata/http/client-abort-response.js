// A response cut short on the client side: req.abort() and res.destroy(err) give the
// response 'aborted', its error only to those who listen, and both 'close' events in
// Node's order; res.destroy(err) sends err to the request's 'error'.
const http = require('http');

const server = http.createServer((req, res) => {
  res.writeHead(200);
  res.write('part of the body');
});

function get(label, onResponse) {
  return new Promise((resolve) => {
    const req = http.get({ port: server.address().port, agent: false }, (res) => {
      res.on('aborted', () => console.log(label, 'res aborted', res.aborted));
      res.on('close', () => {
        console.log(label, 'res close', res.closed);
        setImmediate(resolve);
      });
      req.on('close', () => console.log(label, 'req close'));
      onResponse(req, res);
    });
    req.on('error', (err) => console.log(label, 'req error', err.code, err.message));
  });
}

server.listen(0, '127.0.0.1', async () => {
  await get('abort:', (req, res) => {
    res.on('error', (err) => console.log('abort: res error', err.code, err.message));
    req.abort();
    console.log('abort: destroyed', req.destroyed, 'aborted', req.aborted);
  });
  await get('abort without listener:', (req) => req.abort());
  await get('destroy:', (req, res) => {
    const err = new Error('Destroy test');
    res.destroy(err);
    console.log('destroy: errored is err', res.errored === err, 'closed', res.closed);
  });
  server.closeAllConnections();
  server.close();
});
setTimeout(() => {
  console.log('timed out');
  process.exit(1);
}, 5000).unref();
