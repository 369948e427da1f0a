// The one-shot forms: round trips of every framing, known encodings, errors with zlib's
// codes and messages, options checking, crc32.
const z = require('zlib');
const t = (label, f) => {
  try { console.log(label, String(f())); } catch (e) { console.log(label, e.name, e.code, e.errno, e.message); }
};
const text = 'The quick brown fox jumps over the lazy dog. '.repeat(200);
for (const [c, d] of [['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw'], ['gzip', 'unzip'], ['deflate', 'unzip']]) {
  const packed = z[c + 'Sync'](text);
  console.log(c, d, packed.length < text.length / 10, z[d + 'Sync'](packed).toString() === text);
}
// Data made by Node's zlib decompresses here (and the other way round in the test's twin).
t('node deflate', () => z.inflateSync(Buffer.from('789ccb48cdc9c90700062c0215', 'hex')));
t('node gzip', () => z.gunzipSync(Buffer.from('1f8b0800000000000003cb48cdc9c9070086a6103605000000', 'hex')));
t('node raw', () => z.inflateRawSync(Buffer.from('cb48cdc9c90700', 'hex')));
t('levels', () => [0, 1, 9, -1].map((level) => z.inflateSync(z.deflateSync(text, { level })).length).join());
t('level 0 stores', () => z.deflateSync('abc', { level: 0 }).length);
t('window bits', () => z.inflateRawSync(z.deflateRawSync(text, { windowBits: 8 }), { windowBits: 8 }).length);
t('header window', () => z.inflateSync(z.deflateSync('x'), { windowBits: 0 }));
t('typed input', () => z.inflateSync(z.deflateSync(new Uint16Array([65, 66]))).toString('hex'));
t('arraybuffer', () => z.gunzipSync(z.gzipSync(new Uint8Array([1, 2, 3]).buffer)).toString('hex'));
t('empty', () => z.inflateSync(z.deflateSync('')).length + ' ' + z.gunzipSync(z.gzipSync(Buffer.alloc(0))).length);
t('members', () => z.gunzipSync(Buffer.concat([z.gzipSync('a'), z.gzipSync('b')])));
t('padding', () => z.gunzipSync(Buffer.concat([z.gzipSync('a'), Buffer.alloc(5)])));
t('garbage after gzip', () => z.gunzipSync(Buffer.concat([z.gzipSync('a'), Buffer.from('garbage')])));
t('garbage after deflate', () => z.inflateSync(Buffer.concat([z.deflateSync('a'), Buffer.from('garbage')])));
t('dictionary', () => z.inflateSync(z.deflateSync('hello', { dictionary: Buffer.from('hel') }), { dictionary: Buffer.from('hel') }));
t('raw dictionary', () => z.inflateRawSync(z.deflateRawSync('hello', { dictionary: Buffer.from('hel') }), { dictionary: Buffer.from('hel') }));
t('missing dictionary', () => z.inflateSync(z.deflateSync('hello', { dictionary: Buffer.from('hel') })));
t('bad dictionary', () => z.inflateSync(z.deflateSync('hello', { dictionary: Buffer.from('hel') }), { dictionary: Buffer.from('xx') }));
t('not zlib', () => z.inflateSync(Buffer.from('hello')));
t('not gzip', () => z.gunzipSync(Buffer.from('hello world')));
t('truncated', () => z.gunzipSync(z.gzipSync('hello').subarray(0, 12)));
t('truncated deflate', () => z.inflateSync(z.deflateSync(text).subarray(0, 20)));
t('raw of zlib', () => z.inflateRawSync(z.deflateSync('a')));
t('unzip garbage', () => z.unzipSync(Buffer.from('zz')));
t('max output', () => z.inflateSync(z.deflateSync(Buffer.alloc(1000)), { maxOutputLength: 100 }));
t('max output ok', () => z.inflateSync(z.deflateSync(Buffer.alloc(100)), { maxOutputLength: 100 }).length);
for (const o of [{ level: -2 }, { windowBits: 7 }, { windowBits: 16 }, { memLevel: 0 }, { strategy: 5 }, { chunkSize: 10 },
  { level: 'x' }, { dictionary: 5 }, { flush: 9 }, { finishFlush: 9 }, { level: NaN }, { level: Infinity }]) {
  t(JSON.stringify(o), () => z.deflateSync('x', o).length > 0);
}
t('bad input', () => z.deflateSync(5));
t('crc32', () => [z.crc32('hello'), z.crc32(Buffer.from('world'), 123), z.crc32(''), z.crc32('\u00e9')].join());
t('crc32 bad', () => z.crc32(5));
t('constants', () => [z.constants.Z_BEST_COMPRESSION, z.constants.Z_SYNC_FLUSH, z.Z_DEFAULT_COMPRESSION, z.codes.Z_DATA_ERROR, z.codes['-5']].join());
z.gzip(text, (err, out) => {
  console.log('async gzip', err, z.gunzipSync(out).toString() === text);
  z.gunzip(Buffer.from('nope'), (err2) => console.log('async error', err2.code, err2.errno, err2.message));
});
t('callback required', () => z.deflate('x'));
