// Writable errors: write after end, _write error, null chunk, invalid chunk, end twice, destroy.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);

const a = new Writable({ write(c, e, cb) { cb(); } });
a.on('error', (e) => log('a error', e.code, e.message));
a.on('close', () => log('a close'));
a.end('x');
log('a write after end ->', a.write('y', (err) => log('a write cb', err && err.code)));

const b = new Writable({ write(c, e, cb) { cb(new Error('boom')); } });
b.on('error', (e) => log('b error', e.message, 'errored', b.errored && b.errored.message));
b.on('close', () => log('b close', 'destroyed', b.destroyed));
b.on('finish', () => log('b finish (unexpected)'));
b.write('1', (err) => log('b cb1', err && err.message));
b.write('2', (err) => log('b cb2', err && err.message));

const c = new Writable({ write(ch, e, cb) { cb(); } });
try { c.write(null); } catch (e) { log('null', e.code, e.name); }
try { c.write(42); } catch (e) { log('number', e.code, e.name); }
try { c.write('x', 'bogus'); } catch (e) { log('enc', e.code); }

const d = new Writable({ write(ch, e, cb) { cb(); } });
d.end();
d.end((err) => log('d second end cb', err ? err.code : err));
d.on('finish', () => {
  log('d finish');
  d.end((err) => log('d end after finish cb', err && err.code));
});

const e = new Writable({ write(ch, enc, cb) { setTimeout(cb, 5); } });
e.write('a', (err) => log('e cb a', err ? err.code : err));
e.write('b', (err) => log('e cb b', err ? err.code : err));
e.end((err) => log('e end cb', err ? err.code : err));
e.on('error', (err) => log('e error', err.message));
e.on('close', () => log('e close'));
e.destroy(new Error('destroyed'));
log('e destroyed', e.destroyed, 'writable', e.writable);
