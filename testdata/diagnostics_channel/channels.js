// diagnostics_channel: named channels, subscribers, bound stores, and the tracing
// channels around sync, promise and callback calls.
'use strict';
const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');

const ch = dc.channel('my-lib:thing');
console.log(ch.name, ch.hasSubscribers, dc.hasSubscribers('my-lib:thing'), ch === dc.channel('my-lib:thing'));
ch.publish({ lost: true });
const seen = (msg, name) => console.log('got', JSON.stringify(msg), String(name));
ch.subscribe(seen);
dc.subscribe('my-lib:thing', (msg) => console.log('second subscriber', msg.n));
console.log(ch.hasSubscribers, dc.hasSubscribers('my-lib:thing'));
ch.publish({ n: 1 });
console.log('unsubscribe', ch.unsubscribe(seen), ch.unsubscribe(seen), dc.unsubscribe('nobody', seen));
ch.publish({ n: 2 });

const sym = Symbol('private');
dc.channel(sym).subscribe((msg, name) => console.log('symbol channel', msg, name.toString()));
dc.channel(sym).publish('hi');

for (const bad of [() => dc.channel(42), () => ch.subscribe('nope'), () => dc.tracingChannel(7)]) {
  try {
    bad();
  } catch (err) {
    console.log(err.code, err.message);
  }
}

// A throwing subscriber does not stop the others; its error is uncaught later.
const boom = dc.channel('boom');
boom.subscribe(() => { throw new Error('subscriber broke'); });
boom.subscribe(() => console.log('after the throwing one'));
process.once('uncaughtException', (err) => console.log('uncaught:', err.message));
boom.publish(1);

// Stores: runStores publishes, then runs with the store holding the transformed value.
const als = new AsyncLocalStorage();
const withStore = dc.channel('with-store');
withStore.bindStore(als, (data) => ({ wrapped: data.id }));
withStore.subscribe((data) => console.log('store while publishing', JSON.stringify(als.getStore()), data.id));
const r = withStore.runStores({ id: 7 }, function (a, b) {
  console.log('inside', JSON.stringify(als.getStore()), this.tag, a + b);
  return 'result';
}, { tag: 'this' }, 1, 2);
console.log(r, als.getStore(), withStore.unbindStore(als), withStore.unbindStore(als));

// Tracing channels.
const tc = dc.tracingChannel('op');
console.log('tracing has subscribers', tc.hasSubscribers, tc.start.name, tc.asyncEnd.name);
console.log('untraced', tc.traceSync((x) => x * 2, {}, null, 21));
const log = (event) => (ctx) => console.log(event, JSON.stringify(ctx));
const handlers = {
  start: log('start'), end: log('end'), asyncStart: log('asyncStart'), asyncEnd: log('asyncEnd'), error: (ctx) => console.log('error', ctx.error.message),
};
tc.subscribe(handlers);
console.log('sync', tc.traceSync((x) => x * 2, { call: 'sync' }, null, 21));
try {
  tc.traceSync(() => { throw new Error('sync fail'); }, { call: 'throws' });
} catch (err) {
  console.log('caught', err.message);
}
tc.traceCallback((value, cb) => setTimeout(() => cb(null, value + 1), 1), 1, { call: 'callback' }, null, 1, (err, v) => {
  console.log('callback got', err, v);
  tc.tracePromise(async (v2) => v2 * 10, { call: 'promise' }, null, 5).then((v3) => {
    console.log('promise got', v3);
    return tc.tracePromise(async () => { throw new Error('async fail'); }, { call: 'rejects' });
  }).catch((err) => {
    console.log('rejected with', err.message);
    console.log('unsubscribed', tc.unsubscribe(handlers), tc.hasSubscribers);
  });
});
