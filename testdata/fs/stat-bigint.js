// stat with { bigint: true }: every number is a bigint, plus the *Ns fields.
const fs = require('fs');
const { p } = require('./fixtures/tmp');

fs.writeFileSync(p('f'), 'abc');
const s = fs.statSync(p('f'), { bigint: true });
console.log(typeof s.size, s.size, typeof s.mode, typeof s.mtimeMs, typeof s.mtimeNs);
console.log(s.isFile(), s.isDirectory());
console.log(s.mtimeNs / 1000000n === s.mtimeMs, s.mtime instanceof Date);
console.log(Object.keys(s).length);
fs.stat(p('f'), { bigint: true }, (e, st) => {
  console.log('callback', e, typeof st.size, st.size);
  fs.promises.stat(p('f'), { bigint: true }).then((ps) => console.log('promise', typeof ps.ino));
});
