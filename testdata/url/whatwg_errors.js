for (const [i, b] of [['nope'], ['http://'], ['http://a:99999'], ['http://[::1'], ['x', 'not a base'], ['http://a b/'], ['http://1.2.3.256/'], ['//x']]) {
  try { new URL(i, b); console.log('ok', i); } catch (e) { console.log(e.name, e.code, e.message, e.input, e.base); }
}
try { new URL(); } catch (e) { console.log(e.code, e.message); }
console.log(URL.canParse('http://x'), URL.canParse('x'), URL.canParse('x', 'http://a/'));
console.log(URL.parse('nope'), URL.parse('/p', 'http://h').href);
