// access with modes, exists and existsSync.
const fs = require('fs');
const { p, attempt, err, settle } = require('./fixtures/tmp');

fs.writeFileSync(p('f'), '');
fs.chmodSync(p('f'), 0o400);
attempt('F_OK', () => fs.accessSync(p('f')));
attempt('R_OK', () => fs.accessSync(p('f'), fs.constants.R_OK));
attempt('X_OK', () => fs.accessSync(p('f'), fs.constants.X_OK));
attempt('missing', () => fs.accessSync(p('nope')));
attempt('bad mode', () => fs.accessSync(p('f'), 'r'));
attempt('mode out of range', () => fs.accessSync(p('f'), 8));
console.log(fs.existsSync(p('f')), fs.existsSync(p('nope')), fs.existsSync(p()), fs.existsSync(''));
console.log(fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK);
fs.access(p('f'), (e) => {
  console.log('access callback', e);
  fs.access(p('nope'), fs.constants.R_OK, (e2) => {
    console.log('access missing', err(e2));
    fs.exists(p('f'), (yes) => {
      console.log('exists', yes);
      fs.exists(p('nope'), async (no) => {
        console.log('exists missing', no);
        await settle('promise', fs.promises.access(p('f')));
        await settle('promise missing', fs.promises.access(p('nope')));
      });
    });
  });
});
