// chmod/fchmod with numbers and octal strings; bad modes.
const fs = require('fs');
const { p, attempt, err, settle } = require('./fixtures/tmp');

const mode = (f) => (fs.statSync(f).mode & 0o777).toString(8);
fs.writeFileSync(p('f'), '');
fs.chmodSync(p('f'), 0o600);
console.log(mode(p('f')));
fs.chmodSync(p('f'), '755');
console.log(mode(p('f')));
const fd = fs.openSync(p('f'), 'r');
fs.fchmodSync(fd, 0o640);
console.log(mode(p('f')));
fs.closeSync(fd);
attempt('bad mode string', () => fs.chmodSync(p('f'), 'rwx'));
attempt('bad mode type', () => fs.chmodSync(p('f'), {}));
attempt('missing', () => fs.chmodSync(p('nope'), 0o600));
fs.chmod(p('f'), 0o444, (e) => {
  console.log('callback', e, mode(p('f')));
  fs.chmod(p('nope'), 0o444, async (e2) => {
    console.log('callback error', err(e2));
    await settle('promise', fs.promises.chmod(p('f'), 0o700));
    console.log(mode(p('f')));
  });
});
