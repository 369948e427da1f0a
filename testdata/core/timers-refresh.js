const start = Date.now();
let fired = 0;
const t = setTimeout(() => {
  fired++;
  console.log('fired', fired, Date.now() - start >= 40 ? 'late enough' : 'too early');
}, 30);
setTimeout(() => t.refresh(), 15);
console.log(typeof t[Symbol.toPrimitive](), t.refresh() === t, t.unref() === t, t.ref() === t);
