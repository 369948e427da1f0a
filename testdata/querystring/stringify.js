const qs = require('querystring');
console.log(qs.stringify({ foo: 'bar', baz: ['qux', 'quux'], corge: '' }));
console.log(qs.stringify({ a: null, b: undefined, c: NaN, d: Infinity, e: true, f: 10n, g: {}, h: -0, i: 1e21 }));
console.log(qs.stringify({ w: '\u4e2d\u6587', foo: 'bar' }, ';', ':'));
console.log(qs.stringify({ a: [] , b: 1 }), qs.stringify('str'), qs.stringify(null));
console.log(qs.stringify({ w: 'x y' }, null, null, { encodeURIComponent: (s) => '[' + s + ']' }));
console.log(qs.escape('a b&c=d/\u00e9!\'()*~'), qs.unescape('a%20b%zz'), qs.escape(12));
try { qs.escape('\ud800'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(JSON.stringify([...qs.unescapeBuffer('a%41+%zz', true)]), qs.encode === qs.stringify);
