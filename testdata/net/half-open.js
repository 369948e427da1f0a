// allowHalfOpen: the server sees 'end' and still writes; without it the socket ends too.
const net = require('net');
const server = net.createServer({ allowHalfOpen: true }, (sock) => {
  let body = '';
  sock.on('data', (d) => { body += d; });
  sock.on('end', () => {
    console.log('server end, writable', sock.writable, 'got', body);
    setTimeout(() => sock.end('late reply:' + body.length), 20);
  });
  sock.on('close', () => { console.log('server sock close'); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  c.end('x'.repeat(1000));
  let reply = '';
  c.on('data', (d) => { reply += d; });
  c.on('end', () => console.log('client end', reply));
  c.on('close', () => console.log('client close'));
});
