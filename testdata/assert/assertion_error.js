// the AssertionError class: constructor, own properties, name/code, toString
const assert = require('assert');
const { AssertionError } = assert;
const e = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e.name, e.code, e.generatedMessage, e.actual, e.expected, e.operator, e.diff);
console.log(JSON.stringify(e.message));
console.log(Object.keys(e).join(','));
console.log(String(e));
console.log(e.stack.split('\n')[0]);
console.log(e instanceof Error, e instanceof AssertionError, Object.prototype.toString.call(e));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(e, 'name')));
console.log(Object.getOwnPropertyDescriptor(e, 'message').enumerable);
const e2 = new AssertionError({ message: 'hi' });
console.log(e2.message, e2.generatedMessage, e2.operator, e2.actual, e2.expected);
const e3 = new AssertionError({ actual: 1, expected: 2, operator: 'deepStrictEqual', message: 'custom' });
console.log(JSON.stringify(e3.message), e3.generatedMessage);
const e4 = new AssertionError({ actual: 'a', expected: 'b', operator: 'foo' });
console.log(JSON.stringify(e4.message));
const e5 = new AssertionError({ actual: [1], expected: [2], operator: 'notDeepEqual' });
console.log(JSON.stringify(e5.message));
try { new AssertionError(5); } catch (err) { console.log(err.name, err.code); }
try { new AssertionError(); } catch (err) { console.log(err.name, err.code); }
console.log(AssertionError.name, AssertionError.length, typeof AssertionError.prototype.toString);
