// Readable in flowing mode: data/end/close order, pause/resume, isPaused, readableFlowing.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);

const chunks = ['a', 'bb', 'ccc', 'dddd'];
const r = new Readable({
  read() {
    const c = chunks.shift();
    log('_read', c === undefined ? 'EOF' : c);
    this.push(c === undefined ? null : c);
  },
});
log('initial flowing', r.readableFlowing, 'paused', r.isPaused());
r.on('resume', () => log('event resume'));
r.on('pause', () => log('event pause'));
r.on('data', (d) => {
  log('data', d.toString(), 'flowing', r.readableFlowing);
  if (d.toString() === 'bb') {
    r.pause();
    log('paused', r.isPaused(), 'flowing', r.readableFlowing);
    setTimeout(() => { log('resuming'); r.resume(); }, 5);
  }
});
r.on('end', () => log('end', 'readableEnded', r.readableEnded, 'destroyed', r.destroyed));
r.on('close', () => log('close', 'destroyed', r.destroyed, 'closed', r.closed));
log('after on(data) flowing', r.readableFlowing);
process.nextTick(() => log('nextTick 1'));
Promise.resolve().then(() => log('microtask'));
