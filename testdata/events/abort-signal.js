// AbortSignal support: events.once/events.on with { signal }, events.addAbortListener,
// and the static helpers on EventTarget.
const EventEmitter = require('events');
const { once, on, addAbortListener, getEventListeners, setMaxListeners, getMaxListeners } = EventEmitter;

function describe(e) {
  return [e.name, e.code, e.message, e.cause === undefined ? 'no cause' : 'cause=' + String(e.cause)].join(' | ');
}

async function main() {
  // Already aborted.
  const ee = new EventEmitter();
  try {
    await once(ee, 'x', { signal: AbortSignal.abort() });
  } catch (e) {
    console.log('once pre-aborted:', describe(e), 'listeners:', ee.listenerCount('x'));
  }
  const reason = new Error('custom reason');
  try {
    await once(ee, 'x', { signal: AbortSignal.abort(reason) });
  } catch (e) {
    console.log('once pre-aborted with reason:', e.name, e.cause === reason);
  }

  // Aborted while waiting.
  const ac = new AbortController();
  const p = once(ee, 'x', { signal: ac.signal });
  console.log('waiting listeners:', ee.listenerCount('x'), ee.listenerCount('error'));
  ac.abort('why');
  try {
    await p;
  } catch (e) {
    console.log('once aborted later:', describe(e), 'listeners:', ee.listenerCount('x'), ee.listenerCount('error'));
  }

  // Resolves normally and removes the abort listener.
  const ac2 = new AbortController();
  const p2 = once(ee, 'y', { signal: ac2.signal });
  ee.emit('y', 'ok');
  console.log('once resolved:', await p2);
  ac2.abort();
  console.log('no late rejection');

  // events.on with a signal.
  try {
    on(ee, 'z', { signal: AbortSignal.abort() });
  } catch (e) {
    console.log('on pre-aborted throws synchronously:', describe(e));
  }
  const ac3 = new AbortController();
  const it = on(ee, 'z', { signal: ac3.signal });
  ee.emit('z', 1);
  console.log('on first:', JSON.stringify(await it.next()));
  const pending = it.next();
  ac3.abort();
  try {
    await pending;
  } catch (e) {
    console.log('on aborted:', describe(e), 'listeners:', ee.listenerCount('z'));
  }
  console.log('on after abort:', JSON.stringify(await it.next()));

  // addAbortListener.
  const ac4 = new AbortController();
  const calls = [];
  const disposable = addAbortListener(ac4.signal, (e) => calls.push('listener 1 ' + e.type));
  const disposable2 = addAbortListener(ac4.signal, () => calls.push('listener 2 (disposed)'));
  console.log('disposable has Symbol.dispose:', typeof disposable[Symbol.dispose], Object.getPrototypeOf(disposable));
  disposable2[Symbol.dispose]();
  ac4.abort();
  console.log('calls:', calls.join(', '));
  disposable[Symbol.dispose](); // no-op after abort

  // Already aborted: the listener runs in a microtask.
  const order = [];
  addAbortListener(AbortSignal.abort(), (...args) => order.push('aborted listener args=' + args.length));
  order.push('sync');
  await null;
  console.log('order:', order.join(', '));

  for (const [label, fn] of [
    ['no signal', () => addAbortListener(undefined, () => {})],
    ['bad signal', () => addAbortListener({}, () => {})],
    ['bad listener', () => addAbortListener(new AbortController().signal, 'x')],
    ['once bad signal', () => once(ee, 'x', { signal: {} })],
  ]) {
    try {
      const r = fn();
      if (r instanceof Promise) await r;
      console.log(label, 'accepted');
    } catch (e) {
      console.log(label + ':', e.code, e.message);
    }
  }

  // Static helpers with an EventTarget.
  const et = new EventTarget();
  const h1 = () => {};
  const h2 = () => {};
  et.addEventListener('foo', h1);
  et.addEventListener('foo', h2);
  et.addEventListener('bar', h1);
  const fooListeners = getEventListeners(et, 'foo');
  console.log('EventTarget listeners:', fooListeners.length, fooListeners[0] === h1, fooListeners[1] === h2, getEventListeners(et, 'none').length);
  console.log('EventTarget getMaxListeners default:', getMaxListeners(et));
  setMaxListeners(3, et);
  console.log('EventTarget getMaxListeners after set:', getMaxListeners(et));

  // EventTarget works with events.once (no error semantics).
  const et2 = new EventTarget();
  const p3 = once(et2, 'ping');
  et2.dispatchEvent(new Event('ping'));
  const [ev] = await p3;
  console.log('once on EventTarget:', ev.type, ev instanceof Event);
}
main();
