// FileHandle.readableWebStream, readLines, and fs streams given a FileHandle as `fd`
// (their I/O and closing go through the handle's own methods).
const fs = require('fs');
const { p, err } = require('./fixtures/tmp');

fs.writeFileSync(p('f'), 'hello\nworld\r\nlast');

(async () => {
  let h = await fs.promises.open(p('f'));
  const rs = h.readableWebStream();
  console.log(rs.constructor.name);
  try { h.readableWebStream(); } catch (e) { console.log('locked', err(e)); }
  const chunks = [];
  for await (const c of rs) chunks.push(c.constructor.name, c.length);
  console.log(chunks);
  await h.close();
  try { h.readableWebStream(); } catch (e) { console.log('closed', err(e)); }

  h = await fs.promises.open(p('f'));
  for await (const line of h.readLines()) console.log(JSON.stringify(line));
  console.log('fd after readLines', h.fd);

  h = await fs.promises.open(p('f'));
  const byob = h.readableWebStream({ autoClose: true });
  h.on('close', () => console.log('closed by autoClose'));
  const reader = byob.getReader({ mode: 'byob' });
  const { value } = await reader.read(new Uint8Array(3));
  console.log(value, (await reader.read(new Uint8Array(100))).value.length, (await reader.read(new Uint8Array(100))).done);
  await new Promise((resolve) => setTimeout(resolve, 10));

  h = await fs.promises.open(p('f'));
  const pending = h.readableWebStream().getReader();
  await h.close();
  console.log('cancelled by close', await pending.read());
  h = await fs.promises.open(p('f'));
  try { h.readableWebStream({ autoClose: 1 }); } catch (e) { console.log('autoClose', err(e)); }
  await h.close();

  h = await fs.promises.open(p('f'));
  const { read } = h;
  let reads = 0;
  h.read = function (...args) {
    reads++;
    return read.apply(this, args);
  };
  h.on('close', () => console.log('handle closed by its stream'));
  let text = '';
  const stream = fs.createReadStream(null, { fd: h, highWaterMark: 4 });
  stream.on('data', (d) => { text += d; });
  stream.on('close', async () => {
    console.log('read stream', JSON.stringify(text), reads > 1, h.fd);
    const w = await fs.promises.open(p('out'), 'w');
    const ws = fs.createWriteStream(null, { fd: w });
    ws.write('a');
    ws.end('b', () => console.log('write stream finished'));
    ws.on('close', () => console.log('write stream closed', fs.readFileSync(p('out'), 'utf8'), w.fd));
    try { fs.createReadStream(null, { fd: {} }); } catch (e) { console.log('bad fd', err(e)); }
    try { fs.createReadStream(null, { fd: w, fs }); } catch (e) { console.log('with fs', err(e)); }
    try { fs.createReadStream(p('f'), { signal: null }); } catch (e) { console.log('signal', err(e)); }
  });
})();
