// pipeTo() and pipeThrough(): data, close, errors both ways, the prevent* options and an abort signal.
const log = (...a) => console.log(...a);
const err = (e) => (e && e.name ? e.name + (e.code ? ' [' + e.code + ']' : '') + ': ' + e.message : String(e));

function source(chunks, { error, log: name } = {}) {
  let i = 0;
  return new ReadableStream({
    pull(c) {
      if (i < chunks.length) c.enqueue(chunks[i++]);
      else if (error) c.error(error);
      else c.close();
    },
    cancel(reason) { log(name || 'source', 'cancel:', err(reason)); },
  });
}

function sink(name, { failOn, delay } = {}) {
  const got = [];
  const ws = new WritableStream({
    async write(chunk) {
      if (delay) await new Promise((r) => setTimeout(r, delay));
      if (chunk === failOn) throw new Error('sink refused ' + chunk);
      got.push(chunk);
    },
    close() { log(name, 'close, got', got.join(',')); },
    abort(reason) { log(name, 'abort:', err(reason), 'got', got.join(',')); },
  });
  return ws;
}

async function run(name, p) {
  await p.then(() => log(name, '-> resolved'), (e) => log(name, '-> rejected', err(e)));
}

async function basic() {
  const rs = source(['a', 'b', 'c']);
  const ws = sink('basic', { delay: 1 });
  const p = rs.pipeTo(ws);
  log('locked while piping', rs.locked, ws.locked);
  await run('pipe', p);
  log('locked after', rs.locked, ws.locked);
}

async function sourceErrors() {
  await run('source error', source(['a'], { error: new Error('src failed') }).pipeTo(sink('s1')));
  const ws = sink('s2');
  await run('source error, preventAbort', source(['a'], { error: new Error('src failed') }).pipeTo(ws, { preventAbort: true }));
  const w = ws.getWriter();
  await w.write('still writable');
  await w.close();
}

async function sinkErrors() {
  await run('sink error', source(['a', 'bad', 'c'], { log: 'src1' }).pipeTo(sink('k1', { failOn: 'bad' })));
  const rs = source(['a', 'bad', 'c', 'd'], { log: 'src2' });
  await run('sink error, preventCancel', rs.pipeTo(sink('k2', { failOn: 'bad' }), { preventCancel: true }));
  const r = rs.getReader();
  log('source still readable', await r.read());
  const errored = new WritableStream({ start(c) { c.error(new Error('dest already errored')); } });
  await new Promise((r) => setTimeout(r, 1));
  await run('dest errored before', source(['x'], { log: 'src3' }).pipeTo(errored));
}

async function closing() {
  const ws = sink('c1');
  await run('preventClose', source(['a', 'b']).pipeTo(ws, { preventClose: true }));
  const w = ws.getWriter();
  await w.write('c');
  await w.close();
  const closed = new WritableStream();
  await closed.close();
  await run('dest closed', source(['a'], { log: 'src4' }).pipeTo(closed));
  const closedRs = new ReadableStream({ start(c) { c.close(); } });
  await run('source closed before', closedRs.pipeTo(sink('c2')));
}

async function abortSignal() {
  const ac = new AbortController();
  const rs = new ReadableStream({
    start(c) { c.enqueue('1'); },
    cancel(reason) { log('source cancel:', err(reason)); },
  });
  const p = rs.pipeTo(sink('sig1'), { signal: ac.signal });
  await new Promise((r) => setTimeout(r, 5));
  ac.abort();
  await run('aborted', p);
  const ac2 = new AbortController();
  ac2.abort(new Error('custom reason'));
  await run('already aborted', source(['x'], { log: 'src5' }).pipeTo(sink('sig2'), { signal: ac2.signal }));
  const ac3 = new AbortController();
  const rs3 = new ReadableStream({ start(c) { c.enqueue('1'); }, cancel() { log('never'); } });
  const p3 = rs3.pipeTo(sink('sig3'), { signal: ac3.signal, preventAbort: true, preventCancel: true });
  await new Promise((r) => setTimeout(r, 5));
  ac3.abort('plain reason');
  await run('aborted with prevents', p3);
  log('streams unlocked', rs3.locked);
}

async function backpressure() {
  // The pipe reads only when the destination wants more.
  let pulls = 0;
  const rs = new ReadableStream({
    pull(c) {
      pulls++;
      c.enqueue(pulls);
      if (pulls === 6) c.close();
    },
  }, { highWaterMark: 0 });
  const writes = [];
  const ws = new WritableStream({
    write(chunk) {
      writes.push(chunk + '@' + pulls);
      return new Promise((r) => setTimeout(r, 2));
    },
  }, { highWaterMark: 2 });
  await rs.pipeTo(ws);
  // (the pipe may read ahead of the sink by a chunk or so, never more)
  log('writes in order', writes.map((w) => w.split('@')[0]).join(' '));
  log('read ahead bounded', writes.every((w) => { const [c, p] = w.split('@').map(Number); return p >= c && p - c <= 1; }));
}

async function pipeThrough() {
  const upper = new TransformStream({
    transform(chunk, c) { c.enqueue(chunk.toUpperCase()); },
  });
  const out = source(['x', 'y', 'z']).pipeThrough(upper);
  log('returns readable', out === upper.readable);
  const r = out.getReader();
  const got = [];
  for (let x = await r.read(); !x.done; x = await r.read()) got.push(x.value);
  log('through', got.join(''));
  const chained = source([1, 2, 3])
    .pipeThrough(new TransformStream({ transform(n, c) { c.enqueue(n * 2); } }))
    .pipeThrough(new TransformStream({ transform(n, c) { c.enqueue(n + 1); } }));
  const got2 = [];
  for await (const v of chained) got2.push(v);
  log('chained', got2.join(','));
  const failing = source(['a', 'b'], { log: 'src6' }).pipeThrough(new TransformStream({
    transform(chunk) { if (chunk === 'b') throw new Error('transform failed'); },
  }));
  const fr = failing.getReader();
  for (;;) {
    const x = await fr.read().catch((e) => log('pipeThrough error:', err(e)));
    if (!x || x.done) break;
  }
}

async function misuse() {
  const rs = new ReadableStream();
  const tries = [
    ['pipeTo({})', () => rs.pipeTo({})],
    ['pipeTo bad signal', () => rs.pipeTo(new WritableStream(), { signal: {} })],
    ['pipeTo options 5', () => rs.pipeTo(new WritableStream(), 5)],
  ];
  for (const [name, f] of tries) await f().then(() => log(name, 'ok'), (e) => log(name, err(e)));
  const ws = new WritableStream();
  ws.getWriter();
  await rs.pipeTo(ws).catch((e) => log('locked dest:', err(e)));
  rs.getReader();
  await rs.pipeTo(new WritableStream()).catch((e) => log('locked source:', err(e)));
  for (const [name, f] of [
    ['pipeThrough({})', () => new ReadableStream().pipeThrough({})],
    ['pipeThrough no writable', () => new ReadableStream().pipeThrough({ readable: new ReadableStream() })],
    ['pipeThrough locked source', () => rs.pipeThrough(new TransformStream())],
  ]) {
    try { f(); log(name, 'ok'); } catch (e) { log(name, err(e)); }
  }
}

(async () => {
  for (const t of [basic, sourceErrors, sinkErrors, closing, abortSignal, backpressure, pipeThrough, misuse]) {
    log('---', t.name);
    await t();
  }
})();
