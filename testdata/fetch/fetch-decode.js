// fetch() response decoding and data: URLs: gzip, x-gzip, deflate (zlib and raw), two
// codings in a row, an unknown coding left as it came, a corrupt gzip body; data: URLs
// with base64, percent-encoding, MIME types and parameters, and malformed ones.
const http = require('http');
const zlib = require('zlib');

const text = 'compressed text '.repeat(50);
const server = http.createServer((req, res) => {
  const send = (encoding, body) => {
    res.writeHead(200, { 'content-encoding': encoding, 'content-type': 'text/plain' });
    res.end(body);
  };
  switch (req.url) {
    case '/gzip': return send('gzip', zlib.gzipSync(text));
    case '/x-gzip': return send('x-gzip', zlib.gzipSync('x-gzip body'));
    case '/deflate': return send('deflate', zlib.deflateSync('deflate body'));
    case '/raw': return send('deflate', zlib.deflateRawSync('raw deflate body'));
    case '/both': return send('deflate, gzip', zlib.gzipSync(zlib.deflateSync('twice encoded')));
    case '/unknown': return send('identity-ish', 'left alone');
    case '/bad': return send('gzip', 'not gzip at all');
    case '/head': return send('gzip', zlib.gzipSync('for HEAD'));
    case '/accept': return res.end(req.headers['accept-encoding']);
  }
});

async function attempt(label, fn) {
  try {
    console.log(label, await fn());
  } catch (e) {
    console.log(label, 'rejects', e.name, e.message, e.cause && e.cause.code);
  }
}

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  await attempt('accept-encoding sent', async () => (await fetch(base + '/accept')).text());
  await attempt('gzip', async () => {
    const r = await fetch(base + '/gzip');
    const body = await r.text();
    return [r.headers.get('content-encoding'), body.length, body === text];
  });
  await attempt('gzip as stream', async () => {
    const r = await fetch(base + '/gzip');
    let n = 0;
    for await (const chunk of r.body) n += chunk.length;
    return n;
  });
  await attempt('x-gzip', async () => (await fetch(base + '/x-gzip')).text());
  await attempt('deflate', async () => (await fetch(base + '/deflate')).text());
  await attempt('raw deflate', async () => (await fetch(base + '/raw')).text());
  await attempt('two codings', async () => (await fetch(base + '/both')).text());
  await attempt('unknown coding', async () => (await fetch(base + '/unknown')).text());
  await attempt('HEAD', async () => {
    const r = await fetch(base + '/head', { method: 'HEAD' });
    return [r.status, r.body, r.headers.get('content-encoding')];
  });
  await attempt('corrupt gzip', async () => (await fetch(base + '/bad')).text());

  const data = async (url, init) => {
    const r = await fetch(url, init);
    return [r.status, r.statusText, r.url, r.type, r.redirected, [...r.headers], await r.text()];
  };
  await attempt('data base64', () => data('data:text/plain;base64,aGVsbG8='));
  await attempt('data base64 spaced', () => data('data:;BASE64 ,aGVs bG8'));
  await attempt('data plain', () => data('data:,a%20b%2Cc'));
  await attempt('data params', () => data('data:text/html;charset=utf-8,<p>hi</p>'));
  await attempt('data param case', () => data('data:Text/HTML;Charset="x",y'));
  await attempt('data fragment', () => data('data:text/plain,hi#frag'));
  await attempt('data bad mime', () => data('data:nonsense,z'));
  await attempt('data POST', () => data('data:,x', { method: 'POST', body: 'ignored' }));
  await attempt('data bytes', async () => [...await (await fetch('data:application/octet-stream;base64,AP8A')).bytes()]);
  await attempt('data no comma', () => fetch('data:nothing'));
  await attempt('data bad base64', () => fetch('data:;base64,a'));
  server.close();
});
