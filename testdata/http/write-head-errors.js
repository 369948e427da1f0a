// writeHead validates status and headers as Node does, throwing from writeHead itself.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  const cases = [{ a: undefined }, { 'b c': 1 }, { d: 'x\ny' }, ['a', 'b', 'c'], { e: ['1', 2] }, [['f', 'g']]];
  for (const h of cases) {
    try {
      const r = new http.ServerResponse(req);
      r.writeHead(200, h);
      console.log('ok', JSON.stringify(h), r.headersSent);
    } catch (e) {
      console.log(e.code, e.message);
    }
  }
  for (const code of [99, 1000, '200x']) {
    try { res.writeHead(code); } catch (e) { console.log(e.code, e.message); }
  }
  const truncated = new http.ServerResponse(req);
  truncated.writeHead(200.5);
  console.log('200.5 is', truncated.statusCode);
  console.log('headersSent before', res.headersSent);
  res.writeHead(201, 'Made', { 'X-One': 1 });
  console.log('headersSent after', res.headersSent, res.statusCode, res.statusMessage);
  try { res.setHeader('x', 'y'); } catch (e) { console.log(e.code, e.message); }
  try { res.writeHead(200); } catch (e) { console.log(e.code); }
  res.end('done', () => console.log('end callback'));
  res.on('finish', () => console.log('finish', res.writableEnded, res.writableFinished));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.end('GET /path?q=1 HTTP/1.1\r\nHost: example\r\nConnection: close\r\n\r\n');
  let text = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { text += d; });
  c.on('end', () => {
    const [head, body] = text.split('\r\n\r\n');
    const lines = head.split('\r\n');
    console.log(lines[0]);
    console.log(lines.filter((l) => /^(x-one|connection):/i.test(l)).map((l) => l.toLowerCase()).sort().join(' | '));
    // Node sends this body chunked (the head was final at writeHead); hyper, knowing the
    // whole body at end(), gives it a Content-Length. Either way the body is 'done'.
    const chunked = /^transfer-encoding: chunked$/im.test(head);
    console.log('body', JSON.stringify(chunked ? body.split('\r\n')[1] : body));
    server.close(() => console.log('server closed'));
  });
});
