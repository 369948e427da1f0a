// Misuse of the web streams: the errors (class, code, message) Node gives for each.
const log = (...a) => console.log(...a);
const err = (e) => (e && e.name ? e.name + (e.code ? ' [' + e.code + ']' : '') + ': ' + e.message : String(e));

function sync(name, f) {
  try {
    const v = f();
    log(name, '-> ok', v);
  } catch (e) {
    log(name, '->', err(e));
  }
}
function syncName(name, f) {
  try {
    log(name, '-> ok', f());
  } catch (e) {
    log(name, '->', e.name);
  }
}
async function async_(name, f) {
  let p;
  try {
    p = f();
  } catch (e) {
    log(name, '-> threw synchronously', err(e));
    return;
  }
  log(name, '-> returns a promise', p instanceof Promise);
  await p.then((v) => log('  resolved', v), (e) => log('  rejected', err(e)));
}

(async () => {
  log('--- locked streams');
  const rs = new ReadableStream();
  const reader = rs.getReader();
  sync('getReader twice', () => rs.getReader());
  sync('new ReadableStreamDefaultReader(locked)', () => new ReadableStreamDefaultReader(rs));
  sync('tee locked', () => rs.tee());
  sync('values locked', () => rs.values());
  await async_('cancel locked', () => rs.cancel());
  await async_('pipeTo locked', () => rs.pipeTo(new WritableStream()));
  sync('pipeThrough locked', () => rs.pipeThrough(new TransformStream()));

  log('--- releaseLock with pending reads');
  const pending = [reader.read(), reader.read()];
  reader.releaseLock();
  for (const p of pending) await p.catch((e) => log('pending read', err(e)));
  await reader.closed.catch((e) => log('closed', err(e)));
  await async_('read after releaseLock', () => reader.read());
  await async_('cancel after releaseLock', () => reader.cancel());
  log('stream unlocked', rs.locked);

  log('--- default controller');
  let ctrl;
  const rs2 = new ReadableStream({ start(c) { ctrl = c; } });
  ctrl.close();
  sync('enqueue after close', () => ctrl.enqueue('x'));
  sync('close after close', () => ctrl.close());
  sync('error after close (ignored)', () => ctrl.error(new Error('x')));
  log('desiredSize', ctrl.desiredSize);
  await rs2.getReader().closed.then(() => log('stream closed'));
  let ctrl2;
  new ReadableStream({ start(c) { ctrl2 = c; } }).getReader().closed.catch(() => {});
  ctrl2.error(new Error('errored'));
  sync('enqueue after error', () => ctrl2.enqueue('x'));
  sync('close after error', () => ctrl2.close());

  log('--- constructors');
  sync('new ReadableStream(5)', () => new ReadableStream(5));
  sync('new ReadableStream(null)', () => new ReadableStream(null));
  sync('source.type', () => new ReadableStream({ type: 'other' }));
  sync('strategy 5', () => new ReadableStream({}, 5));
  sync('strategy null', () => new ReadableStream({}, null).locked);
  sync('highWaterMark -1', () => new ReadableStream({}, { highWaterMark: -1 }));
  sync('highWaterMark "x"', () => new ReadableStream({}, { highWaterMark: 'x' }));
  sync('highWaterMark "3"', () => { let c; new ReadableStream({ start(x) { c = x; } }, { highWaterMark: '3' }); return c.desiredSize; });
  sync('size not a function', () => new ReadableStream({}, { size: 1 }));
  sync('pull not a function', () => new ReadableStream({ pull: 1 }));
  sync('size returns -1', () => { let c; new ReadableStream({ start(x) { c = x; } }, { size: () => -1 }); c.enqueue(1); });
  sync('size returns Infinity', () => { let c; new ReadableStream({ start(x) { c = x; } }, { size: () => Infinity }); c.enqueue(1); });
  sync('getReader({ mode: "x" })', () => new ReadableStream().getReader({ mode: 'x' }));
  sync('getReader(5)', () => new ReadableStream().getReader(5));
  sync('values(5)', () => new ReadableStream().values(5));
  sync('new ReadableStreamDefaultReader({})', () => new ReadableStreamDefaultReader({}));
  sync('new ReadableStreamBYOBReader({})', () => new ReadableStreamBYOBReader({}));
  for (const C of [ReadableStreamDefaultController, ReadableByteStreamController, ReadableStreamBYOBRequest,
    WritableStreamDefaultController, TransformStreamDefaultController]) {
    sync('new ' + C.name, () => new C());
  }
  sync('new CountQueuingStrategy()', () => new CountQueuingStrategy());
  sync('new CountQueuingStrategy({})', () => new CountQueuingStrategy({}));
  sync('new ByteLengthQueuingStrategy({})', () => new ByteLengthQueuingStrategy({}));
  sync('CountQueuingStrategy hwm -1 (allowed)', () => new CountQueuingStrategy({ highWaterMark: -1 }).highWaterMark);

  log('--- wrong this');
  const get = (C, name) => Object.getOwnPropertyDescriptor(C.prototype, name).get;
  sync('ReadableStream locked', () => get(ReadableStream, 'locked').call({}));
  sync('ReadableStream getReader', () => ReadableStream.prototype.getReader.call({}));
  sync('ReadableStream tee', () => ReadableStream.prototype.tee.call({}));
  await async_('ReadableStream cancel', () => ReadableStream.prototype.cancel.call({}));
  await async_('ReadableStream pipeTo', () => ReadableStream.prototype.pipeTo.call({}, new WritableStream()));
  await async_('reader read', () => ReadableStreamDefaultReader.prototype.read.call({}));
  await async_('reader closed', () => get(ReadableStreamDefaultReader, 'closed').call({}));
  sync('reader releaseLock', () => ReadableStreamDefaultReader.prototype.releaseLock.call({}));
  await async_('byob reader read', () => ReadableStreamBYOBReader.prototype.read.call({}, new Uint8Array(1)));
  // (Node does not check these three; it fails with the engine's own TypeError)
  syncName('controller enqueue', () => ReadableStreamDefaultController.prototype.enqueue.call({}, 1));
  sync('byte controller byobRequest', () => get(ReadableByteStreamController, 'byobRequest').call({}));
  sync('WritableStream locked', () => get(WritableStream, 'locked').call({}));
  await async_('WritableStream abort', () => WritableStream.prototype.abort.call({}));
  await async_('writer write', () => WritableStreamDefaultWriter.prototype.write.call({}, 1));
  await async_('writer ready', () => get(WritableStreamDefaultWriter, 'ready').call({}));
  sync('writer desiredSize', () => get(WritableStreamDefaultWriter, 'desiredSize').call({}));
  sync('writable controller error', () => WritableStreamDefaultController.prototype.error.call({}));
  sync('TransformStream writable', () => get(TransformStream, 'writable').call({}));
  sync('transform controller enqueue', () => TransformStreamDefaultController.prototype.enqueue.call({}, 1));
  syncName('TextEncoderStream encoding', () => get(TextEncoderStream, 'encoding').call({}));
  syncName('TextDecoderStream readable', () => get(TextDecoderStream, 'readable').call({}));
})();
