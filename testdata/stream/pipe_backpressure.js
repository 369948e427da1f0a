// pipe() from a fast Readable into a slow Writable: pause/drain cycles, pipe/unpipe events, end.
const { Readable, Writable } = require('stream');
const log = (...a) => console.log(...a);

let n = 0;
const r = new Readable({
  highWaterMark: 4,
  read() {
    n++;
    if (n <= 6) this.push('c' + n);
    else this.push(null);
  },
});
const w = new Writable({
  highWaterMark: 4,
  write(chunk, enc, cb) {
    log('write', chunk.toString(), 'srcFlowing', r.readableFlowing);
    setTimeout(cb, 1);
  },
});
let drains = 0;
w.on('pipe', (src) => log('pipe event', src === r));
w.on('unpipe', (src) => log('unpipe event', src === r));
w.on('drain', () => drains++);
r.on('pause', () => log('src pause'));
r.on('end', () => log('src end'));
w.on('finish', () => log('finish, drains>0', drains > 0));
w.on('close', () => log('dest close'));
r.on('close', () => log('src close'));
log('pipe returns dest', r.pipe(w) === w);
