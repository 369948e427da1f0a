// What a handler sees of a request: method, url, version, headers (joined as Node joins
// duplicates), rawHeaders, and that assigning fields works as on plain objects.
const http = require('http');
const net = require('net');
const seen = [];
const server = http.createServer((req, res) => {
  const h = req.headers;
  seen.push([req.method, req.url, req.httpVersion, req.httpVersionMajor, req.httpVersionMinor,
    h['x-multi'], h.cookie, JSON.stringify(h['set-cookie']), h['content-type'], req.rawHeaders.length].join(' '));
  req.url = '/rewritten';
  req.method = 'PATCHED';
  seen.push(req.url + ' ' + req.method + ' ' + Object.keys(req.headers).sort().join(','));
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    seen.push('body ' + JSON.stringify(body) + ' complete ' + req.complete);
    res.setHeader('Content-Type', 'text/plain');
    res.end(req.method === 'PATCHED' ? 'ok' : 'no');
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.write('POST /submit HTTP/1.1\r\nHost: h\r\nX-Multi: a\r\nX-Multi: b\r\nCookie: c=1\r\nCookie: d=2\r\n' +
    'Set-Cookie: s=1\r\nSet-Cookie: t=2\r\nContent-Type: text/plain\r\nContent-Type: text/html\r\nContent-Length: 5\r\n\r\nhello');
  let text = '';
  let sentSecond = false;
  c.setEncoding('latin1');
  c.on('data', (d) => {
    text += d;
    // The second request goes out once the first is answered (hyper serves pipelined
    // requests one after the other; Node parses ahead).
    if (!sentSecond && text.endsWith('ok')) {
      sentSecond = true;
      c.write('DELETE /x HTTP/1.0\r\nHost: h\r\n\r\n');
    }
  });
  c.on('end', () => {
    for (const line of seen) console.log(line);
    console.log('responses', text.split(' 200 OK').length - 1);
    server.close();
  });
});
