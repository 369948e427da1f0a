// readdir { recursive: true }: breadth first, relative names, Dirent parentPath.
const fs = require('fs');
const { p, clean } = require('./fixtures/tmp');

fs.mkdirSync(p('a', 'b', 'c'), { recursive: true });
fs.mkdirSync(p('z'));
fs.writeFileSync(p('top.txt'), '');
fs.writeFileSync(p('a', 'one.txt'), '');
fs.writeFileSync(p('a', 'b', 'two.txt'), '');
fs.writeFileSync(p('a', 'b', 'c', 'three.txt'), '');
fs.writeFileSync(p('z', 'last'), '');
console.log(fs.readdirSync(p(), { recursive: true }));
for (const d of fs.readdirSync(p(), { recursive: true, withFileTypes: true })) {
  console.log(d.name, clean(d.parentPath), d.isDirectory());
}
fs.readdir(p('a'), { recursive: true }, (e, names) => {
  console.log('callback', e, names);
  fs.promises.readdir(p('a'), { recursive: true }).then((n) => console.log('promise', n));
});
