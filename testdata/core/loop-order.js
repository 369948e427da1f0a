// nextTick before promise jobs, both before timers and immediates; ticks drain between callbacks.
const log = [];
setImmediate(() => { log.push('immediate 1'); process.nextTick(() => log.push('tick in immediate')); Promise.resolve().then(() => log.push('micro in immediate')); });
setImmediate(() => log.push('immediate 2'));
process.nextTick(() => log.push('tick 1'));
Promise.resolve().then(() => { log.push('micro 1'); process.nextTick(() => log.push('tick from micro')); });
process.nextTick(() => { log.push('tick 2'); Promise.resolve().then(() => log.push('micro from tick')); });
queueMicrotask(() => log.push('queueMicrotask'));
log.push('sync');
process.on('exit', () => console.log(log.join('\n')));
