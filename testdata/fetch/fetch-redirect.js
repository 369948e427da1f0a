// fetch() redirects: 301/302/303 turn a POST into a GET without its body and body
// headers, 307/308 resend it; relative locations; redirect: 'manual' and 'error'; a
// redirect without Location; more than 20 redirects; a stream body that cannot be resent.
const http = require('http');

const server = http.createServer((req, res) => {
  const u = new URL(req.url, 'http://x');
  let body = '';
  req.on('data', (d) => (body += d));
  req.on('end', () => {
    if (u.pathname === '/r') {
      const to = u.searchParams.get('to');
      res.writeHead(Number(u.searchParams.get('s')), to === null ? {} : { location: to });
      res.end('redirect body');
      return;
    }
    if (u.pathname.startsWith('/loop')) {
      const n = Number(u.pathname.slice(5));
      if (n < 21) {
        res.writeHead(302, { location: '/loop' + (n + 1) });
        res.end();
        return;
      }
    }
    res.end(`${req.method} ${req.url} body=${JSON.stringify(body)} type=${req.headers['content-type']} ` +
      `length=${req.headers['content-length']} x=${req.headers['x-keep']}`);
  });
});

async function attempt(label, fn) {
  try {
    console.log(label, await fn());
  } catch (e) {
    console.log(label, 'rejects', e.name, e.message, e.cause && `cause: ${e.cause.name}: ${e.cause.message}`);
  }
}

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const strip = (url) => url.replace(base, 'BASE');
  const show = async (r) => [r.status, r.statusText, strip(r.url), r.redirected, r.type, await r.text()];
  for (const s of [301, 302, 303, 307, 308]) {
    await attempt(`POST ${s}`, async () => show(await fetch(`${base}/r?s=${s}&to=/final`, {
      method: 'POST', body: 'data', headers: { 'content-type': 'text/x', 'x-keep': 'kept' },
    })));
  }
  for (const s of [301, 302, 303, 307]) {
    await attempt(`PUT ${s}`, async () => show(await fetch(`${base}/r?s=${s}&to=/final`, { method: 'PUT', body: 'again' })));
  }
  await attempt('HEAD 303', async () => {
    const r = await fetch(`${base}/r?s=303&to=/final`, { method: 'HEAD' });
    return [r.status, strip(r.url), r.redirected];
  });
  await attempt('relative', async () => show(await fetch(`${base}/r?s=302&to=${encodeURIComponent('../a/b?c=d')}`)));
  await attempt('absolute', async () => show(await fetch(`${base}/r?s=301&to=${encodeURIComponent(base + '/abs')}`)));
  await attempt('chain', async () => show(await fetch(`${base}/r?s=302&to=${encodeURIComponent('/r?s=307&to=/end')}`)));
  await attempt('fragment kept off url', async () => strip((await fetch(`${base}/r?s=302&to=/f%23x#frag`)).url));
  await attempt('manual', async () => {
    const r = await fetch(`${base}/r?s=302&to=/final`, { redirect: 'manual' });
    return [r.status, r.headers.get('location'), r.type, r.redirected, strip(r.url), await r.text()];
  });
  await attempt('error', () => fetch(`${base}/r?s=302&to=/final`, { redirect: 'error' }));
  await attempt('error without location', () => fetch(`${base}/r?s=301`, { redirect: 'error' }));
  await attempt('no location', async () => show(await fetch(`${base}/r?s=302`)));
  await attempt('20 redirects', async () => show(await fetch(`${base}/loop1`)));
  await attempt('21 redirects', () => fetch(`${base}/loop0`));
  await attempt('to ftp', () => fetch(`${base}/r?s=302&to=${encodeURIComponent('ftp://x/')}`));
  await attempt('stream 303', async () => show(await fetch(`${base}/r?s=303&to=/f`, {
    method: 'POST', duplex: 'half', body: new ReadableStream({ start(c) { c.enqueue(new Uint8Array([65])); c.close(); } }),
  })));
  await attempt('stream 307', async () => {
    try {
      await fetch(`${base}/r?s=307&to=/f`, {
        method: 'POST', duplex: 'half', body: new ReadableStream({ start(c) { c.enqueue(new Uint8Array([65])); c.close(); } }),
      });
    } catch (e) {
      return [e.name, e.message, e.cause instanceof Error, JSON.stringify(e.cause.message)];
    }
  });
  server.close();
});
