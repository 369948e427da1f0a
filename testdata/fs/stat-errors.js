// stat errors in all three forms.
const fs = require('fs');
const { p, attempt, err, settle } = require('./fixtures/tmp');

fs.writeFileSync(p('f'), 'x');
attempt('stat missing', () => fs.statSync(p('nope')));
attempt('lstat missing', () => fs.lstatSync(p('nope')));
attempt('stat under a file', () => fs.statSync(p('f', 'child')));
attempt('stat bad path', () => fs.statSync(7));
attempt('throwIfNoEntry', () => fs.statSync(p('nope'), { throwIfNoEntry: false }));
attempt('lstat throwIfNoEntry', () => fs.lstatSync(p('nope'), { throwIfNoEntry: false }));
fs.stat(p('nope'), (e, s) => {
  console.log('callback', err(e), s);
  settle('promise', fs.promises.stat(p('nope')));
});
