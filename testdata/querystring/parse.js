const qs = require('querystring');
for (const s of ['', 'a', 'a=', '=b', 'a=1&a=2&a=3', '&&a=1&&', 'a=b=c', 'a+b=c+d', 'a%20b=%zz', '%E9=%C3%A9', '__proto__=1', 'x=1;y=2']) console.log(JSON.stringify(s), JSON.stringify(qs.parse(s)));
console.log(JSON.stringify(qs.parse('x:1;y:2', ';', ':')), JSON.stringify(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 })));
console.log(JSON.stringify(qs.parse('a=%41', null, null, { decodeURIComponent: (s) => s.toLowerCase() })));
console.log(Object.getPrototypeOf(qs.parse('a=1')), qs.decode === qs.parse);
