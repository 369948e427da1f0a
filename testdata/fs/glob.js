// fs.glob, globSync and fsPromises.glob: wildcards, classes, braces, `**`, dot files,
// trailing slashes, cwd, exclude (function and patterns), withFileTypes.
const fs = require('fs');
const { p, dir } = require('./fixtures/tmp');

for (const f of ['a.js', 'b.js', 'c.txt', '.hidden.js', 'sub/d.js', 'sub/deep/e.js', 'sub/deep/f.txt',
  '.dot/g.js', 'x1/y.md', 'x2/y.md', 'x3/z.md']) {
  fs.mkdirSync(p(require('path').dirname(f)), { recursive: true });
  fs.writeFileSync(p(f), '');
}
fs.symlinkSync(p('sub'), p('link'));

const show = (label, list) => console.log(label, JSON.stringify([...list].map(String).sort()));
const patterns = ['*.js', '?.js', '[ab].js', '[!a].js', '*.{js,txt}', '**/*.js', 'sub/**', '**', '*/', 'x{1..2}/*.md',
  '.*', 'sub/deep/*', 'nope/*', 'link/*', '**/deep', 'sub/../*.txt'];
for (const pattern of patterns) show(pattern, fs.globSync(pattern, { cwd: dir }));
show('array', fs.globSync(['*.txt', 'x*/*.md'], { cwd: dir }));
show('exclude fn', fs.globSync('**/*.js', { cwd: dir, exclude: (name) => name.startsWith('sub') }));
show('exclude patterns', fs.globSync('**/*.js', { cwd: dir, exclude: ['sub/**', 'a.js'] }));
const dirents = fs.globSync('sub/*', { cwd: dir, withFileTypes: true });
console.log(dirents.map((d) => [d.name, d.isDirectory(), d.parentPath === p('sub')]).sort());
show('absolute', fs.globSync(p('x*', '*.md')).map((f) => f.slice(dir.length)));
try { fs.globSync(1); } catch (e) { console.log(e.code); }

fs.glob('**/*.md', { cwd: dir }, async (err, list) => {
  show('callback', list);
  const found = [];
  for await (const f of fs.promises.glob('*/d.js', { cwd: dir })) found.push(f);
  show('promises', found);
});
