// An unref'd timer does not keep the loop alive; ref() brings it back.
const t = setTimeout(() => console.log('unref timer ran (should not)'), 50);
t.unref();
console.log('hasRef after unref', t.hasRef());
const u = setTimeout(() => console.log('re-ref timer ran'), 10);
u.unref();
u.ref();
console.log('hasRef after ref', u.hasRef());
const i = setImmediate(() => console.log('unref immediate ran'));
i.unref();
console.log('immediate hasRef', i.hasRef());
process.on('exit', () => console.log('exit'));
