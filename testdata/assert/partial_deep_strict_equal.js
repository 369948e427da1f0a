// assert.partialDeepStrictEqual: expected is a subset of actual
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

const p = assert.partialDeepStrictEqual;
report('subset-object', () => p({ a: 1, b: 2, c: { d: 3, e: 4 } }, { a: 1, c: { e: 4 } }));
report('array-subsequence', () => p([1, 2, 3], [1, 3]));
report('array-order', () => p([1, 2, 3], [3, 1]));
report('array-dupes', () => p([1, 2, 2], [2, 2]));
report('array-dupes-fail', () => p([1, 2], [2, 2]));
report('array-of-objects', () => p([{ a: 1, b: 2 }, { c: 3 }], [{ c: 3 }]));
report('set', () => p(new Set([1, 2, { a: 1 }]), new Set([{ a: 1 }])));
report('map', () => p(new Map([[1, { a: 1, b: 2 }], [2, 3]]), new Map([[1, { a: 1 }]])));
report('undefined-key', () => p({ a: 1 }, { a: 1, b: undefined }));
report('strict-types', () => p({ a: '1' }, { a: 1 }));
report('dates', () => p(new Date(5), new Date(5)));
report('dates-fail', () => p(new Date(5), new Date(6)));
report('regexp-flags', () => p(/a/g, /a/));
report('too-long', () => p([1, 2, 3], [1, 2, 3, 4]));
report('nested-array', () => p({ a: [1, 2, 3] }, { a: [2] }));
report('typed-array', () => p(new Uint8Array([1, 2, 3]), new Uint8Array([1, 3])));
report('NaN', () => p(NaN, NaN));
report('zero', () => p(0, -0));
report('diff', () => p({ a: 1, b: { c: 1, d: 2 } }, { b: { c: 2 } }));
report('custom', () => p({ a: 1 }, { a: 2 }, 'custom'));
report('prims', () => p(1, 2));
report('missing', () => p(1));
