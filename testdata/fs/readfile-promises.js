// fs.promises and fs/promises are one object; readFile/writeFile as promises.
const fs = require('fs');
const fsp = require('fs/promises');
const { p, settle } = require('./fixtures/tmp');

console.log(fs.promises === fsp, require('node:fs/promises') === fsp);
(async () => {
  await fsp.writeFile(p('a.txt'), 'promised');
  await settle('utf8', fsp.readFile(p('a.txt'), 'utf8'));
  const b = await fsp.readFile(p('a.txt'));
  console.log(Buffer.isBuffer(b), b.length);
  await settle('object encoding', fsp.readFile(p('a.txt'), { encoding: 'base64' }));
  await settle('missing', fsp.readFile(p('nope')));
  await settle('dir', fsp.readFile(p()));
  await settle('bad path', fsp.readFile(42));
  await fsp.writeFile(p('b.txt'), Buffer.from('buf'), { flag: 'w', mode: 0o600 });
  await settle('b', fsp.readFile(p('b.txt'), 'utf8'));
})();
