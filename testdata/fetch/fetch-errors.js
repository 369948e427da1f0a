// fetch()'s failures and their shapes: a refused connection (TypeError "fetch failed"
// whose cause is the system error), schemes it does not fetch, bad URLs and inits (the
// Request constructor's TypeErrors, as rejections), a server that drops the connection
// mid-body ("terminated"), and the shape of the fetch global itself.
const http = require('http');

function shape(e) {
  const out = { name: e.name, message: e.message, isTypeError: e instanceof TypeError };
  if (e.cause !== undefined) {
    out.cause = {
      isError: e.cause instanceof Error,
      message: e.cause.message,
      code: e.cause.code,
      syscall: e.cause.syscall,
      errno: e.cause.errno,
      address: e.cause.address,
      portMatches: e.cause.port === undefined ? undefined : e.cause.port === refusedPort,
    };
  }
  return out;
}

let refusedPort;
async function attempt(label, fn) {
  try {
    const r = await fn();
    console.log(label, 'resolved', r);
  } catch (e) {
    console.log(label, 'rejects', shape(e));
  }
}

const probe = http.createServer();
probe.listen(0, '127.0.0.1', () => {
  refusedPort = probe.address().port;
  probe.close(run);
});

async function run() {
  const refused = await fetch(`http://127.0.0.1:${refusedPort}/`).catch((e) => e);
  const s = shape(refused);
  s.cause.message = s.cause.message.replace(String(refusedPort), 'PORT');
  console.log('refused', s);
  const p = fetch('http://127.0.0.1:1/').catch(() => {});
  console.log('returns a promise', p instanceof Promise);
  await p;
  await attempt('about', () => fetch('about:blank'));
  await attempt('blob', () => fetch('blob:nothing'));
  await attempt('file', () => fetch('file:///etc/hostname'));
  await attempt('ws', () => fetch('ws://127.0.0.1/'));
  await attempt('relative', () => fetch('/relative'));
  await attempt('no arguments', () => fetch());
  await attempt('object input', () => fetch({}));
  await attempt('credentials', () => fetch('http://u:p@127.0.0.1/'));
  await attempt('CONNECT', () => fetch('http://127.0.0.1/', { method: 'CONNECT' }));
  await attempt('GET with body', () => fetch('http://127.0.0.1/', { body: 'x' }));
  await attempt('init type', () => fetch('http://127.0.0.1/', 5));
  await attempt('bad header', () => fetch('http://127.0.0.1/', { headers: { 'a b': '1' } }));
  await attempt('stream without duplex', () => fetch('http://127.0.0.1/', { method: 'POST', body: new ReadableStream() }));
  const used = new Request('http://127.0.0.1/', { method: 'POST', body: 'x' });
  await used.text();
  await attempt('used Request', () => fetch(used));

  // https: is refused before any connection is made; the message names the lack of TLS
  // on nodus and the reason on Node, so only the shape is printed.
  try {
    await fetch('https://127.0.0.1:1/');
  } catch (e) {
    console.log('https', e.name, e.message, e.cause instanceof Error);
  }

  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-length': '100' });
    res.write('partial');
    setTimeout(() => res.socket.destroy(), 30);
  });
  server.listen(0, '127.0.0.1', async () => {
    const r = await fetch(`http://127.0.0.1:${server.address().port}/`);
    console.log('cut: headers', r.status, r.headers.get('content-length'));
    try {
      await r.text();
    } catch (e) {
      console.log('cut: body', e.name, e.message, e.cause instanceof Error);
    }
    console.log('fetch', typeof fetch, fetch.name, fetch.length, Object.keys(globalThis).includes('fetch'));
    const names = ['Headers', 'Request', 'Response', 'FormData'];
    console.log('enumerable classes', names.filter((n) => Object.keys(globalThis).includes(n)));
    console.log('descriptors', names.map((n) => {
      void globalThis[n]; // (nodus installs its globals on first use)
      const d = Object.getOwnPropertyDescriptor(globalThis, n);
      return [n, typeof d.value, d.writable, d.configurable, d.enumerable];
    }));
    server.close();
  });
}
