// truncate and ftruncate: shorter, longer (zero-filled), default length.
const fs = require('fs');
const { p, attempt, err, settle } = require('./fixtures/tmp');

fs.writeFileSync(p('f'), 'hello world');
fs.truncateSync(p('f'), 5);
console.log(JSON.stringify(fs.readFileSync(p('f'), 'utf8')));
fs.truncateSync(p('f'), 8);
console.log(fs.readFileSync(p('f')));
fs.truncateSync(p('f'));
console.log(fs.statSync(p('f')).size);
fs.writeFileSync(p('g'), 'abcdef');
const fd = fs.openSync(p('g'), 'r+');
fs.ftruncateSync(fd, 2);
console.log(fs.readFileSync(p('g'), 'utf8'));
fs.closeSync(fd);
attempt('missing', () => fs.truncateSync(p('nope'), 1));
attempt('dir', () => fs.truncateSync(p(), 1));
attempt('bad len', () => fs.truncateSync(p('f'), 'x'));
fs.truncate(p('g'), 1, (e) => {
  console.log('callback', e, fs.readFileSync(p('g'), 'utf8'));
  fs.truncate(p('nope'), (e2) => {
    console.log('callback error', err(e2));
    const fd2 = fs.openSync(p('g'), 'r+');
    fs.ftruncate(fd2, 0, async (e3) => {
      console.log('ftruncate callback', e3, fs.statSync(p('g')).size);
      fs.closeSync(fd2);
      await settle('promise', fs.promises.truncate(p('f'), 3));
      console.log(fs.statSync(p('f')).size);
      await settle('promise error', fs.promises.truncate(p('nope')));
    });
  });
});
