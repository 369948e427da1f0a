// Shape of the stream module: constructors, inheritance, instanceof, static helpers.
const stream = require('stream');
const { Readable, Writable, Duplex, Transform, PassThrough, Stream } = stream;
const log = (...a) => console.log(...a);

log('module is Stream', stream === Stream, typeof stream);
for (const k of ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'Stream', 'pipeline',
  'finished', 'addAbortSignal', 'isReadable', 'isErrored', 'isDisturbed', 'getDefaultHighWaterMark',
  'setDefaultHighWaterMark', 'destroy', 'compose']) {
  log(k, typeof stream[k]);
}
log('promises', typeof stream.promises.pipeline, typeof stream.promises.finished);
log('promises same as stream/promises', stream.promises === require('stream/promises'));
const d = new Duplex();
log('duplex instanceof', d instanceof Readable, d instanceof Writable, d instanceof Stream, typeof d.on, typeof d.emit);
log('transform instanceof', new Transform() instanceof Duplex, new PassThrough() instanceof Transform);
log('readable not writable', new Readable() instanceof Writable);
log('call without new', Readable() instanceof Readable, Writable() instanceof Writable, PassThrough() instanceof PassThrough);
log('objectMode hwm', stream.getDefaultHighWaterMark(true));
log('readable hwm explicit', new Readable({ highWaterMark: 10 }).readableHighWaterMark,
  new Writable({ objectMode: true }).writableHighWaterMark,
  new Duplex({ readableHighWaterMark: 3, writableHighWaterMark: 7 }).readableHighWaterMark,
  new Duplex({ readableHighWaterMark: 3, writableHighWaterMark: 7 }).writableHighWaterMark);
try {
  new Readable({ highWaterMark: -1 });
} catch (e) {
  log('bad hwm', e.code, e.message);
}
const r = new Readable({ read() {} });
log('isReadable', stream.isReadable(r), 'isDisturbed', stream.isDisturbed(r), 'isErrored', stream.isErrored(r));
r.push('x');
r.read();
log('after read isDisturbed', stream.isDisturbed(r), r.readableDidRead);
r.on('error', () => {});
r.destroy(new Error('e'));
setImmediate(() => log('after destroy isReadable', stream.isReadable(r), 'isErrored', stream.isErrored(r)));
const old = new Stream();
log('legacy Stream pipe', typeof old.pipe, typeof old.on);
const w = new Writable();
try {
  w.write('x');
} catch (e) {
  log('missing _write throws', e.code);
}
const rr = new Readable();
rr.on('error', (e) => log('missing _read', e.code));
rr.on('close', () => log('rr close'));
rr.read();
