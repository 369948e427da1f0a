// captureRejections: rejected promises returned by listeners become 'error' events
// or calls to [Symbol.for('nodejs.rejection')].
const EventEmitter = require('events');

console.log('symbol:', EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'),
  'default flag:', EventEmitter.captureRejections);

async function main() {
  // Option on the constructor: rejection turns into an 'error' event on a later tick.
  const ee = new EventEmitter({ captureRejections: true });
  const seen = [];
  ee.on('something', async (value) => {
    seen.push('listener ran ' + value);
    throw new Error('kaboom ' + value);
  });
  ee.on('error', (err) => seen.push('error event: ' + err.message));
  ee.emit('something', 1);
  seen.push('after emit');
  await new Promise((r) => setTimeout(r, 10));
  console.log(seen.join('\n'));

  // Symbol.for('nodejs.rejection') takes precedence and receives the event args.
  const ee2 = new EventEmitter({ captureRejections: true });
  ee2[Symbol.for('nodejs.rejection')] = function (err, event, ...args) {
    console.log('rejection handler:', err.message, String(event), JSON.stringify(args), this === ee2);
  };
  ee2.on('evt', async () => { throw new Error('rejected'); });
  ee2.emit('evt', 'a', 2);
  ee2.on(Symbol('s'), () => Promise.reject(new Error('sym')));
  ee2.emit(Object.getOwnPropertySymbols(ee2._events)[0]);
  await new Promise((r) => setTimeout(r, 10));

  // Multiple listeners each returning rejected promises.
  const ee3 = new EventEmitter({ captureRejections: true });
  const errs = [];
  ee3.on('error', (e) => errs.push(e.message));
  ee3.on('m', async () => { throw new Error('first'); });
  ee3.on('m', () => 'not a promise');
  ee3.on('m', () => Promise.reject(new Error('second')));
  ee3.on('m', async () => 'fine');
  ee3.emit('m');
  await new Promise((r) => setTimeout(r, 10));
  console.log('errors:', errs.join(','));

  // Thenables that are not promises are followed too.
  const ee4 = new EventEmitter({ captureRejections: true });
  ee4.on('error', (e) => console.log('thenable error:', e));
  ee4.on('t', () => ({ then(resolve, reject) { reject('thenable rejection'); } }));
  ee4.emit('t');
  await new Promise((r) => setTimeout(r, 10));

  // Without captureRejections nothing is attached (no error event).
  const ee5 = new EventEmitter();
  let gotError = false;
  ee5.on('error', () => { gotError = true; });
  const p = Promise.reject(new Error('ignored'));
  p.catch(() => {});
  ee5.on('x', () => p);
  ee5.emit('x');
  await new Promise((r) => setTimeout(r, 10));
  console.log('no capture -> error event:', gotError);

  // The static flag changes the default for new emitters only.
  EventEmitter.captureRejections = true;
  const ee6 = new EventEmitter();
  const ee7 = new EventEmitter({ captureRejections: false });
  EventEmitter.captureRejections = false;
  const ee8 = new EventEmitter();
  for (const [name, e] of [['ee6', ee6], ['ee7', ee7], ['ee8', ee8]]) {
    e.on('error', (err) => console.log(name, 'got error', err.message));
    e.on('go', () => {
      const p = Promise.reject(new Error('from ' + name));
      if (e === ee8) p.catch(() => console.log('ee8 rejection not captured'));
      return p;
    });
    e.emit('go');
  }
  await new Promise((r) => setTimeout(r, 10));

  // Rejection with an error listener that is missing: the error is thrown from the
  // 'error' emit, which surfaces as an uncaught exception.
  // (not exercised here: it would crash the process)

  // Validation.
  for (const bad of [1, 'yes', {}]) {
    try {
      new EventEmitter({ captureRejections: bad });
    } catch (e) {
      console.log('option', JSON.stringify(bad), e.code, e.message);
    }
  }
  console.log('falsy option values are accepted:', new EventEmitter({ captureRejections: 0 }) instanceof EventEmitter);
  try {
    EventEmitter.captureRejections = 'nope';
  } catch (e) {
    console.log('static flag:', e.code, e.message);
  }
  console.log('flag still', EventEmitter.captureRejections);
}
main();
