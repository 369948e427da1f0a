// The body mixin: text/json/arrayBuffer/bytes/blob/formData on every kind of body (string,
// buffers, Blob, URLSearchParams, ReadableStream, async iterable), bodyUsed and the
// "Body is unusable" TypeError, reading through `body`, clone() of each kind.
const util = require('util');

async function attempt(label, fn) {
  try {
    console.log(label, await fn());
  } catch (e) {
    console.log(label, 'throws', e.name, JSON.stringify(e.message), e.code);
  }
}

const enc = (s) => new TextEncoder().encode(s);

function stream(...chunks) {
  return new ReadableStream({
    start(c) {
      for (const chunk of chunks) c.enqueue(chunk);
      c.close();
    },
  });
}

(async () => {
  await attempt('text', async () => {
    const r = new Response('hi');
    const p = r.text();
    return [r.bodyUsed, await p, r.bodyUsed];
  });
  await attempt('twice', async () => {
    const r = new Response('hi');
    await r.text();
    return r.text();
  });
  await attempt('two at once', async () => {
    const r = new Response('x');
    const p1 = r.text();
    const p2 = r.text();
    return [await p1, await p2.catch((e) => e.message)];
  });
  await attempt('json', () => new Response('{"a":1,"b":[true,null]}').json());
  await attempt('json bad', async () => {
    const r = new Response('{bad');
    try {
      await r.json();
    } catch (e) {
      return [e.name, r.bodyUsed];
    }
  });
  await attempt('json empty', () => new Response('').json().catch((e) => e.name));
  await attempt('json bom', () => new Response('\ufeff{"a":1}').json());
  await attempt('arrayBuffer', async () => {
    const ab = await new Response('abc').arrayBuffer();
    return [ab.constructor.name, ab.byteLength, [...new Uint8Array(ab)]];
  });
  await attempt('bytes', async () => {
    const b = await new Response('abc').bytes();
    return [b.constructor.name, [...b]];
  });
  await attempt('blob', async () => {
    const b = await new Response('abc', { headers: { 'content-type': 'Text/Plain' } }).blob();
    return [b instanceof Blob, b.size, b.type, await b.text()];
  });
  await attempt('blob default type', async () => (await new Response('x').blob()).type);
  await attempt('blob no type', async () => (await new Response(new Uint8Array([1])).blob()).type);
  await attempt('null body', async () => {
    const r = new Response(null);
    return [await r.text(), r.bodyUsed, await r.text(), r.bodyUsed, (await r.arrayBuffer()).byteLength];
  });
  await attempt('bom stripped', async () => JSON.stringify(await new Response('\ufeffbom').text()));
  await attempt('bad utf8', async () => JSON.stringify(await new Response(new Uint8Array([0xff, 0x61])).text()));
  await attempt('Uint16Array', () => new Response(new Uint16Array([0x6968])).text());
  await attempt('DataView', () => new Response(new DataView(new Uint8Array([104, 105]).buffer)).text());
  await attempt('ArrayBuffer', async () => (await new Response(new ArrayBuffer(3)).bytes()).length);
  await attempt('Buffer', () => new Response(Buffer.from('buf')).text());
  await attempt('copied at construction', async () => {
    const u = new Uint8Array([1, 2, 3]);
    const r = new Response(u);
    u[0] = 9;
    return [...await r.bytes()];
  });
  await attempt('Blob body', () => new Response(new Blob(['bl', 'ob'])).text());
  await attempt('URLSearchParams body', () => new Response(new URLSearchParams({ a: '1', b: 'x y' })).text());
  await attempt('stream body', () => new Response(stream(enc('a'), enc('b'))).text());
  await attempt('stream string chunk', () => new Response(stream('str')).text());
  await attempt('stream number chunk', () => new Response(stream(5)).text());
  await attempt('stream error', () => new Response(new ReadableStream({ start(c) { c.error(new Error('boom')); } })).text());
  await attempt('async iterable', () => new Response((async function* () {
    yield 'a';
    yield new Uint8Array([98]);
    yield Buffer.from('c');
  })()).text());
  await attempt('sync iterable is an object', () => new Response((function* () { yield 'a'; })()).text());
  await attempt('array is an object', () => new Response([1, 2]).text());
  await attempt('same stream', () => {
    const rs = new ReadableStream();
    return new Response(rs).body === rs;
  });
  await attempt('locked stream', () => {
    const rs = new ReadableStream();
    rs.getReader();
    return new Response(rs);
  });
  await attempt('body stream', async () => {
    const b = new Response('x').body;
    return [b.constructor.name, util.inspect(b)];
  });
  await attempt('body after text', async () => {
    const r = new Response('x');
    await r.text();
    return [util.inspect(r.body), r.bodyUsed];
  });
  await attempt('reader locks', async () => {
    const r = new Response('x');
    const b = r.body;
    b.getReader();
    return [r.bodyUsed, b.locked, await r.text().catch((e) => e.message)];
  });
  await attempt('reader reads', async () => {
    const r = new Response('x');
    const rd = r.body.getReader();
    const c = await rd.read();
    return [r.bodyUsed, c.value.constructor.name, [...c.value], c.done, (await rd.read()).done];
  });
  await attempt('read then release', async () => {
    const r = new Response('abc');
    const rd = r.body.getReader();
    await rd.read();
    rd.releaseLock();
    return [r.bodyUsed, await r.text().catch((e) => e.message)];
  });
  await attempt('release unread', async () => {
    const r = new Response('abc');
    r.body.getReader().releaseLock();
    return [r.bodyUsed, await r.text()];
  });
  await attempt('clone string', async () => {
    const r = new Response('x');
    const c = r.clone();
    return [await r.text(), await c.text(), r.bodyUsed, c.bodyUsed];
  });
  await attempt('clone after body', async () => {
    const r = new Response('x');
    void r.body;
    const c = r.clone();
    return [await r.text(), await c.text()];
  });
  await attempt('clone stream', async () => {
    const rs = new ReadableStream({ pull(c) { c.enqueue(enc('A')); c.close(); } });
    const r = new Response(rs);
    const c = r.clone();
    return [r.body === rs, await r.text(), await c.text()];
  });
  await attempt('clone iterable', async () => {
    const r = new Response((async function* () { yield 'i1'; yield 'i2'; })());
    const c = r.clone();
    return [await c.text(), await r.text()];
  });
  await attempt('formData urlencoded', async () => {
    const r = new Response('a=1&b=2&a=3', { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    return [...await r.formData()];
  });
  await attempt('formData wrong type', () => new Response('x').formData());
  await attempt('request bodies', async () => {
    const r = new Request('http://a.test/', { method: 'POST', body: 'abc' });
    return [await r.text(), r.bodyUsed, await new Request('http://a.test/').text()];
  });
})();
