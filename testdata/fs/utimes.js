// utimes/futimes/lutimes with numbers, Dates and numeric strings.
const fs = require('fs');
const { p, attempt, err, settle } = require('./fixtures/tmp');

fs.writeFileSync(p('f'), '');
fs.utimesSync(p('f'), 1000000, 2000000.5);
let s = fs.statSync(p('f'));
console.log(s.atimeMs, s.mtimeMs, s.mtime.toISOString());
fs.utimesSync(p('f'), new Date('2020-01-02T03:04:05.678Z'), new Date('2021-06-07T08:09:10Z'));
s = fs.statSync(p('f'));
console.log(s.atime.toISOString(), s.mtime.toISOString());
fs.utimesSync(p('f'), '5000', '6000');
console.log(fs.statSync(p('f')).mtimeMs);
const fd = fs.openSync(p('f'), 'r');
fs.futimesSync(fd, 7000, 8000);
fs.closeSync(fd);
console.log(fs.statSync(p('f')).mtimeMs);
fs.symlinkSync(p('f'), p('link'));
fs.lutimesSync(p('link'), 100, 200);
console.log(fs.lstatSync(p('link')).mtimeMs, fs.statSync(p('f')).mtimeMs);
attempt('missing', () => fs.utimesSync(p('nope'), 1, 1));
attempt('bad time', () => fs.utimesSync(p('f'), 'soon', 1));
attempt('bad mtime', () => fs.utimesSync(p('f'), 1, {}));
fs.utimes(p('f'), 300, 400, (e) => {
  console.log('callback', e, fs.statSync(p('f')).mtimeMs);
  fs.utimes(p('nope'), 1, 1, async (e2) => {
    console.log('callback error', err(e2));
    await settle('promise', fs.promises.utimes(p('f'), 10, 20));
    console.log(fs.statSync(p('f')).atimeMs);
  });
});
