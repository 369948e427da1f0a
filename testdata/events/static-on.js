// events.on(): async iteration over events, error and close handling.
const EventEmitter = require('events');
const { on } = EventEmitter;

async function main() {
  // Events emitted before iteration are buffered.
  const ee = new EventEmitter();
  const it = on(ee, 'data');
  console.log('listeners while iterating:', ee.listenerCount('data'), ee.listenerCount('error'));
  ee.emit('data', 1);
  ee.emit('data', 2, 'b');
  ee.emit('data');
  let n = 0;
  for await (const args of it) {
    console.log('got', JSON.stringify(args));
    if (++n === 3) break;
  }
  console.log('after break:', ee.listenerCount('data'), ee.listenerCount('error'));

  // Waiting consumers are resolved by later emits.
  const ee2 = new EventEmitter();
  const it2 = on(ee2, 'tick');
  const p1 = it2.next();
  const p2 = it2.next();
  ee2.emit('tick', 'a');
  ee2.emit('tick', 'b');
  console.log('pending next():', JSON.stringify(await p1), JSON.stringify(await p2));

  // An 'error' rejects the next pending promise and ends the iterator.
  const p3 = it2.next();
  ee2.emit('error', new Error('iter failed'));
  try {
    await p3;
  } catch (e) {
    console.log('rejected with', e.message);
  }
  console.log('after error:', JSON.stringify(await it2.next()), ee2.listenerCount('tick'), ee2.listenerCount('error'));

  // An error with no consumer waiting is delivered after buffered events.
  const ee3 = new EventEmitter();
  const it3 = on(ee3, 'v');
  ee3.emit('v', 1);
  ee3.emit('error', new Error('later'));
  ee3.emit('v', 2); // not seen: listeners are gone
  console.log('buffered:', JSON.stringify(await it3.next()));
  try {
    await it3.next();
  } catch (e) {
    console.log('then error:', e.message);
  }
  console.log('then done:', JSON.stringify(await it3.next()));

  // The close option ends the iteration.
  const ee4 = new EventEmitter();
  const it4 = on(ee4, 'item', { close: ['end', 'finish'] });
  console.log('close listeners:', ee4.listenerCount('end'), ee4.listenerCount('finish'));
  process.nextTick(() => {
    ee4.emit('item', 'x');
    ee4.emit('item', 'y');
    ee4.emit('finish');
    ee4.emit('item', 'z');
  });
  const items = [];
  for await (const [v] of it4) items.push(v);
  console.log('items before close:', items.join(','), 'listeners:', ee4.listenerCount('item'), ee4.listenerCount('end'));

  // return() finishes and resolves pending next() calls with done.
  const ee5 = new EventEmitter();
  const it5 = on(ee5, 'x');
  const pending = it5.next();
  console.log('return():', JSON.stringify(await it5.return()));
  console.log('pending resolved:', JSON.stringify(await pending));
  console.log('next after return:', JSON.stringify(await it5.next()));

  // throw() requires an Error and ends the iterator.
  const ee6 = new EventEmitter();
  const it6 = on(ee6, 'x');
  try {
    it6.throw('not an error');
  } catch (e) {
    console.log('throw(non-error):', e.code, e.message);
  }
  console.log('throw(Error) returns:', it6.throw(new Error('thrown in')));
  try {
    await it6.next();
  } catch (e) {
    console.log('next after throw:', e.message);
  }
  console.log('listeners after throw:', ee6.listenerCount('x'));

  // Iterating 'error' itself yields errors as values.
  const ee7 = new EventEmitter();
  const it7 = on(ee7, 'error');
  ee7.emit('error', new Error('as value'));
  const r7 = await it7.next();
  console.log('error as value:', r7.value[0].message, r7.done);
  await it7.return();

  // Iterator shape.
  const it8 = on(new EventEmitter(), 'x');
  console.log('is its own async iterator:', it8[Symbol.asyncIterator]() === it8);
  console.log('methods:', typeof it8.next, typeof it8.return, typeof it8.throw);
  console.log('proto is AsyncIteratorPrototype:', Object.getPrototypeOf(it8) === Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype));
  await it8.return();

  // Watermark validation.
  for (const opts of [{ highWaterMark: 0 }, { highWatermark: -1 }, { lowWaterMark: 0 }, { lowWatermark: 1.5 }, { highWaterMark: 'x' }]) {
    try {
      on(new EventEmitter(), 'x', opts);
      console.log(JSON.stringify(opts), 'accepted');
    } catch (e) {
      console.log(JSON.stringify(opts), e.code, e.message);
    }
  }
  try {
    on({}, 'x');
  } catch (e) {
    console.log('not an emitter:', e.code, e.message);
  }
  console.log('on.length', on.length, 'name', on.name);
}
main();
