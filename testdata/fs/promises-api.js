// The shape of fs and fs/promises.
const fs = require('fs');
const fsp = require('fs/promises');
const names = ['access', 'appendFile', 'chmod', 'chown', 'copyFile', 'lchown', 'link', 'lstat',
  'lutimes', 'mkdir', 'mkdtemp', 'open', 'readFile', 'readdir', 'readlink', 'realpath',
  'rename', 'rm', 'rmdir', 'stat', 'symlink', 'truncate', 'unlink', 'utimes', 'writeFile'];
console.log(names.map((n) => typeof fsp[n]).join(' '));
const syncs = ['readFileSync', 'writeFileSync', 'appendFileSync', 'openSync', 'readSync',
  'writeSync', 'closeSync', 'statSync', 'lstatSync', 'fstatSync', 'readdirSync', 'mkdirSync',
  'rmSync', 'rmdirSync', 'unlinkSync', 'renameSync', 'copyFileSync', 'accessSync',
  'existsSync', 'realpathSync', 'symlinkSync', 'readlinkSync', 'chmodSync', 'truncateSync',
  'ftruncateSync', 'utimesSync', 'mkdtempSync', 'fsyncSync', 'linkSync', 'readvSync', 'writevSync'];
console.log(syncs.every((n) => typeof fs[n] === 'function' && typeof fs[n.slice(0, -4)] === 'function'));
console.log(typeof fs.createReadStream, typeof fs.createWriteStream, typeof fs.ReadStream,
  typeof fs.WriteStream, typeof fs.Stats, typeof fs.Dirent, typeof fs.realpathSync.native);
import('node:fs').then((m) => {
  console.log(m.default === fs, typeof m.readFileSync, m.promises === fsp);
  return import('node:fs/promises');
}).then((m) => console.log(typeof m.readFile, m.default === fsp));
