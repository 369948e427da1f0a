// fstat in its forms.
const fs = require('fs');
const { p } = require('./fixtures/tmp');

fs.writeFileSync(p('f'), '12345');
const fd = fs.openSync(p('f'), 'r');
const s = fs.fstatSync(fd);
console.log(s.isFile(), s.size, s.ino === fs.statSync(p('f')).ino);
console.log(typeof fs.fstatSync(fd, { bigint: true }).size);
fs.fstat(fd, (e, st) => {
  console.log('callback', e, st.size);
  fs.closeSync(fd);
  const dfd = fs.openSync(p(), 'r');
  console.log('dir', fs.fstatSync(dfd).isDirectory());
  fs.closeSync(dfd);
});
