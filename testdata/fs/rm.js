// rm: files, directories (recursive), force, and Node's ERR_FS_EISDIR.
const fs = require('fs');
const { p, attempt, err, settle } = require('./fixtures/tmp');

fs.writeFileSync(p('f'), '');
fs.rmSync(p('f'));
console.log(fs.existsSync(p('f')));
fs.mkdirSync(p('d', 'e'), { recursive: true });
fs.writeFileSync(p('d', 'e', 'g'), '');
attempt('dir without recursive', () => fs.rmSync(p('d')));
try { fs.rmSync(p('d')); } catch (e) { console.log(e.name, e.code, e.errno, e.info && e.info.code, String(e).startsWith('SystemError [ERR_FS_EISDIR]')); }
attempt('missing', () => fs.rmSync(p('nope')));
attempt('missing with force', () => fs.rmSync(p('nope'), { force: true }));
attempt('bad option', () => fs.rmSync(p('d'), { recursive: 1 }));
fs.rmSync(p('d'), { recursive: true });
console.log(fs.existsSync(p('d')));
fs.symlinkSync(p('gone'), p('link'));
fs.rmSync(p('link'));
console.log(fs.readdirSync(p()));
fs.mkdirSync(p('x', 'y'), { recursive: true });
fs.rm(p('x'), (e) => {
  console.log('callback dir', err(e));
  fs.rm(p('x'), { recursive: true, force: true }, async (e2) => {
    console.log('callback recursive', e2, fs.existsSync(p('x')));
    await settle('promise missing', fs.promises.rm(p('x')));
    await settle('promise force', fs.promises.rm(p('x'), { force: true }));
  });
});
