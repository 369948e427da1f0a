// Request: the constructor's defaults, method normalisation, the init members it checks,
// the body rules (GET/HEAD, duplex, used bodies), clone() and new Request(request).
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'throws', e.name, JSON.stringify(e.message), e.cause ? `cause: ${e.cause.message}` : '');
  }
}

const r = new Request('http://a.test/b?c#d', { method: 'post', body: 'hi', headers: { x: '1' } });
console.log('fields', [r.method, r.url, r.headers.get('content-type'), r.headers.get('x'), r.redirect, r.cache,
  r.credentials, r.mode, r.referrer, r.referrerPolicy, r.integrity, r.keepalive, r.destination,
  r.isHistoryNavigation, r.isReloadNavigation, r.bodyUsed, typeof r.body, r.duplex, r.signal.aborted]);
console.log('tag', Object.prototype.toString.call(r), Request.length);
console.log('proto', Object.getOwnPropertyNames(Request.prototype).filter((n) => n !== 'attribute'));
console.log('methods', ['delete', 'get', 'head', 'options', 'post', 'put', 'patch', 'custom', 'Get'].map(
  (m) => new Request('http://a.test/', { method: m }).method));
console.log('url normalised', new Request('HTTP://A.test:80/./x/../y').url, new Request(new URL('http://a.test/u')).url);
console.log('other scheme', new Request('ftp://a.test/').url);
console.log('referrer', new Request('http://a.test/', { referrer: 'http://b.test/' }).referrer,
  JSON.stringify(new Request('http://a.test/', { referrer: '' }).referrer));
console.log('body null', new Request('http://a.test/').body, new Request('http://a.test/', { body: null }).body);
console.log('url params ct', new Request('http://a.test/', { method: 'POST', body: new URLSearchParams('a=1') }).headers.get('content-type'));
console.log('blob ct', new Request('http://a.test/', { method: 'POST', body: new Blob(['x'], { type: 'Q/R' }) }).headers.get('content-type'));
console.log('buffer ct', new Request('http://a.test/', { method: 'POST', body: new Uint8Array(1) }).headers.get('content-type'));
console.log('own ct', new Request('http://a.test/', { method: 'POST', body: 'x', headers: { 'content-type': 'a/b' } }).headers.get('content-type'));
console.log('object body ct', new Request('http://a.test/', { method: 'POST', body: {} }).headers.get('content-type'));
console.log('stream duplex', new Request('http://a.test/', { method: 'POST', body: new ReadableStream(), duplex: 'half' }).duplex);
console.log('keepalive', new Request('http://a.test/', { method: 'POST', body: 'x', keepalive: true }).keepalive);
console.log('null signal', new Request('http://a.test/', { signal: null }).signal.aborted);

const ac = new AbortController();
const withSignal = new Request('http://a.test/', { signal: ac.signal });
const cloned = withSignal.clone();
console.log('own signal', withSignal.signal !== ac.signal, withSignal.signal.aborted);
ac.abort('why');
console.log('follows signal', withSignal.signal.aborted, withSignal.signal.reason, cloned.signal.aborted, cloned.signal.reason);

(async () => {
  const src = new Request('http://a.test/', { method: 'PUT', body: 'abc', headers: { h: '1' } });
  const copy = new Request(src);
  console.log('from request', src.bodyUsed, copy.method, copy.url, copy.headers.get('h'), await copy.text());
  attempt('used source', () => new Request(src));
  const src2 = new Request('http://a.test/', { method: 'PUT', body: 'abc', headers: { h: '1' } });
  const copy2 = new Request(src2, { headers: { g: '2' } });
  console.log('init headers replace', [...copy2.headers], src2.bodyUsed);
  const src3 = new Request('http://a.test/', { method: 'PUT', body: 'abc' });
  const copy3 = new Request(src3, { body: 'new' });
  console.log('init body', src3.bodyUsed, await copy3.text(), await src3.text());
  const c = new Request('http://a.test/', { method: 'POST', body: 'twice' });
  const c2 = c.clone();
  console.log('clone', await c.text(), await c2.text(), c.bodyUsed, c2.bodyUsed);
  attempt('clone used', () => c.clone());
  const read = new Request('http://a.test/', { method: 'POST', body: '{"a":[1]}' });
  console.log('json', await read.json(), read.bodyUsed);
  console.log('empty', JSON.stringify(await new Request('http://a.test/').text()));

  attempt('no args', () => new Request());
  attempt('relative', () => new Request('/relative'));
  attempt('number input', () => new Request(5));
  attempt('credentials in url', () => new Request('http://u:p@a.test/'));
  attempt('CONNECT', () => new Request('http://a.test/', { method: 'CONNECT' }));
  attempt('trace', () => new Request('http://a.test/', { method: 'trace' }));
  attempt('track', () => new Request('http://a.test/', { method: 'track' }));
  attempt('bad method', () => new Request('http://a.test/', { method: 'bad method' }));
  attempt('empty method', () => new Request('http://a.test/', { method: '' }));
  attempt('GET body', () => new Request('http://a.test/', { method: 'get', body: 'x' }));
  attempt('HEAD body', () => new Request('http://a.test/', { method: 'HEAD', body: '' }));
  attempt('GET from body request', () => new Request(new Request('http://a.test/', { method: 'POST', body: 'x' }), { method: 'GET' }));
  attempt('redirect', () => new Request('http://a.test/', { redirect: 'nope' }));
  attempt('credentials', () => new Request('http://a.test/', { credentials: 'bogus' }));
  attempt('mode', () => new Request('http://a.test/', { mode: 'bogus' }));
  attempt('navigate', () => new Request('http://a.test/', { mode: 'navigate' }));
  attempt('cache', () => new Request('http://a.test/', { cache: 'bogus' }));
  attempt('only-if-cached', () => new Request('http://a.test/', { cache: 'only-if-cached' }));
  attempt('priority', () => new Request('http://a.test/', { priority: 'bogus' }));
  attempt('referrerPolicy', () => new Request('http://a.test/', { referrerPolicy: 'bogus' }));
  attempt('bad referrer', () => new Request('http://a.test/', { referrer: 'http://[bad' }));
  attempt('window', () => new Request('http://a.test/', { window: 1 }));
  attempt('signal', () => new Request('http://a.test/', { signal: 5 }));
  attempt('signal object', () => new Request('http://a.test/', { signal: {} }));
  attempt('init type', () => new Request('http://a.test/', 5));
  attempt('headers type', () => new Request('http://a.test/', { headers: 5 }));
  attempt('no duplex', () => new Request('http://a.test/', { method: 'POST', body: new ReadableStream() }));
  attempt('bad duplex', () => new Request('http://a.test/', { method: 'POST', body: new ReadableStream(), duplex: 'full' }));
  attempt('keepalive stream', () => new Request('http://a.test/', { keepalive: true, method: 'POST', body: new ReadableStream(), duplex: 'half' }));
  attempt('no-cors PUT', () => new Request('http://a.test/', { mode: 'no-cors', method: 'PUT' }));
  attempt('bad this', () => Object.getOwnPropertyDescriptor(Request.prototype, 'url').get.call({}));
  await Request.prototype.text.call({}).catch((e) => console.log('text bad this', e.name, e.message));
})();
