// writeHead(status, object) sends the object's own enumerable headers only (inherited
// ones are not headers), merges with setHeader() values, and 'finish' reports
// writableFinished as Node does around end().
const http = require('http');

const inherited = Object.create({ 'x-inherited': 'no' });
inherited['x-own'] = 'yes';
Object.defineProperty(inherited, 'x-hidden', { value: 'no', enumerable: false });

const server = http.createServer((req, res) => {
  if (req.url === '/merge') {
    res.setHeader('X-Before', 'kept');
    res.setHeader('X-Both', 'setHeader');
    res.writeHead(200, { 'X-Both': 'writeHead', 'X-After': 'new' });
    res.end('merged');
    return;
  }
  res.writeHead(200, inherited);
  res.on('finish', () => console.log('finish: writableFinished', res.writableFinished));
  res.end('own');
  console.log('after end: writableEnded', res.writableEnded, 'writableFinished', res.writableFinished);
});

function get(path) {
  return new Promise((resolve, reject) => {
    http.get({ port: server.address().port, host: '127.0.0.1', path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ headers: res.headers, body }));
    }).on('error', reject);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const own = await get('/own');
  console.log('own:', own.body, own.headers['x-own'], own.headers['x-inherited'], own.headers['x-hidden']);
  const merged = await get('/merge');
  const h = merged.headers;
  console.log('merge:', merged.body, h['x-before'], h['x-both'], h['x-after']);
  server.close();
});
