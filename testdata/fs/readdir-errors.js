// readdir of missing paths and files.
const fs = require('fs');
const { p, attempt, err, settle } = require('./fixtures/tmp');

fs.writeFileSync(p('f'), '');
attempt('missing', () => fs.readdirSync(p('nope')));
attempt('file', () => fs.readdirSync(p('f')));
attempt('bad path', () => fs.readdirSync(null));
attempt('bad options', () => fs.readdirSync(p(), 5));
attempt('bad encoding', () => fs.readdirSync(p(), 'nope'));
fs.readdir(p('nope'), (e) => {
  console.log('callback', err(e));
  settle('promise', fs.promises.readdir(p('f')));
});
