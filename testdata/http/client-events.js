// The client's events in Node's order for a GET and a streamed POST on one keep-alive
// agent, and the headers the server receives by default.
const http = require('http');
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    console.log('server got', req.method, req.url, JSON.stringify(req.rawHeaders.filter((_, i) => i % 2 === 0).map((n) => n.toLowerCase())), JSON.stringify(body));
    res.setHeader('X-Test', 'yes');
    res.end('reply to ' + req.method);
  });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.get(`http://127.0.0.1:${port}/path?q=1`, (res) => {
    console.log('response', res.statusCode, res.statusMessage, res.httpVersion, res.headers['x-test'], res.headers['content-length'], typeof res.headers.date);
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('data', d));
    res.on('end', () => console.log('res end', res.complete));
    res.on('close', () => console.log('res close'));
  });
  req.on('socket', (s) => console.log('socket', s.constructor.name, req.reusedSocket));
  req.on('finish', () => console.log('req finish'));
  req.on('close', () => {
    console.log('req close');
    const post = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/up', headers: { 'Content-Type': 'text/plain' } }, (res) => {
      res.resume();
      res.on('end', () => {
        console.log('post done', res.statusCode, post.reusedSocket);
        server.close(() => console.log('server closed'));
      });
    });
    post.write('hello ');
    post.end('world');
  });
});
