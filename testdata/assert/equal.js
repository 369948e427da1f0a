// assert.equal / notEqual: loose (==) comparison with NaN special case
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

report('1=="1"', () => assert.equal(1, '1'));
report('NaN', () => assert.equal(NaN, NaN));
report('null==undefined', () => assert.equal(null, undefined));
report('1==2', () => assert.equal(1, 2));
report('objects', () => assert.equal({ a: 1 }, { a: 1 }));
report('strings', () => assert.equal('hello', 'world'));
report('custom', () => assert.equal(1, 2, 'not equal!'));
report('notEqual-pass', () => assert.notEqual(1, 2));
report('notEqual-fail', () => assert.notEqual(1, '1'));
report('notEqual-NaN', () => assert.notEqual(NaN, NaN));
report('notEqual-custom', () => assert.notEqual(2, 2, 'same'));
report('missing-args', () => assert.equal(1));
report('error-message', () => assert.equal(1, 2, new TypeError('own error')));
