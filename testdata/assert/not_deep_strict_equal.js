// assert.notDeepStrictEqual messages, including truncation of long values
const assert = require('assert');
function report(label, fn) {
  try {
    fn();
    console.log(label, "-> no throw");
  } catch (e) {
    console.log(label, "->", e.name, e.code, e.generatedMessage, e.operator);
    console.log(JSON.stringify(e.message));
  }
}

report('prim', () => assert.notDeepStrictEqual(1, 1));
report('str', () => assert.notDeepStrictEqual('abcdef', 'abcdef'));
report('obj', () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
report('set', () => assert.notDeepStrictEqual(new Set([1]), new Set([1])));
const list = [];
for (let i = 1; i <= 30; i++) list.push({ x: i });
report('long', () => assert.notDeepStrictEqual(list, list.map((o) => ({ ...o }))));
report('pass', () => assert.notDeepStrictEqual({ a: 1 }, { a: '1' }));
report('custom', () => assert.notDeepStrictEqual([1], [1], 'they match'));
