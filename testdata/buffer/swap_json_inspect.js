// swap16/32/64, toJSON and JSON round trips, inspect output incl. the 50-byte cut.
const util = require('util');
const buffer = require('buffer');
for (const n of [0, 2, 4, 6, 8, 16, 130, 256, 3, 7]) {
  const out = [];
  for (const m of ['swap16', 'swap32', 'swap64']) {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = i;
    try { const r = b[m](); out.push(r === b, b.toString('hex').slice(0, 40)); } catch (e) { out.push(e.code + ': ' + e.message); }
  }
  console.log(n, out.join(' '));
}
console.log(JSON.stringify(Buffer.from('hi')), JSON.stringify(Buffer.alloc(0)), JSON.stringify({ b: Buffer.from([1, 2, 3]) }));
console.log(Buffer.from(JSON.parse(JSON.stringify(Buffer.from('round trip')))).toString());
console.log(Buffer.from('hey').toJSON());
for (const n of [0, 1, 49, 50, 51, 52, 100]) console.log(util.inspect(Buffer.alloc(n, 0xab)));
console.log(Buffer.from('hello'));
console.log([Buffer.from('a'), { nested: Buffer.from('xyz') }]);
const extra = Buffer.from('ab');
extra.foo = 1;
extra.bar = 'x';
console.log(extra);
const emptyExtra = Buffer.alloc(0);
emptyExtra.k = true;
console.log(util.inspect(emptyExtra));
buffer.INSPECT_MAX_BYTES = 3;
console.log(Buffer.from('abcdef'), buffer.INSPECT_MAX_BYTES);
buffer.INSPECT_MAX_BYTES = 50;
try { buffer.INSPECT_MAX_BYTES = -1; } catch (e) { console.log(e.code, e.message); }
try { buffer.INSPECT_MAX_BYTES = 'x'; } catch (e) { console.log(e.code, e.message); }
console.log(util.format('%s|%o|%j', Buffer.from('ab'), Buffer.from('ab'), Buffer.from('ab')));
console.log(Buffer.from('ab') + Buffer.from('cd'), `${Buffer.from('e')}`);
