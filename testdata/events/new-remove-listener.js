// 'newListener' and 'removeListener' events, removeAllListeners semantics.
const EventEmitter = require('events');

const ee = new EventEmitter();
const log = [];
ee.on('newListener', function (name, listener) {
  log.push('new:' + String(name) + ':' + (listener.name || 'anon') + ':count=' + this.listenerCount(name));
});
function foo() {}
function bar() {}
ee.on('x', foo);
ee.once('x', bar); // newListener gets the unwrapped function
ee.prependListener('y', foo);
ee.on(Symbol('s'), foo);
console.log(log.join('\n'));

// A listener added inside 'newListener' for the same event goes first.
const ee2 = new EventEmitter();
const order = [];
ee2.once('newListener', (name) => {
  if (name === 'e') ee2.on('e', () => order.push('B'));
});
ee2.on('e', () => order.push('A'));
ee2.emit('e');
console.log('order:', order.join(','));

// 'removeListener' is emitted after removal.
const ee3 = new EventEmitter();
const rl = [];
ee3.on('removeListener', function (name, listener) {
  rl.push(String(name) + ':' + (listener.name || 'anon') + ':left=' + this.listenerCount(name));
});
function a() {}
function b() {}
function c() {}
ee3.on('ev', a);
ee3.on('ev', b);
ee3.once('ev', c);
ee3.on('other', a);
ee3.removeListener('ev', a);
ee3.removeListener('ev', a); // not present: no event
ee3.emit('ev'); // fires the once wrapper -> removeListener with original
console.log(rl.join('\n'));
rl.length = 0;
ee3.on('ev', c);
ee3.on('ev', a);
ee3.removeAllListeners('ev'); // LIFO order
console.log('removeAll(ev):', rl.join(' | '));
rl.length = 0;
ee3.on('ev2', c);
ee3.removeAllListeners();
console.log('removeAll():', rl.join(' | '));
console.log('after removeAll eventNames:', ee3.eventNames(), ee3._eventsCount);

// removeAllListeners without removeListener listeners.
const ee4 = new EventEmitter();
ee4.on('a', a).on('b', b).on('b', c);
ee4.removeAllListeners('b');
console.log('names after removeAll(b):', ee4.eventNames());
ee4.removeAllListeners('does-not-exist');
console.log('names:', ee4.eventNames(), ee4._eventsCount);
ee4.removeAllListeners();
console.log('names after removeAll():', ee4.eventNames(), ee4._eventsCount);
console.log('removeAllListeners returns this:', ee4.removeAllListeners() === ee4);

// removeAllListeners(undefined) is not removeAllListeners().
const ee5 = new EventEmitter();
ee5.on('keep', a);
ee5.on('undefined', b);
ee5.removeAllListeners(undefined);
console.log('after removeAllListeners(undefined):', ee5.eventNames());

// Removing the removeListener listener itself.
const ee6 = new EventEmitter();
const seen = [];
function onRemove(name) { seen.push(name); }
ee6.on('removeListener', onRemove);
ee6.on('q', a);
ee6.removeListener('removeListener', onRemove);
ee6.removeListener('q', a);
console.log('seen:', seen, 'names', ee6.eventNames());

// newListener listeners count as listeners.
const ee7 = new EventEmitter();
ee7.on('newListener', () => {});
console.log('newListener counted:', ee7.listenerCount('newListener'), ee7.eventNames());
