// Response: the constructor (status, statusText, headers, body content types), the
// static error(), json() and redirect(), header guards, clone(), util.inspect, and the
// RangeErrors and TypeErrors of bad arguments.
const util = require('util');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'throws', e.name, JSON.stringify(e.message), e.cause ? `cause: ${e.cause.message}` : '');
  }
}

const r = new Response('hi');
console.log('defaults', [r.status, r.statusText, r.ok, r.redirected, r.type, r.url, r.bodyUsed,
  r.headers.get('content-type'), Object.prototype.toString.call(r), Response.length]);
console.log('proto', Object.getOwnPropertyNames(Response.prototype));
console.log('statics', Object.getOwnPropertyNames(Response).sort());
console.log('inspect', util.inspect(new Response('hi', { status: 201, statusText: 'Made', headers: { a: '1' } })));
console.log('inspect null', util.inspect(new Response(null)));
const made = new Response('x', { status: 404, statusText: 'Nope', headers: [['x-a', '1'], ['X-A', '2']] });
console.log('init', made.status, made.statusText, made.ok, made.headers.get('x-a'));
console.log('status coerced', new Response('x', { status: 200.5 }).status, new Response('x', { status: '201' }).status);
console.log('statusText latin1', new Response('x', { statusText: '\u00e9' }).statusText === '\u00e9',
  JSON.stringify(new Response('x', { statusText: 'a\tb' }).statusText));
console.log('body null', new Response().body, new Response(null, { status: 204 }).body, new Response(undefined).body);
console.log('content types', [
  new Response(new URLSearchParams('a=1')).headers.get('content-type'),
  new Response(new Blob(['x'], { type: 'A/B' })).headers.get('content-type'),
  new Response(new Blob(['x'])).headers.get('content-type'),
  new Response(new Uint8Array(2)).headers.get('content-type'),
  new Response(new ArrayBuffer(2)).headers.get('content-type'),
  new Response('x', { headers: { 'content-type': 'x/y' } }).headers.get('content-type'),
  new Response(5).headers.get('content-type'),
  new Response({}).headers.get('content-type'),
]);
const mutable = new Response('x');
mutable.headers.set('a', 'b');
console.log('mutable headers', mutable.headers.get('a'));

const err = Response.error();
console.log('error', [err.status, err.statusText, err.type, err.ok, err.body, err.headers.get('x')]);
console.log('inspect error', util.inspect(err));
attempt('error headers', () => err.headers.set('a', 'b'));
const red = Response.redirect('http://a.test/x', 307);
console.log('redirect', [red.status, red.headers.get('location'), red.type, red.statusText, red.body]);
console.log('redirect default', Response.redirect('http://a.test/').status, Response.redirect(new URL('http://a.test/b c')).headers.get('location'));
attempt('redirect headers', () => red.headers.append('a', 'b'));
attempt('redirect status', () => Response.redirect('http://a.test/', 200));
attempt('redirect relative', () => Response.redirect('/rel'));
attempt('redirect no args', () => Response.redirect());
const json = Response.json({ a: 1 }, { status: 202, headers: { 'x-y': 'z' } });
console.log('json', [json.status, json.headers.get('content-type'), json.headers.get('x-y')]);
attempt('json undefined', () => Response.json(undefined));
attempt('json init', () => Response.json({}, 5));
attempt('json no args', () => Response.json());

attempt('status 99', () => new Response('x', { status: 99 }));
attempt('status 600', () => new Response('x', { status: 600 }));
attempt('status 0', () => new Response('x', { status: 0 }));
attempt('status NaN', () => new Response('x', { status: 'abc' }));
attempt('status 101', () => new Response(null, { status: 101 }));
attempt('204 with body', () => new Response('x', { status: 204 }));
attempt('304 with body', () => new Response('', { status: 304 }));
attempt('statusText newline', () => new Response('x', { statusText: 'a\nb' }));
attempt('statusText DEL', () => new Response('x', { statusText: 'OK\x7f' }));
attempt('statusText wide', () => new Response('x', { statusText: '\u0100' }));
attempt('init type', () => new Response('x', 5));
attempt('headers type', () => new Response('x', { headers: 5 }));
attempt('bad this', () => Object.getOwnPropertyDescriptor(Response.prototype, 'status').get.call({}));

(async () => {
  const c = new Response('clone me', { status: 201, headers: { h: '1' } });
  const c2 = c.clone();
  console.log('clone', c2.status, c2.headers.get('h'), await c.text(), await c2.text());
  attempt('clone used', () => c.clone());
  const e2 = Response.error().clone();
  console.log('clone error', e2.type, e2.status);
  attempt('clone keeps guard', () => e2.headers.set('a', 'b'));
  await Response.prototype.text.call({}).catch((e) => console.log('text bad this', e.name, e.message, e.code));
})();
