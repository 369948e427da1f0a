// util.inspect / console.log of primitives, containers, classes, functions, and special objects
'use strict';
const util = require('util');

console.log(1, -0, 0, 1.5, -1e21, NaN, Infinity, 1n, -123n, true, undefined, null);
console.log(Symbol('desc'), Symbol(), Symbol.iterator);
console.log('top level string is raw', ['nested strings are quoted']);
console.log(["it's", 'say "hi"', 'all \'"`', 'tab\there', 'nl\nx', '\x00\x7f', '\\']);
console.log(util.inspect('quoted at top level'), util.inspect("it's"));
console.log([1, , 3], [, , ,], new Array(5), [1, 2, 3, , , 6]);
const arr = [1, 2, 3];
arr.extra = 'prop';
arr[-1] = 'neg';
console.log(arr);
console.log({ a: 1, 'b-c': 2, '1x': 3, valid_id: 4, [Symbol('s')]: 5, "it's": 6, 0: 7 });
console.log({ get a() { return 1; }, set b(v) {}, get c() { return 2; }, set c(v) {} });
console.log(util.inspect({ get a() { return 1; }, get o() { return { x: 1 }; }, get n() { return null; } }, { getters: true }));
console.log({ a: { b: { c: { d: { e: 1 } } } } }, [[[[[1]]]]]);
console.log(util.inspect({ a: { b: { c: { d: { e: 1 } } } } }, { depth: 0 }));
console.log(util.inspect({ a: { b: { c: { d: { e: 1 } } } } }, { depth: null }));
console.log(util.inspect({ a: { b: { c: { d: { e: 1 } } } } }, { depth: Infinity }));
const circ = { name: 'c' };
circ.self = circ;
circ.list = [circ, { back: circ }];
console.log(circ);
const a = {}; const b = { a }; a.b = b;
console.log([a, b]);
class Foo { constructor() { this.x = 1; } }
class Bar extends Foo {}
console.log(new Foo(), new Bar(), Object.create(Foo.prototype), new (class {})());
const nul = Object.create(null);
nul.k = 'v';
console.log(nul, Object.create(null));
console.log(function () {}, function named() {}, () => {}, async function af() {}, function* gen() {}, async function* ag() {});
console.log(class A {}, class B extends Foo {}, class {}, Math.max, Object.assign(function withProps() {}, { p: 1 }));
console.log(new Map([['a', 1], [{ k: 1 }, [1, 2]]]), new Set([1, 'two', [3]]), new Map(), new Set());
console.log(new Date(0), new Date(NaN), /ab+c/gi, Object.assign(/x/, { extra: 1 }));
console.log(new Number(3), new String('str'), new Boolean(false), Object(1n), Object(Symbol('bs')), Object.assign(new String('ab'), { x: 1 }));
console.log(new Uint8Array([1, 2, 3]), new Float64Array([1.5, -0, NaN]), new BigInt64Array([1n, -2n]), new Uint8Array(0));
console.log(new Uint8Array([1, 2]).buffer, new DataView(new ArrayBuffer(4), 1, 2));
console.log(new WeakMap(), new WeakSet());
console.log([1, 'a', null, undefined, true, 10n, Symbol('q'), -0, NaN]);
console.log({ __proto__: { inherited: 1 }, own: 2 });
console.log(JSON.parse('{"__proto__": 1}'));
console.log(Object.create(Array.prototype), Object.setPrototypeOf([1, 2], null));
class Tagged { get [Symbol.toStringTag]() { return 'TagX'; } }
console.log(new Tagged(), { [Symbol.toStringTag]: 'own' });
console.log(Object.setPrototypeOf(new Map([[1, 2]]), null));
console.log([undefined, null], { u: undefined, n: null });
console.log(util.inspect(new Map([[1, { a: [1, { b: 2 }] }]]), { depth: 0 }));
console.log(util.inspect([new Set([1])], { depth: -1 }));
console.log(util.inspect(Object.assign(() => {}, { a: { b: { c: {} } } }), { depth: 1 }));
