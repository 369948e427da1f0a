// stream/promises pipeline and finished, AbortSignal aborting a pipeline.
const { Readable, Writable, PassThrough } = require('stream');
const { pipeline, finished } = require('stream/promises');
const log = (...a) => console.log(...a);

(async () => {
  const chunks = [];
  await pipeline(
    Readable.from(['p', 'q']),
    new Writable({ objectMode: true, write(c, e, cb) { chunks.push(c); cb(); } }));
  log('promise pipeline done', chunks.join(''));

  const res = await pipeline(Readable.from([1, 2, 3]), async (source) => {
    let sum = 0;
    for await (const n of source) sum += n;
    return sum;
  });
  log('pipeline value', res);

  try {
    await pipeline(Readable.from(['z']), new Writable({ write(c, e, cb) { cb(new Error('sink')); } }));
  } catch (e) {
    log('rejected', e.message);
  }

  const ac = new AbortController();
  const slow = new Readable({ read() {} });
  const p = pipeline(slow, new PassThrough(), new Writable({ write(c, e, cb) { cb(); } }), { signal: ac.signal });
  slow.push('a');
  setTimeout(() => ac.abort(), 2);
  try {
    await p;
  } catch (e) {
    log('aborted', e.name, e.code, 'src destroyed', slow.destroyed);
  }

  const w = new Writable({ write(c, e, cb) { cb(); } });
  setTimeout(() => w.end('x'), 1);
  await finished(w);
  log('finished resolved', w.writableFinished);

  const r = new Readable({ read() {} });
  setTimeout(() => r.destroy(new Error('gone')), 1);
  r.on('error', () => {});
  await finished(r).catch((e) => log('finished rejected', e.message));
})();
