// Listener order, and adding/removing listeners while an emit is running.
const EventEmitter = require('events');

const ee = new EventEmitter();
const log = [];
const a = () => { log.push('a'); ee.removeListener('x', b); };
const b = () => log.push('b');
const c = () => log.push('c');
ee.on('x', a);
ee.on('x', b);
ee.on('x', c);
ee.emit('x');
console.log('first emit (b removed during emit still runs):', log.join(','));
log.length = 0;
ee.emit('x');
console.log('second emit:', log.join(','));

// Adding during emit is not seen by the running emit.
const ee2 = new EventEmitter();
const out = [];
ee2.on('y', function first() {
  out.push('first');
  ee2.on('y', () => out.push('added'));
});
ee2.on('y', () => out.push('second'));
ee2.emit('y');
console.log('emit 1:', out.join(','));
out.length = 0;
ee2.emit('y');
console.log('emit 2:', out.join(','));

// Prepending during emit is not seen either.
const ee3 = new EventEmitter();
const o3 = [];
ee3.on('z', () => { o3.push('one'); ee3.prependListener('z', () => o3.push('pre')); });
ee3.on('z', () => o3.push('two'));
ee3.emit('z');
console.log('prepend during emit:', o3.join(','));
o3.length = 0;
ee3.emit('z');
console.log('next emit:', o3.join(','));

// removeAllListeners during emit does not stop the current emit.
const ee4 = new EventEmitter();
const o4 = [];
ee4.on('w', () => { o4.push('1'); ee4.removeAllListeners('w'); });
ee4.on('w', () => o4.push('2'));
ee4.on('w', () => o4.push('3'));
console.log('emit returns', ee4.emit('w'), o4.join(','), 'then', ee4.emit('w'), ee4.listenerCount('w'));

// Single listener removing itself and adding another.
const ee5 = new EventEmitter();
const o5 = [];
function self() { o5.push('self'); ee5.off('v', self); ee5.on('v', () => o5.push('new')); }
ee5.on('v', self);
ee5.emit('v');
ee5.emit('v');
console.log('self-replacing:', o5.join(','));

// Nested emits.
const ee6 = new EventEmitter();
const o6 = [];
let n = 0;
ee6.on('n', () => { o6.push('A' + n); if (n++ < 2) ee6.emit('n'); });
ee6.on('n', () => o6.push('B' + n));
ee6.emit('n');
console.log('nested:', o6.join(','));

// A listener that throws stops the emit; later listeners do not run.
const ee7 = new EventEmitter();
ee7.on('t', () => { throw new Error('boom'); });
ee7.on('t', () => console.log('not reached'));
try { ee7.emit('t'); } catch (e) { console.log('caught', e.message); }

// Many listeners keep insertion order and removal works from the middle.
const ee8 = new EventEmitter();
ee8.setMaxListeners(100);
const fns = [];
const o8 = [];
for (let i = 0; i < 20; i++) { const f = () => o8.push(i); fns.push(f); ee8.on('m', f); }
for (let i = 0; i < 20; i += 3) ee8.removeListener('m', fns[i]);
ee8.emit('m');
console.log('many:', o8.join(','), 'count', ee8.listenerCount('m'));
const rawCopy = ee8.rawListeners('m');
rawCopy.length = 0;
console.log('rawListeners is a copy:', ee8.listenerCount('m'));
