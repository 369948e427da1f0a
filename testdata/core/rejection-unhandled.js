process.on('exit', (c) => console.log('exit', c));
Promise.reject(new Error('nobody catches this'));
setTimeout(() => console.log('never'), 50);
