process.on('uncaughtException', (e, origin) => console.log('uncaught', e.message, origin));
Promise.reject(new Error('r'));
