// ReadableStream#tee(): both branches get every chunk; cancel of both cancels the source.
const log = (...a) => console.log(...a);
const err = (e) => (e && e.name ? e.name + (e.code ? ' [' + e.code + ']' : '') + ': ' + e.message : String(e));

async function readAll(name, stream) {
  const r = stream.getReader();
  const out = [];
  for (;;) {
    const { value, done } = await r.read();
    if (done) break;
    out.push(value instanceof Uint8Array ? '[' + Array.from(value).join(',') + ']' : value);
  }
  log(name, out.join(' '));
}

async function bothBranches() {
  let pulls = 0;
  const rs = new ReadableStream({
    pull(c) {
      pulls++;
      if (pulls > 3) c.close();
      else c.enqueue('c' + pulls);
    },
  });
  const [a, b] = rs.tee();
  log('source locked', rs.locked, 'branches locked', a.locked, b.locked);
  await Promise.all([readAll('a', a), readAll('b', b)]);
  log('pulls', pulls);
}

async function oneBranchFirst() {
  const rs = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } });
  const [a, b] = rs.tee();
  await readAll('a first', a);
  await readAll('b later', b);
  const obj = { x: 1 };
  const [c, d] = new ReadableStream({ start(ctl) { ctl.enqueue(obj); ctl.close(); } }).tee();
  const v1 = (await c.getReader().read()).value;
  const v2 = (await d.getReader().read()).value;
  log('same object in both branches', v1 === obj && v2 === obj);
}

async function cancelBoth() {
  const rs = new ReadableStream({
    start(c) { c.enqueue('x'); },
    cancel(reason) { log('source cancel reason', reason); return 'ignored'; },
  });
  const [a, b] = rs.tee();
  const p1 = a.cancel('reason a');
  let settled = false;
  p1.then(() => { settled = true; });
  await new Promise((r) => setTimeout(r, 1));
  log('first cancel settled before second', settled);
  const rb = b.getReader();
  log('b still reads', await rb.read());
  const p2 = rb.cancel('reason b');
  log('cancel results', await p1, await p2);
}

async function cancelOneKeepsOther() {
  let canceled = false;
  const rs = new ReadableStream({
    start(c) { c.enqueue('1'); c.enqueue('2'); c.close(); },
    cancel() { canceled = true; },
  });
  const [a, b] = rs.tee();
  const pa = a.cancel('only a');
  await readAll('b after a canceled', b);
  log('a cancel settles once the source closed', await pa);
  log('source canceled', canceled);
}

async function errors() {
  let ctrl;
  const rs = new ReadableStream({ start(c) { ctrl = c; } });
  const [a, b] = rs.tee();
  const ra = a.getReader();
  const rb = b.getReader();
  ctrl.enqueue('before');
  log('a', await ra.read());
  ctrl.error(new Error('source failed'));
  await ra.closed.catch((e) => log('a closed:', err(e)));
  // b's queued chunk is dropped: the error reaches it at once
  await rb.read().catch((e) => log('b read:', err(e)));
  const [c, d] = new ReadableStream({ start(x) { x.error(new Error('already errored')); } }).tee();
  await c.getReader().read().catch((e) => log('c:', err(e)));
  await d.cancel('x').catch((e) => log('d cancel:', err(e)));
  const locked = new ReadableStream();
  locked.getReader();
  try { locked.tee(); } catch (e) { log('tee of locked:', err(e)); }
}

async function byteTee() {
  let n = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      n++;
      if (n > 2) {
        c.close();
        if (c.byobRequest) c.byobRequest.respond(0);
        return;
      }
      c.enqueue(new Uint8Array([n, n * 10]));
    },
  });
  const [a, b] = rs.tee();
  log('branches are byte streams', (() => { try { a.getReader({ mode: 'byob' }).releaseLock(); return true; } catch { return false; } })());
  const ra = a.getReader({ mode: 'byob' });
  const first = await ra.read(new Uint8Array(1));
  log('a byob', first.value, first.done);
  const rest = [];
  for (;;) {
    const { value, done } = await ra.read(new Uint8Array(4));
    if (done) break;
    rest.push(Array.from(value).join(','));
  }
  log('a rest', rest.join(' | '));
  await readAll('b', b);
  // the chunks of the two branches do not share memory
  const [c, d] = new ReadableStream({ type: 'bytes', start(x) { x.enqueue(new Uint8Array([1, 2])); x.close(); } }).tee();
  const vc = (await c.getReader().read()).value;
  const vd = (await d.getReader().read()).value;
  vc[0] = 99;
  log('independent copies', vc, vd, vc.buffer !== vd.buffer);
}

async function teeFromStreamWeb() {
  const { ReadableStreamTee } = require('stream/web');
  const [a, b] = ReadableStreamTee(new ReadableStream({ start(c) { c.enqueue({ deep: [1] }); c.close(); } }), true);
  const va = (await a.getReader().read()).value;
  const vb = (await b.getReader().read()).value;
  log('cloneForBranch2', JSON.stringify(va), JSON.stringify(vb), va !== vb);
  try { ReadableStreamTee({}); } catch (e) { log('ReadableStreamTee({}):', err(e)); }
}

(async () => {
  for (const t of [bothBranches, oneBranchFirst, cancelBoth, cancelOneKeepsOther, errors, byteTee, teeFromStreamWeb]) {
    log('---', t.name);
    await t();
  }
})();
