// assert.doesNotThrow messages and rethrow behaviour
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

const thrower = (e) => () => { throw e; };
report('pass', () => assert.doesNotThrow(() => {}));
report('plain', () => assert.doesNotThrow(thrower(new Error('boom'))));
report('custom', () => assert.doesNotThrow(thrower(new Error('boom')), 'custom'));
report('class-match', () => assert.doesNotThrow(thrower(new Error('boom')), Error));
report('class-match-msg', () => assert.doesNotThrow(thrower(new Error('boom')), Error, 'custom'));
report('class-mismatch-rethrows', () => assert.doesNotThrow(thrower(new Error('boom')), TypeError));
report('regexp-match', () => assert.doesNotThrow(thrower(new Error('boom')), /boom/));
report('regexp-mismatch-rethrows', () => assert.doesNotThrow(thrower(new Error('boom')), /bam/));
report('fn-true', () => assert.doesNotThrow(thrower(new Error('boom')), () => true));
report('primitive', () => assert.doesNotThrow(thrower(5), 'nope'));
report('bad-fn', () => assert.doesNotThrow(5));
report('bad-expected', () => assert.doesNotThrow(thrower(new Error('q')), 5));
