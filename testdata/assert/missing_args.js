// argument validation shared by the comparison assertions
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

for (const name of ['equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual',
  'notDeepStrictEqual', 'strictEqual', 'notStrictEqual', 'partialDeepStrictEqual']) {
  report(name + '()', () => assert[name]());
  report(name + '(1)', () => assert[name](1));
}
report('strictEqual(undefined, undefined)', () => assert.strictEqual(undefined, undefined));
report('deepStrictEqual-error-msg', () => assert.deepStrictEqual(1, 2, new TypeError('own')));
report('notDeepStrictEqual-error-msg', () => assert.notDeepStrictEqual(1, 1, new RangeError('own2')));
