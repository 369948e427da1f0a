// cork/uncork with _writev batching; decodeStrings false; defaultEncoding; setDefaultEncoding.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);

const w = new Writable({
  write(chunk, enc, cb) { log('_write', chunk.toString(), enc); cb(); },
  writev(chunks, cb) {
    log('_writev', chunks.length, chunks.map((c) => c.chunk.toString() + '/' + c.encoding).join(' '));
    cb();
  },
});
w.write('first');
w.cork();
log('corked', w.writableCorked);
w.write('a');
w.write('b');
w.write('c', () => log('cb c'));
log('buffered', w.writableBuffer.length, 'len', w.writableLength);
process.nextTick(() => {
  w.uncork();
  log('uncorked', w.writableCorked);
  w.end(() => log('end cb'));
});
w.on('finish', () => log('finish'));

const s = new Writable({
  decodeStrings: false,
  defaultEncoding: 'hex',
  write(chunk, enc, cb) { log('raw', typeof chunk, JSON.stringify(chunk), enc); cb(); },
});
s.write('ff');
s.write('hi', 'latin1');
s.setDefaultEncoding('base64');
s.write('aGk=');
s.end();

const b = new Writable({
  defaultEncoding: 'hex',
  write(chunk, enc, cb) { log('decoded', chunk.constructor.name, chunk.toString('utf8'), enc); cb(); },
});
b.write('6869');
b.end();
