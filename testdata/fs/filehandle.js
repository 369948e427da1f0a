// fs/promises FileHandle: read, write, stat, truncate, readFile, writeFile, close.
const fsp = require('fs/promises');
const { p, settle, err } = require('./fixtures/tmp');

(async () => {
  const fh = await fsp.open(p('f'), 'w+');
  console.log(fh.constructor.name, typeof fh.fd);
  const w = await fh.write(Buffer.from('hello world'));
  console.log('write', w.bytesWritten, w.buffer.toString());
  const w2 = await fh.write('!!', 11);
  console.log('write string', w2.bytesWritten, w2.buffer);
  const r = await fh.read(Buffer.alloc(5), 0, 5, 6);
  console.log('read', r.bytesRead, r.buffer.toString());
  const r2 = await fh.read({ buffer: Buffer.alloc(3), position: 0 });
  console.log('read options', r2.bytesRead, r2.buffer.toString());
  const r3 = await fh.read();
  console.log('read default', r3.bytesRead, r3.buffer.length);
  const st = await fh.stat();
  console.log('stat', st.isFile(), st.size);
  await fh.truncate(5);
  console.log('truncated', (await fh.stat()).size);
  console.log('readFile', await fh.readFile('utf8'));
  await fh.writeFile('-rewritten');
  await fh.appendFile('+');
  await fh.sync();
  await fh.datasync();
  await fh.chmod(0o600);
  console.log('mode', ((await fh.stat()).mode & 0o777).toString(8));
  await fh.close();
  console.log('closed fd', fh.fd);
  await fh.close();
  console.log('content', await fsp.readFile(p('f'), 'utf8'));
  try {
    await fh.read(Buffer.alloc(1), 0, 1, 0);
  } catch (e) {
    console.log('after close', e.code, e.syscall, e.message);
  }
  await settle('open missing', fsp.open(p('nope')));
  const fh2 = await fsp.open(p('g'), 'w');
  await fsp.writeFile(fh2, 'via handle');
  await fh2.close();
  const fh3 = await fsp.open(p('g'));
  console.log('readFile(handle)', await fsp.readFile(fh3, 'utf8'));
  let closed = false;
  fh3.on('close', () => { closed = true; });
  await fh3.close();
  console.log('close event', closed);
})().catch((e) => console.log('unexpected', err(e)));
