// fetch() against a local node:http server: the request line and headers the server sees
// (defaults, caller's headers), each kind of request body, the Response's fields and
// headers, HEAD and 204, a Request as input, and connections reused across fetches.
const http = require('http');

const ports = [];
const server = http.createServer((req, res) => {
  ports.push(req.socket.remotePort);
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => {
    const headers = Object.entries(req.headers)
      .filter(([k]) => k !== 'connection')
      .map(([k, v]) => (k === 'host' ? [k, v.replace(/:\d+$/, ':PORT')] : [k, v]))
      .sort(([a], [b]) => (a < b ? -1 : 1));
    const seen = { method: req.method, url: req.url, headers, body: Buffer.concat(chunks).toString() };
    if (req.url === '/empty') {
      res.writeHead(204, { 'x-empty': 'yes' });
      res.end();
      return;
    }
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.setHeader('X-Multi', 'one');
    res.writeHead(201, 'Made It', { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(seen));
  });
});

async function show(label, url, init) {
  const res = await fetch(url, init);
  const seen = await res.json();
  console.log(label, seen.method, seen.url, JSON.stringify(seen.body));
  for (const [k, v] of seen.headers) console.log('   ', k + ':', v);
  return res;
}

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const res = await show('GET', base + '/path?q=1#frag');
  console.log('response', [res.status, res.statusText, res.ok, res.type, res.redirected, res.url === base + '/path?q=1', res.bodyUsed]);
  // (how the server frames its body is the server's business: content-length or chunked)
  const skip = ['date', 'keep-alive', 'connection', 'content-length', 'transfer-encoding'];
  console.log('response headers', [...res.headers].filter(([k]) => !skip.includes(k)));
  console.log('set-cookie', res.headers.getSetCookie(), res.headers.get('set-cookie'));
  try {
    res.headers.set('a', 'b');
  } catch (e) {
    console.log('immutable', e.name, e.message);
  }
  await show('own headers', base + '/h', { headers: { 'X-A': '1', 'User-Agent': 'me', accept: 'text/plain', 'Accept-Encoding': 'identity' } });
  await show('Headers object', base + '/h2', { headers: new Headers([['x-b', '1'], ['x-b', '2']]) });
  await show('string', base + '/s', { method: 'post', body: 'hi' });
  await show('empty string', base + '/s', { method: 'POST', body: '' });
  await show('POST no body', base + '/s', { method: 'POST' });
  await show('PUT no body', base + '/s', { method: 'PUT' });
  await show('DELETE no body', base + '/s', { method: 'DELETE' });
  await show('URLSearchParams', base + '/u', { method: 'POST', body: new URLSearchParams('a=1&b=x y') });
  await show('Uint8Array', base + '/b', { method: 'PUT', body: new Uint8Array([65, 66]) });
  await show('ArrayBuffer', base + '/b', { method: 'PUT', body: new Uint8Array([67, 68]).buffer });
  await show('Buffer', base + '/b', { method: 'PUT', body: Buffer.from('buf') });
  await show('Blob', base + '/b', { method: 'PUT', body: new Blob(['abc'], { type: 'text/x' }) });
  await show('stream', base + '/st', {
    method: 'PUT',
    duplex: 'half',
    body: new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode('s1'));
        c.enqueue(new TextEncoder().encode('s2'));
        c.close();
      },
    }),
  });
  await show('async iterable', base + '/it', {
    method: 'PUT',
    duplex: 'half',
    body: (async function* () {
      yield 'a';
      yield new Uint8Array([66]);
    })(),
  });
  const req = new Request(base + '/req', { method: 'PATCH', body: 'from request', headers: { 'x-r': '1' } });
  await show('Request input', req);
  console.log('request used', req.bodyUsed);
  const head = await fetch(base + '/head', { method: 'HEAD' });
  console.log('HEAD', head.status, head.body, JSON.stringify(await head.text()));
  const empty = await fetch(base + '/empty');
  console.log('204', empty.status, empty.statusText, empty.body, empty.headers.get('x-empty'));
  console.log('connections reused', ports.length, new Set(ports).size <= 2);
  server.close();
});
