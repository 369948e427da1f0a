// Max-listener leak warnings and limit validation.
const EventEmitter = require('events');

process.on('warning', (w) => {
  console.log('warning:', w.name, '|', w.message);
  console.log('  type:', String(w.type), 'count:', w.count, 'emitter is ours:', w.emitter instanceof EventEmitter,
    'is Error:', w instanceof Error, 'keys:', Object.keys(w).join(','));
});

const ee = new EventEmitter();
console.log('default:', EventEmitter.defaultMaxListeners, ee.getMaxListeners(), ee._maxListeners);
for (let i = 0; i < 10; i++) ee.on('x', () => {});
console.log('10 listeners, no warning yet');
ee.on('x', () => {}); // 11th -> warning
ee.on('x', () => {}); // no second warning for the same event
ee.on('y', () => {});

class Custom extends EventEmitter {}
const c = new Custom();
c.setMaxListeners(2);
const sym = Symbol('symEvent');
c.on(sym, () => {});
c.on(sym, () => {});
c.prependListener(sym, () => {});

const z = new EventEmitter();
z.setMaxListeners(0); // unlimited
for (let i = 0; i < 50; i++) z.on('z', () => {});
console.log('unlimited ok, count', z.listenerCount('z'));

const inf = new EventEmitter();
inf.setMaxListeners(Infinity);
for (let i = 0; i < 20; i++) inf.on('i', () => {});
console.log('Infinity max:', inf.getMaxListeners());

// Warning again after the list is dropped and rebuilt.
const again = new EventEmitter();
again.setMaxListeners(1);
const f1 = () => {};
again.on('a', f1);
again.on('a', () => {});
again.removeAllListeners('a');
again.on('a', f1);
again.on('a', () => {});

// The warning is once per event name even if listeners were removed in between.
const keep = new EventEmitter();
keep.setMaxListeners(1);
const g = () => {};
keep.on('k', g).on('k', g).on('k', g);
keep.removeListener('k', g);
keep.on('k', g);

// Validation.
for (const bad of [-1, NaN, '5', null, undefined, {}]) {
  try {
    ee.setMaxListeners(bad);
  } catch (e) {
    console.log('setMaxListeners(' + String(bad) + '):', e.code, e.name, e.message);
  }
}
for (const bad of [-1, NaN, 'x']) {
  try {
    EventEmitter.defaultMaxListeners = bad;
  } catch (e) {
    console.log('defaultMaxListeners =', String(bad), e.code, e.message);
  }
}
console.log('still default:', EventEmitter.defaultMaxListeners);

// Changing the default affects emitters without their own limit.
const d = new EventEmitter();
EventEmitter.defaultMaxListeners = 3;
console.log('after default change:', d.getMaxListeners(), ee.getMaxListeners(), EventEmitter.getMaxListeners(d));
for (let i = 0; i < 4; i++) d.on('d', () => {});
EventEmitter.defaultMaxListeners = 10;

// Static setMaxListeners with targets and without.
const t1 = new EventEmitter();
const t2 = new EventEmitter();
EventEmitter.setMaxListeners(7, t1, t2);
console.log('static set on targets:', t1.getMaxListeners(), t2.getMaxListeners(), EventEmitter.defaultMaxListeners);
EventEmitter.setMaxListeners(12);
console.log('static set default:', EventEmitter.defaultMaxListeners, new EventEmitter().getMaxListeners());
EventEmitter.setMaxListeners();
console.log('static set with no args keeps default:', EventEmitter.defaultMaxListeners);
EventEmitter.defaultMaxListeners = 10;
try {
  EventEmitter.setMaxListeners(-5);
} catch (e) {
  console.log('static bad n:', e.code, e.message);
}
try {
  EventEmitter.setMaxListeners(5, {});
} catch (e) {
  console.log('static bad target:', e.code, e.message);
}
try {
  EventEmitter.getMaxListeners({});
} catch (e) {
  console.log('getMaxListeners bad:', e.code, e.message);
}
console.log('getMaxListeners static:', EventEmitter.getMaxListeners(t1), EventEmitter.getMaxListeners(new EventEmitter()));
