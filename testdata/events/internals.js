// _events / _eventsCount / _maxListeners, as packages read them directly.
const EventEmitter = require('events');
const util = require('util');

const ee = new EventEmitter();
console.log('own keys:', Object.keys(ee).join(','));
console.log('own symbols:', Object.getOwnPropertySymbols(ee).map(String).join(','));
console.log('_events proto is null:', Object.getPrototypeOf(ee._events) === null, Object.keys(ee._events).length);
console.log('_eventsCount:', ee._eventsCount, '_maxListeners:', ee._maxListeners);

function one() {}
function two() {}
ee.on('a', one);
console.log('single listener stored as function:', ee._events.a === one, ee._eventsCount);
ee.on('a', two);
console.log('two stored as array:', Array.isArray(ee._events.a), ee._events.a.length, ee._events.a[0] === one, ee._events.a[1] === two);
ee.on('b', one);
console.log('_eventsCount:', ee._eventsCount);
ee.removeListener('a', one);
console.log('back to function:', ee._events.a === two, ee._eventsCount);
ee.removeListener('a', two);
console.log('removed key:', 'a' in ee._events, ee._eventsCount);
ee.removeListener('b', one);
console.log('empty again:', Object.keys(ee._events).length, ee._eventsCount);
ee.once('c', one);
console.log('once stores wrapper with listener:', typeof ee._events.c, ee._events.c.listener === one);
ee.setMaxListeners(3);
console.log('_maxListeners:', ee._maxListeners);

// A preset _maxListeners on the prototype is kept by the constructor.
function Legacy() { EventEmitter.call(this); }
Object.setPrototypeOf(Legacy.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Legacy, EventEmitter);
Legacy.prototype._maxListeners = 4;
const l = new Legacy();
console.log('legacy:', l.getMaxListeners(), Object.prototype.hasOwnProperty.call(l, '_maxListeners'), l instanceof EventEmitter);

// A subclass that presets _events keeps it ("shape mode").
class Shaped extends EventEmitter {
  constructor() {
    super();
  }
}
const sh = Object.create(Shaped.prototype);
sh._events = { __proto__: null, data: undefined, end: undefined };
EventEmitter.call(sh);
console.log('shaped keys:', Object.keys(sh._events).join(','), 'count', sh._eventsCount, 'names', sh.eventNames());
sh.on('data', one);
sh.on('other', two);
console.log('shaped after on:', sh.eventNames(), sh._eventsCount);
sh.removeListener('data', one);
console.log('shaped after remove:', sh.eventNames(), sh._eventsCount, 'data' in sh._events);
sh.removeAllListeners();
console.log('shaped after removeAll:', sh.eventNames(), Object.keys(sh._events).length);

// An _events object shared through the prototype is replaced, not shared.
function P() { EventEmitter.call(this); }
P.prototype = Object.create(EventEmitter.prototype);
P.prototype._events = { __proto__: null };
const p1 = new P();
const p2 = new P();
p1.on('x', one);
console.log('prototype _events not shared:', p2.listenerCount('x'), p1._events !== P.prototype._events);

// init can be called on any object.
const obj = {};
EventEmitter.init.call(obj);
console.log('init on plain object:', Object.keys(obj).join(','), obj._eventsCount);

// inspect output
console.log(util.inspect(new EventEmitter()));
const withListeners = new EventEmitter();
withListeners.on('x', function named() {});
withListeners.on('y', function a() {});
withListeners.on('y', function b() {});
console.log(util.inspect(withListeners, { depth: 0 }));
console.log(util.inspect(new EventEmitter({ captureRejections: true })));
