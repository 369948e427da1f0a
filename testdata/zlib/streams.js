// zlib streams: piping through compressors and back, flush(), params(), errors as
// 'error' events, bytesWritten.
const z = require('zlib');
const { pipeline, Readable, Writable } = require('stream');

function collect(done) {
  const chunks = [];
  return new Writable({
    write(chunk, enc, cb) { chunks.push(chunk); cb(); },
    final(cb) { done(Buffer.concat(chunks)); cb(); },
  });
}
const big = Buffer.alloc(1 << 20);
for (let i = 0; i < big.length; i++) big[i] = (i * 7919) % 251;

const steps = [];
function next() {
  const step = steps.shift();
  if (step) step();
}

steps.push(() => {
  pipeline(Readable.from([big.subarray(0, 1000), big.subarray(1000)]), z.createGzip(), z.createGunzip(), collect((out) => {
    console.log('gzip pipe', out.equals(big));
  }), (err) => { console.log('pipeline done', err); next(); });
});
steps.push(() => {
  const d = new z.Deflate({ level: 9 });
  const parts = [];
  d.on('data', (c) => parts.push(c));
  d.write('hello ');
  d.flush(() => {
    const sofar = Buffer.concat(parts);
    // A full flush ends on a byte boundary: what came out so far inflates on its own.
    console.log('flushed', z.inflateSync(sofar, { finishFlush: z.constants.Z_SYNC_FLUSH }).toString());
    d.end('world');
  });
  d.on('end', () => {
    console.log('deflate total', z.inflateSync(Buffer.concat(parts)).toString(), d.bytesWritten);
    next();
  });
});
steps.push(() => {
  const g = z.createGunzip();
  g.on('error', (err) => {
    console.log('error event', err.code, err.errno, err.message, g.destroyed);
    next();
  });
  g.on('data', () => {});
  g.end(Buffer.from('definitely not gzip'));
});
steps.push(() => {
  const d = z.createDeflate();
  d.params(0, z.constants.Z_DEFAULT_STRATEGY, () => {
    d.end(Buffer.alloc(10000, 1));
  });
  const parts = [];
  d.on('data', (c) => parts.push(c));
  d.on('end', () => {
    const out = Buffer.concat(parts);
    console.log('params level 0 stores', out.length > 10000, z.inflateSync(out).length);
    next();
  });
});
steps.push(() => {
  const u = z.createUnzip();
  const parts = [];
  u.on('data', (c) => parts.push(c));
  u.on('end', () => { console.log('unzip stream', Buffer.concat(parts).toString()); next(); });
  const packed = z.gzipSync('one byte at a time');
  let i = 0;
  (function feed() {
    if (i < packed.length) { u.write(packed.subarray(i, i + 1)); i++; setImmediate(feed); } else u.end();
  })();
});
steps.push(() => {
  // flush() while writes wait (corked): it takes effect after them, in order.
  const d = z.createDeflateRaw();
  const parts = [];
  d.on('data', (c) => parts.push(c));
  d.cork();
  d.write('queued ');
  d.flush(z.constants.Z_SYNC_FLUSH, () => {
    console.log('flush after queued write', z.inflateRawSync(Buffer.concat(parts), { finishFlush: z.constants.Z_SYNC_FLUSH }).toString());
    d.end();
  });
  d.uncork();
  d.on('end', next);
});
steps.push(() => {
  console.log(z.createGzip() instanceof z.Gzip, z.Gzip() instanceof z.Gzip, typeof z.createInflateRaw().flush);
  try { z.createGzip({ level: 42 }); } catch (e) { console.log(e.code, e.message); }
});
next();
