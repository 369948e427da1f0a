// Trailers both ways: a chunked request's trailers in req.trailers/rawTrailers after
// 'end', and res.addTrailers() after a streamed body (the client asks for them with
// `TE: trailers` and the response names them in `Trailer`). Raw TCP shows the bytes.
'use strict';
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  console.log('before end', JSON.stringify(req.trailers), JSON.stringify(req.rawTrailers));
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    console.log('body', JSON.stringify(body));
    // Raw name case is not kept by nodus (hyper lower-cases names), so compare lower-cased.
    console.log('trailers', JSON.stringify(req.trailers), JSON.stringify(req.rawTrailers.map((s) => s.toLowerCase())));
    res.writeHead(200, { 'Content-Type': 'text/plain', Trailer: 'Content-MD5, X-Count' });
    res.write('streamed ');
    res.addTrailers({ 'X-Ignored': 'replaced by the next call' });
    res.addTrailers([['Content-MD5', '7895bf4b8828b55ceaf47747b4bca667'], ['X-Count', '2']]);
    res.end('body');
  });
});

for (const bad of [() => new http.ServerResponse({ _id: 0 }).addTrailers({ 'bad name': 'x' }),
  () => new http.ServerResponse({ _id: 0 }).addTrailers({ ok: 'line\nbreak' })]) {
  try {
    bad();
  } catch (err) {
    console.log(err.code, err.message);
  }
}

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let got = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { got += d; });
  c.on('end', () => {
    // The head without its Date, the chunked body decoded (how writes are split into
    // chunks may differ), the trailer lines with lower-cased names.
    const [head, rest] = got.split('\r\n\r\n', 2).length === 2 ? [got.slice(0, got.indexOf('\r\n\r\n')), got.slice(got.indexOf('\r\n\r\n') + 4)] : [got, ''];
    console.log(JSON.stringify(head.replace(/\r\nDate: [^\r]*/, '')));
    let at = 0;
    let body = '';
    for (;;) {
      const eol = rest.indexOf('\r\n', at);
      const size = parseInt(rest.slice(at, eol), 16);
      at = eol + 2;
      if (size === 0) break;
      body += rest.slice(at, at + size);
      at += size + 2;
    }
    console.log('response body', JSON.stringify(body));
    console.log('response trailers', JSON.stringify(rest.slice(at).split('\r\n').filter(Boolean).map((l) => l.replace(/^[^:]+/, (n) => n.toLowerCase()))));
    server.close();
  });
  c.write('POST /up HTTP/1.1\r\nHost: x\r\nTE: trailers\r\nConnection: close\r\n' +
    'Transfer-Encoding: chunked\r\nTrailer: X-Checksum\r\n\r\n' +
    '5\r\nhello\r\n6\r\n world\r\n0\r\nX-Checksum: abc123\r\nX-Other: 1\r\nx-other: 2\r\n\r\n');
});
