// construct/_construct: reads and writes wait for it; errors from construct destroy the stream.
const { Readable, Writable, Duplex } = require('stream');
const log = (...a) => console.log(...a);

const r = new Readable({
  construct(cb) { log('r construct'); setTimeout(() => { this.src = ['x', 'y']; cb(); }, 2); },
  read() { log('r _read'); this.push(this.src.length ? this.src.shift() : null); },
});
r.on('data', (d) => log('r data', d.toString()));
r.on('end', () => log('r end'));
log('r constructed? readable', r.readable);

const w = new Writable({
  construct(cb) { setTimeout(() => { log('w constructed'); cb(); }, 30); },
  write(c, e, cb) { log('w write', c.toString()); cb(); },
});
log('w write returns', w.write('early'));
w.end(() => log('w end cb'));

const bad = new Writable({
  construct(cb) { cb(new Error('construct failed')); },
  write(c, e, cb) { log('bad write (unexpected)'); cb(); },
});
bad.on('error', (e) => log('bad error', e.message));
bad.on('close', () => log('bad close'));
bad.write('x', (err) => log('bad write cb', err && err.message));

const early = new Duplex({
  construct(cb) { setTimeout(cb, 2); },
  read() {},
  write(c, e, cb) { cb(); },
  destroy(err, cb) { log('early _destroy', err && err.message); cb(err); },
});
early.on('error', (e) => log('early error', e.message));
early.on('close', () => log('early close'));
early.destroy(new Error('before constructed'));
