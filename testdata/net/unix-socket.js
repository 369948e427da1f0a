// A Unix domain socket server and client.
const net = require('net');
const os = require('os');
const path = require('path');
const fs = require('fs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-net-'));
const sockPath = path.join(dir, 's.sock');
const server = net.createServer((sock) => {
  sock.on('data', (d) => sock.end('pong:' + d));
});
server.listen(sockPath, () => {
  console.log('address is the path', server.address() === sockPath);
  const c = net.connect(sockPath, () => console.log('connected, remotePort', c.remotePort));
  c.write('ping');
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('client got', d));
  c.on('close', () => {
    server.close(() => {
      console.log('socket file gone', !fs.existsSync(sockPath) || 'kept');
      fs.rmSync(dir, { recursive: true, force: true });
    });
  });
  const again = net.createServer();
  again.on('error', (e) => console.log('second listen:', e.code, e.syscall));
  again.listen(sockPath);
});
