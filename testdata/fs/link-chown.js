// Hard links raise nlink; chown to the current owner works.
const fs = require('fs');
const { p, attempt, err } = require('./fixtures/tmp');

fs.writeFileSync(p('f'), 'linked');
fs.linkSync(p('f'), p('g'));
console.log(fs.statSync(p('f')).nlink, fs.readFileSync(p('g'), 'utf8'));
attempt('link exists', () => fs.linkSync(p('f'), p('g')));
attempt('link missing', () => fs.linkSync(p('nope'), p('h')));
const uid = process.getuid();
const gid = process.getgid();
fs.chownSync(p('f'), uid, gid);
fs.lchownSync(p('f'), uid, gid);
const fd = fs.openSync(p('f'), 'r');
fs.fchownSync(fd, uid, gid);
fs.closeSync(fd);
attempt('chown missing', () => fs.chownSync(p('nope'), uid, gid));
attempt('chown bad uid', () => fs.chownSync(p('f'), 'me', gid));
fs.link(p('f'), p('k'), (e) => {
  console.log('callback', e, fs.statSync(p('f')).nlink);
  fs.chown(p('nope'), uid, gid, (e2) => console.log('chown callback', err(e2)));
});
