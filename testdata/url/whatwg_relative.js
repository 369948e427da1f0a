const base = 'http://example.com/a/b/c?q#f';
for (const r of ['', '.', '..', '../..', '../../../x', '/abs', '//other.host/p', '?new', '#h', 'd;p?y', 'g/', './g', 'http:g', 'https:g', 'file:x', '\\\\x\\y']) {
  console.log(JSON.stringify(r), new URL(r, base).href);
}
console.log(new URL('C|/x', 'file:///D:/y').href, new URL('..', 'file:///C:/').href, new URL('x', 'sc:/a/b').href);
