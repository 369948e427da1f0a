// Headers: the list's semantics (case-insensitive names, combined values, set-cookie kept
// apart, sorted live iteration), value normalisation, and the TypeErrors of bad names,
// values, inits and receivers, worded as Node's fetch words them.
const util = require('util');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'throws', e.name, JSON.stringify(e.message), e.code);
  }
}

const h = new Headers();
h.append('Set-Cookie', 'a=1');
h.append('set-cookie', 'b=2');
h.append('B', '1');
h.append('b', '2');
h.append('A', 'z');
console.log('entries', [...h]);
console.log('get set-cookie', h.get('set-cookie'), h.getSetCookie());
console.log('get B', h.get('b'), h.get('B'), 'missing', h.get('nothing'));
console.log('has', h.has('A'), h.has('SET-COOKIE'), h.has('c'));
console.log('keys', [...h.keys()], 'values', [...h.values()]);
console.log('inspect', util.inspect(h));
h.set('b', '  spaced\t');
console.log('set b', JSON.stringify(h.get('b')));
h.set('Set-Cookie', 'only');
h.append('set-cookie', 'two');
console.log('cookies', h.getSetCookie(), h.get('set-cookie'));
h.delete('A');
h.delete('not-there');
console.log('after delete', [...h]);
console.log('empty value', JSON.stringify(new Headers({ a: '' }).get('a')));
console.log('undefined value', JSON.stringify(new Headers({ a: undefined }).get('a')));
console.log('number value', new Headers({ n: 1 }).get('n'));

// Iteration is live: it sorts the list as it is at each step.
const live = new Headers({ m: '1' });
const it = live.entries();
live.append('0', 'first');
live.append('z', 'last');
console.log('live', [...it]);
const del = new Headers({ a: '1', b: '2', c: '3' });
const seen = [];
for (const [k] of del) {
  seen.push(k);
  del.delete(k);
}
console.log('delete while iterating', seen, [...del]);

const order = [];
new Headers({ b: '2', A: '1' }).forEach(function (v, k, o) {
  order.push(k, v, o instanceof Headers, this === undefined ? 'undefined' : typeof this);
}, { x: 1 });
console.log('forEach', order);

console.log('from Headers', [...new Headers(new Headers({ x: '1', 'set-cookie': 'q' }))]);
console.log('from Map', [...new Headers(new Map([['m', 'v']]))]);
console.log('from pairs', [...new Headers([['p', '1'], ['P', '2']])]);
console.log('tag', Object.prototype.toString.call(h), Object.prototype.toString.call(h.entries()));
console.log('iterator is entries', Headers.prototype[Symbol.iterator] === Headers.prototype.entries);
console.log('proto', Object.getOwnPropertyNames(Headers.prototype));
console.log('lengths', Headers.length, Headers.prototype.append.length, Headers.prototype.forEach.length);
console.log('enumerable', Object.getOwnPropertyDescriptor(Headers.prototype, 'append').enumerable);
console.log('own keys', Object.keys(new Headers({ a: '1' })));
console.log('iterator inspect', util.inspect(new Headers().entries()));

attempt('bad name', () => new Headers({ 'a b': 'x' }));
attempt('bad value', () => new Headers({ a: 'x\ny' }));
attempt('nul value', () => new Headers().append('a', 'x\0y'));
attempt('short pair', () => new Headers([['a']]));
attempt('long pair', () => new Headers([['a', 'b', 'c']]));
attempt('number init', () => new Headers(5));
attempt('string init', () => new Headers('abc'));
attempt('null init', () => new Headers(null));
attempt('pair not iterable', () => new Headers([1]));
attempt('symbol key', () => new Headers({ [Symbol('s')]: 'x' }));
attempt('append name', () => new Headers().append('a b', 'x'));
attempt('set empty name', () => new Headers().set('', 'x'));
attempt('get bad', () => new Headers().get('a b'));
attempt('has bad', () => new Headers().has('(x'));
attempt('delete bad', () => new Headers().delete('a:'));
attempt('append 1 arg', () => new Headers().append('a'));
attempt('get 0 args', () => new Headers().get());
attempt('forEach 0 args', () => new Headers().forEach());
attempt('latin1 ok', () => new Headers({ x: '\u00e9' }).get('x') === '\u00e9');
attempt('wide value', () => new Headers({ x: '\u0100' }));
attempt('wide name', () => new Headers({ ['x\u0100']: 'a' }));
attempt('bad this', () => Headers.prototype.get.call({}, 'a'));
attempt('bad this primitive', () => Headers.prototype.entries.call(5));
attempt('bad iterator this', () => new Headers().entries().next.call({}));
