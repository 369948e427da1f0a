// Aborting fetch(): a signal aborted before the call, during the request (no response
// yet), while the body is being read (text() and a reader), AbortSignal.timeout, a custom
// reason, and an abort after the body was read (no effect).
const http = require('http');

const server = http.createServer((req, res) => {
  if (req.url === '/hang') return; // never answers
  if (req.url === '/slow') {
    res.writeHead(200);
    res.write('part');
    return; // never ends
  }
  res.end('done');
});

function describe(e) {
  return [e.name, e.message, e.constructor.name, e.code];
}

async function attempt(label, fn) {
  try {
    console.log(label, await fn());
  } catch (e) {
    console.log(label, 'rejects', describe(e));
  }
}

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  await attempt('aborted before', () => {
    const ac = new AbortController();
    ac.abort();
    return fetch(base + '/', { signal: ac.signal });
  });
  await attempt('AbortSignal.abort()', () => fetch(base + '/', { signal: AbortSignal.abort() }));
  await attempt('own reason', () => {
    const ac = new AbortController();
    ac.abort(new Error('mine'));
    return fetch(base + '/', { signal: ac.signal });
  });
  await attempt('string reason', () => fetch(base + '/', { signal: AbortSignal.abort('just a string') }));
  await attempt('during request', () => {
    const ac = new AbortController();
    const p = fetch(base + '/hang', { signal: ac.signal });
    setTimeout(() => ac.abort(), 30);
    return p;
  });
  await attempt('Request signal', () => {
    const ac = new AbortController();
    const p = fetch(new Request(base + '/hang', { signal: ac.signal }));
    setTimeout(() => ac.abort(), 30);
    return p;
  });
  await attempt('timeout', () => fetch(base + '/hang', { signal: AbortSignal.timeout(30) }));
  await attempt('during text()', async () => {
    const ac = new AbortController();
    const r = await fetch(base + '/slow', { signal: ac.signal });
    console.log('  got response', r.status);
    setTimeout(() => ac.abort(), 30);
    return r.text();
  });
  await attempt('during reader', async () => {
    const ac = new AbortController();
    const r = await fetch(base + '/slow', { signal: ac.signal });
    const reader = r.body.getReader();
    const first = await reader.read();
    console.log('  first chunk', Buffer.from(first.value).toString());
    setTimeout(() => ac.abort(new Error('stop reading')), 30);
    return reader.read();
  });
  await attempt('aborted before reading', async () => {
    const ac = new AbortController();
    const r = await fetch(base + '/slow', { signal: ac.signal });
    ac.abort();
    return r.text();
  });
  await attempt('after body', async () => {
    const ac = new AbortController();
    const r = await fetch(base + '/', { signal: ac.signal });
    const text = await r.text();
    ac.abort();
    return [text, r.bodyUsed];
  });
  await attempt('bad signal', () => fetch(base + '/', { signal: 'nope' }));
  server.closeAllConnections();
  server.close();
});
