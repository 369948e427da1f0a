// Async iteration of a ReadableStream (break cancels, preventCancel keeps it) and ReadableStream.from().
const log = (...a) => console.log(...a);
const err = (e) => (e && e.name ? e.name + (e.code ? ' [' + e.code + ']' : '') + ': ' + e.message : String(e));

function counter(n, name) {
  let i = 0;
  return new ReadableStream({
    pull(c) {
      if (i < n) c.enqueue(++i);
      else c.close();
    },
    cancel(reason) { log(name, 'cancel', reason); },
  });
}

async function forAwait() {
  const got = [];
  for await (const v of counter(4, 'all')) got.push(v);
  log('all', got.join(','));
}

async function breakCancels() {
  const rs = counter(10, 'break');
  for await (const v of rs) {
    log('got', v);
    if (v === 2) break;
  }
  log('locked after break', rs.locked);
  log('read after cancel', await rs.getReader().read());
}

async function preventCancel() {
  const rs = counter(5, 'prevent');
  for await (const v of rs.values({ preventCancel: true })) {
    log('got', v);
    if (v === 2) break;
  }
  log('locked after break', rs.locked);
  const rest = [];
  for await (const v of rs) rest.push(v);
  log('rest', rest.join(','));
}

async function throwInLoop() {
  const rs = counter(5, 'throw');
  try {
    for await (const v of rs) {
      if (v === 1) throw new Error('loop body threw');
    }
  } catch (e) {
    log('caught', err(e));
  }
}

async function erroredStream() {
  let n = 0;
  const rs = new ReadableStream({
    pull(c) {
      n++;
      if (n === 3) c.error(new Error('midway'));
      else c.enqueue(n);
    },
  });
  const got = [];
  try {
    for await (const v of rs) got.push(v);
  } catch (e) {
    log('error after', got.join(','), err(e));
  }
  log('locked', rs.locked);
}

async function iteratorProtocol() {
  const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); } });
  const it = rs[Symbol.asyncIterator]();
  log('same as values', ReadableStream.prototype[Symbol.asyncIterator] === ReadableStream.prototype.values);
  log('iterator is async iterable', it[Symbol.asyncIterator]() === it);
  const ps = [it.next(), it.next(), it.next(), it.next()];
  for (const p of ps) log(await p);
  log('return after done', await it.return('r'));
  const rs2 = new ReadableStream({ start(c) { c.enqueue(1); }, cancel(r) { log('cancel with', r); } });
  const it2 = rs2.values();
  log(await it2.next());
  log(await it2.return('bye'));
  log(await it2.next());
  log('unlocked after return', rs2.locked);
  const locked = new ReadableStream();
  locked.getReader();
  try { locked.values(); } catch (e) { log('values of locked:', err(e)); }
}

async function from() {
  const fromArray = ReadableStream.from([1, 2, Promise.resolve(3)]);
  const a = [];
  for await (const v of fromArray) a.push(v);
  log('from array', a.join(','));
  async function* gen() {
    yield 'x';
    yield 'y';
  }
  const b = [];
  for await (const v of ReadableStream.from(gen())) b.push(v);
  log('from async generator', b.join(','));
  const c = [];
  for await (const v of ReadableStream.from('hi')) c.push(v);
  log('from string', c.join(','));
  let finalized = false;
  function* infinite() {
    try {
      for (let i = 0; ; i++) yield i;
    } finally {
      finalized = true;
    }
  }
  const rs = ReadableStream.from(infinite());
  const r = rs.getReader();
  log(await r.read(), await r.read());
  await r.cancel('enough');
  log('generator finalized', finalized);
  const inner = new ReadableStream({ start(ctl) { ctl.enqueue('from a stream'); ctl.close(); } });
  for await (const v of ReadableStream.from(inner)) log(v);
  async function* failing() {
    yield 1;
    throw new Error('generator failed');
  }
  const fr = ReadableStream.from(failing()).getReader();
  log(await fr.read());
  await fr.read().catch((e) => log('from failing:', err(e)));
  const badNext = ReadableStream.from({ [Symbol.asyncIterator]() { return { next() { return 5; } }; } });
  await badNext.getReader().read().catch((e) => log('next() not an object:', err(e)));
  try {
    ReadableStream.from(5);
  } catch (e) {
    log('from(5):', err(e));
  }
  try {
    ReadableStream.from({});
  } catch (e) {
    log('from({}):', e.name, e.code);
  }
  log('from result is a ReadableStream', ReadableStream.from([]) instanceof ReadableStream);
}

(async () => {
  for (const t of [forAwait, breakCancels, preventCancel, throwInLoop, erroredStream, iteratorProtocol, from]) {
    log('---', t.name);
    await t();
  }
})();
