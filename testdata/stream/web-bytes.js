// Readable byte streams: BYOB reads, autoAllocateChunkSize, byobRequest.respond and respondWithNewView.
const log = (...a) => console.log(...a);
const err = (e) => (e && e.name ? e.name + (e.code ? ' [' + e.code + ']' : '') + ': ' + e.message : String(e));
const show = (r) => (r.value === undefined ? `done=${r.done} value=undefined` :
  `done=${r.done} ${r.value.constructor.name}[${Array.from(r.value).join(',')}] byteOffset=${r.value.byteOffset} bufferLength=${r.value.buffer.byteLength}`);

async function enqueueAndDefaultReader() {
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) {
      log('byobRequest in start', c.byobRequest, 'desiredSize', c.desiredSize);
      const chunk = new Uint8Array([1, 2, 3]);
      c.enqueue(chunk);
      log('enqueued chunk detached', chunk.byteLength, chunk.buffer.byteLength);
      c.enqueue(new Uint16Array([0x0504]));
      log('desiredSize', c.desiredSize);
      c.close();
    },
  });
  const r = rs.getReader();
  log(show(await r.read()));
  log(show(await r.read()));
  log(show(await r.read()));
}

async function byobFromQueue() {
  let ctrl;
  const rs = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } });
  ctrl.enqueue(new Uint8Array([1, 2, 3, 4, 5]));
  const r = rs.getReader({ mode: 'byob' });
  const view = new Uint8Array(3);
  const p = r.read(view);
  log('view detached after read', view.byteLength);
  log(show(await p));
  log(show(await r.read(new Uint8Array(8))));
  ctrl.enqueue(new Uint8Array([6, 7, 8]));
  // Uint16 needs whole elements: 3 bytes give one element, the last byte stays queued
  log(show(await r.read(new Uint16Array(4))));
  ctrl.close();
  log(show(await r.read(new Uint8Array(4))));
  log(show(await r.read(new Uint8Array(4))));
}

async function viewTypes() {
  // The result of a BYOB read has the type of the view read into (a Buffer gives a Buffer).
  const r = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2, 3, 4, 5, 6, 7])); c.close(); } }).getReader({ mode: 'byob' });
  const a = await r.read(Buffer.alloc(2));
  log('Buffer', a.value.constructor.name, a.value);
  const b = await r.read(new DataView(new ArrayBuffer(3), 1));
  log('DataView', b.value.constructor.name, b.value.byteOffset, b.value.byteLength, b.value.getUint8(0), b.value.getUint8(1));
  const c = await r.read(new Int8Array(4));
  log('Int8Array', c.value);
}

async function respond() {
  let pulls = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      pulls++;
      const req = c.byobRequest;
      log('pull', pulls, 'view', req.view.constructor.name, req.view.byteOffset, req.view.byteLength);
      if (pulls === 1) {
        req.view[0] = 10;
        req.view[1] = 11;
        req.respond(2);
        log('view after respond', req.view);
      } else if (pulls === 2) {
        const v = new Uint8Array(req.view.buffer, req.view.byteOffset, 1);
        v[0] = 12;
        req.respondWithNewView(v);
      } else {
        c.close();
        req.respond(0);
      }
    },
  });
  const r = rs.getReader({ mode: 'byob' });
  log(show(await r.read(new Uint8Array(4))));
  log(show(await r.read(new Uint8Array(4, 0))));
  const big = new ArrayBuffer(10);
  log(show(await r.read(new Uint8Array(big, 2, 6))));
  log('pulls', pulls);
}

async function minOption() {
  let n = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      n++;
      const req = c.byobRequest;
      req.view[0] = n;
      req.respond(1);
      log('pull', n, 'filled 1 byte');
    },
  });
  const r = rs.getReader({ mode: 'byob' });
  log(show(await r.read(new Uint8Array(4), { min: 3 })));
  log(show(await r.read(new Uint32Array(2), { min: 1 })));
}

async function autoAllocate() {
  let n = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 8,
    pull(c) {
      n++;
      const req = c.byobRequest;
      log('pull', n, 'byobRequest view', req && req.view.byteLength);
      if (n === 3) {
        c.close();
        req.respond(0);
        return;
      }
      req.view.set([n, n, n]);
      req.respond(3);
    },
  });
  const r = rs.getReader();
  log(show(await r.read()));
  log(show(await r.read()));
  log(show(await r.read()));
  // without autoAllocateChunkSize, a default reader's pull has no byobRequest
  const rs2 = new ReadableStream({
    type: 'bytes',
    pull(c) {
      log('byobRequest without autoAllocate', c.byobRequest);
      c.enqueue(new Uint8Array([42]));
    },
  });
  log(show(await rs2.getReader().read()));
}

async function enqueueWithPendingByob() {
  // enqueue() while a BYOB read waits fills the read's buffer.
  let ctrl;
  const rs = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } });
  const r = rs.getReader({ mode: 'byob' });
  const p1 = r.read(new Uint8Array(2));
  const p2 = r.read(new Uint8Array(2));
  await null;
  const req = ctrl.byobRequest;
  ctrl.enqueue(new Uint8Array([1, 2, 3]));
  log('old byobRequest view', req.view);
  log(show(await p1));
  log(show(await p2));
  // a partial element then close errors the stream
  const rs2 = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } });
  const r2 = rs2.getReader({ mode: 'byob' });
  const p3 = r2.read(new Uint16Array(2));
  await null;
  ctrl.byobRequest.view[0] = 1;
  ctrl.byobRequest.respond(1);
  try {
    ctrl.close();
  } catch (e) {
    log('close with partial element:', err(e));
  }
  await p3.catch((e) => log('read:', err(e)));
}

async function releaseWithPendingByob() {
  let ctrl;
  const rs = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } });
  const r = rs.getReader({ mode: 'byob' });
  const p = r.read(new Uint8Array(4));
  await null;
  const req = ctrl.byobRequest;
  r.releaseLock();
  await p.catch((e) => log('pending byob read:', err(e)));
  req.view[0] = 7;
  req.view[1] = 8;
  req.respond(2);
  log('byobRequest after respond to released read', ctrl.byobRequest);
  const r2 = rs.getReader();
  log(show(await r2.read()));
}

async function cancelAndErrors() {
  let ctrl;
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) { ctrl = c; },
    cancel(reason) { log('cancel', reason); },
  });
  const r = rs.getReader({ mode: 'byob' });
  const p = r.read(new Uint8Array(4));
  await null;
  await r.cancel('stop');
  log(show(await p));
  log('desiredSize after cancel', ctrl.desiredSize);
  try {
    ctrl.enqueue(new Uint8Array(1));
  } catch (e) {
    log('enqueue after cancel:', err(e));
  }
  const rs2 = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } });
  const r2 = rs2.getReader({ mode: 'byob' });
  const p2 = r2.read(new Uint8Array(4));
  await null;
  const req = ctrl.byobRequest;
  ctrl.error(new Error('byte boom'));
  await p2.catch((e) => log('read:', err(e)));
  log('byobRequest after error', ctrl.byobRequest, 'old view', req.view);
  try {
    req.respond(1);
  } catch (e) {
    log('respond after error:', err(e));
  }
}

async function misuse() {
  let ctrl;
  const rs = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } });
  const r = rs.getReader({ mode: 'byob' });
  const tries = [
    ['read()', () => r.read()],
    ['read(empty)', () => r.read(new Uint8Array(0))],
    ['read(number)', () => r.read(5)],
    ['read min 0', () => r.read(new Uint8Array(4), { min: 0 })],
    ['read min > length', () => r.read(new Uint16Array(2), { min: 3 })],
    ['read DataView min > byteLength', () => r.read(new DataView(new ArrayBuffer(2)), { min: 3 })],
  ];
  for (const [name, f] of tries) await f().then((v) => log(name, 'ok', v), (e) => log(name, err(e)));
  for (const [name, f] of [
    ['enqueue(number)', () => ctrl.enqueue(5)],
    ['enqueue(empty)', () => ctrl.enqueue(new Uint8Array(0))],
  ]) {
    try { f(); log(name, 'ok'); } catch (e) { log(name, err(e)); }
  }
  const p = r.read(new Uint8Array(4));
  await null;
  const req = ctrl.byobRequest;
  for (const [name, f] of [
    ['respond(0) while readable', () => req.respond(0)],
    ['respond(5) too many', () => req.respond(5)],
    ['respondWithNewView(number)', () => req.respondWithNewView(5)],
    ['respondWithNewView(empty)', () => req.respondWithNewView(new Uint8Array(req.view.buffer, 0, 0))],
    ['respondWithNewView(other buffer)', () => req.respondWithNewView(new Uint8Array(8))],
  ]) {
    try { f(); log(name, 'ok'); } catch (e) { log(name, err(e)); }
  }
  req.respond(4);
  log(show(await p));
  try { req.respond(1); } catch (e) { log('respond twice:', err(e)); }
  ctrl.enqueue(new Uint8Array([1]));
  ctrl.close();
  for (const [name, f] of [
    ['close while close requested', () => ctrl.close()],
    ['enqueue while close requested', () => ctrl.enqueue(new Uint8Array(1))],
  ]) {
    try { f(); log(name, 'ok'); } catch (e) { log(name, err(e)); }
  }
  log(show(await r.read(new Uint8Array(2))));
  for (const [name, f] of [
    ['close after closed', () => ctrl.close()],
    ['enqueue after closed', () => ctrl.enqueue(new Uint8Array(1))],
  ]) {
    try { f(); log(name, 'ok'); } catch (e) { log(name, err(e)); }
  }
  try { new ReadableStream().getReader({ mode: 'byob' }); } catch (e) { log('byob reader on default stream:', e.name, e.code); }
  try { new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }); } catch (e) { log('autoAllocateChunkSize 0:', err(e)); }
  try { new ReadableStream({ type: 'bytes' }, { size() { return 1; } }); } catch (e) { log('size on byte stream:', e.name, e.code); }
}

(async () => {
  for (const t of [enqueueAndDefaultReader, byobFromQueue, viewTypes, respond, minOption, autoAllocate, enqueueWithPendingByob,
    releaseWithPendingByob, cancelAndErrors, misuse]) {
    log('---', t.name);
    await t();
  }
})();
