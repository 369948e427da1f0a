// writeFile callback/promise data checks and the encodings of strings.
const fs = require('fs');
const { p, err, settle } = require('./fixtures/tmp');

fs.writeFile(p('a'), 'caf\u00e9', 'latin1', (e) => {
  console.log('latin1', e, fs.readFileSync(p('a')));
  fs.writeFile(p('b'), Buffer.from([1, 2, 3]), { flag: 'wx' }, (e2) => {
    console.log('buffer', e2, fs.readFileSync(p('b')));
    fs.writeFile(p('b'), 'again', { flag: 'wx' }, async (e3) => {
      console.log('wx', err(e3));
      await settle('number data', fs.promises.writeFile(p('c'), 5));
      try {
        fs.writeFile(p('c'), 5, () => {});
      } catch (e4) {
        console.log('callback form throws', e4.code);
      }
      await settle('bad flag', fs.promises.writeFile(p('c'), 'x', { flag: 'bogus' }));
    });
  });
});
