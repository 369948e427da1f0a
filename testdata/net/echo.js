// A TCP echo round trip: the events of both ends in Node's order.
const net = require('net');
const server = net.createServer((sock) => {
  console.log('server: connection', typeof sock.remotePort, sock.remoteAddress, sock.remoteFamily);
  sock.setEncoding('utf8');
  sock.on('data', (d) => { console.log('server got', JSON.stringify(d)); sock.write('echo:' + d); });
  sock.on('end', () => { console.log('server: end'); sock.end('bye'); });
  sock.on('close', (hadError) => {
    console.log('server: close', hadError);
    server.close(() => console.log('server closed'));
  });
});
server.on('close', () => console.log('server close event'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  console.log('listening', typeof port, server.address().family, server.address().address);
  const c = net.connect(port, '127.0.0.1', () => {
    console.log('client: connect', c.remotePort === port, c.readyState, c.localAddress);
    c.write('hello');
  });
  console.log('connecting', c.connecting, c.readyState, c.pending);
  c.on('ready', () => console.log('client: ready'));
  let got = '';
  c.on('data', (d) => {
    got += d;
    console.log('client got', JSON.stringify(String(d)), Buffer.isBuffer(d));
    if (got === 'echo:hello') c.end();
  });
  c.on('end', () => console.log('client: end'));
  c.on('finish', () => console.log('client: finish'));
  c.on('close', (hadError) => console.log('client: close', hadError, c.bytesRead, c.bytesWritten, c.readyState));
});
