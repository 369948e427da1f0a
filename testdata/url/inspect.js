const util = require('util');
console.log(util.inspect(new URL('https://a:b@c.com:81/p?q=1#h')));
console.log(util.inspect(new URLSearchParams('a=1&b=2')));
console.log(util.inspect(new URLSearchParams()));
console.log(util.inspect(new URLSearchParams('a=1&b=2').keys()));
console.log(JSON.stringify({ u: new URL('http://a') }), Object.keys(new URL('http://a')).length, String(new URL('http://a/b')));
console.log(Object.prototype.toString.call(new URL('http://a')), Object.prototype.toString.call(new URLSearchParams()));
