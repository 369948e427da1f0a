// Buffer.compare, buf.compare with ranges, buf.equals.
const pairs = [['abc', 'abc'], ['abc', 'abd'], ['abd', 'abc'], ['ab', 'abc'], ['abc', 'ab'], ['', ''], ['', 'a'], ['\u00ff', 'a'],
  ['x'.repeat(100) + 'a', 'x'.repeat(100) + 'b'], ['x'.repeat(9000) + '\u00ff', 'x'.repeat(9000) + 'a'], ['x'.repeat(9000), 'x'.repeat(9001)]];
for (const [a, b] of pairs) {
  const x = Buffer.from(a, 'latin1');
  const y = Buffer.from(b, 'latin1');
  console.log(a.length, b.length, Buffer.compare(x, y), x.compare(y), x.equals(y), y.equals(x));
}
const sorted = [Buffer.from('b'), Buffer.from('abc'), Buffer.from('ab'), Buffer.from(''), Buffer.from('a\u00ff', 'latin1')].sort(Buffer.compare);
console.log(sorted.map((b) => b.toString('hex')).join(','));
const src = Buffer.from('abcd');
const tgt = Buffer.from('bcd');
const argSets = [[0], [1], [0, 2], [1, 3, 1, 3], [0, 5], [5], [0, 0], [0, 3, 3, 3], [0, 3, 0, 0], [undefined, undefined, 1], [0, 3, 1, 4]];
for (const a of argSets) console.log(JSON.stringify(a), src.compare(tgt, ...a));
for (const a of [[-1], [1.5], [0, 2, 0, 9], ['1'], [0, 9]]) {
  try { src.compare(tgt, ...a); console.log('no error'); } catch (e) { console.log(e.code, e.message.replace(/<= \d+\./, '<= MAX.')); }
}
for (const f of [() => Buffer.compare('a', Buffer.from('a')), () => Buffer.compare(Buffer.from('a'), 1), () => Buffer.from('a').equals('a'), () => Buffer.from('a').compare([97])]) {
  try { f(); } catch (e) { console.log(e.code, e.message); }
}
console.log(Buffer.from('ab').equals(new Uint8Array([97, 98])), Buffer.compare(new Uint8Array([1]), Buffer.from([2])));
