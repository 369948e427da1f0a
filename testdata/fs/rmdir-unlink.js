// rmdir and unlink and their errors.
const fs = require('fs');
const { p, attempt, err, settle } = require('./fixtures/tmp');

fs.mkdirSync(p('d'));
fs.writeFileSync(p('d', 'f'), '');
attempt('rmdir not empty', () => fs.rmdirSync(p('d')));
attempt('rmdir a file', () => fs.rmdirSync(p('d', 'f')));
attempt('rmdir missing', () => fs.rmdirSync(p('nope')));
attempt('unlink a dir', () => fs.unlinkSync(p('d')));
attempt('unlink missing', () => fs.unlinkSync(p('nope')));
fs.unlinkSync(p('d', 'f'));
fs.rmdirSync(p('d'));
console.log(fs.readdirSync(p()));
fs.writeFileSync(p('g'), '');
fs.unlink(p('g'), (e) => {
  console.log('unlink callback', e, fs.existsSync(p('g')));
  fs.unlink(p('g'), (e2) => {
    console.log('unlink again', err(e2));
    fs.mkdirSync(p('h'));
    fs.rmdir(p('h'), async (e3) => {
      console.log('rmdir callback', e3);
      await settle('promise unlink', fs.promises.unlink(p('h')));
      await settle('promise rmdir', fs.promises.rmdir(p('h')));
    });
  });
});
