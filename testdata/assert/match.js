// assert.match / doesNotMatch
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

report('pass', () => { assert.match('abc', /b/); assert.doesNotMatch('abc', /x/); });
report('match-fail', () => assert.match('abc', /x/));
report('match-custom', () => assert.match('abc', /x/, 'custom'));
report('match-error', () => assert.match('abc', /x/, new TypeError('mine')));
report('doesNotMatch-fail', () => assert.doesNotMatch('abc', /b/));
report('match-non-string', () => assert.match(1, /x/));
report('doesNotMatch-non-string', () => assert.doesNotMatch(5, /a/));
report('bad-regexp', () => assert.match('a', 'a'));
report('multiline-input', () => assert.match('line1\nline2', /^x/));
try { assert.match('abc', /z/g); } catch (e) { console.log(e.actual, e.expected); }
