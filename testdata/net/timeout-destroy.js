// setTimeout on an idle socket, destroy with an error: 'error' before 'close' (true).
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('error', () => {});
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setTimeout(50, () => {
    console.log('timeout fired; destroyed:', c.destroyed);
    c.destroy(new Error('boom'));
  });
  c.on('error', (e) => console.log('error', e.message));
  c.on('close', (hadError) => {
    console.log('close', hadError, c.destroyed);
    server.close();
  });
  const t = c.setTimeout(50);
  console.log('setTimeout returns the socket', t === c);
  try { c.setTimeout(-1); } catch (e) { console.log(e.code); }
});
