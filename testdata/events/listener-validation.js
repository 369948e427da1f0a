// Non-function listeners are rejected with ERR_INVALID_ARG_TYPE by every method.
const EventEmitter = require('events');

const ee = new EventEmitter();
const bad = [undefined, null, 'str', 42, {}, [], Symbol('s'), true];
for (const method of ['on', 'addListener', 'prependListener', 'once', 'prependOnceListener', 'removeListener', 'off']) {
  for (const value of bad) {
    try {
      ee[method]('event', value);
      console.log(method, 'accepted', typeof value);
    } catch (e) {
      console.log(method, e.name, e.code, e.message);
    }
  }
}
console.log('nothing was added:', ee.eventNames(), ee._eventsCount);

// Validation happens before 'newListener' is emitted.
const ee2 = new EventEmitter();
let newListenerCalls = 0;
ee2.on('newListener', () => newListenerCalls++);
try { ee2.on('x', 'nope'); } catch (e) { console.log('rejected', e.code); }
console.log('newListener calls:', newListenerCalls);

// removeListener on an emitter without that event, or with an unknown function, is a no-op.
const f = () => {};
console.log('remove unknown:', ee2.removeListener('missing', f) === ee2, ee2.removeListener('newListener', f).listenerCount('newListener'));

// Classes (functions) and bound functions are valid listeners.
class K {}
ee2.on('cls', K);
const bound = function () { return this.v; }.bind({ v: 1 });
ee2.on('bound', bound);
console.log('class listener count:', ee2.listenerCount('cls'), 'bound:', ee2.listenerCount('bound'));
try {
  ee2.emit('cls');
} catch (e) {
  console.log('calling a class listener throws', e instanceof TypeError);
}

// getEventListeners / listenerCount static with bad input.
try {
  EventEmitter.getEventListeners({}, 'x');
} catch (e) {
  console.log('getEventListeners:', e.code, e.message);
}
try {
  EventEmitter.getEventListeners(5, 'x');
} catch (e) {
  console.log('getEventListeners(5):', e.code, e.message);
}
