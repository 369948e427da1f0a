// TransformStream: transform/flush/start, terminate, error, cancel (readable side) and abort (writable side), backpressure.
const log = (...a) => console.log(...a);
const err = (e) => (e && e.name ? e.name + (e.code ? ' [' + e.code + ']' : '') + ': ' + e.message : String(e));
const tick = (ms = 1) => new Promise((r) => setTimeout(r, ms));

async function collect(readable) {
  const out = [];
  for await (const v of readable) out.push(v);
  return out.join(',');
}

async function identity() {
  const ts = new TransformStream();
  const w = ts.writable.getWriter();
  w.write('a');
  w.write('b');
  w.close();
  log('identity', await collect(ts.readable));
}

async function transformAndFlush() {
  let total = 0;
  const ts = new TransformStream({
    start(c) { log('start desiredSize', c.desiredSize); c.enqueue('header'); },
    transform(chunk, c) {
      total += chunk;
      c.enqueue(chunk * 10);
      c.enqueue(chunk * 100);
    },
    async flush(c) {
      await tick();
      c.enqueue('total ' + total);
      log('flush done');
    },
  });
  const w = ts.writable.getWriter();
  w.write(1);
  w.write(2);
  const closed = w.close();
  const out = await collect(ts.readable);
  await closed;
  log('out', out, 'and the writer closed');
}

async function backpressure() {
  const ts = new TransformStream({
    transform(chunk, c) { log('transform', chunk); c.enqueue(chunk); },
  }, { highWaterMark: 1 }, { highWaterMark: 1 });
  const w = ts.writable.getWriter();
  log('writable desiredSize', w.desiredSize);
  w.write('a');
  w.write('b');
  w.write('c');
  await tick();
  log('writable desiredSize with readable full', w.desiredSize);
  const r = ts.readable.getReader();
  log('read', (await r.read()).value);
  await tick();
  log('read', (await r.read()).value);
  await tick();
  log('read', (await r.read()).value);
  log('writable desiredSize after drain', w.desiredSize);
}

async function terminate() {
  const ts = new TransformStream({
    transform(chunk, c) {
      c.enqueue(chunk);
      if (chunk === 'stop') c.terminate();
    },
    flush() { log('flush not called after terminate'); },
  });
  const w = ts.writable.getWriter();
  const r = ts.readable.getReader();
  w.write('go');
  w.write('stop');
  log(await r.read(), await r.read(), await r.read());
  await w.closed.catch((e) => log('writable after terminate:', err(e)));
  let tc;
  new TransformStream({ start(c) { tc = c; } });
  tc.terminate();
  try { tc.enqueue('x'); } catch (e) { log('enqueue after terminate:', err(e)); }
}

async function errors() {
  const ts = new TransformStream({ transform() { throw new Error('transform threw'); } });
  const w = ts.writable.getWriter();
  const r = ts.readable.getReader();
  const wp = w.write('x');
  await r.read().catch((e) => log('read:', err(e)));
  await wp.catch((e) => log('write:', err(e)));
  await w.closed.catch((e) => log('writable closed:', err(e)));
  const ts2 = new TransformStream({ flush() { return Promise.reject(new Error('flush rejected')); } });
  const w2 = ts2.writable.getWriter();
  const r2 = ts2.readable.getReader();
  await Promise.all([w2.close().catch((e) => log('close:', err(e))), r2.read().catch((e) => log('read:', err(e)))]);
  let tc;
  const ts3 = new TransformStream({ start(c) { tc = c; } });
  tc.error(new Error('controller error'));
  await ts3.readable.getReader().closed.catch((e) => log('readable:', err(e)));
  await ts3.writable.getWriter().closed.catch((e) => log('writable:', err(e)));
  try {
    new TransformStream({ start() { throw new Error('start threw'); } });
  } catch (e) {
    log('constructor:', err(e));
  }
}

async function cancelAndAbort() {
  const ts = new TransformStream({
    cancel(reason) { log('transformer cancel', reason); },
    flush() { log('flush not called'); },
  });
  const w = ts.writable.getWriter();
  await ts.readable.cancel('no more');
  await w.closed.catch((e) => log('writable after readable cancel:', e));
  await w.write('x').catch((e) => log('write after cancel:', e));
  const ts2 = new TransformStream({ cancel(reason) { log('transformer cancel on abort', reason); } });
  const r2 = ts2.readable.getReader();
  await ts2.writable.abort('aborted');
  await r2.closed.catch((e) => log('readable after abort:', e));
  const ts3 = new TransformStream({ cancel() { throw new Error('cancel threw'); } });
  await ts3.readable.cancel('x').catch((e) => log('cancel:', err(e)));
  await ts3.writable.getWriter().closed.catch((e) => log('writable:', err(e)));
}

async function strategiesAndMisuse() {
  const ts = new TransformStream({}, { highWaterMark: 4, size(c) { return c.length; } }, { highWaterMark: 2 });
  const w = ts.writable.getWriter();
  log('writable desiredSize', w.desiredSize);
  w.write('abc');
  log('after 3-length chunk', w.desiredSize);
  for (const [name, f] of [
    ['transformer 5', () => new TransformStream(5)],
    ['readableType', () => new TransformStream({ readableType: 'bytes' })],
    ['writableType', () => new TransformStream({ writableType: 'bytes' })],
    ['bad readable hwm', () => new TransformStream({}, {}, { highWaterMark: NaN })],
    ['readable getter on {}', () => Object.getOwnPropertyDescriptor(TransformStream.prototype, 'readable').get.call({})],
    ['new controller', () => new TransformStreamDefaultController()],
  ]) {
    try { f(); log(name, 'ok'); } catch (e) { log(name, err(e)); }
  }
  log('readable/writable types', ts.readable instanceof ReadableStream, ts.writable instanceof WritableStream);
}

(async () => {
  for (const t of [identity, transformAndFlush, backpressure, terminate, errors, cancelAndAbort, strategiesAndMisuse]) {
    log('---', t.name);
    await t();
  }
})();
