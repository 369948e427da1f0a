// assert.fail (all forms) and assert.ifError
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

report('fail', () => assert.fail());
report('fail-undefined', () => assert.fail(undefined));
report('fail-msg', () => assert.fail('boom'));
report('fail-error', () => assert.fail(new TypeError('ff')));
report('fail-two', () => assert.fail(1, 2));
report('fail-op', () => assert.fail(1, 2, undefined, '>'));
report('fail-three', () => assert.fail(1, 2, 'msg'));
report('fail-null-null', () => assert.fail(null, null));
try { assert.fail('a', 'b', undefined, 'op'); } catch (e) { console.log(e.actual, e.expected, e.operator, e.message); }
report('ifError-null', () => assert.ifError(null));
report('ifError-undefined', () => assert.ifError(undefined));
report('ifError-string', () => assert.ifError('x'));
report('ifError-error', () => assert.ifError(new Error('inner')));
report('ifError-empty', () => assert.ifError(new TypeError('')));
report('ifError-zero', () => assert.ifError(0));
report('ifError-false', () => assert.ifError(false));
report('ifError-object', () => assert.ifError({ message: 5 }));
try { assert.ifError(new Error('orig')); } catch (e) { console.log(e.actual.message, e.expected, typeof e.stack); }
