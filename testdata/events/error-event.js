// 'error' events: throwing when unhandled, ERR_UNHANDLED_ERROR, errorMonitor.
const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'returned', r);
  } catch (err) {
    console.log(label, 'threw', err instanceof Error ? err.name : typeof err,
      'code=' + err.code, 'message=' + JSON.stringify(err.message));
    return err;
  }
}

const ee = new EventEmitter();
const original = new TypeError('original problem');
const thrown = attempt('Error object:', () => ee.emit('error', original));
console.log('same object thrown:', thrown === original);

const values = ['a string', 42, null, undefined, { a: 1, b: [1, 2] }, [1, 'x'], Symbol('sym'), true, 10n];
for (const v of values) {
  const err = attempt('value ' + (typeof v === 'symbol' ? v.toString() : String(v)) + ':', () => ee.emit('error', v));
  console.log('  context matches:', err.context === v, 'name:', err.name);
}
attempt('no argument:', () => ee.emit('error'));

// Subclass of Error is thrown as-is, even with extra args.
class MyErr extends Error {}
const mine = new MyErr('mine');
console.log('subclass rethrown:', attempt('MyErr:', () => ee.emit('error', mine, 'extra')) === mine);

// Error-like object that is not an Error is wrapped.
attempt('error-like:', () => ee.emit('error', { message: 'fake', name: 'Error' }));

// With an error listener nothing is thrown.
const ee2 = new EventEmitter();
ee2.on('error', (e, extra) => console.log('handled:', e.message, extra));
console.log('emit error handled returns:', ee2.emit('error', new Error('handled one'), 'x'));

// errorMonitor runs before the throw and before regular listeners.
const ee3 = new EventEmitter();
const order = [];
ee3.on(errorMonitor, (e, x) => order.push('monitor:' + e.message + ':' + x));
attempt('monitored:', () => ee3.emit('error', new Error('m1'), 'x'));
ee3.on('error', (e) => order.push('listener:' + e.message));
ee3.emit('error', new Error('m2'));
console.log(order.join(', '));
console.log('errorMonitor listener count:', ee3.listenerCount(errorMonitor), 'eventNames:', ee3.eventNames());
console.log('errorMonitor:', errorMonitor.toString(), typeof errorMonitor);

// errorMonitor alone with non-Error values.
const ee4 = new EventEmitter();
ee4.on(errorMonitor, (v) => console.log('monitor saw', v));
attempt('monitored string:', () => ee4.emit('error', 'oops'));

// 'error' on an emitter whose _events is missing.
const bare = Object.create(EventEmitter.prototype);
attempt('bare:', () => bare.emit('error', 'bare value'));
attempt('bare Error:', () => bare.emit('error', new RangeError('bare range')));

// A once('error') listener handles exactly one error.
const ee5 = new EventEmitter();
ee5.once('error', (e) => console.log('once error', e.message));
ee5.emit('error', new Error('first'));
attempt('second error:', () => ee5.emit('error', new Error('second')));
