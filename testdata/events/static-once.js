// events.once(): promise of the argument array, rejection on 'error'.
const EventEmitter = require('events');
const { once } = EventEmitter;

async function main() {
  const ee = new EventEmitter();
  process.nextTick(() => ee.emit('ready', 1, 'two', { three: 3 }));
  const args = await once(ee, 'ready');
  console.log('resolved with', JSON.stringify(args), 'listeners left:', ee.listenerCount('ready'), ee.listenerCount('error'));

  process.nextTick(() => ee.emit('empty'));
  console.log('no args:', await once(ee, 'empty'));

  process.nextTick(() => ee.emit('undef', undefined));
  console.log('undefined arg:', await once(ee, 'undef'));

  // Rejects on 'error' and cleans up.
  process.nextTick(() => ee.emit('error', new Error('went wrong')));
  try {
    await once(ee, 'never');
  } catch (err) {
    console.log('rejected:', err.message, 'listeners left:', ee.listenerCount('never'), ee.listenerCount('error'));
  }

  // Waiting for 'error' itself resolves with the error.
  process.nextTick(() => ee.emit('error', new Error('as value')));
  const [e] = await once(ee, 'error');
  console.log('once error resolved:', e.message, ee.listenerCount('error'));

  // Only the first emit counts.
  const p = once(ee, 'multi');
  ee.emit('multi', 'a');
  ee.emit('multi', 'b');
  console.log('first wins:', await p);

  // Listeners are registered synchronously.
  const p2 = once(ee, 'sync');
  console.log('registered synchronously:', ee.listenerCount('sync'), ee.listenerCount('error'));
  ee.emit('sync', 'now');
  console.log('sync:', await p2);

  // Symbol event names.
  const s = Symbol('s');
  const p3 = once(ee, s);
  ee.emit(s, 'sym');
  console.log('symbol:', await p3);

  // (options that are not objects are rejected by Node 21+ but accepted by Node 20)
  try {
    await once(ee, 'x', { signal: 'nope' });
  } catch (err) {
    console.log('signal:', err.code, err.message);
  }
  // Non-emitters are rejected (asynchronously, it is an async function).
  const bad = once({}, 'x');
  console.log('returns a promise:', bad instanceof Promise);
  try {
    await bad;
  } catch (err) {
    console.log('not an emitter:', err.code, err.message);
  }
  console.log('once.length', once.length, 'name', once.name);
}
main();
