// Callbacks never run synchronously; several in flight all complete.
const fs = require('fs');
const { p } = require('./fixtures/tmp');

const seen = [];
fs.writeFileSync(p('f'), 'x');
let pending = 5;
for (let i = 0; i < 5; i++) {
  fs.stat(p('f'), (e, s) => {
    seen.push(s.size);
    if (--pending === 0) {
      console.log('all stats', seen.join(','));
      fs.readFile(p('f'), 'utf8', (e2, d) => console.log('readFile', d));
    }
  });
}
process.nextTick(() => console.log('nextTick first'));
Promise.resolve().then(() => console.log('microtask first'));
console.log('sync first');
