console.log(btoa('hello'), atob('aGVsbG8='));
try { atob('*'); } catch (e) { console.log(e.name); }
const t = performance.now();
console.log(typeof t, t >= 0, typeof performance.timeOrigin);
