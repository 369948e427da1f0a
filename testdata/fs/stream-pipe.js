// Copying a file with pipe() and with stream/promises pipeline().
const fs = require('fs');
const { pipeline } = require('stream/promises');
const { Transform } = require('stream');
const { p } = require('./fixtures/tmp');

const data = Buffer.alloc(300000);
for (let i = 0; i < data.length; i++) data[i] = (i * 7) & 0xff;
fs.writeFileSync(p('src'), data);
const ws = fs.createWriteStream(p('copy1'));
fs.createReadStream(p('src')).pipe(ws);
ws.on('finish', async () => {
  console.log('pipe', fs.readFileSync(p('copy1')).equals(data), ws.bytesWritten);
  await pipeline(fs.createReadStream(p('src')), fs.createWriteStream(p('copy2')));
  console.log('pipeline', fs.readFileSync(p('copy2')).equals(data));
  let count = 0;
  const upper = new Transform({
    transform(c, enc, cb) { count++; cb(null, c.toString().toUpperCase()); },
  });
  fs.writeFileSync(p('text'), 'some text\n');
  await pipeline(fs.createReadStream(p('text')), upper, fs.createWriteStream(p('upper')));
  console.log('transform', count, fs.readFileSync(p('upper'), 'utf8'));
  try {
    await pipeline(fs.createReadStream(p('nope')), fs.createWriteStream(p('copy3')));
  } catch (e) {
    console.log('pipeline error', e.code);
  }
});
