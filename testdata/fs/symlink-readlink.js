// symlink and readlink, with their errors.
const fs = require('fs');
const { p, attempt, err, settle } = require('./fixtures/tmp');

fs.writeFileSync(p('f'), 'x');
fs.symlinkSync('f', p('rel'));
fs.symlinkSync(p('f'), p('abs'), 'file');
console.log(fs.readlinkSync(p('rel')));
console.log(fs.readlinkSync(p('abs')) === p('f'));
console.log(fs.readlinkSync(p('rel'), 'buffer'));
console.log(fs.readFileSync(p('rel'), 'utf8'));
attempt('exists', () => fs.symlinkSync('f', p('rel')));
attempt('readlink a file', () => fs.readlinkSync(p('f')));
attempt('readlink missing', () => fs.readlinkSync(p('nope')));
attempt('bad type', () => fs.symlinkSync('f', p('q'), 'weird'));
attempt('bad target', () => fs.symlinkSync(5, p('q')));
fs.symlink('f', p('cb'), (e) => {
  console.log('callback', e);
  fs.readlink(p('cb'), (e2, target) => {
    console.log('readlink callback', e2, target);
    fs.symlink('f', p('cb'), async (e3) => {
      console.log('callback error', err(e3));
      await settle('promise', fs.promises.symlink('f', p('pr')));
      await settle('promise readlink', fs.promises.readlink(p('pr')));
      await settle('promise error', fs.promises.readlink(p('f')));
    });
  });
});
