// assert.deepStrictEqual: myers line diff output, collapsing of unchanged lines
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

report('nested', () => assert.deepStrictEqual({ a: 1, b: [1, 2, 3] }, { a: 1, b: [1, 2, 4] }));
report('longer-expected', () => assert.deepStrictEqual([1, 2, 3], [1, 2, 3, 4]));
report('longer-actual', () => assert.deepStrictEqual([1, 2, 3, 4], [1, 2, 3]));
report('missing-key', () => assert.deepStrictEqual([{ a: 1, b: 2 }], [{ a: 1, b: 2, c: 3 }]));
report('types', () => assert.deepStrictEqual([1], ['1']));
report('prim-vs-obj', () => assert.deepStrictEqual({ a: 1 }, 1));
report('undef-null', () => assert.deepStrictEqual(undefined, null));
report('1-vs-str', () => assert.deepStrictEqual(1, '1'));
report('null-proto', () => assert.deepStrictEqual(Object.create(null), {}));
report('map', () => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])));
report('set', () => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
report('deep', () => assert.deepStrictEqual({ a: { b: { c: { d: 1 } } } }, { a: { b: { c: { d: 2 } } } }));
const big = {};
for (let i = 0; i < 30; i++) big['k' + String(i).padStart(2, '0')] = i;
report('skipped', () => assert.deepStrictEqual(big, { ...big, k15: 'x' }));
report('skipped-custom', () => assert.deepStrictEqual(big, { ...big, k15: 'x' }, 'custom msg'));
const six = { a: 0, b: 1, c: 2, d: 3, e: 4, f: 5, g: 6 };
report('six-nops', () => assert.deepStrictEqual(six, { ...six, g: 7 }));
report('seven-nops', () => assert.deepStrictEqual({ ...six, h: 8 }, { ...six, h: 9 }));
report('pass', () => assert.deepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }));
report('errors', () => assert.deepStrictEqual(new Error('a'), new Error('b')));
