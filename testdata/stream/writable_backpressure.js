// Writable with a slow _write: write() returning false, drain, writableLength, finish/close order.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);

const w = new Writable({
  highWaterMark: 5,
  write(chunk, enc, cb) {
    log('_write', chunk.toString(), enc, 'len', this.writableLength);
    setTimeout(cb, 2);
  },
});
log('hwm', w.writableHighWaterMark, 'needDrain', w.writableNeedDrain);
log('write abc', w.write('abc', () => log('cb abc')));
log('write de', w.write('de', () => log('cb de')), 'len', w.writableLength, 'needDrain', w.writableNeedDrain);
log('write f', w.write('f', (err) => log('cb f', err)));
w.on('drain', () => {
  log('drain', 'len', w.writableLength, 'needDrain', w.writableNeedDrain);
  w.end('last', () => log('end cb'));
  log('after end: writable', w.writable, 'ended', w.writableEnded, 'finished', w.writableFinished);
});
w.on('prefinish', () => log('prefinish'));
w.on('finish', () => log('finish', 'finished', w.writableFinished));
w.on('close', () => log('close', 'destroyed', w.destroyed, 'closed', w.closed));
