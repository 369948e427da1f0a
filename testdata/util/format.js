// util.format / console.log format specifiers and argument joining
'use strict';
const util = require('util');

console.log(util.format('%s %s', 'a', 'b'), util.format('%s', 42), util.format('%s', -0), util.format('%s', 5n));
console.log(util.format('%s', null), util.format('%s', undefined), util.format('%s', Symbol('s')));
console.log(util.format('%s', { a: { b: { c: 1 } } }), util.format('%s', [1, [2, [3]]]));
console.log(util.format('%s', { toString() { return 'custom toString'; } }));
console.log(util.format('%s', class Foo {}), util.format('%s', function bar() {}));
console.log(util.format('%d', '42'), util.format('%d', 1.5), util.format('%d', '0x10'), util.format('%d', 5n), util.format('%d', {}), util.format('%d', Symbol('x')));
console.log(util.format('%i', 42.9), util.format('%i', '-7.5'), util.format('%i', 5n), util.format('%i', 'abc'));
console.log(util.format('%f', '3.25'), util.format('%f', 'x'), util.format('%f', Symbol('y')));
console.log(util.format('%j', { a: [1, 'x'] }), util.format('%j', 'str'), util.format('%j', undefined));
const circ = {}; circ.me = circ;
console.log(util.format('%j', circ));
console.log(util.format('%o', [1, { a: 2 }]));
console.log(util.format('%O', { a: { b: { c: { d: 1 } } } }));
console.log(util.format('%c styled %c', 'color: red', 'x'));
console.log(util.format('100%% sure'), util.format('%% %s', 'x'), util.format('%%'), util.format('%'), util.format('a%'));
console.log(util.format('%s:%s', 'only-one'));
console.log(util.format('%x %s', 'unknown'));
console.log(util.format('no specifiers', 'extra', 1, { a: 1 }));
console.log(util.format(1, 2, '3', { four: 4 }));
console.log(util.format({ obj: true }, '%s', 'not-a-format'));
console.log(util.format());
console.log(util.format(''));
console.log(util.format('%s'));
console.log(util.formatWithOptions({ colors: true }, '%O and', [1, 'x'], 'tail', 2));
console.log(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }));
console.log('%s is %d years', 'Bob', 42, 'extra');
console.log('multi', 'args', 1, true, null, undefined, ['x']);
console.log();
console.log('');
try {
  util.formatWithOptions(null, 'x');
} catch (e) {
  console.log(e.code, e.message);
}
