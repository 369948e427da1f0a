// addAbortSignal and the signal option: aborting destroys the stream with an AbortError.
const { addAbortSignal, Readable, Writable } = require('stream');
const log = (...a) => console.log(...a);

const ac = new AbortController();
const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
r.on('error', (e) => log('r error', e.name, e.code));
r.on('close', () => log('r close', r.destroyed));
setTimeout(() => ac.abort(), 1);

const pre = new AbortController();
pre.abort();
const w = new Writable({ signal: pre.signal, write(c, e, cb) { cb(); } });
w.on('error', (e) => log('w error', e.name));
w.on('close', () => log('w close'));

try {
  addAbortSignal('nope', new Readable());
} catch (e) {
  log('bad signal', e.code);
}
try {
  addAbortSignal(new AbortController().signal, {});
} catch (e) {
  log('bad stream', e.code);
}
