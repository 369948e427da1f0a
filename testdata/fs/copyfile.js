// copyFile: content and mode copied; COPYFILE_EXCL; errors with dest.
const fs = require('fs');
const { p, attempt, err, settle } = require('./fixtures/tmp');

fs.writeFileSync(p('src'), 'copy me', { mode: 0o640 });
fs.copyFileSync(p('src'), p('dst'));
console.log(fs.readFileSync(p('dst'), 'utf8'), (fs.statSync(p('dst')).mode & 0o777).toString(8));
fs.writeFileSync(p('src'), 'changed');
fs.copyFileSync(p('src'), p('dst'));
console.log(fs.readFileSync(p('dst'), 'utf8'));
attempt('excl', () => fs.copyFileSync(p('src'), p('dst'), fs.constants.COPYFILE_EXCL));
attempt('missing', () => fs.copyFileSync(p('nope'), p('x')));
attempt('to missing dir', () => fs.copyFileSync(p('src'), p('no', 'x')));
attempt('bad mode', () => fs.copyFileSync(p('src'), p('x'), 'excl'));
attempt('bad mode range', () => fs.copyFileSync(p('src'), p('x'), 8));
attempt('bad src', () => fs.copyFileSync(null, p('x')));
const big = Buffer.alloc(300000, 'abcdefg');
fs.writeFileSync(p('big'), big);
fs.copyFile(p('big'), p('big2'), (e) => {
  console.log('callback', e, fs.readFileSync(p('big2')).equals(big));
  fs.copyFile(p('big'), p('big2'), fs.constants.COPYFILE_EXCL, async (e2) => {
    console.log('callback excl', err(e2));
    await settle('promise', fs.promises.copyFile(p('src'), p('p')));
    await settle('promise excl', fs.promises.copyFile(p('src'), p('p'), fs.constants.COPYFILE_EXCL));
  });
});
