// WriteStream start/flags/encoding/fd options and errors.
const fs = require('fs');
const { p, err } = require('./fixtures/tmp');

fs.writeFileSync(p('f'), '0123456789');
const ws = fs.createWriteStream(p('f'), { flags: 'r+', start: 3 });
ws.end('abc');
ws.on('close', () => {
  console.log('start', fs.readFileSync(p('f'), 'utf8'));
  const fd = fs.openSync(p('g'), 'w');
  const w2 = fs.createWriteStream(null, { fd, encoding: 'base64' });
  w2.on('open', () => console.log('open (unexpected)'));
  w2.end('aGVsbG8=');
  w2.on('finish', () => console.log('fd finish', w2.bytesWritten));
  w2.on('close', () => {
    console.log('fd close', fs.readFileSync(p('g'), 'utf8'));
    const bad = fs.createWriteStream(p('no', 'such'));
    bad.on('error', (e) => console.log('error', err(e)));
    bad.on('close', () => {
      console.log('error close');
      const ex = fs.createWriteStream(p('f'), { flags: 'wx' });
      ex.on('error', (e) => console.log('wx error', e.code));
    });
  });
});
