const url = require('url');
for (const s of ['http://user:pass@host.com:8080/p/a/t/h?query=string#hash', '/p?a=1&b=2', '//host/p', 'HTTP://Host.COM', 'mailto:user@host', 'javascript:alert(1)', 'http://x.com\\a\\b?c\\d', 'http://a.com/a b?q=\'"<>', 'www.example.com', 'localhost:3000/x', 'http://[::1]:3000/p', 'file:///etc/passwd', 'http://a@b@c/', '  http://trim.me/  ']) {
  console.log(JSON.stringify(url.parse(s)));
}
console.log(JSON.stringify(url.parse('/x?a=1&a=2&b=', true).query));
console.log(JSON.stringify(url.parse('//host/p', false, true)));
try { url.parse(5); } catch (e) { console.log(e.code, e.message); }
