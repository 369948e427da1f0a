// assert.strictEqual / notStrictEqual messages: simple form, stacked diff, indicator, references
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

report('1!==2', () => assert.strictEqual(1, 2));
report('pass', () => { assert.strictEqual(NaN, NaN); assert.strictEqual('a', 'a'); });
report('short-strings', () => assert.strictEqual('a\nb', 'a\nc'));
report('long-strings', () => assert.strictEqual('x'.repeat(20), 'y'.repeat(20)));
report('indicator', () => assert.strictEqual('abcdefghijklmn', 'abcdxfghijklmn'));
report('indicator-end', () => assert.strictEqual('abcdefghij', 'abcdefghik'));
report('zero', () => assert.strictEqual(0, -0));
report('negzero', () => assert.strictEqual(-0, 0));
report('NaN-0', () => assert.strictEqual(NaN, 0));
report('bigint', () => assert.strictEqual(1n, 1));
report('type', () => assert.strictEqual(1, '1'));
report('symbol', () => assert.strictEqual(Symbol('a'), Symbol('a')));
report('same-structure', () => assert.strictEqual({ a: 1 }, { a: 1 }));
report('array-structure', () => assert.strictEqual([1, 2], [1, 2]));
report('object-diff', () => assert.strictEqual({ a: 1 }, { a: 2 }));
report('functions', () => assert.strictEqual(function f() {}, function f() {}));
report('object-vs-prim', () => assert.strictEqual({ a: 1 }, 1));
report('fn-vs-obj', () => assert.strictEqual(function g() {}, {}));
report('obj-vs-fn', () => assert.strictEqual({}, function h() {}));
report('custom', () => assert.strictEqual(1, 2, 'custom'));
report('custom-empty', () => assert.strictEqual(1, 2, ''));
report('multiline-actual', () => assert.strictEqual('x', 'y\nz'));
report('notStrictEqual', () => assert.notStrictEqual(1, 1));
report('notStrictEqual-str', () => assert.notStrictEqual('abcde', 'abcde'));
const o = { a: 1 };
report('notStrictEqual-obj', () => assert.notStrictEqual(o, o));
report('notStrictEqual-pass', () => assert.notStrictEqual({ a: 1 }, { a: 1 }));
report('notStrictEqual-custom', () => assert.notStrictEqual(1, 1, 'custom'));
