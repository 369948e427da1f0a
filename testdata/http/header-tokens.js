// Responses whose header names and values outnumber the header caches and Rust's token
// table (see ext/http/src/tokens.rs) still carry exactly the headers they were given,
// whole or streamed, and names that differ only in case are one header.
'use strict';
const http = require('http');

const N = 1300;
function headersFor(i) {
  const headers = { 'X-Val': 'v' + i, ['X-N' + i]: 'n' + (i % 3) };
  if (i % 2 === 1) headers['Content-Type'] = 'text/plain';
  else headers['content-type'] = 'text/html';
  return headers;
}

const server = http.createServer((req, res) => {
  const i = Number(req.url.slice(1));
  res.writeHead(200, headersFor(i));
  if (i % 5 === 0) {
    res.write('part ');
    res.end(String(i));
  } else {
    res.end(String(i));
  }
});

function get(port, i) {
  return new Promise((resolve, reject) => {
    http.get({ port, host: '127.0.0.1', path: '/' + i }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ res, body }));
    }).on('error', reject);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  let bad = 0;
  for (let i = 0; i < N; i++) {
    const { res, body } = await get(port, i);
    const want = headersFor(i);
    const types = res.rawHeaders.filter((_, k) => k % 2 === 0 && res.rawHeaders[k].toLowerCase() === 'content-type');
    const ok = res.headers['x-val'] === want['X-Val'] &&
      res.headers['x-n' + i] === 'n' + (i % 3) &&
      res.headers['content-type'] === (i % 2 === 1 ? 'text/plain' : 'text/html') &&
      types.length === 1 &&
      body === (i % 5 === 0 ? 'part ' : '') + i;
    if (!ok) {
      bad++;
      if (bad <= 3) console.log('wrong', i, JSON.stringify(res.headers), JSON.stringify(body));
    }
    if (i === 0 || i === 1 || i === N - 1) {
      console.log(i, res.headers['x-val'], res.headers['x-n' + i], res.headers['content-type'], body);
    }
  }
  console.log('responses', N, 'wrong', bad);
  server.close();
});
