// rename of files and directories; errors name both paths.
const fs = require('fs');
const { p, attempt, err, settle } = require('./fixtures/tmp');

fs.writeFileSync(p('a'), 'A');
fs.renameSync(p('a'), p('b'));
console.log(fs.readdirSync(p()), fs.readFileSync(p('b'), 'utf8'));
fs.mkdirSync(p('d'));
fs.renameSync(p('d'), p('e'));
console.log(fs.readdirSync(p()));
fs.writeFileSync(p('c'), 'C');
fs.renameSync(p('c'), p('b'));
console.log(fs.readFileSync(p('b'), 'utf8'));
attempt('missing source', () => fs.renameSync(p('nope'), p('x')));
attempt('into missing dir', () => fs.renameSync(p('b'), p('no', 'x')));
attempt('file over dir', () => fs.renameSync(p('b'), p('e')));
attempt('bad old path', () => fs.renameSync(1, p('x')));
attempt('bad new path', () => fs.renameSync(p('b'), {}));
attempt('no callback', () => fs.rename(p('b'), p('z')));
fs.rename(p('b'), p('f'), (e) => {
  console.log('callback', e, fs.readdirSync(p()));
  fs.rename(p('b'), p('f'), async (e2) => {
    console.log('callback error', err(e2));
    await settle('promise', fs.promises.rename(p('f'), p('g')));
    await settle('promise error', fs.promises.rename(p('f'), p('g')));
  });
});
