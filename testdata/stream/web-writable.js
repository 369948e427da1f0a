// WritableStream: writer state, backpressure (ready/desiredSize), close and abort ordering, errors.
const log = (...a) => console.log(...a);
const err = (e) => (e && e.name ? e.name + (e.code ? ' [' + e.code + ']' : '') + ': ' + e.message : String(e));
const tick = (ms = 1) => new Promise((r) => setTimeout(r, ms));

function track(name, p) {
  p.then((v) => log(name, 'resolved', v), (e) => log(name, 'rejected', err(e)));
  return p;
}

async function basic() {
  const order = [];
  const ws = new WritableStream({
    start(c) { order.push('start'); log('signal', c.signal instanceof AbortSignal, c.signal.aborted); },
    write(chunk, c) { order.push('write ' + chunk); },
    close() { order.push('close'); },
  });
  const w = ws.getWriter();
  log('locked', ws.locked, 'desiredSize', w.desiredSize);
  track('write 1', w.write('one'));
  track('write 2', w.write('two'));
  log('desiredSize after 2 writes', w.desiredSize);
  track('close', w.close());
  track('closed', w.closed);
  await tick();
  log('order', order.join(', '));
  log('desiredSize closed', w.desiredSize);
  await w.write('late').catch((e) => log('write after close:', err(e)));
  await w.close().catch((e) => log('close after close:', err(e)));
  w.releaseLock();
  log('locked after release', ws.locked);
  await ws.getWriter().closed.then(() => log('new writer on closed stream: closed resolved'));
}

async function backpressure() {
  const pending = [];
  const ws = new WritableStream({
    write(chunk) {
      log('sink write', chunk);
      return new Promise((r) => pending.push(r));
    },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const w = ws.getWriter();
  await w.ready;
  log('desiredSize', w.desiredSize);
  w.write('a');
  log('after a', w.desiredSize);
  w.write('b');
  log('after b', w.desiredSize);
  let ready = false;
  w.ready.then(() => { ready = true; log('ready resolved, desiredSize', w.desiredSize); });
  w.write('c');
  log('after c', w.desiredSize);
  await tick();
  log('ready while full', ready);
  pending.shift()();
  await tick();
  log('after one write done: ready', ready, 'desiredSize', w.desiredSize);
  while (pending.length) {
    pending.shift()();
    await tick();
  }
  log('drained desiredSize', w.desiredSize);
  const bytes = new WritableStream({}, new ByteLengthQueuingStrategy({ highWaterMark: 4 }));
  const bw = bytes.getWriter();
  bw.write(new Uint8Array(3));
  log('byte strategy desiredSize', bw.desiredSize);
}

async function abortWhileWriting() {
  let finishWrite;
  let signal;
  const ws = new WritableStream({
    start(c) { signal = c.signal; },
    write(chunk) {
      log('sink write', chunk);
      return new Promise((r) => { finishWrite = r; });
    },
    close() { log('never closes'); },
    abort(reason) { log('sink abort', reason); },
  });
  signal.addEventListener('abort', () => log('signal abort event, reason', signal.reason));
  const w = ws.getWriter();
  track('write 1', w.write(1));
  track('write 2', w.write(2));
  await tick();
  track('abort', w.abort('stop'));
  track('ready', w.ready);
  track('closed', w.closed);
  log('desiredSize while erroring', w.desiredSize);
  await w.write(3).catch((e) => log('write while erroring:', e));
  await tick();
  log('finishing the in-flight write');
  finishWrite();
  await tick();
  log('abort again', await w.abort('again'));
}

async function closeThenAbort() {
  let finishClose;
  const ws = new WritableStream({
    close() {
      log('sink close');
      return new Promise((r) => { finishClose = r; });
    },
    abort() { log('sink abort (not called)'); },
  });
  const w = ws.getWriter();
  track('close', w.close());
  await tick();
  track('abort during close', w.abort('late'));
  await tick();
  finishClose();
  await tick();
  track('closed', w.closed);
  await tick();
}

async function sinkErrors() {
  const ws = new WritableStream({
    write(chunk) {
      if (chunk === 'bad') throw new Error('write failed');
    },
    abort() { log('abort not called after a failed write'); },
  });
  const w = ws.getWriter();
  track('good', w.write('good'));
  track('bad', w.write('bad'));
  track('after bad', w.write('after'));
  track('closed', w.closed);
  await tick();
  log('desiredSize errored', w.desiredSize);
  let ctrl;
  const ws2 = new WritableStream({ start(c) { ctrl = c; } });
  const w2 = ws2.getWriter();
  ctrl.error(new Error('controller error'));
  ctrl.error(new Error('ignored'));
  await w2.write('x').catch((e) => log('write after controller.error:', err(e)));
  await w2.closed.catch((e) => log('closed:', err(e)));
  const ws3 = new WritableStream({ close() { throw new Error('close failed'); } });
  await ws3.close().catch((e) => log('close:', err(e)));
  const ws4 = new WritableStream({ start() { throw new Error('start threw'); } }, undefined);
  log('not reached', ws4);
}

async function startRejects() {
  const ws = new WritableStream({ start() { return Promise.reject(new Error('start rejected')); } });
  const w = ws.getWriter();
  await w.write('x').catch((e) => log('write:', err(e)));
  await w.ready.catch((e) => log('ready:', err(e)));
}

async function streamMethods() {
  const ws = new WritableStream({ abort(r) { log('abort via stream', r); } });
  await ws.abort('direct');
  const ws2 = new WritableStream({ close() { log('close via stream'); } });
  await ws2.close();
  const ws3 = new WritableStream();
  ws3.getWriter();
  for (const [name, f] of [
    ['getWriter twice', () => ws3.getWriter()],
    ['new writer on locked', () => new WritableStreamDefaultWriter(ws3)],
    ['writer of {}', () => new WritableStreamDefaultWriter({})],
    ['sink type', () => new WritableStream({ type: 'bytes' })],
    ['sink 5', () => new WritableStream(5)],
    ['bad hwm', () => new WritableStream({}, { highWaterMark: -1 })],
  ]) {
    try { f(); log(name, 'ok'); } catch (e) { log(name, err(e)); }
  }
  await ws3.abort().catch((e) => log('abort locked:', err(e)));
  await ws3.close().catch((e) => log('close locked:', err(e)));
  const w = new WritableStream().getWriter();
  w.releaseLock();
  for (const [name, f] of [['write', () => w.write(1)], ['close', () => w.close()], ['abort', () => w.abort()], ['ready', () => w.ready], ['closed', () => w.closed]]) {
    await f().catch((e) => log('released', name + ':', err(e)));
  }
  try { log(w.desiredSize); } catch (e) { log('released desiredSize:', err(e)); }
}

(async () => {
  for (const t of [basic, backpressure, abortWhileWriting, closeThenAbort, sinkErrors, startRejects, streamMethods]) {
    log('---', t.name);
    try {
      await t();
    } catch (e) {
      log(t.name, 'threw', err(e));
    }
  }
})();
