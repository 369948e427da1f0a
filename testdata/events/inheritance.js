// Subclassing styles used by real packages.
const EventEmitter = require('events');
const util = require('util');

// ES class with an emit override.
class Logged extends EventEmitter {
  constructor(opts) {
    super(opts);
    this.log = [];
  }
  emit(type, ...args) {
    this.log.push(String(type));
    return super.emit(type, ...args);
  }
}
const l = new Logged();
l.on('a', (x) => l.log.push('a got ' + x));
l.once('b', () => {});
l.emit('a', 1);
l.emit('b');
l.emit('b');
l.on('newListener', () => {});
l.on('c', () => {});
l.removeAllListeners();
console.log('logged:', l.log.join(','));
console.log('instanceof:', l instanceof Logged, l instanceof EventEmitter, Object.keys(l).join(','));

// Old style: constructor function + util.inherits.
function Old() {
  EventEmitter.call(this);
  this.name = 'old';
}
util.inherits(Old, EventEmitter);
const o = new Old();
o.on('x', function () { console.log('old style this.name:', this.name); });
o.emit('x');
console.log('super_:', Old.super_ === EventEmitter, Object.keys(o).join(','));

// Mixin: copying the prototype methods onto a plain object.
const mixed = Object.assign({ label: 'mixin' }, EventEmitter.prototype);
mixed.on('m', function (v) { console.log('mixin got', v, this.label); });
console.log('mixin emit:', mixed.emit('m', 5), mixed.listenerCount('m'), Object.keys(mixed).slice(0, 4).join(','));

// Object.create of the prototype without calling the constructor.
const created = Object.create(EventEmitter.prototype);
created.on('c', (v) => console.log('created got', v));
created.emit('c', 'yes');
console.log('created own keys:', Object.keys(created).join(','));

// A subclass that defines an 'error' handler via a method.
class SafeEmitter extends EventEmitter {
  constructor() {
    super();
    this.on('error', this.onError);
  }
  onError(err) {
    console.log('SafeEmitter handled', err.message, this instanceof SafeEmitter);
  }
}
new SafeEmitter().emit('error', new Error('boom'));

// Constructor options are forwarded.
class Capturing extends EventEmitter {
  constructor() {
    super({ captureRejections: true });
  }
}
const cap = new Capturing();
cap.on('error', (e) => console.log('Capturing got', e.message));
cap.on('job', async () => { throw new Error('async job failed'); });
cap.emit('job');

// Shadowing prototype methods on an instance.
const shadow = new EventEmitter();
shadow.emit = function (type) { return 'shadowed ' + type; };
console.log(shadow.emit('z'), EventEmitter.prototype.emit.call(shadow, 'z'));

// Symbol.toStringTag / toString
console.log(String(new EventEmitter()), Object.prototype.toString.call(new Logged()));
