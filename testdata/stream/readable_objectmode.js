// objectMode readable: every value is one chunk; falsy values; hwm counts objects.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);

const values = [0, false, '', 'str', { a: 1 }, [1, 2]];
let i = 0;
const r = new Readable({
  objectMode: true,
  highWaterMark: 2,
  read() {
    if (i < values.length) {
      const ret = this.push(values[i++]);
      log('push ret', ret, 'len', this.readableLength);
    } else {
      this.push(null);
    }
  },
});
log('hwm', r.readableHighWaterMark, 'objectMode', r.readableObjectMode);
r.on('data', (d) => log('data', JSON.stringify(d)));
r.on('end', () => log('end'));
r.on('close', () => log('close'));
