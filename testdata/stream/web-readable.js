// ReadableStream with a default source: reading, closing, erroring, pull and backpressure.
const log = (...a) => console.log(...a);
const err = (e) => (e && e.name ? e.name + (e.code ? ' [' + e.code + ']' : '') + ': ' + e.message : String(e));

async function basic() {
  const rs = new ReadableStream({
    start(c) {
      log('start: desiredSize', c.desiredSize);
      c.enqueue('a');
      c.enqueue('b');
      log('after two enqueues: desiredSize', c.desiredSize);
      c.close();
      log('after close: desiredSize', c.desiredSize);
    },
  });
  log('locked before', rs.locked);
  const reader = rs.getReader();
  log('locked after', rs.locked);
  reader.closed.then(() => log('closed resolved'));
  log(await reader.read());
  log(await reader.read());
  log(await reader.read());
  log(await reader.read());
  reader.releaseLock();
  log('locked after release', rs.locked);
}

async function pulls() {
  let n = 0;
  const rs = new ReadableStream({
    start() { log('start'); },
    pull(c) {
      n++;
      log('pull', n, 'desiredSize', c.desiredSize);
      c.enqueue('chunk' + n);
      if (n === 4) c.close();
    },
  }, { highWaterMark: 2 });
  await null;
  await null;
  log('pulls before reading', n);
  const r = rs.getReader();
  for (;;) {
    const { value, done } = await r.read();
    log('read', value, done);
    if (done) break;
  }
}

async function asyncPull() {
  // pull returns a promise: no pull overlaps the one in flight.
  let active = 0;
  let n = 0;
  const rs = new ReadableStream({
    async pull(c) {
      active++;
      log('pull', ++n, 'active', active);
      await new Promise((r) => setTimeout(r, 1));
      c.enqueue(n);
      active--;
      if (n === 3) c.close();
    },
  }, { highWaterMark: 0 });
  const r = rs.getReader();
  const reads = [r.read(), r.read(), r.read(), r.read()];
  for (const p of reads) log('result', await p);
}

async function strategies() {
  let ctrl;
  const rs = new ReadableStream({ start(c) { ctrl = c; } }, new ByteLengthQueuingStrategy({ highWaterMark: 10 }));
  log('byteLength desiredSize', ctrl.desiredSize);
  ctrl.enqueue(new Uint8Array(4));
  log('after 4 bytes', ctrl.desiredSize);
  ctrl.enqueue(new Uint8Array(8));
  log('after 12 bytes', ctrl.desiredSize);
  const r = rs.getReader();
  const { value } = await r.read();
  log('read', value.length, 'desiredSize', ctrl.desiredSize);
  let ctrl2;
  new ReadableStream({ start(c) { ctrl2 = c; } }, new CountQueuingStrategy({ highWaterMark: 3 }));
  ctrl2.enqueue({});
  ctrl2.enqueue({});
  log('count desiredSize', ctrl2.desiredSize);
  let ctrl3;
  new ReadableStream({ start(c) { ctrl3 = c; } }, { highWaterMark: 5, size(chunk) { return chunk.length; } });
  ctrl3.enqueue('abc');
  log('custom size desiredSize', ctrl3.desiredSize);
  try {
    ctrl3.enqueue({ length: -1 });
  } catch (e) {
    log('bad size:', err(e));
  }
  log('desiredSize after bad size', ctrl3.desiredSize);
  let ctrl4;
  const rs4 = new ReadableStream({ start(c) { ctrl4 = c; } }, { size() { throw new Error('size threw'); } });
  try {
    ctrl4.enqueue('x');
  } catch (e) {
    log('size threw:', err(e));
  }
  await rs4.getReader().closed.catch((e) => log('stream errored with', err(e)));
  let ctrl5;
  new ReadableStream({ start(c) { ctrl5 = c; } }, { highWaterMark: Infinity });
  log('Infinity hwm desiredSize', ctrl5.desiredSize);
}

async function errors() {
  let ctrl;
  const rs = new ReadableStream({ start(c) { ctrl = c; } });
  const r = rs.getReader();
  const p1 = r.read();
  const p2 = r.read();
  ctrl.error(new Error('boom'));
  for (const p of [p1, p2, r.read(), r.closed]) {
    await p.then((v) => log('unexpected', v), (e) => log('rejected', err(e)));
  }
  log('desiredSize errored', ctrl.desiredSize);
  ctrl.error(new Error('second')); // no-op
  // queued chunks are dropped on error
  const rs2 = new ReadableStream({ start(c) { c.enqueue(1); c.error(new TypeError('bad')); } });
  await rs2.getReader().read().catch((e) => log('queued then errored:', err(e)));
  // start throwing and start rejecting
  try {
    new ReadableStream({ start() { throw new Error('start threw'); } });
  } catch (e) {
    log('constructor threw', err(e));
  }
  const rs3 = new ReadableStream({ start() { return Promise.reject(new Error('start rejected')); } });
  await rs3.getReader().closed.catch((e) => log('closed:', err(e)));
  const rs4 = new ReadableStream({ pull() { throw new Error('pull threw'); } });
  await rs4.getReader().read().catch((e) => log('read:', err(e)));
}

async function cancel() {
  const rs = new ReadableStream({
    start(c) { c.enqueue('x'); },
    pull() { log('pull'); },
    cancel(reason) { log('source cancel', reason); return new Promise((r) => setTimeout(() => { log('cancel done'); r('ignored'); }, 1)); },
  });
  await null;
  const r = rs.getReader();
  const cp = r.cancel('why');
  log('read after cancel', await r.read());
  log('cancel result', await cp);
  await r.closed.then(() => log('closed after cancel'));
  log('cancel again', await r.cancel('again'));
  const rs2 = new ReadableStream({ cancel() { throw new Error('cancel threw'); } });
  await rs2.cancel().catch((e) => log('cancel rejected', err(e)));
  const rs3 = new ReadableStream({ start(c) { c.error(new Error('already')); } });
  await rs3.cancel().catch((e) => log('cancel of errored', err(e)));
  const rs4 = new ReadableStream({ start(c) { c.close(); } });
  log('cancel of closed', await rs4.cancel('r'));
}

async function closeWithQueue() {
  let ctrl;
  const rs = new ReadableStream({ start(c) { ctrl = c; } });
  ctrl.enqueue(1);
  ctrl.close();
  log('desiredSize close requested', ctrl.desiredSize);
  const r = rs.getReader();
  let closed = false;
  r.closed.then(() => { closed = true; });
  await null;
  log('closed before drain', closed);
  log(await r.read());
  await null;
  log('closed after drain', closed);
}

async function releaseLock() {
  const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); } });
  const r1 = rs.getReader();
  log('r1', await r1.read());
  const oldClosed = r1.closed;
  r1.releaseLock();
  await oldClosed.catch((e) => log('old closed:', err(e)));
  log('same promise', oldClosed === r1.closed);
  const r2 = rs.getReader();
  log('r2', await r2.read());
  const pending = r2.read();
  r2.releaseLock();
  await pending.catch((e) => log('pending read:', err(e)));
  await r2.read().catch((e) => log('read after release:', err(e)));
  r2.releaseLock();
  log('released twice ok');
  const r3 = new ReadableStreamDefaultReader(rs);
  log('constructed reader', r3 instanceof ReadableStreamDefaultReader, rs.locked);
}

async function manyChunks() {
  // A long queue drains in order.
  const n = 100000;
  let ctrl;
  const rs = new ReadableStream({ start(c) { ctrl = c; } }, { highWaterMark: Infinity });
  for (let i = 0; i < n; i++) ctrl.enqueue(i);
  ctrl.close();
  const r = rs.getReader();
  let sum = 0;
  let count = 0;
  for (;;) {
    const { value, done } = await r.read();
    if (done) break;
    if (value !== count) throw new Error('out of order at ' + count);
    sum += value;
    count++;
  }
  log('drained', count, sum);
}

(async () => {
  for (const t of [basic, pulls, asyncPull, strategies, errors, cancel, closeWithQueue, releaseLock, manyChunks]) {
    log('---', t.name);
    await t();
  }
})();
