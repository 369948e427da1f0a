// FileHandle's streams, readv/writev and Symbol.asyncDispose.
const fsp = require('fs/promises');
const { p, err } = require('./fixtures/tmp');

(async () => {
  const fh = await fsp.open(p('f'), 'w+');
  const w = await fh.writev([Buffer.from('abc'), Buffer.from('defg')], 0);
  console.log('writev', w.bytesWritten, w.buffers.length);
  const a = Buffer.alloc(2);
  const b = Buffer.alloc(5);
  const r = await fh.readv([a, b], 0);
  console.log('readv', r.bytesRead, a.toString(), b.toString());
  await fh.close();
  const rh = await fsp.open(p('f'));
  const text = await new Promise((resolve) => {
    let s = '';
    rh.createReadStream({ encoding: 'utf8', start: 1 }).on('data', (c) => { s += c; }).on('end', () => resolve(s));
  });
  console.log('createReadStream', text, rh.fd);
  const wh = await fsp.open(p('g'), 'w');
  await new Promise((resolve) => wh.createWriteStream().end('streamed', resolve));
  console.log('createWriteStream', await fsp.readFile(p('g'), 'utf8'));
  const dh = await fsp.open(p('f'));
  console.log('asyncDispose', typeof dh[Symbol.asyncDispose]);
  await dh[Symbol.asyncDispose]();
  console.log('disposed fd', dh.fd);
})().catch((e) => console.log('unexpected', err(e)));
