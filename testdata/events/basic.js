// Basic on/emit behaviour: return values, `this`, argument passing, aliases.
const EventEmitter = require('events');

const ee = new EventEmitter();
console.log('emit without listeners:', ee.emit('nothing'), ee.emit('nothing', 1, 2));

ee.on('ev', function (...args) {
  console.log('listener this is emitter:', this === ee, 'args:', JSON.stringify(args), 'count:', arguments.length);
});
console.log('emit returns:', ee.emit('ev'));
ee.emit('ev', 1);
ee.emit('ev', 1, 'two');
ee.emit('ev', 1, 'two', { three: 3 });
ee.emit('ev', 1, 2, 3, 4, 5, 6);
ee.emit('ev', undefined);
ee.emit('ev', 1, undefined);
ee.emit('ev', undefined, undefined, undefined, undefined);

// Arrow listeners keep their lexical this.
const self = this;
ee.on('arrow', () => console.log('arrow this is module this:', this === self));
ee.emit('arrow');

// Aliases are the same functions.
const p = EventEmitter.prototype;
console.log('on === addListener:', p.on === p.addListener, 'off === removeListener:', p.off === p.removeListener);
console.log('method names:', p.on.name, p.off.name, p.emit.name, p.once.name);
console.log('lengths:', p.emit.length, p.on.length, p.once.length, p.removeAllListeners.length, p.listenerCount.length);

// Chaining.
const r = ee.on('a', () => {}).once('b', () => {}).prependListener('c', () => {}).off('a', () => {});
console.log('chaining returns emitter:', r === ee);
console.log('setMaxListeners returns emitter:', ee.setMaxListeners(5) === ee, ee.getMaxListeners());

// Same listener twice is called twice.
let calls = 0;
const twice = () => calls++;
ee.on('twice', twice).on('twice', twice);
ee.emit('twice');
console.log('called', calls, 'times; listenerCount:', ee.listenerCount('twice'), ee.listenerCount('twice', twice));

// Event names of any type.
const sym = Symbol('mySymbol');
ee.on(sym, (x) => console.log('symbol event got', x));
ee.emit(sym, 42);
ee.on(42, (x) => console.log('numeric event got', x));
ee.emit('42', 'string 42');
console.log('eventNames:', ee.eventNames());

// Emitting on a non-emitter `this` that has no _events.
const bare = { __proto__: EventEmitter.prototype };
console.log('bare emit:', bare.emit('x'), bare.listenerCount('x'), bare.eventNames(), bare.listeners('x'));
bare.on('x', (v) => console.log('bare got', v));
bare.emit('x', 'v');
console.log('bare _eventsCount:', bare._eventsCount);
