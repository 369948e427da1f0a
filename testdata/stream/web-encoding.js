// TextEncoderStream, TextDecoderStream (characters split across chunks) and CompressionStream/DecompressionStream.
const log = (...a) => console.log(...a);
const err = (e) => (e && e.name ? e.name + (e.code ? ' [' + e.code + ']' : '') + ': ' + e.message : String(e));

async function pipeChunks(ts, chunks) {
  const w = ts.writable.getWriter();
  for (const c of chunks) w.write(c).catch(() => {});
  w.close().catch(() => {});
  const out = [];
  for await (const v of ts.readable) out.push(v);
  return out;
}

async function encoder() {
  const tes = new TextEncoderStream();
  log('encoding', tes.encoding, tes.readable instanceof ReadableStream, tes.writable instanceof WritableStream);
  const out = await pipeChunks(tes, ['h\u00e9', '\u20ac', '\ud83d', '\ude00!', '', 'end\ud83d']);
  log('chunks', out.map((c) => c.constructor.name + '[' + Array.from(c).join(',') + ']').join(' '));
  log('decoded', JSON.stringify(new TextDecoder().decode(Buffer.concat(out))));
  const out2 = await pipeChunks(new TextEncoderStream(), [42, { toString() { return 'obj'; } }, '\udc00x']);
  log('non-strings and a lone low surrogate', out2.map((c) => '[' + Array.from(c).join(',') + ']').join(' '));
}

async function decoder() {
  const bytes = Buffer.from('a\u00e9\u20ac\ud83d\ude00z');
  // every byte in its own chunk: multi-byte characters arrive split
  const single = [];
  for (let i = 0; i < bytes.length; i++) single.push(bytes.subarray(i, i + 1));
  const tds = new TextDecoderStream();
  log('encoding', tds.encoding, 'fatal', tds.fatal, 'ignoreBOM', tds.ignoreBOM);
  const out = await pipeChunks(tds, single);
  log('byte by byte', JSON.stringify(out));
  const out2 = await pipeChunks(new TextDecoderStream(), [bytes.subarray(0, 4), bytes.subarray(4, 9).buffer.slice(bytes.byteOffset + 4, bytes.byteOffset + 9), new DataView(bytes.buffer, bytes.byteOffset + 9, bytes.length - 9)]);
  log('mixed buffer types', JSON.stringify(out2));
  const out3 = await pipeChunks(new TextDecoderStream(), [new Uint8Array([0xe2, 0x82])]);
  log('truncated at end', JSON.stringify(out3));
  const out4 = await pipeChunks(new TextDecoderStream(), [new Uint8Array([0xef, 0xbb]), new Uint8Array([0xbf, 0x41])]);
  log('BOM split and dropped', JSON.stringify(out4));
  const out6 = await pipeChunks(new TextDecoderStream('utf-16le'), [new Uint8Array([0x41]), new Uint8Array([0x00, 0x42]), new Uint8Array([0x00])]);
  log('utf-16le split', JSON.stringify(out6));
  const fatal = new TextDecoderStream('utf-8', { fatal: true });
  log('fatal', fatal.fatal);
  const w = fatal.writable.getWriter();
  const r = fatal.readable.getReader();
  const wp = w.write(new Uint8Array([0xc3, 0x28]));
  await r.read().catch((e) => log('fatal read:', err(e)));
  await wp.catch((e) => log('fatal write:', err(e)));
  const fatal2 = new TextDecoderStream('utf-8', { fatal: true });
  const w2 = fatal2.writable.getWriter();
  const r2 = fatal2.readable.getReader();
  w2.write(new Uint8Array([0x61, 0xe2, 0x82]));
  log(await r2.read());
  await Promise.all([w2.close().catch((e) => log('fatal close:', err(e))), r2.read().catch((e) => log('fatal read at end:', err(e)))]);
  const notBytes = new TextDecoderStream();
  const w3 = notBytes.writable.getWriter();
  const r3 = notBytes.readable.getReader();
  await Promise.all([w3.write('str').catch((e) => log('write string:', err(e))), r3.read().catch((e) => log('read:', e.code))]);
  try { new TextDecoderStream('no-such-encoding'); } catch (e) { log('bad label:', err(e)); }
}

async function compression() {
  const text = 'hello web streams '.repeat(20);
  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    const compressed = await pipeChunks(new CompressionStream(format), [new TextEncoder().encode(text.slice(0, 100)), new TextEncoder().encode(text.slice(100))]);
    const all = Buffer.concat(compressed);
    const zlib = require('zlib');
    const viaZlib = format === 'gzip' ? zlib.gunzipSync(all) : format === 'deflate' ? zlib.inflateSync(all) : zlib.inflateRawSync(all);
    const back = await pipeChunks(new DecompressionStream(format), [all.subarray(0, 7), all.subarray(7)]);
    log(format, 'chunk types', [...new Set(compressed.map((c) => c.constructor.name))].join(), 'zlib reads it back', viaZlib.toString() === text,
      'round trip', new TextDecoder().decode(Buffer.concat(back)) === text);
  }
  const ds = new DecompressionStream('gzip');
  const w = ds.writable.getWriter();
  const r = ds.readable.getReader();
  w.write(new Uint8Array([1, 2, 3, 4])).catch(() => {});
  await Promise.all([w.close().catch((e) => log('bad data close:', e.name, e.code)), r.read().catch((e) => log('bad data read:', e.name, e.code))]);
  const gz = require('zlib').gzipSync('truncated data');
  const ds2 = new DecompressionStream('gzip');
  const w2 = ds2.writable.getWriter();
  const r2 = ds2.readable.getReader();
  w2.write(gz.subarray(0, gz.length - 4)).catch(() => {});
  await Promise.all([w2.close().catch((e) => log('truncated close:', e.name, e.code)), r2.read().then((x) => log('truncated first read', x.done), (e) => log('truncated read:', e.name, e.code))]);
  for (const [name, f] of [['CompressionStream()', () => new CompressionStream()], ['CompressionStream("zip")', () => new CompressionStream('zip')], ['DecompressionStream("br")', () => new DecompressionStream('br')]]) {
    try { f(); log(name, 'ok'); } catch (e) { log(name, err(e)); }
  }
}

(async () => {
  for (const t of [encoder, decoder, compression]) {
    log('---', t.name);
    await t();
  }
})();
