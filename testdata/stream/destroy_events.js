// destroy(): with and without error, custom _destroy, callbacks, emitClose:false, autoDestroy:false.
const { Readable, Writable, Duplex } = require('stream');
const log = (...a) => console.log(...a);

const r = new Readable({ read() {} });
r.on('error', (e) => log('r error', e.message));
r.on('close', () => log('r close', 'errored', r.errored && r.errored.message));
r.on('end', () => log('r end (unexpected)'));
r.push('x');
r.destroy(new Error('r boom'), (err) => log('r destroy cb', err && err.message));
log('r destroyed', r.destroyed, 'readable', r.readable, 'closed', r.closed);
r.destroy(new Error('second'));

const w = new Writable({
  write(c, e, cb) { cb(); },
  destroy(err, cb) {
    log('_destroy called with', err);
    setTimeout(() => { log('_destroy done'); cb(err); }, 2);
  },
});
w.on('close', () => log('w close', w.closed));
w.destroy();
log('w destroyed sync', w.destroyed, 'closed', w.closed);

const q = new Readable({ read() {}, emitClose: false });
q.on('close', () => log('q close (unexpected)'));
q.destroy();

const d = new Duplex({
  read() {},
  write(c, e, cb) { cb(); },
  destroy(err, cb) { cb(new Error('replaced ' + (err && err.message))); },
});
d.on('error', (e) => log('d error', e.message));
d.on('close', () => log('d close', 'r', d.readable, 'w', d.writable));
d.destroy(new Error('orig'));

const m = new Readable({ read() {}, autoDestroy: false });
m.on('end', () => {
  log('m end, destroyed', m.destroyed);
  setTimeout(() => log('m later destroyed', m.destroyed), 2);
});
m.resume();
m.push(null);

const e = new Readable({ read() { this.destroy(new Error('from _read')); } });
e.on('error', (err) => log('e error', err.message));
e.on('close', () => log('e close'));
e.resume();
