// Transform with a slow reader: the transform is held back until the reader reads.
const { Transform } = require('stream');
const log = (...a) => console.log(...a);

const t = new Transform({
  highWaterMark: 2,
  objectMode: true,
  transform(chunk, enc, cb) {
    log('transform', chunk);
    cb(null, chunk * 10);
  },
});
for (let i = 1; i <= 6; i++) {
  const ok = t.write(i);
  log('write', i, ok, 'wlen', t.writableLength, 'rlen', t.readableLength);
}
t.end();
t.on('finish', () => log('finish'));
t.on('end', () => log('end'));
function pull() {
  const v = t.read();
  log('read', v);
  if (v !== null) setTimeout(pull, 1);
  else t.once('readable', pull);
}
setTimeout(pull, 5);
