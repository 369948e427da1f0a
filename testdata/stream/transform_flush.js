// Transform: _transform pushing several chunks, callback(null, data), _flush, errors in transform/flush.
const { Transform, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

const upper = new Transform({
  transform(chunk, enc, cb) {
    const s = chunk.toString();
    for (const ch of s) this.push(ch.toUpperCase());
    cb();
  },
  flush(cb) {
    log('flush');
    cb(null, '!');
  },
});
const out = [];
upper.on('data', (d) => out.push(d.toString()));
upper.on('prefinish', () => log('prefinish'));
upper.on('finish', () => log('finish'));
upper.on('end', () => log('end', out.join('')));
upper.on('close', () => log('close'));
upper.write('ab');
upper.end('cd');

const lines = new Transform({
  readableObjectMode: true,
  transform(chunk, enc, cb) {
    this._buf = (this._buf || '') + chunk;
    const parts = this._buf.split('\n');
    this._buf = parts.pop();
    for (const p of parts) this.push(p);
    cb();
  },
  flush(cb) { if (this._buf) this.push(this._buf); cb(); },
});
lines.on('data', (l) => log('line', JSON.stringify(l)));
lines.on('end', () => {
  log('lines end', lines.readableObjectMode, lines.writableObjectMode);
  part2();
});
lines.write('one\ntw');
lines.write('o\nthree');
lines.end();

function part2() {
  const t = new Transform({
    transform(chunk, enc, cb) {
      if (chunk.toString() === 'bad') cb(new Error('transform failed'));
      else cb(null, chunk);
    },
  });
  t.on('data', (d) => log('t data', d.toString()));
  t.on('error', (e) => log('t error', e.message));
  t.on('close', () => { log('t close', t.destroyed); part3(); });
  t.write('good');
  t.write('bad', (err) => log('t write cb', err && err.message));
}

function part3() {
  const f = new Transform({
    transform(c, e, cb) { cb(null, c); },
    flush(cb) { cb(new Error('flush failed')); },
  });
  f.resume();
  f.on('error', (e) => log('f error', e.message));
  f.on('finish', () => log('f finish'));
  f.on('end', () => log('f end'));
  f.on('close', () => log('f close'));
  f.end('x');
  const p = new PassThrough({ objectMode: true });
  p.on('data', (d) => log('pt', JSON.stringify(d)));
  p.end({ k: 1 });
}
