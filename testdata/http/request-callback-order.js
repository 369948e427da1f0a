// A 'request' handler runs as an I/O callback, as in Node: the nextTicks it queues run
// before its promise callbacks, and both before setImmediate. An async handler's
// awaits resume within the same turn.
'use strict';
const http = require('http');

const log = [];
const server = http.createServer(async (req, res) => {
  const n = req.url.slice(1);
  process.nextTick(() => log.push(`${n}:tick`));
  Promise.resolve().then(() => log.push(`${n}:micro`));
  setImmediate(() => log.push(`${n}:immediate`));
  log.push(`${n}:handler`);
  await null;
  log.push(`${n}:resumed`);
  res.end(n);
});

function get(path) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port: server.address().port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
}

server.listen(0, '127.0.0.1', async () => {
  for (const path of ['/1', '/2', '/3']) {
    const body = await get(path);
    // The immediate of this request has run by the time the client reads the answer.
    await new Promise((r) => setImmediate(r));
    console.log(body, log.splice(0).join(' '));
  }
  server.close();
});
