// Blob and File: construction from mixed parts, slicing, reading.
const { Blob, File } = require('buffer');
(async () => {
  const b = new Blob(['ab', Buffer.from('cd'), new Uint16Array([0x6665]), new Blob(['gh']), new ArrayBuffer(1)], { type: 'Text/Plain' });
  console.log(b.size, b.type, JSON.stringify(await b.text()), Object.prototype.toString.call(b));
  console.log(b);
  const s = b.slice(1, -1, 'X/Y');
  console.log(s.size, s.type, await s.text(), Buffer.from(await s.arrayBuffer()).toString('hex'));
  console.log(b.slice(-3).size, b.slice(5, 2).size, b.slice(100).size, b.slice(undefined, 3).size);
  for (const bad of ['abc', null, 5, {}]) {
    try { new Blob(bad); console.log('ok'); } catch (e) { console.log(e.code, e.message); }
  }
  try { new Blob([], { endings: 'x' }); } catch (e) { console.log(e.code, e.message); }
  console.log(new Blob(['a\r\nb']).size, new Blob([], { type: '\u00e9' }).type === '', new Blob([1, {}]).size, new Blob().size);
  const f = new File(['abc'], 'name.txt', { type: 'text/plain', lastModified: 42 });
  console.log(f.name, f.size, f.type, f.lastModified, f instanceof Blob, await f.text(), Object.prototype.toString.call(f));
  try { new File(['a']); } catch (e) { console.log(e.code, e.message); }
  const ab = await new Blob(['xyz']).arrayBuffer();
  console.log(ab instanceof ArrayBuffer, ab.byteLength);
})();
