// listen({ reusePort: true }) lets two servers share a port; without it the second bind
// is EADDRINUSE. (ipv6Only needs a bind to '::', which tests do not make.)
'use strict';
const net = require('net');

function listen(options) {
  return new Promise((resolve) => {
    const s = net.createServer((c) => c.end('ok'));
    s.once('error', (err) => resolve({ error: err.code }));
    s.listen(options, () => resolve({ server: s, port: s.address().port }));
  });
}
function connect(port) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    c.on('data', () => {});
    c.on('end', () => resolve('connected'));
    c.on('error', (err) => resolve(err.code));
  });
}

(async () => {
  const a = await listen({ port: 0, host: '127.0.0.1', reusePort: true });
  const b = await listen({ port: a.port, host: '127.0.0.1', reusePort: true });
  console.log('reusePort twice:', b.error || 'both listening', b.port === a.port);
  const c = await listen({ port: a.port, host: '127.0.0.1' });
  console.log('without reusePort:', c.error);
  console.log('client:', await connect(a.port));
  a.server.close();
  b.server.close();
})();
