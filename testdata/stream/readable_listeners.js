// 'readable' vs 'data' listeners: readable takes precedence, removing it resumes flow; read(0); wrap().
const { Readable } = require('stream');
const EventEmitter = require('events');
const log = (...a) => console.log(...a);

const r = new Readable({ read() {} });
r.on('data', (d) => log('data', d.toString()));
r.on('readable', function onReadable() {
  log('readable, flowing', r.readableFlowing);
  let c;
  while ((c = r.read()) !== null) log('read', c.toString());
});
r.push('one');
setTimeout(() => {
  r.removeAllListeners('readable');
  setImmediate(() => {
    log('after removing readable, flowing', r.readableFlowing);
    r.push('two');
    r.push(null);
  });
}, 2);
r.on('end', () => {
  log('end');
  part2();
});

function part2() {
  let calls = 0;
  const s = new Readable({
    highWaterMark: 3,
    read(n) {
      calls++;
      log('_read size', n, 'call', calls);
      if (calls <= 3) this.push('abcd'.slice(0, calls + 1));
      else this.push(null);
    },
  });
  s.read(0);
  setTimeout(() => {
    log('buffered', s.readableLength);
    s.on('readable', () => {
      let c;
      while ((c = s.read(2)) !== null) log('read(2)', c.toString(), 'left', s.readableLength);
      log('read(2) null, left', s.readableLength);
      if (s.readableLength > 0) log('rest', String(s.read()));
    });
    s.on('end', () => { log('s end'); part3(); });
  }, 3);
}

function part3() {
  const old = new EventEmitter();
  old.pause = () => log('old pause');
  old.resume = () => log('old resume');
  const w = new Readable({ highWaterMark: 2 }).wrap(old);
  w.on('data', (d) => log('wrapped data', d.toString()));
  w.on('end', () => log('wrapped end'));
  old.emit('data', Buffer.from('xyz'));
  old.emit('data', Buffer.from('w'));
  old.emit('end');
}
