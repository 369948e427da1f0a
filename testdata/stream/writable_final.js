// _final runs before 'finish'; async final; final error; construct delays writes.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);

const w = new Writable({
  construct(cb) { log('construct'); setTimeout(() => { log('constructed'); cb(); }, 2); },
  write(chunk, enc, cb) { log('write', chunk.toString()); cb(); },
  final(cb) { log('final'); setTimeout(() => { log('final done'); cb(); }, 2); },
});
w.write('early');
w.end('tail');
log('ended sync', w.writableEnded, 'finished', w.writableFinished);
w.on('prefinish', () => log('prefinish'));
w.on('finish', () => log('finish'));
w.on('close', () => {
  log('close');
  const f = new Writable({
    write(c, e, cb) { cb(); },
    final(cb) { cb(new Error('final failed')); },
  });
  f.on('error', (e) => log('f error', e.message));
  f.on('finish', () => log('f finish (unexpected)'));
  f.on('close', () => log('f close'));
  f.end('x', (err) => log('f end cb', err && err.message));
});
