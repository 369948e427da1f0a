'use strict';
// CPU-bound JavaScript, so the engine's own cost shows. Each kernel runs in
// batches: first unmeasured for a quarter of the budget, then for CPU_MS
// milliseconds (default 1000); the result is batches per second.
// Prints {"loops": n, "alloc": n, "json": n, "strings": n, "typed": n, "check": ...}.
const BUDGET = Number(process.env.CPU_MS || 1000);
const ONLY = process.env.CPU_ONLY ? process.env.CPU_ONLY.split(',') : null;

const kernels = {
  // integer arithmetic and a branch in a tight loop: 100k iterations
  loops() {
    let s = 0;
    for (let i = 0; i < 100000; i++) {
      s = (s + i * i) % 1000003;
      if ((i & 1023) === 0) s ^= i;
    }
    return s;
  },
  // 10k small objects linked into a list, then walked
  alloc() {
    let head = null;
    for (let i = 0; i < 10000; i++) head = { value: i, label: 'n', next: head };
    let s = 0;
    for (let n = head; n !== null; n = n.next) s += n.value;
    return s;
  },
  // stringify and parse a ~1 KiB object, 20 times
  json() {
    let s = 0;
    for (let i = 0; i < 20; i++) {
      payload.id = i;
      const text = JSON.stringify(payload);
      s += JSON.parse(text).items.length + text.length;
    }
    return s;
  },
  // string building: concatenation, template literals, join and split
  strings() {
    let out = '';
    for (let i = 0; i < 1000; i++) out += 'item-' + i + ';';
    const parts = [];
    for (let i = 0; i < 1000; i++) parts.push(`${i}:${i * 7}`);
    const joined = parts.join(',');
    return out.length + joined.split(',').length + joined.indexOf('999:');
  },
  // typed arrays: fill and reduce a Float64Array, xor over a Uint8Array
  typed() {
    const f = new Float64Array(16384);
    for (let i = 0; i < f.length; i++) f[i] = i * 0.5;
    let dot = 0;
    for (let i = 0; i < f.length; i++) dot += f[i] * f[f.length - 1 - i];
    const b = new Uint8Array(65536);
    for (let i = 0; i < b.length; i++) b[i] = (i * 31) & 255;
    let x = 0;
    for (let i = 0; i < b.length; i++) x ^= b[i];
    return (dot % 1000) + x;
  },
};

const payload = {
  id: 0,
  kind: 'order',
  customer: { id: 4711, name: 'Ada Lovelace', email: 'ada@example.invalid', tags: ['early', 'b2b'] },
  shipping: { street: '12 Analytical Engine Row', city: 'London', zip: 'NW1 6XE', country: 'GB' },
  items: [],
  flags: { paid: true, shipped: false, gift: false, express: true },
  notes: 'leave at the door; ring twice',
};
for (let i = 0; i < 8; i++) {
  payload.items.push({ sku: 'SKU-' + (1000 + i * 37), title: 'Item number ' + i, qty: 1 + (i % 3), price: 9.99 + i * 2.5 });
}

function run(fn, ms) {
  let batches = 0;
  let check = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < ms) {
    check = (check + fn()) % 1e9;
    batches++;
    t = performance.now();
  }
  return { perSecond: batches / ((t - t0) / 1000), check };
}

const result = {};
let check = 0;
for (const name of Object.keys(kernels)) {
  if (ONLY && !ONLY.includes(name)) continue;
  run(kernels[name], BUDGET / 4);
  const r = run(kernels[name], BUDGET);
  result[name] = r.perSecond;
  check = (check + r.check) % 1e9;
}
result.check = check;
console.log(JSON.stringify(result));
