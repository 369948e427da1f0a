// assert.throws with every kind of validation argument
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
report('no-throw', () => assert.throws(() => {}));
report('no-throw-msg', () => assert.throws(() => {}, 'msg'));
report('no-throw-class', () => assert.throws(() => {}, TypeError));
report('no-throw-class-msg', () => assert.throws(() => {}, TypeError, 'msg'));
report('no-throw-regexp', () => assert.throws(() => {}, /abc/));
report('no-throw-object', () => assert.throws(() => {}, { message: 'x' }));
report('class-ok', () => assert.throws(thrower(new TypeError('t')), TypeError));
report('class-Error', () => assert.throws(thrower(new TypeError('t')), Error));
report('class-mismatch', () => assert.throws(thrower(new Error('boom')), TypeError));
report('class-mismatch-msg', () => assert.throws(thrower(new Error('boom')), RangeError, 'mm'));
class MyError extends Error {}
report('same-name', () => assert.throws(thrower(new Error('x')), class Error2 extends Error {}));
report('subclass', () => assert.throws(thrower(new MyError('sub')), MyError));
report('regexp-ok', () => assert.throws(thrower(new Error('boom')), /boom/));
report('regexp-fail', () => assert.throws(thrower(new Error('boom')), /xyz/));
report('regexp-prim', () => assert.throws(thrower(5), /6/));
report('object-ok', () => assert.throws(thrower(new Error('boom')), { message: 'boom' }));
report('object-fail', () => assert.throws(thrower(new Error('boom')), { message: 'bam' }));
report('object-regexp', () => assert.throws(thrower(new Error('boom')), { message: /bam/ }));
report('object-regexp-ok', () => assert.throws(thrower(new Error('boom')), { message: /oo/, name: 'Error' }));
report('object-name', () => assert.throws(thrower(new Error('boom')), { message: 'boom', name: 'TypeError' }));
report('object-missing', () => assert.throws(thrower(new Error('boom')), { message: 'boom', code: 'X' }));
report('object-custom', () => assert.throws(thrower(new Error('boom')), { message: 'bam' }, 'custom'));
report('object-prim', () => assert.throws(thrower(5), { a: 1 }));
report('object-plain', () => assert.throws(thrower({ a: 1, b: 2 }), { a: 1 }));
report('object-plain-fail', () => assert.throws(thrower({ a: 1, b: 2 }), { a: 2 }));
report('error-instance', () => assert.throws(thrower(new Error('boom')), new Error('boom')));
report('error-instance-fail', () => assert.throws(thrower(new Error('boom')), new TypeError('boom')));
report('fn-ok', () => assert.throws(thrower(new Error('boom')), (e) => e.message === 'boom'));
report('fn-false', () => assert.throws(thrower(new Error('boom')), (e) => false));
report('fn-named', () => assert.throws(thrower(new Error('boom')), function check() { return 'yes'; }));
report('ambiguous', () => assert.throws(thrower(new Error('boom')), 'boom'));
report('ambiguous-prim', () => assert.throws(thrower('boom'), 'boom'));
report('string-and-msg', () => assert.throws(thrower(new Error('a')), 'a', 'b'));
report('empty-object', () => assert.throws(thrower(new Error('boom')), {}));
report('bad-error', () => assert.throws(thrower(new Error('boom')), 5));
report('bad-fn', () => assert.throws(5));
