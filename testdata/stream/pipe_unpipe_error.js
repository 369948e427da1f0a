// unpipe() stops the flow; an error on the destination unpipes it; multiple destinations.
const { Readable, Writable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

const src = new PassThrough();
const got = [];
const a = new Writable({ write(c, e, cb) { got.push('a:' + c); cb(); } });
const b = new Writable({ write(c, e, cb) { got.push('b:' + c); cb(); } });
src.pipe(a);
src.pipe(b);
src.write('1');
setImmediate(() => {
  src.unpipe(a);
  log('after unpipe a, flowing', src.readableFlowing);
  src.write('2');
  setImmediate(() => {
    src.unpipe();
    log('after unpipe all, flowing', src.readableFlowing);
    src.write('3');
    setImmediate(() => {
      log(got.join(' '));
      log('buffered', src.readableLength);
      part2();
    });
  });
});

function part2() {
  const r = new Readable({ read() {} });
  const bad = new Writable({
    write(c, e, cb) { cb(new Error('dest failed')); },
  });
  bad.on('unpipe', () => log('bad unpipe'));
  bad.on('error', (e) => log('bad error', e.message));
  bad.on('close', () => log('bad close'));
  r.pipe(bad);
  r.push('x');
  setTimeout(() => {
    log('src still flowing?', r.readableFlowing, 'src destroyed', r.destroyed);
  }, 5);
}
