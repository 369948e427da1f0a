// mkdir callbacks and promises, recursive included.
const fs = require('fs');
const { p, clean, err, settle } = require('./fixtures/tmp');

fs.mkdir(p('a'), (e, r) => {
  console.log('plain', e, r);
  fs.mkdir(p('a'), (e2) => {
    console.log('again', err(e2));
    fs.mkdir(p('b', 'c'), { recursive: true }, (e3, first) => {
      console.log('recursive', e3, clean(first));
      fs.mkdir(p('b', 'c'), { recursive: true }, async (e4, none) => {
        console.log('recursive existing', e4, none);
        await settle('promise', fs.promises.mkdir(p('d', 'e', 'f'), { recursive: true }));
        await settle('promise existing', fs.promises.mkdir(p('d'), { recursive: true }));
        await settle('promise plain', fs.promises.mkdir(p('g')));
        await settle('promise error', fs.promises.mkdir(p('g')));
      });
    });
  });
});
