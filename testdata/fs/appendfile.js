// appendFile in its three forms.
const fs = require('fs');
const { p } = require('./fixtures/tmp');

fs.appendFileSync(p('log'), 'a');
fs.appendFileSync(p('log'), Buffer.from('b'));
fs.appendFileSync(p('log'), '63', 'hex');
console.log(fs.readFileSync(p('log'), 'utf8'));
fs.appendFile(p('log'), 'd', (e) => {
  console.log('callback', e, fs.readFileSync(p('log'), 'utf8'));
  fs.promises.appendFile(p('log'), 'e').then(() => {
    console.log('promise', fs.readFileSync(p('log'), 'utf8'));
    fs.appendFileSync(p('log2'), 'new', { flag: 'a', mode: 0o640 });
    console.log(fs.readFileSync(p('log2'), 'utf8'), (fs.statSync(p('log2')).mode & 0o777).toString(8));
  });
});
