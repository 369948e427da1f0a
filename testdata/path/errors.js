const path = require('path');
for (const [name, fn] of [['join', () => path.join('a', 1)], ['resolve', () => path.resolve(null)], ['basename', () => path.basename({})], ['basename-ext', () => path.basename('a', 1)], ['format', () => path.format('x')], ['relative', () => path.relative('a')]]) {
  try { fn(); console.log(name, 'no error'); } catch (e) { console.log(name, e.name, e.code, e.message); }
}
console.log(path.sep, path.delimiter, path.posix === path, path.win32.posix === path, require('path/posix') === path.posix, require('path/win32') === path.win32);
console.log(path.basename('/a/b.html', '.html'), path.basename('aaa', 'aaa'), path.basename('/', 'x'), path.basename('file.js', 'file.js'));
