// net.connect() with a `lookup` function of the caller's: each address it gives is
// announced with 'lookup', the addresses are tried in Node's order, its errors and bad
// answers reach 'error'; and the checks connect() makes on its options.
const net = require('net');
const assert = require('assert');

for (const lookup of ['foobar', 1, {}, []]) {
  assert.throws(() => net.connect({ host: 'localhost', port: 0, lookup }), { code: 'ERR_INVALID_ARG_TYPE' });
}
for (const key of ['objectMode', 'readableObjectMode', 'writableObjectMode']) {
  try {
    net.createConnection({ port: 8080, [key]: true });
  } catch (err) {
    console.log(err.code, err.message);
  }
}
try {
  net.createConnection({ host: ['127.0.0.1'], port: 8080 });
} catch (err) {
  console.log(err.code);
}

function tryLookup(label, answer) {
  return new Promise((resolve) => {
    const socket = net.connect({
      host: 'example.invalid',
      port: 1,
      lookup(host, options, cb) {
        console.log(label, 'lookup of', host, 'all:', options.all === true);
        if (answer instanceof Error) cb(answer);
        else if (options.all) cb(null, answer);
        else cb(null, answer[0].address, answer[0].family);
      },
    });
    socket.on('lookup', (err, ip, family, host) => console.log(label, 'lookup event', err && err.message, ip, family, host));
    socket.on('error', (err) => {
      console.log(label, 'error', err.code, err.message, err.host, err.port);
      resolve();
    });
  });
}

const server = net.createServer((socket) => {
  socket.end('hello from ' + socket.localAddress);
});
server.listen(0, '127.0.0.1', async () => {
  const notFound = new Error('getaddrinfo ENOTFOUND example.invalid');
  notFound.code = 'ENOTFOUND';
  await tryLookup('failing:', notFound);
  await tryLookup('bad family:', [{ address: '127.0.0.1', family: 100 }]);
  await tryLookup('bad address:', [{ address: 'nope', family: 4 }]);
  // The IPv6 loopback refuses (nothing listens there), then IPv4 answers.
  const socket = net.connect({
    host: 'example.invalid',
    port: server.address().port,
    lookup: (host, options, cb) => cb(null, [{ address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }]),
  });
  socket.setEncoding('utf8');
  socket.on('data', (data) => console.log('data:', data));
  socket.on('end', () => server.close());
  socket.on('error', (err) => console.log('unexpected', err));
});
setTimeout(() => {
  console.log('timed out');
  process.exit(1);
}, 5000).unref();
