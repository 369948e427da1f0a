// pipeline(): streams, callback value, errors destroying all streams, generator transforms.
const { pipeline, Readable, Writable, Transform, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

function collector(name, out) {
  return new Writable({
    objectMode: true,
    write(c, e, cb) { out.push(String(c)); cb(); },
  });
}

const out1 = [];
const src1 = Readable.from(['a', 'b', 'c']);
const up = new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c.toUpperCase()); } });
const ret = pipeline(src1, up, collector('w1', out1), (err, val) => {
  log('pipeline1 done', err, val, out1.join(','));
  step2();
});
log('returns last', ret instanceof Writable);

function step2() {
  const src = new Readable({ read() {} });
  const mid = new PassThrough();
  const dst = new Writable({ write(c, e, cb) { cb(); } });
  for (const [n, s] of [['src', src], ['mid', mid], ['dst', dst]]) {
    s.on('close', () => log(n, 'close', s.destroyed));
  }
  pipeline(src, mid, dst, (err) => {
    log('pipeline2 err', err && err.message);
    setImmediate(step3);
  });
  src.push('data');
  setTimeout(() => mid.destroy(new Error('mid broke')), 2);
}

function step3() {
  pipeline(
    Readable.from([1, 2, 3]),
    async function* double(source) {
      for await (const x of source) yield x * 2;
    },
    async function* (source) {
      for await (const x of source) yield String(x) + ';';
    },
    async function (source) {
      let s = '';
      for await (const x of source) s += x;
      return s;
    },
    (err, val) => {
      log('pipeline3', err, val);
      step4();
    });
}

function step4() {
  pipeline(
    function* () { yield 'x'; yield 'y'; },
    async function* (source) {
      for await (const c of source) {
        if (c === 'y') throw new Error('gen failed');
        yield c;
      }
    },
    new PassThrough({ objectMode: true }).on('data', (d) => log('pt data', d)),
    (err) => log('pipeline4 err', err && err.message));
}
