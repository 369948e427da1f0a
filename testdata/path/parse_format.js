const path = require('path');
for (const p of ['/home/user/dir/file.txt', 'file', '/', '', './a.b', '/..', 'a/b/', '//x']) {
  const o = path.parse(p);
  console.log(JSON.stringify(o), path.format(o));
}
console.log(path.format({ root: '/ignored', dir: '/home/user/dir', base: 'file.txt' }));
console.log(path.format({ root: '/', base: 'file.txt', ext: 'ignored' }));
console.log(path.format({ root: '/', name: 'file', ext: '.txt' }));
console.log(path.format({ name: 'x', ext: 'y' }));
