// assert.deepEqual / notDeepEqual (loose) pass/fail and message shapes
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

report('loose-pass', () => {
  assert.deepEqual({ a: 1 }, { a: '1' });
  assert.deepEqual([1, 2], ['1', '2']);
  assert.deepEqual(new Set([1]), new Set([1]));
});
report('objects', () => assert.deepEqual({ a: 1 }, { a: 2 }));
report('primitives', () => assert.deepEqual(1, 2));
report('long', () => assert.deepEqual('a'.repeat(600), 'b'));
report('custom', () => assert.deepEqual({ a: 1 }, { b: 1 }, 'custom msg'));
report('notDeepEqual-prim', () => assert.notDeepEqual(1, 1));
report('notDeepEqual-obj', () => assert.notDeepEqual({ a: 1 }, { a: 1 }));
report('notDeepEqual-loose', () => assert.notDeepEqual({ a: 1 }, { a: '1' }));
report('notDeepEqual-pass', () => assert.notDeepEqual({ a: 1 }, { a: 2 }));
