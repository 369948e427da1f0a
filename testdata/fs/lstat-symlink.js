// lstat sees the link itself; stat follows it.
const fs = require('fs');
const { p, attempt } = require('./fixtures/tmp');

fs.writeFileSync(p('target'), 'data');
fs.symlinkSync(p('target'), p('link'));
fs.symlinkSync('nowhere', p('dangling'));
const l = fs.lstatSync(p('link'));
const s = fs.statSync(p('link'));
console.log(l.isSymbolicLink(), l.isFile(), s.isSymbolicLink(), s.isFile(), s.size);
console.log(fs.lstatSync(p('dangling')).isSymbolicLink());
attempt('stat dangling', () => fs.statSync(p('dangling')));
fs.lstat(p('link'), (e, st) => {
  console.log('lstat callback', e, st.isSymbolicLink());
  fs.promises.lstat(p('link')).then((st2) => console.log('lstat promise', st2.isSymbolicLink()));
});
