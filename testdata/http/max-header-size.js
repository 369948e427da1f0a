// Heads bigger than maxHeaderSize (16 KiB unless the server's option says otherwise) get
// 431 and the server goes on; bad option values throw as in Node.
'use strict';
const http = require('http');
const net = require('net');

// A request whose line and headers take `size` bytes, the blank line included.
function rawGet(port, size) {
  return new Promise((resolve) => {
    const start = 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nx-pad: ';
    const head = start + 'a'.repeat(size - start.length - 4) + '\r\n\r\n';
    const c = net.connect(port, '127.0.0.1');
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => (out += d));
    c.on('close', () => resolve(out.split('\r\n')[0]));
    c.on('error', () => {});
    c.end(head);
  });
}

for (const bad of ['big', -1, 1.5]) {
  try {
    http.createServer({ maxHeaderSize: bad });
  } catch (err) {
    console.log('maxHeaderSize', bad, err.code);
  }
}
console.log('http.maxHeaderSize', http.maxHeaderSize);

async function probe(options, sizes) {
  const server = http.createServer(options, (req, res) => res.end('ok'));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  for (const size of sizes) console.log(JSON.stringify(options), size, await rawGet(port, size));
  server.close();
}

(async () => {
  await probe({}, [1000, 16000, 16384, 16500, 20000]);
  await probe({ maxHeaderSize: 32768 }, [20000, 32768, 40000]);
  // Past 32 bits: no wrap-around to a small limit.
  await probe({ maxHeaderSize: 2 ** 32 + 100 }, [20000]);
})();
