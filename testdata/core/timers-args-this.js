const t = setTimeout(function (a, b) {
  console.log('args', a, b, this === t);
}, 10, 'x', 2);
setImmediate((a) => console.log('immediate arg', a), 42);
const i = setInterval((n) => {
  console.log('interval', n, ++count);
  if (count === 3) clearInterval(i);
}, 10, 'n');
let count = 0;
