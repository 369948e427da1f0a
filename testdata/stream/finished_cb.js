// finished(stream, [opts], cb): end, finish, premature close, error, cleanup function, options.
const { finished, Readable, Writable, Duplex, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

const r = new Readable({ read() {} });
finished(r, (err) => log('r finished', err));
r.resume();
r.push('x');
r.push(null);

const w = new Writable({ write(c, e, cb) { cb(); } });
finished(w, (err) => log('w finished', err));
w.end('x');

const p = new Readable({ read() {} });
finished(p, (err) => log('p premature', err && err.code, err && err.message));
p.destroy();

const e = new Writable({ write(c, en, cb) { cb(new Error('werr')); } });
e.on('error', () => {});
finished(e, (err) => log('e finished', err && err.message));
e.write('x');

const c = new PassThrough();
const cleanup = finished(c, () => log('c callback (unexpected)'));
log('cleanup is function', typeof cleanup);
cleanup();
c.destroy();

const d = new Duplex({ read() {}, write(ch, en, cb) { cb(); } });
finished(d, { readable: false }, (err) => log('d writable side finished', err));
d.end('x');

const ee = new PassThrough();
finished(ee, { error: false }, (err) => log('ee finished', err && err.code));
ee.on('error', (err) => log('ee error listener', err.message));
ee.destroy(new Error('ignored by finished?'));

const done = new Readable({ read() {} });
done.resume();
done.push(null);
done.on('end', () => {
  setImmediate(() => finished(done, (err) => log('already ended', err)));
});
