// objectMode writable: hwm counts writes, drain, cork + writev with objects, write callbacks order.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);

const pending = [];
const w = new Writable({
  objectMode: true,
  highWaterMark: 2,
  write(obj, enc, cb) {
    log('_write', JSON.stringify(obj), typeof enc);
    pending.push(cb);
  },
});
for (let i = 0; i < 4; i++) log('write', i, w.write({ i }, () => log('cb', i)), 'len', w.writableLength);
w.on('drain', () => log('drain'));
function flush() {
  const cb = pending.shift();
  if (cb) { cb(); setImmediate(flush); } else w.end();
}
setImmediate(flush);
w.on('finish', () => {
  log('finish');
  const v = new Writable({
    objectMode: true,
    writev(chunks, cb) { log('writev', chunks.map((c) => c.chunk).join(',')); cb(); },
  });
  v.cork();
  v.write('a');
  v.write('b');
  v.end('c', () => log('v end cb'));
  v.on('finish', () => log('v finish'));
});
