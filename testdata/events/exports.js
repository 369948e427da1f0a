// Shape of the node:events module object.
const events = require('events');
const EventEmitter = events;

console.log('keys:', Object.keys(events).join(','));
console.log('module is the constructor:', typeof events, events.name, events.length);
console.log('EventEmitter.EventEmitter:', events.EventEmitter === events);
console.log('usingDomains:', events.usingDomains);
console.log('errorMonitor:', events.errorMonitor.toString(), events.errorMonitor === Symbol.for('events.errorMonitor'));
console.log('captureRejectionSymbol:', events.captureRejectionSymbol.toString(), events.captureRejectionSymbol === Symbol.for('nodejs.rejection'));
console.log('captureRejections:', events.captureRejections, 'defaultMaxListeners:', events.defaultMaxListeners);
for (const k of ['once', 'on', 'getEventListeners', 'getMaxListeners', 'addAbortListener', 'setMaxListeners', 'init', 'listenerCount']) {
  console.log(k, typeof events[k], 'length', events[k].length, 'name', JSON.stringify(events[k].name));
}
console.log('once is async:', Object.prototype.toString.call(events.once));
for (const k of ['captureRejections', 'defaultMaxListeners', 'EventEmitterAsyncResource', 'kMaxEventTargetListeners', 'kMaxEventTargetListenersWarned']) {
  const d = Object.getOwnPropertyDescriptor(events, k);
  console.log(k, 'get:', typeof d.get, 'set:', typeof d.set, 'value:', typeof d.value, 'enumerable:', d.enumerable, 'configurable:', d.configurable);
}
console.log('kMaxEventTargetListeners:', events.kMaxEventTargetListeners.toString());
console.log('EventEmitterAsyncResource:', typeof events.EventEmitterAsyncResource,
  events.EventEmitterAsyncResource === events.EventEmitterAsyncResource,
  Object.getPrototypeOf(events.EventEmitterAsyncResource.prototype) === EventEmitter.prototype);

const proto = EventEmitter.prototype;
console.log('prototype keys:', Object.getOwnPropertyNames(proto).join(','));
for (const k of Object.getOwnPropertyNames(proto)) {
  const v = proto[k];
  if (typeof v === 'function') console.log('  ', k, v.name, v.length);
  else console.log('  ', k, '=', v);
}
console.log('prototype symbols:', Object.getOwnPropertySymbols(proto).map(String));
console.log('prototype enumerable:', Object.keys(proto).join(','));
const d = Object.getOwnPropertyDescriptor(EventEmitter, 'prototype');
console.log('prototype descriptor writable:', d.writable, 'enumerable:', d.enumerable);
console.log('constructor:', proto.constructor === EventEmitter);

// Calling without new is not supported by the function form either in Node: it throws
// when `this` is undefined.
try {
  EventEmitter();
  console.log('call without new: ok');
} catch (e) {
  console.log('call without new throws', e instanceof TypeError);
}
