// A rejection handled in the same tick is not unhandled.
const p = Promise.reject(new Error('late'));
Promise.resolve().then(() => p.catch((e) => console.log('caught', e.message)));
