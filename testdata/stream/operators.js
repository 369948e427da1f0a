// Readable.prototype.map/filter/forEach/toArray/some/every/find/reduce/take/drop/flatMap.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
const src = () => Readable.from([1, 2, 3, 4, 5, 6]);

(async () => {
  log('map', (await src().map((x) => x * 2).toArray()).join(','));
  log('async map', (await src().map(async (x) => { await null; return x + 100; }).toArray()).join(','));
  log('map concurrency keeps order', (await src().map(async (x) => {
    await new Promise((r) => setTimeout(r, 7 - x));
    return x;
  }, { concurrency: 3 }).toArray()).join(','));
  log('filter', (await src().filter((x) => x % 2 === 0).toArray()).join(','));
  const seen = [];
  await src().forEach((x) => { seen.push(x); });
  log('forEach', seen.join(','));
  log('some', await src().some((x) => x > 5), await src().some((x) => x > 50));
  log('every', await src().every((x) => x > 0), await src().every((x) => x > 3));
  log('find', await src().find((x) => x > 3), await src().find((x) => x > 30));
  log('reduce', await src().reduce((a, b) => a + b, 0), await src().reduce((a, b) => a * b));
  try {
    await Readable.from([]).reduce((a, b) => a + b);
  } catch (e) {
    log('reduce empty', e.name, e.message);
  }
  log('take', (await src().take(2).toArray()).join(','));
  log('drop', (await src().drop(4).toArray()).join(','));
  log('flatMap', (await src().take(3).flatMap((x) => [x, x]).toArray()).join(','));
  log('chain', (await src().filter((x) => x > 1).map((x) => x * x).drop(1).take(2).toArray()).join(','));
  try {
    await src().map((x) => { if (x === 3) throw new Error('map threw'); return x; }).toArray();
  } catch (e) {
    log('map error', e.message);
  }
  const r = src().map((x) => x);
  log('map returns Readable', r instanceof Readable, r.readableObjectMode);
})();
