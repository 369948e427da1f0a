'use strict';
// The places where rust-url (nodus's parser before ada) gave other answers than Node 24,
// and the JS around the ops: errors, URL.parse/canParse, searchParams kept in step with
// the URL, util.inspect with showHidden, domainToASCII/domainToUnicode.
const util = require('util');
const url = require('url');

function show(label, f) {
  let out;
  try {
    out = f();
  } catch (e) {
    out = `${e.name} ${e.code} ${e.message} input=${JSON.stringify(e.input)} base=${JSON.stringify(e.base)}`;
  }
  console.log(label, typeof out === 'string' ? JSON.stringify(out) : out);
}

// xn-- labels of an all-ASCII domain are taken as they are; next to a label that is not
// ASCII they are checked.
for (const s of ['http://xn--a.com/', 'http://XN--a.com/XN--x?xN--y#Xn--z', 'http://ñ.xn--a.com/',
  'http://ñ.xn--ida.com/', 'http://xn--/', 'http://a.b.c.Xn--pokxncvks', 'sc://xn--a/',
  'http://q0--a.com/xn--', 'http://user:xn--@xn--a.com:81/']) {
  show(s, () => new URL(s).href);
}
show('relative to xn-- base', () => new URL('/p', 'http://xn--a.com/x').href);
show('set host xn--', () => { const u = new URL('http://a.com/xn--'); u.host = 'XN--b.c:90'; return u.href; });
show('set hostname xn-- on xn--', () => { const u = new URL('http://xn--a/'); u.hostname = 'xn--q'; u.pathname = '/XN--p'; return u.href; });
show('set search on xn--', () => { const u = new URL('http://xn--a/'); u.search = 'a=xn--'; return u.href; });

// Two or more slashes against a special base: the scheme's URL with that authority.
for (const s of ['///test', '//h/p', '\\\\//x/y', ' \t///a/b', '/\n//c']) {
  show(JSON.stringify(s), () => new URL(s, 'http://example.org/base').href);
}
show('file base', () => new URL('///x', 'file:///a').href);

// '/.' before a path starting with '//' when there is no authority.
for (const [href, attr, value] of [['non-spec:/', 'pathname', '//p'], ['non-spec:/.//p', 'hostname', 'h'],
  ['non-spec:/.//p', 'pathname', 'q'], ['non-spec:/.//', 'pathname', 'p'], ['foo:///some/path', 'pathname', '']]) {
  show(`${href} ${attr}=${value}`, () => { const u = new URL(href); u[attr] = value; return `${u.href} ${u.pathname} ${u.host}`; });
}

// An opaque path's last space before a query or fragment.
for (const s of ['sc:a  ?q', 'data:x  #f', 'sc:a b']) {
  show(s, () => { const u = new URL(s); const before = u.href; u.search = ''; u.hash = ''; return `${before} ${u.href}`; });
}
show('params empty', () => { const u = new URL('sc:a  ?q=1'); u.searchParams.delete('q'); return u.href; });

// Errors.
show('no args', () => new URL());
show('bad', () => new URL('nope'));
show('bad base', () => new URL('/x', 'nope'));
show('bad with base', () => new URL('http://[::1', 'http://a/'));
show('href setter', () => { const u = new URL('http://a/'); u.href = 'b'; });
show('canParse', () => [URL.canParse('http://a'), URL.canParse('x'), URL.canParse('x', 'http://a'), URL.canParse('x', 'y')].join());
show('parse', () => [URL.parse('x'), URL.parse('x', 'http://a/b').href, URL.parse('http://a') instanceof URL].join());
show('canParse no args', () => URL.canParse());
show('lone surrogate', () => new URL('http://a/\ud800?\udc00#\ud800x').href);
show('object input', () => new URL({ toString() { return 'http://obj/'; } }).href);

// searchParams in step with the URL.
{
  const u = new URL('http://a/p?x=1&y=2#h');
  const sp = u.searchParams;
  sp.append('z', 'a b&c');
  show('append', () => `${u.href} ${u.search}`);
  u.search = '?k=v';
  show('search set', () => `${[...sp].join(';')} ${sp.size}`);
  u.href = 'http://b/?n=1';
  show('href set', () => `${[...sp].join(';')} ${u.searchParams === sp}`);
  sp.delete('n');
  show('delete all', () => `${u.href} ${JSON.stringify(u.search)}`);
  u.hash = 'x';
  sp.set('q', 'é');
  show('set', () => u.href);
  sp.sort();
  u.search = '';
  show('search cleared', () => `${sp.size} ${u.href}`);
}

// Components and origins.
for (const s of ['https://user:pass@example.com:1234/foo/bar?baz#quux', 'http://:p@h/', 'http://u@h/',
  'blob:https://a.com:8/x', 'blob:ftp://a/', 'blob:nope', 'file://host/x', 'ws://[::1]:80/', 'sc:', 'sc://h:1/?#',
  'http://1.2.3.4:65535', 'HTTP://EX%41MPLE.com./a%2fb?#']) {
  const u = new URL(s);
  console.log(s, JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname,
    u.port, u.pathname, u.search, u.hash]));
}
console.log(util.inspect(new URL('https://user:pass@example.com:1234/foo/bar?baz#quux'), { showHidden: true }));
console.log(util.inspect(new URL('mailto:x@y'), { showHidden: true, breakLength: Infinity }));
console.log(JSON.stringify(new URL('http://a/b')), String(new URL('http://a/b?c')));

for (const d of ['0x7f.1', 'EXAMPLE.com', 'xn--nxasmq6b.com', 'ñ.com', 'a b', '%41.com', 'xn--a.com', '[::1]',
  'a:b', '', '1.2.3.4.5', '\ufffd', 'ex%ample', 'foo.09', 'straße.de', '例え.テスト', 'ñ.xn--a']) {
  console.log(JSON.stringify(d), JSON.stringify(url.domainToASCII(d)), JSON.stringify(url.domainToUnicode(d)));
}
for (const h of ['Bücher.example', 'xn--a.com', '例え.テスト', 'EXAMPLE.com', '\ufffd.com']) {
  let p;
  try {
    p = url.parse('http://' + h + '/x').hostname;
  } catch (e) {
    p = e.code;
  }
  console.log('legacy', JSON.stringify(h), JSON.stringify(p));
}
