process.on('uncaughtException', (err, origin) => {
  console.log('caught', err.message, origin);
});
setTimeout(() => { throw new Error('in timer'); }, 1);
setImmediate(() => { throw new Error('in immediate'); });
process.nextTick(() => { throw new Error('in tick'); });
setTimeout(() => console.log('still running'), 10);
throw new Error('sync');
