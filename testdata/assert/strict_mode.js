// assert/strict and assert.strict: identity, aliases, keys; the Assert class
const assert = require('assert');
const strict = require('assert/strict');
console.log(strict === assert.strict, strict.strict === strict, assert.strict.strict === strict);
console.log(strict.equal === assert.strictEqual, strict.deepEqual === assert.deepStrictEqual);
console.log(strict.notEqual === assert.notStrictEqual, strict.notDeepEqual === assert.notDeepStrictEqual);
console.log(strict.ok === assert.ok, strict.AssertionError === assert.AssertionError, strict.Assert === assert.Assert);
console.log(assert.ok === assert, typeof strict, strict.name, assert.name);
console.log(Object.keys(assert).join(','));
console.log(Object.keys(strict).join(','));
console.log(assert.strictEqual.length, assert.throws.length, assert.fail.length, assert.rejects.length, assert.ok.length);
try { strict.equal(1, '1'); } catch (e) { console.log(e.operator, JSON.stringify(e.message)); }
try { strict.deepEqual({ a: 1 }, { a: '1' }); } catch (e) { console.log(e.operator, JSON.stringify(e.message)); }
try { strict(0, 'strict call'); } catch (e) { console.log(e.operator, e.message); }
const { Assert } = assert;
console.log(Object.getOwnPropertyNames(Assert.prototype).join(','));
const a = new Assert();
console.log(Object.keys(a).join(','), a.AssertionError === assert.AssertionError);
try { a.equal(1, '1'); } catch (e) { console.log('default strict:', e.operator); }
const loose = new Assert({ strict: false });
console.log(Object.keys(loose).join(','));
loose.equal(1, '1');
console.log('loose equal passed');
const { strictEqual } = new Assert();
try { strictEqual(1, 2); } catch (e) { console.log(JSON.stringify(e.message)); }
try { new Assert({ diff: 'x' }); } catch (e) { console.log(e.name, e.code); }
for (const o of [5, null, 'x']) console.log(Object.keys(new Assert(o)).length);
