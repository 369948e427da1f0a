// 8 MiB through a slow reader: write() returns false, 'drain' follows, nothing is lost.
const net = require('net');
const total = 8 * 1024 * 1024;
const chunk = Buffer.alloc(64 * 1024);
for (let i = 0; i < chunk.length; i++) chunk[i] = i % 251;
const server = net.createServer((sock) => {
  let received = 0;
  let sum = 0;
  sock.pause();
  const timer = setInterval(() => sock.resume(), 5);
  sock.on('data', (d) => {
    for (let i = (4096 - (received % 4096)) % 4096; i < d.length; i += 4096) sum = (sum + d[i]) % 1000003;
    received += d.length;
    sock.pause();
  });
  sock.on('end', () => {
    clearInterval(timer);
    console.log('received', received, 'checksum ok', sum === expected);
    sock.end();
    server.close();
  });
});
// the checksum of what the client sends, sampled every 4096 bytes as the reader does
let expected = 0;
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let sent = 0;
  let sawFalse = false;
  let drains = 0;
  function account(buf, start) {
    for (let i = (4096 - (start % 4096)) % 4096; i < buf.length; i += 4096) expected = (expected + buf[i]) % 1000003;
  }
  function pump() {
    while (sent < total) {
      account(chunk, sent);
      sent += chunk.length;
      if (!c.write(chunk)) { sawFalse = true; return; }
    }
    c.end();
  }
  c.on('drain', () => { drains++; pump(); });
  c.on('connect', pump);
  c.on('close', () => console.log('client close; write returned false:', sawFalse, 'drains > 0:', drains > 0));
});
