// once / prependOnceListener, rawListeners wrappers and removal of once listeners.
const EventEmitter = require('events');

const ee = new EventEmitter();
function handler(a, b) {
  console.log('once handler', a, b, 'this ok:', this === ee, 'argc', arguments.length);
}
ee.once('x', handler);
const raw = ee.rawListeners('x');
console.log('raw length', raw.length, 'wrapper !== handler', raw[0] !== handler, 'wrapper.listener === handler', raw[0].listener === handler);
console.log('wrapper name:', raw[0].name);
console.log('listeners unwraps:', ee.listeners('x')[0] === handler);
console.log('emit 1:', ee.emit('x', 1, 2));
console.log('emit 2:', ee.emit('x', 3, 4));
console.log('count after:', ee.listenerCount('x'));
ee.once('noargs', handler);
ee.emit('noargs');

// Calling the raw wrapper directly fires it once and removes it.
ee.once('y', (v) => console.log('y got', v));
const w = ee.rawListeners('y')[0];
w('direct');
w('again');
console.log('y count after direct call:', ee.listenerCount('y'));

// Removing a once listener by the original function.
ee.once('z', handler);
ee.removeListener('z', handler);
console.log('z count after removal by original:', ee.listenerCount('z'));

// prependOnceListener ordering.
const order = [];
ee.on('p', () => order.push('on'));
ee.prependOnceListener('p', () => order.push('prependOnce'));
ee.prependListener('p', () => order.push('prepend'));
ee.emit('p');
ee.emit('p');
console.log('order:', order.join(','));

// once listener that re-emits the same event does not recurse.
let depth = 0;
ee.once('re', () => {
  depth++;
  ee.emit('re');
});
ee.emit('re');
console.log('re depth:', depth);

// Mixed once/on with the same function; removeListener removes the last added match.
function f() { console.log('f'); }
ee.on('m', f);
ee.once('m', f);
ee.removeListener('m', f);
console.log('m raw after remove: wrapper?', ee.rawListeners('m').map((l) => l === f ? 'f' : 'wrapper').join(','));
ee.once('m', f);
ee.on('m', f);
ee.removeListener('m', f);
console.log('m raw after remove 2:', ee.rawListeners('m').map((l) => l === f ? 'f' : 'wrapper').join(','));
console.log('listenerCount with listener arg:', ee.listenerCount('m', f), ee.listenerCount('m', () => {}), ee.listenerCount('m', null));

// once listener returning a value.
ee.once('ret', () => 123);
console.log('emit with once returning value:', ee.emit('ret'));
