// node:stream/web: its exports, the matching globals, and the shape of the classes.
const log = (...a) => console.log(...a);
const web = require('stream/web');

log('keys', Object.keys(web));
log('node: prefix', require('node:stream/web') === web);
log('in builtinModules', require('module').builtinModules.includes('stream/web'));
for (const name of Object.keys(web)) {
  void globalThis[name]; // (nodus installs its globals on first use)
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  log(name, typeof web[name], 'global:', d ? `same=${d.value === web[name]} enumerable=${d.enumerable} writable=${d.writable} configurable=${d.configurable}` : 'none');
}
log('enumerable web stream globals', Object.keys(globalThis).filter((k) => k in web));

const classes = Object.keys(web).filter((k) => k !== 'ReadableStreamTee');
for (const name of classes) {
  const C = web[name];
  const proto = C.prototype;
  const tag = proto[Symbol.toStringTag];
  log(name, 'length', C.length, 'toStringTag', tag, 'own', Object.getOwnPropertyNames(proto).join(','));
}
log('ReadableStream statics', Object.getOwnPropertyNames(web.ReadableStream).sort().join(','));
log('ReadableStream.from length', web.ReadableStream.from.length);
log('asyncIterator', typeof web.ReadableStream.prototype[Symbol.asyncIterator]);
const it = new ReadableStream().values();
const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
log('iterator proto', Object.getOwnPropertyNames(Object.getPrototypeOf(it)).join(','),
  Object.getPrototypeOf(Object.getPrototypeOf(it)) === AsyncIteratorPrototype);
log('toString', Object.prototype.toString.call(new ReadableStream()), Object.prototype.toString.call(new WritableStream().getWriter()),
  Object.prototype.toString.call(new CountQueuingStrategy({ highWaterMark: 1 })));
const cqs = new CountQueuingStrategy({ highWaterMark: 2 });
const blqs = new ByteLengthQueuingStrategy({ highWaterMark: 3 });
log('strategies', cqs.highWaterMark, cqs.size(), cqs.size === new CountQueuingStrategy({ highWaterMark: 9 }).size,
  blqs.highWaterMark, blqs.size(new Uint8Array(5)), blqs.size.name, blqs.size.length);
class MyStream extends ReadableStream {
  constructor() {
    super({ start(c) { c.enqueue('sub'); c.close(); } });
  }
}
const mine = new MyStream();
mine.getReader().read().then((r) => log('subclass', mine instanceof ReadableStream, r.value));
