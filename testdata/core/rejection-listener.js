process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
});
Promise.reject(new Error('first'));
(async () => { throw 'from async'; })();
setTimeout(() => console.log('alive'), 5);
