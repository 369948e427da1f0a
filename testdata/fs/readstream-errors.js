// A read stream on a missing file or a directory: 'error' then 'close'.
const fs = require('fs');
const { p, err } = require('./fixtures/tmp');

const rs = fs.createReadStream(p('nope'));
rs.on('open', () => console.log('open (unexpected)'));
rs.on('error', (e) => console.log('error', err(e), rs.destroyed));
rs.on('close', () => {
  console.log('close');
  const ds = fs.createReadStream(p());
  ds.on('open', () => console.log('dir open'));
  ds.on('error', (e) => console.log('dir error', err(e)));
  ds.on('close', () => console.log('dir close'));
});
try {
  fs.createReadStream(42);
} catch (e) {
  console.log('bad path', e.code);
}
fs.createReadStream(p('x'), { flags: 'nope' }).on('error', (e) => console.log('bad flags', e.code));
