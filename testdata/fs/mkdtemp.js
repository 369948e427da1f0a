// mkdtemp: prefix plus six characters, mode 0700, all three forms.
const fs = require('fs');
const path = require('path');
const { p, dir, attempt } = require('./fixtures/tmp');

const check = (made, prefix) => {
  const base = path.basename(made);
  return [path.dirname(made) === dir, base.startsWith(prefix), base.length === prefix.length + 6,
    /^[A-Za-z0-9]{6}$/.test(base.slice(prefix.length)), fs.statSync(made).isDirectory(),
    (fs.statSync(made).mode & 0o777).toString(8)].join(' ');
};
const a = fs.mkdtempSync(p('pre-'));
console.log(check(a, 'pre-'));
const b = fs.mkdtempSync(p('pre-'));
console.log(a !== b);
console.log(Buffer.isBuffer(fs.mkdtempSync(p('buf-'), 'buffer')));
attempt('missing parent', () => fs.mkdtempSync(p('no', 'x-')));
attempt('bad prefix', () => fs.mkdtempSync(7));
fs.mkdtemp(p('cb-'), (e, made) => {
  console.log('callback', e, check(made, 'cb-'));
  fs.mkdtemp(p('no', 'x-'), async (e2) => {
    console.log('callback error', e2.code, e2.syscall);
    const made2 = await fs.promises.mkdtemp(p('pr-'));
    console.log('promise', check(made2, 'pr-'));
  });
});
