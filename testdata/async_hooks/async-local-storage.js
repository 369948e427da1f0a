// AsyncLocalStorage through await, promise callbacks, nextTick, timers, immediates,
// queueMicrotask, I/O callbacks, EventEmitter (no propagation), enterWith, exit, disable,
// snapshot, bind and AsyncResource.
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const fs = require('fs');
const EventEmitter = require('events');
const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage({ defaultValue: 'default', name: 'other' });
const log = [];
let ioStore;
const note = (label) => log.push(`${label}: ${JSON.stringify(als.getStore())} ${JSON.stringify(other.getStore())}`);

const emitter = new EventEmitter();
emitter.on('ping', () => note('emitter listener (emitted inside run 2)'));

console.log(als.getStore(), other.getStore(), other.name, JSON.stringify(als.name));

als.run({ id: 1 }, async () => {
  note('sync in run 1');
  await null;
  note('after await');
  await new Promise((resolve) => setTimeout(resolve, 5));
  note('after await of a timer');
  other.run('inner', () => note('nested storage'));
  note('after nested');
  process.nextTick(() => note('nextTick'));
  setTimeout(() => note('setTimeout'), 1);
  setImmediate(() => note('setImmediate'));
  queueMicrotask(() => note('queueMicrotask'));
  Promise.resolve().then(() => note('then'));
  // Its place among the timers is the OS's: reported on its own.
  fs.stat(__filename, () => { ioStore = als.getStore(); });
  const resource = new AsyncResource('Test');
  const snapshot = AsyncLocalStorage.snapshot();
  const bound = AsyncLocalStorage.bind(() => note('bound fn'));
  als.run({ id: 2 }, () => {
    emitter.emit('ping');
    resource.runInAsyncScope(() => note('AsyncResource scope (made in run 1)'));
    snapshot(() => note('snapshot (taken in run 1)'));
    bound();
    als.exit(() => note('exit'));
  });
});
note('outside after run');

setTimeout(() => {
  const timerStore = new AsyncLocalStorage();
  timerStore.enterWith('entered');
  setTimeout(() => {
    log.push(`enterWith reaches later timers: ${timerStore.getStore()}`);
    timerStore.disable();
    log.push(`after disable: ${timerStore.getStore()}`);
    const interval = setInterval(() => {
      log.push(`interval: ${als.getStore()}`);
      clearInterval(interval);
    }, 1);
    als.run('in interval setup', () => {});
  }, 1);
}, 30);

setTimeout(() => {
  console.log(log.join('\n'));
  console.log('fs callback', ioStore);
  const r = new AsyncResource('X');
  console.log(typeof r.asyncId(), r.emitDestroy() === r, typeof AsyncResource.bind(() => 1).asyncResource);
  try { new AsyncResource(); } catch (e) { console.log(e.name, e.code, e.message); }
}, 120);
