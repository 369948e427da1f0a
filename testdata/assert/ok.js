// assert() / assert.ok(): truthy passes, falsy throws with source text or custom message
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

report('truthy', () => { assert(1); assert.ok('x'); assert.ok({}); assert(true, 'never'); });
report('falsy-literal', () => assert.ok(false));
report('falsy-call', () => assert(0));
report('falsy-expr', () => assert(typeof 123 === 'string'));
report('falsy-two-args', () => assert.ok(null, undefined));
report('no-args', () => assert.ok());
report('custom', () => assert.ok(0, 'custom message'));
report('empty-message', () => assert.ok(0, ''));
report('error-instance', () => assert.ok(false, new RangeError('mine')));
report('strict-ok', () => assert.strict.ok(''));
const { ok } = assert;
report('destructured', () => ok(NaN));
try {
  assert.ok(0);
} catch (e) {
  console.log(e instanceof assert.AssertionError, e instanceof Error, e.actual, e.expected);
}
