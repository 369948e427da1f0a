// util helpers: promisify, callbackify, inherits, deprecate, isDeepStrictEqual, errno names, parseArgs, errors
'use strict';
const util = require('util');

function show(fn) {
  try {
    const r = fn();
    console.log('ok', r);
  } catch (e) {
    console.log(e.name, e.code, e.message);
    console.log(String(e));
  }
}

show(() => util.promisify(5));
show(() => util.callbackify('x'));
show(() => util.inherits(null, Object));
show(() => util.inherits(function () {}, null));
show(() => util.inherits(function () {}, { prototype: undefined }));
show(() => util.getSystemErrorName(5));
show(() => util.getSystemErrorName(1.5));
show(() => util.getSystemErrorName('x'));
show(() => util.getSystemErrorName(-2));
show(() => util.getSystemErrorName(-98));
show(() => util.getSystemErrorName(-4095));
show(() => util.getSystemErrorMap().get(-13));
show(() => util.getSystemErrorMap().size > 50);
show(() => { util.inspect.defaultOptions = null; });
show(() => util.styleText('notAColor', 'x'));
show(() => util.styleText('red', 5));
show(() => util.styleText(['bold', 'red'], 'text', { validateStream: false }));
show(() => util.stripVTControlCharacters('\u001b[31mred\u001b[39m and \u001b[1mbold\u001b[22m'));
show(() => util.stripVTControlCharacters(5));
show(() => util.toUSVString('a\ud800b\udc00c\ud83d\ude00'));
show(() => util.isArray([]) + ' ' + util.isArray({}));
show(() => typeof util.inspect.custom + ' ' + (util.inspect.custom === Symbol.for('nodejs.util.inspect.custom')));
show(() => util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));

// inherits
function Base() {}
Base.prototype.hello = function () { return 'hello from base'; };
function Derived() { Base.call(this); }
util.inherits(Derived, Base);
console.log(new Derived().hello(), Derived.super_ === Base, new Derived() instanceof Base);

// isDeepStrictEqual
const eqPairs = [
  [1, 1], [1, '1'], [NaN, NaN], [0, -0], [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }],
  [{ a: 1 }, { a: 1, b: undefined }], [[1, , 3], [1, undefined, 3]], [new Date(5), new Date(5)],
  [/a/g, /a/i], [new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])], [new Set([1, [2]]), new Set([[2], 1])],
  [new Set([1]), new Set(['1'])], [Object.create(null), {}], [new Uint8Array([1, 2]), new Uint8Array([1, 2])],
  [new Uint8Array([1]), new Int8Array([1])], [new Error('x'), new Error('x')], [new Error('x'), new TypeError('x')],
  [new Number(1), new Number(1)], [new String('a'), 'a'], [{ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 1 }],
];
const c1 = { v: 1 }; c1.self = c1; const c2 = { v: 1 }; c2.self = c2;
eqPairs.push([c1, c2]);
console.log(eqPairs.map(([x, y]) => (util.isDeepStrictEqual(x, y) ? 'T' : 'F')).join(''));

// custom inspect
class Money {
  constructor(v) { this.v = v; }
  [util.inspect.custom](depth, options, inspect) {
    return `Money<${inspect(this.v, options)}> depth=${depth} ${typeof options.stylize}`;
  }
}
console.log(new Money(5), [new Money('x')], { m: { n: new Money(1) } });
console.log({ inner: { [util.inspect.custom]() { return { replaced: [1, 2, 3] }; } } });
console.log({ multi: { [util.inspect.custom]() { return 'line1\nline2'; } } });
console.log(util.inspect(new Money(1), { customInspect: false }));

// errors printed without stacks
const e1 = new Error('no frames');
e1.stack = 'Error: no frames';
console.log(e1, [e1]);
const e2 = new TypeError('with props');
e2.stack = 'TypeError: with props';
e2.code = 'E_CODE';
e2.info = { nested: [1, 2] };
console.log(e2);
const e3 = new RangeError('bare');
e3.stack = undefined;
console.log(e3);
class MyError extends Error {}
const e4 = new MyError('sub');
e4.stack = 'Error: sub';
console.log(e4);
const e5 = new Error('renamed');
e5.name = 'CustomName';
e5.stack = 'CustomName: renamed';
console.log(e5);
const e6 = new Error('outer', { cause: 'a string cause' });
e6.stack = 'Error: outer';
console.log(e6);
const e7 = new Error('empty');
e7.stack = '';
console.log(e7);
try { util.promisify(5); } catch (e) { e.stack = e.stack.split('\n')[0]; console.log(e); }

// promisify / callbackify / deprecate (async parts)
function cbStyle(a, b, cb) { setTimeout(() => cb(null, a + b), 1); }
function cbFail(cb) { cb(new Error('failed')); }
function withCustom() {}
withCustom[util.promisify.custom] = () => Promise.resolve('custom!');
const dep = util.deprecate(function old(x) { return x * 2; }, 'old() is deprecated', 'DEP_NODUS_TEST');
process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
(async () => {
  console.log(await util.promisify(cbStyle)(1, 2));
  try { await util.promisify(cbFail)(); } catch (e) { console.log('rejected', e.message); }
  console.log(await util.promisify(withCustom)(), util.promisify(withCustom) === withCustom[util.promisify.custom]);
  const cbified = util.callbackify(async (x) => x * 3);
  console.log(cbified.name, cbified.length);
  await new Promise((r) => cbified(4, (err, v) => { console.log('callbackify', err, v); r(); }));
  await new Promise((r) => util.callbackify(() => Promise.reject(null))((err) => {
    console.log('falsy rejection', err.code, err.message, err.reason);
    r();
  }));
  console.log(dep(2), dep(3));
  console.log(Promise.resolve(42), Promise.reject(new Error('r')).catch(() => {}) && 'x', new Promise(() => {}));
  const rejected = Promise.reject(3);
  rejected.catch(() => {});
  console.log(rejected);
  await new Promise((r) => setTimeout(r, 5));
})();
