// Duplex: independent sides, allowHalfOpen true/false, readable/writable options, objectMode per side.
const { Duplex } = require('stream');
const log = (...a) => console.log(...a);

function make(name, opts) {
  const d = new Duplex({
    ...opts,
    read() {},
    write(c, e, cb) { log(name, 'write', String(c)); cb(); },
    final(cb) { log(name, 'final'); cb(); },
  });
  for (const ev of ['end', 'finish', 'close', 'prefinish']) d.on(ev, () => log(name, ev, 'w', d.writable, 'r', d.readable));
  return d;
}

const a = make('half', {});
log('allowHalfOpen', a.allowHalfOpen);
a.resume();
a.push(null);
setTimeout(() => {
  log('half still writable', a.writable);
  a.end('late');
  setTimeout(part2, 5);
}, 3);

function part2() {
  const b = make('full', { allowHalfOpen: false });
  b.resume();
  b.push('data');
  b.push(null);
  setTimeout(part3, 5);
}

function part3() {
  const c = make('ro', { writable: false });
  log('ro writable', c.writable, 'writableEnded', c.writableEnded, 'writableFinished', c.writableFinished);
  c.resume();
  c.push(null);
  const d = new Duplex({
    readableObjectMode: true,
    read() {},
    write(chunk, enc, cb) { this.push({ len: chunk.length }); cb(); },
  });
  log('modes', d.readableObjectMode, d.writableObjectMode);
  d.on('data', (o) => log('obj', JSON.stringify(o)));
  d.write('hello');
}
