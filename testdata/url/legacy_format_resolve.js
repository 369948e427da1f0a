const url = require('url');
console.log(url.format({ protocol: 'http', host: 'a.com', pathname: 'x', query: { a: 1, b: [2, 3] } }));
console.log(url.format({ hostname: 'h', port: 8, hash: 'x', search: 'q' }));
console.log(url.format({ protocol: 'file', pathname: '/x' }), url.format({ protocol: 'mailto:', auth: 'a b@c', hostname: 'h' }));
console.log(url.format('http://A.com/x?y#z'));
const w = new URL('https://u:p@xn--nxasmq6b.com:81/p?q#h');
console.log(url.format(w), url.format(w, { auth: false, search: false, fragment: false, unicode: true }));
for (const [f, t] of [['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'], ['http://a/b/c/d;p?q', '../../../g'], ['http://a/b/c', '//x/y'], ['http://a/b', 'mailto:x@y'], ['mailto:a@b', 'c'], ['http://a/b/', '.'], ['/a/b', '../../..']]) {
  console.log(f, t, url.resolve(f, t));
}
