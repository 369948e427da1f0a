// Paused mode: 'readable' event, read(n) sizes, readableLength, highWaterMark, setEncoding.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);

const r = new Readable({ highWaterMark: 4, read() {} });
log('hwm', r.readableHighWaterMark, 'objectMode', r.readableObjectMode);
log('push1', r.push('hello'));
log('push2', r.push(' world'));
log('length', r.readableLength);
let n = 0;
r.on('readable', () => {
  n++;
  log('readable #' + n, 'length', r.readableLength);
  let chunk;
  if (n === 1) {
    chunk = r.read(3);
    log('read(3)', String(chunk));
    chunk = r.read(100);
    log('read(100)', chunk);
    chunk = r.read();
    log('read()', String(chunk));
    r.push('xyz');
    r.push(null);
  } else {
    while ((chunk = r.read()) !== null) log('read() ->', String(chunk));
  }
});
r.on('end', () => log('end'));
r.on('close', () => log('close'));

const s = new Readable({ read() {} });
s.setEncoding('utf8');
log('encoding', s.readableEncoding);
// euro sign split across two pushes
s.push(Buffer.from([0xe2, 0x82]));
s.push(Buffer.from([0xac, 0x41]));
s.push(null);
s.on('data', (d) => log('decoded', typeof d, JSON.stringify(d)));
s.on('end', () => log('s end'));

const h = new Readable({ read() {}, encoding: 'hex' });
h.push('AB');
h.push(null);
h.on('data', (d) => log('hex', d));
