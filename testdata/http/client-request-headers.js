// What a request sends by default: headers given as an array go out without an added
// Host or Authorization, a POST ended with no body says Content-Length: 0, and what a
// program added to a URL object (headers) is used.
const http = require('http');

const seen = [];
const server = http.createServer((req, res) => {
  const names = Object.keys(req.headers).sort();
  seen.push(`${req.method} ${req.url} ${names.map((n) => `${n}=${req.headers[n]}`).join(' ')}`);
  req.resume();
  req.on('end', () => res.end());
});

function send(options, body) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, agent: false, ...options }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.end(body);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  await send({ path: '/pairs', headers: [['x-foo', 'boom'], ['cookie', ['a=1', 'b=2']], ['Host', 'example.com']], auth: 'u:p' });
  await send({ path: '/flat', headers: ['x-foo', 'boom', 'Host', 'example.com'] });
  await send({ path: '/object', headers: { 'x-foo': 'boom' }, auth: 'u:p', host: '127.0.0.1' });
  await send({ path: '/post-empty', method: 'POST', host: '127.0.0.1' });
  await send({ path: '/put-body', method: 'PUT', host: '127.0.0.1' }, 'hello');
  await send({ path: '/get', host: '127.0.0.1' });
  const url = new URL(`http://127.0.0.1:${port}/url?q=1`);
  url.headers = { foo: 'Bar' };
  await new Promise((resolve) => http.get(url, (res) => {
    res.resume();
    res.on('end', resolve);
  }));
  for (const line of seen) console.log(line.replace(String(port), 'PORT'));
  server.close();
});
