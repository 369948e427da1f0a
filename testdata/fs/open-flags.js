// open's flags: strings, numbers, and the errors they lead to.
const fs = require('fs');
const { constants } = fs;
const { p, attempt } = require('./fixtures/tmp');

attempt('r on missing', () => fs.openSync(p('a'), 'r'));
attempt('default flags on missing', () => fs.openSync(p('a')));
const fd = fs.openSync(p('a'), 'wx');
fs.closeSync(fd);
attempt('wx on existing', () => fs.openSync(p('a'), 'wx'));
attempt('ax on existing', () => fs.openSync(p('a'), 'ax'));
attempt('bad flags', () => fs.openSync(p('a'), 'z'));
attempt('flags type', () => fs.openSync(p('a'), {}));
attempt('bad mode', () => fs.openSync(p('a'), 'r', 'abc'));
const nfd = fs.openSync(p('b'), constants.O_CREAT | constants.O_WRONLY | constants.O_EXCL, 0o600);
fs.writeSync(nfd, 'numeric');
fs.closeSync(nfd);
console.log(fs.readFileSync(p('b'), 'utf8'), (fs.statSync(p('b')).mode & 0o777).toString(8));
const afd = fs.openSync(p('b'), 'a');
fs.writeSync(afd, '+more', 0);
fs.closeSync(afd);
console.log(fs.readFileSync(p('b'), 'utf8'));
attempt('write to read-only fd', () => {
  const r = fs.openSync(p('b'), 'r');
  try { return fs.writeSync(r, 'x'); } finally { fs.closeSync(r); }
});
attempt('open a dir for writing', () => fs.openSync(p(), 'w'));
attempt('r+ on missing', () => fs.openSync(p('c'), 'r+'));
