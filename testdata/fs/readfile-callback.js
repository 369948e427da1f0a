// readFile/writeFile callbacks run after the current code, with (err, data).
const fs = require('fs');
const { p, err } = require('./fixtures/tmp');

fs.writeFile(p('a.txt'), 'callback data', (e) => {
  console.log('written', e);
  fs.readFile(p('a.txt'), (e2, data) => {
    console.log('buffer', e2, Buffer.isBuffer(data), data.toString());
    fs.readFile(p('a.txt'), 'utf8', (e3, s) => {
      console.log('string', e3, s);
      fs.readFile(p('a.txt'), { encoding: 'hex' }, (e4, h) => {
        console.log('hex', e4, h);
        fs.readFile(p('missing'), (e5, d5) => {
          console.log('missing', err(e5), d5);
        });
      });
    });
  });
});
console.log('after the call');
