// fs.cp, cpSync and fsPromises.cp: files, trees, links, options and Node's errors
// (cpSync's path checks have Node's C++ wording, the async form SystemErrors).
const fs = require('fs');
const { p, clean, attempt, settle } = require('./fixtures/tmp');

const tree = (dir) => fs.readdirSync(dir, { recursive: true }).sort().join(' ');
fs.mkdirSync(p('src', 'a', 'b'), { recursive: true });
fs.writeFileSync(p('src', 'f'), 'top');
fs.writeFileSync(p('src', 'a', 'g'), 'deep', { mode: 0o640 });
fs.symlinkSync('a/g', p('src', 'rel'));
fs.writeFileSync(p('file'), 'file');
fs.mkdirSync(p('empty'));

attempt('file', () => fs.cpSync(p('src', 'f'), p('out', 'new', 'f')));
console.log(fs.readFileSync(p('out', 'new', 'f'), 'utf8'));
attempt('tree', () => fs.cpSync(p('src'), p('t1'), { recursive: true }));
console.log(tree(p('t1')), clean(fs.readlinkSync(p('t1', 'rel'))),
  (fs.statSync(p('t1', 'a', 'g')).mode & 0o777).toString(8));
attempt('verbatim', () => fs.cpSync(p('src'), p('t2'), { recursive: true, verbatimSymlinks: true }));
console.log(fs.readlinkSync(p('t2', 'rel')));
fs.writeFileSync(p('t2', 'f'), 'changed');
attempt('no force', () => fs.cpSync(p('src'), p('t2'), { recursive: true, force: false }));
console.log(fs.readFileSync(p('t2', 'f'), 'utf8'));
attempt('force', () => fs.cpSync(p('src'), p('t2'), { recursive: true }));
console.log(fs.readFileSync(p('t2', 'f'), 'utf8'));
attempt('filter', () => fs.cpSync(p('src'), p('t3'), { recursive: true, filter: (s) => !s.endsWith('b') }));
console.log(tree(p('t3')));

attempt('same', () => fs.cpSync(p('src'), p('src'), { recursive: true }));
attempt('dir to file', () => fs.cpSync(p('src'), p('file'), { recursive: true }));
attempt('file to dir', () => fs.cpSync(p('file'), p('empty')));
attempt('into itself', () => fs.cpSync(p('src'), p('src', 'a', 'c'), { recursive: true }));
attempt('not recursive', () => fs.cpSync(p('src'), p('t4')));
attempt('missing', () => fs.cpSync(p('nope'), p('t4')));
attempt('exists', () => fs.cpSync(p('src', 'f'), p('file'), { force: false, errorOnExist: true }));
attempt('dir exists', () => fs.cpSync(p('src'), p('t1'), { recursive: true, force: false, errorOnExist: true }));
attempt('mode', () => fs.cpSync(p('src'), p('t4'), { mode: 8 }));
attempt('options', () => fs.cpSync(p('src'), p('t4'), 1));
attempt('pair', () => fs.cpSync(p('src'), p('t4'), { dereference: true, verbatimSymlinks: true }));
attempt('async filter', () => fs.cpSync(p('src'), p('t4'), { filter: async () => true }));

(async () => {
  await settle('promise tree', fs.promises.cp(p('src'), p('t5'), { recursive: true, filter: async () => true }));
  console.log(tree(p('t5')));
  await settle('promise same', fs.promises.cp(p('src'), p('src'), { recursive: true }));
  await settle('promise into itself', fs.promises.cp(p('src'), p('src', 'a', 'c'), { recursive: true }));
  await settle('promise not recursive', fs.promises.cp(p('src'), p('t6')));
  await settle('promise exists', fs.promises.cp(p('src', 'f'), p('file'), { force: false, errorOnExist: true }));
  await settle('promise dir to file', fs.promises.cp(p('src'), p('file'), { recursive: true }));
  await settle('promise timestamps', fs.promises.cp(p('src', 'a', 'g'), p('g2'), { preserveTimestamps: true }));
  console.log(fs.statSync(p('g2')).mtimeMs === fs.statSync(p('src', 'a', 'g')).mtimeMs);
  fs.cp(p('src'), p('t7'), { recursive: true }, (err) => {
    console.log('callback', err, tree(p('t7')));
  });
})();
