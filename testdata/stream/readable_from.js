// Readable.from: arrays, generators, async generators, strings, Buffers, promises, errors, null values.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);

async function collect(name, r) {
  const out = [];
  try {
    for await (const x of r) out.push(typeof x === 'object' && x !== null && !(x instanceof Uint8Array) ? JSON.stringify(x) : String(x));
    log(name, 'ok', out.join('|'), 'objectMode', r.readableObjectMode);
  } catch (e) {
    log(name, 'error', e.code || '', e.message, 'after', out.join('|'));
  }
}

(async () => {
  await collect('array', Readable.from([1, 'two', { three: 3 }]));
  await collect('string', Readable.from('whole string'));
  await collect('buffer', Readable.from(Buffer.from('buf')));
  await collect('gen', Readable.from((function* () { yield 'g1'; yield 'g2'; })()));
  await collect('async gen', Readable.from((async function* () {
    yield 'a1';
    await new Promise((r) => setTimeout(r, 1));
    yield 'a2';
  })()));
  await collect('promises', Readable.from([Promise.resolve('p1'), 'plain', Promise.resolve('p2')]));
  await collect('throws', Readable.from((function* () { yield 'ok'; throw new Error('gen threw'); })()));
  await collect('null value', Readable.from(['x', null, 'y']));
  await collect('bytes mode', Readable.from(['ab', 'cd'], { objectMode: false }));
  try {
    Readable.from(42);
  } catch (e) {
    log('not iterable', e.code);
  }
  let returned = false;
  const gen = (function* () { try { yield 1; yield 2; yield 3; } finally { returned = true; } })();
  const r = Readable.from(gen);
  r.on('close', () => log('early destroy -> generator finally ran', returned));
  r.once('data', (d) => { log('first', d); r.destroy(); });
})();
