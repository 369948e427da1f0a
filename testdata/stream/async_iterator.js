// for await over Readables: break destroys, errors reject, destroyOnReturn:false, setEncoding chunks.
const { Readable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

(async () => {
  const r = new Readable({ read() {} });
  r.push('one');
  r.push('two');
  r.push(null);
  r.setEncoding('utf8');
  for await (const c of r) log('chunk', c);
  log('after loop: ended', r.readableEnded, 'destroyed', r.destroyed);

  const big = Readable.from([1, 2, 3, 4]);
  big.on('close', () => log('big close'));
  for await (const x of big) {
    log('got', x);
    if (x === 2) break;
  }
  log('after break destroyed', big.destroyed);

  const keep = Readable.from(['k1', 'k2', 'k3']);
  for await (const x of keep.iterator({ destroyOnReturn: false })) {
    log('keep', x);
    break;
  }
  log('keep destroyed', keep.destroyed);
  const rest = [];
  for await (const x of keep) rest.push(x);
  log('rest', rest.join(','));

  const bad = new PassThrough();
  setTimeout(() => bad.destroy(new Error('mid-stream failure')), 2);
  bad.write('before');
  try {
    for await (const c of bad) log('bad chunk', c.toString());
  } catch (e) {
    log('caught', e.message);
  }

  const slow = new Readable({
    objectMode: true,
    read() {
      setTimeout(() => this.push(this.count === undefined ? (this.count = 0) : ++this.count < 3 ? this.count : null), 1);
    },
  });
  const got = [];
  for await (const v of slow) got.push(v);
  log('slow', got.join(','));
})();
