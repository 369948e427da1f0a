// FormData: entries (strings, Blobs as Files named "blob" or as given), set/delete/getAll,
// iteration, errors; as a body (multipart/form-data, boundary masked) for Response and
// for fetch(), and body.formData() for multipart and urlencoded bodies.
const http = require('http');
const util = require('util');
const { File } = require('buffer');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'throws', e.name, JSON.stringify(e.message), e.cause ? `cause: ${e.cause.message}` : '');
  }
}

const describeValue = (v) => (typeof v === 'string' ? v : [v.constructor.name, v.name, v.type, v.size]);

const f = new FormData();
f.append('a', '1');
f.append('b', new Blob(['xy'], { type: 'T/x' }));
f.append('c', new Blob(['z']), 'name.txt');
f.append('a', '2');
f.append('n', 5);
console.log('get', f.get('a'), f.getAll('a'), f.get('zz'), f.has('c'), f.has('zz'));
console.log('files', describeValue(f.get('b')), describeValue(f.get('c')));
console.log('entries', [...f].map(([k, v]) => [k, describeValue(v)]));
console.log('keys', [...f.keys()], 'values', [...f.values()].map(describeValue));
f.set('a', '3');
f.delete('n');
f.delete('missing');
console.log('after set/delete', [...f.keys()], f.getAll('a'));
const order = [];
f.forEach((v, k) => order.push(k));
console.log('forEach', order);
console.log('tag', Object.prototype.toString.call(f), Object.prototype.toString.call(f.entries()), FormData.length);
console.log('proto', Object.getOwnPropertyNames(FormData.prototype));
console.log('inspect empty', util.inspect(new FormData()));
const file = new File(['data'], 'f.txt', { type: 'text/plain' });
const g = new FormData();
g.append('file', file);
console.log('same File kept', g.get('file') === file);
g.append('renamed', file, 'other.txt');
console.log('renamed', g.get('renamed').name, g.get('renamed') === file);

attempt('constructor arg', () => new FormData(5));
attempt('append 1 arg', () => new FormData().append('a'));
attempt('filename without Blob', () => new FormData().append('a', 'b', 'c'));
attempt('bad this', () => FormData.prototype.get.call({}, 'a'));

const mask = (s) => s.replace(/----formdata-[a-z]+-\d+/g, 'BOUNDARY');

(async () => {
  const form = new FormData();
  form.append('a\n"', 'x\ny');
  form.append('f', new File(['data'], 'f"1.txt', { type: 'text/plain' }));
  form.append('bin', new Blob([new Uint8Array([0, 255])]));
  const r = new Response(form);
  console.log('content-type', mask(r.headers.get('content-type')));
  console.log('multipart', JSON.stringify(mask(await r.text())));
  const back = await new Response(form).formData();
  console.log('round trip', [...back].map(([k, v]) => [k, describeValue(v)]));
  console.log('file bytes', [...await back.get('bin').bytes()]);
  const mp = new Response('--X\r\nContent-Disposition: form-data; name="a"\r\n\r\nv\r\n--X--\r\n', {
    headers: { 'content-type': 'multipart/form-data; boundary=X' },
  });
  console.log('parsed', [...await mp.formData()]);
  const bad = new Response('garbage', { headers: { 'content-type': 'multipart/form-data; boundary=X' } });
  await bad.formData().catch((e) => console.log('no boundary in body', e.name, e.message));
  const noBoundary = new Response('a=1', { headers: { 'content-type': 'multipart/form-data' } });
  await noBoundary.formData().catch((e) => console.log('no boundary param', e.name, e.message));
  const url = new Response('a=1&b=%20x', { headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' } });
  console.log('urlencoded', [...await url.formData()]);

  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => res.end(JSON.stringify([req.headers['content-type'], req.headers['content-length'], body])));
  });
  server.listen(0, '127.0.0.1', async () => {
    const sent = new FormData();
    sent.append('field', 'value');
    sent.append('upload', new File(['file body'], 'u.txt', { type: 'text/plain' }));
    const res = await fetch(`http://127.0.0.1:${server.address().port}/`, { method: 'POST', body: sent });
    const [type, length, body] = await res.json();
    console.log('fetch sent', mask(type), length === String(Buffer.byteLength(body)));
    console.log(JSON.stringify(mask(body)));
    server.close();
  });
})();
