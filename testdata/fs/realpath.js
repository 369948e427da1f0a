// realpath through symlinks, native and not; their different errors.
const fs = require('fs');
const { p, dir, clean, attempt, settle } = require('./fixtures/tmp');

const real = fs.realpathSync(dir);
fs.mkdirSync(p('target', 'inner'), { recursive: true });
fs.symlinkSync(p('target'), p('link'));
console.log(fs.realpathSync(p('link')) === real + '/target');
console.log(fs.realpathSync(p('link', 'inner', '..', 'inner')) === real + '/target/inner');
console.log(fs.realpathSync.native(p('link')) === real + '/target');
console.log(Buffer.isBuffer(fs.realpathSync(p('link'), 'buffer')));
console.log(fs.realpathSync(p('link'), { encoding: 'buffer' }).toString() === real + '/target');
const rel = (s) => clean(s).replace(real, '<real>');
attempt('missing', () => rel(fs.realpathSync(p('nope', 'x'))));
attempt('native missing', () => fs.realpathSync.native(p('nope')));
fs.realpath(p('link'), (e, r) => {
  console.log('callback', e, r === real + '/target');
  fs.realpath.native(p('link'), async (e2, r2) => {
    console.log('native callback', e2, r2 === real + '/target');
    const r3 = await fs.promises.realpath(p('link'));
    console.log('promise', r3 === real + '/target');
    await settle('promise missing', fs.promises.realpath(p('nope')));
  });
});
