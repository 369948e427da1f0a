// statSync of files and directories: the Stats object's shape and methods.
const fs = require('fs');
const { p } = require('./fixtures/tmp');

fs.writeFileSync(p('f'), 'twelve bytes');
fs.mkdirSync(p('d'));
const s = fs.statSync(p('f'));
console.log(s instanceof fs.Stats, Object.keys(s));
console.log(s.isFile(), s.isDirectory(), s.isSymbolicLink(), s.isFIFO(), s.isSocket(),
  s.isBlockDevice(), s.isCharacterDevice());
console.log(s.size, s.nlink, typeof s.ino, typeof s.dev, s.blksize > 0, s.blocks >= 0);
console.log(s.uid === process.getuid(), s.gid === process.getgid());
console.log(s.mtime instanceof Date, s.atime instanceof Date, s.ctime instanceof Date, s.birthtime instanceof Date);
console.log(typeof s.mtimeMs, Math.abs(s.mtime.getTime() - s.mtimeMs) < 1, Math.abs(Date.now() - s.mtimeMs) < 60000);
console.log((s.mode & 0o170000) === fs.constants.S_IFREG);
const d = fs.statSync(p('d'));
console.log(d.isFile(), d.isDirectory(), (d.mode & fs.constants.S_IFMT) === fs.constants.S_IFDIR);
const dev = fs.statSync('/dev/null');
console.log(dev.isCharacterDevice(), dev.isFile());
console.log(fs.statSync(p('missing'), { throwIfNoEntry: false }));
s.mtime = 'replaced';
console.log(s.mtime);
