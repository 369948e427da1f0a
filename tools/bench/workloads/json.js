'use strict';
// A JSON API endpoint: every request serialises a ~1 KiB object with
// JSON.stringify (one field changes per request, so nothing can be cached)
// and sends it with res.end(). Prints "listening <port>".
const http = require('http');

const record = {
  id: 0,
  kind: 'order',
  created: '2026-11-30T12:34:56.789Z',
  customer: { id: 4711, name: 'Ada Lovelace', email: 'ada@example.invalid', tier: 'gold', tags: ['early', 'b2b'] },
  shipping: { street: '12 Analytical Engine Row', city: 'London', zip: 'NW1 6XE', country: 'GB' },
  items: [],
  totals: { net: 0, tax: 0, gross: 0, currency: 'EUR' },
  flags: { paid: true, shipped: false, gift: false, express: true },
  notes: 'leave at the door; ring twice; the dog is friendly, the cat much less so',
};
for (let i = 0; i < 7; i++) {
  record.items.push({ sku: 'SKU-' + (1000 + i * 37), title: 'Item number ' + i, qty: 1 + (i % 3), price: 9.99 + i * 2.5 });
}
for (const it of record.items) record.totals.net += it.qty * it.price;
record.totals.tax = Math.round(record.totals.net * 19) / 100;
record.totals.gross = record.totals.net + record.totals.tax;

let seq = 0;
const server = http.createServer((req, res) => {
  record.id = ++seq;
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(record));
});
server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
  console.log('listening ' + server.address().port);
});
