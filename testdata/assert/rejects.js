// assert.rejects / doesNotReject with promises, async functions and thenables
const assert = require('assert');
async function report(label, promise) {
  try {
    await promise;
    console.log(label, '-> resolved');
  } catch (e) {
    console.log(label, '->', e.name, e.code, e.generatedMessage, e.operator);
    console.log(JSON.stringify(e.message));
  }
}
(async () => {
  await report('resolved', assert.rejects(Promise.resolve(1)));
  await report('resolved-class-msg', assert.rejects(Promise.resolve(1), TypeError, 'mmm'));
  await report('async-fn', assert.rejects(async () => {}));
  await report('class-ok', assert.rejects(async () => { throw new TypeError('t'); }, TypeError));
  await report('class-fail', assert.rejects(async () => { throw new TypeError('t'); }, RangeError));
  await report('object-fail', assert.rejects(async () => { throw new TypeError('t'); }, { message: 'u' }));
  await report('not-promise-return', assert.rejects(() => 5));
  await report('bad-arg', assert.rejects(5));
  await report('regexp', assert.rejects(Promise.reject(new Error('x')), /x/));
  await report('thenable', assert.rejects({ then(a, b) { b(new Error('th')); }, catch() {} }, /th/));
  await report('ambiguous', assert.rejects(Promise.reject(new Error('x')), 'x'));
  await report('dnr-pass', assert.doesNotReject(Promise.resolve(1)));
  await report('dnr-fail', assert.doesNotReject(Promise.reject(new Error('no'))));
  await report('dnr-custom', assert.doesNotReject(async () => { throw new Error('no2'); }, 'custom'));
  await report('dnr-mismatch', assert.doesNotReject(async () => { throw new Error('no3'); }, TypeError));
  await report('dnr-not-promise', assert.doesNotReject(() => 1));
  console.log('returns promise:', assert.rejects(Promise.reject(new Error('z'))) instanceof Promise);
})();
