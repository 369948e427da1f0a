// Static helpers: getEventListeners, listenerCount, getMaxListeners.
const EventEmitter = require('events');
const { getEventListeners, listenerCount, getMaxListeners } = EventEmitter;

const ee = new EventEmitter();
function a() {}
function b() {}
ee.on('x', a);
ee.once('x', b);
const got = getEventListeners(ee, 'x');
console.log('getEventListeners unwraps:', got.length, got[0] === a, got[1] === b);
console.log('missing event:', getEventListeners(ee, 'nope'));
console.log('static listenerCount:', listenerCount(ee, 'x'), listenerCount(ee, 'nope'));

// listenerCount on something that only looks like an emitter.
const fake = { listenerCount(name) { return 'custom:' + name; } };
console.log('delegates to listenerCount method:', listenerCount(fake, 'q'));
const legacy = { _events: { q: [a, b, a] } };
console.log('falls back to _events:', listenerCount(legacy, 'q'), listenerCount({}, 'q'));

// getEventListeners delegates to .listeners
const withListeners = { listeners(name) { return ['from', name]; } };
console.log('delegates to listeners method:', getEventListeners(withListeners, 'z'));

console.log('getMaxListeners:', getMaxListeners(ee));
ee.setMaxListeners(42);
console.log('getMaxListeners after set:', getMaxListeners(ee));
const custom = { getMaxListeners() { return 'ignored'; }, _maxListeners: 7 };
console.log('reads _maxListeners of emitter-likes:', getMaxListeners(custom));
console.log('falls back to default:', getMaxListeners({ getMaxListeners() {} }));

// Instance listenerCount with the listener argument, including once wrappers.
ee.on('x', a);
console.log('count a:', ee.listenerCount('x', a), 'count b:', ee.listenerCount('x', b), 'all:', ee.listenerCount('x'));
console.log('count undefined listener:', ee.listenerCount('x', undefined));

// listeners() returns fresh arrays.
const l1 = ee.listeners('x');
l1.push('junk');
console.log('listeners copy:', ee.listeners('x').length, ee.rawListeners('x').length);
