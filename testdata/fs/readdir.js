// readdir: sorted names, Dirents, Buffer names.
const fs = require('fs');
const { p, dir, clean } = require('./fixtures/tmp');

for (const n of ['b.txt', 'a.txt', 'C', '_x', '10', '9']) fs.writeFileSync(p(n), n);
fs.mkdirSync(p('sub'));
fs.symlinkSync(p('a.txt'), p('link'));
console.log(fs.readdirSync(p()));
console.log(fs.readdirSync(p(), 'buffer').map((b) => Buffer.isBuffer(b) && b.toString()));
console.log(fs.readdirSync(p(), { encoding: 'buffer' }).length);
const ents = fs.readdirSync(dir, { withFileTypes: true });
for (const d of ents) {
  console.log(d instanceof fs.Dirent, d.name, clean(d.parentPath), d.isFile(), d.isDirectory(), d.isSymbolicLink());
}
console.log(Object.keys(ents[0]));
console.log(fs.readdirSync(p('sub')));
fs.readdir(p(), (e, names) => {
  console.log('callback', e, names.length);
  fs.readdir(p(), { withFileTypes: true }, (e2, d2) => {
    console.log('callback dirents', e2, d2.map((d) => d.name + (d.isDirectory() ? '/' : '')).join(' '));
    fs.promises.readdir(p()).then((n3) => console.log('promise', n3.join(',')));
  });
});
