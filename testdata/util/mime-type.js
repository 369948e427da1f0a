// util.MIMEType / util.MIMEParams: parsing, setters, params, serialization, errors, inspect
'use strict';
const util = require('util');
const { MIMEType, MIMEParams } = util;

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, '->', typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    // The engine's own messages (a Symbol to a string, a class called without new, a
    // private field of another object) are worded by each engine: only Node's are shown.
    console.log(label, 'threw', e.name, e.code, e.code === undefined ? '' : JSON.stringify(e.message));
  }
}

function parse(input) {
  show('parse ' + JSON.stringify(input), () => {
    const m = new MIMEType(input);
    return JSON.stringify({
      str: String(m), type: m.type, subtype: m.subtype, essence: m.essence,
      params: [...m.params],
    });
  });
}

console.log('-- valid inputs');
[
  'text/html',
  'TEXT/HTML',
  'Application/JSON;Charset=UTF-8',
  ' \t\r\ntext/plain\r\n\t ',
  'text/plain ;charset=utf-8',
  'text/plain;',
  'text/plain;;;',
  'text/plain; charset=utf-8',
  'text/plain;\t charset=utf-8',
  'text/plain;a=b;c=d;e=f',
  'text/plain;a=b;a=c',
  'text/plain;A=b;a=c',
  'text/plain;a=b ;b=c',
  'text/plain;a=b\t',
  'text/plain;a= b',
  'text/plain;a =b',
  'text/plain;a',
  'text/plain;a;b=c',
  'text/plain;=b;c=d',
  'text/plain;a=;b=c',
  'text/plain;a= ;b=c',
  'text/plain;a="b c"',
  'text/plain;a=""',
  'text/plain;a="";b=c',
  'text/plain;a="b\\"c\\\\d"',
  'text/plain;a="b\\c"',
  'text/plain;a="unterminated',
  'text/plain;a="trailing\\',
  'text/plain;a="x"junk;b=c',
  'text/plain;a="x" ;b=c',
  'text/plain;a=b"c',
  'text/plain;a=(b)',
  'text/plain;a=\'b\'',
  'text/plain;a=x y;b=z',
  'text/plain;a=\u00e9',
  'text/plain;a="\u00e9\u00ff"',
  'text/plain;a=\u0100;b=c',
  'text/plain;a="\u0100";b=c',
  'text/plain;a=b\u000bc;d=e',
  'text/plain;a=b\u0000;d=e',
  'text/plain;\u00e9=b;c=d',
  'text/plain;a b=c;d=e',
  'text/plain;a="\t"',
  'text/plain;a="d ',
  'text/plain;a="d\\ ',
  '*/*',
  'application/vnd.api+json',
  'a/b-c.d_e!#$%&\'*^`|~',
].forEach(parse);

console.log('-- invalid inputs');
[
  '',
  ' ',
  'text',
  'text ',
  '* ',
  'text/',
  'text/ ',
  'text/;a=b',
  '/html',
  'te xt/html',
  ' te xt/html ',
  'text/ht ml',
  'text\t/html',
  'text/\thtml',
  'text/html\f',
  '\ftext/html',
  'text;a/b',
  'x/y/z',
  'x//y',
  'text/\u00e9',
  '\u00e9/html',
  'text/html\u0100',
  '"text"/html',
].forEach(parse);

console.log('-- string coercion');
show('null', () => String(new MIMEType(null)));
show('undefined', () => String(new MIMEType(undefined)));
show('number', () => String(new MIMEType(42)));
show('object', () => String(new MIMEType({ toString() { return 'A/B;C=D'; } })));
show('array', () => String(new MIMEType(['a/b'])));
show('MIMEType', () => String(new MIMEType(new MIMEType('A/B;c="d e"'))));
show('symbol', () => new MIMEType(Symbol('x')));
show('call without new', () => MIMEType('a/b'));

console.log('-- setters');
{
  const m = new MIMEType('text/html;a=b');
  for (const v of ['IMAGE', 'ima ge', '', 'a/b', 'x;', ' x', 'x ', '\u00e9', 'abc\u0100', 42, null]) {
    show('type = ' + JSON.stringify(v), () => { m.type = v; return String(m) + ' ' + m.type; });
    show('subtype = ' + JSON.stringify(v), () => { m.subtype = v; return String(m) + ' ' + m.subtype; });
  }
  show('type = symbol', () => { m.type = Symbol('x'); });
  m.type = 'Application';
  m.subtype = 'XHTML+XML';
  show('essence', () => m.essence);
  show('toString', () => m.toString());
  show('toJSON', () => m.toJSON());
  show('JSON.stringify', () => JSON.stringify({ m }));
  show('template', () => `${m}`);
}

console.log('-- params (live)');
{
  const m = new MIMEType('text/plain;charset=utf-8;format=flowed');
  const p = m.params;
  show('same object', () => p === m.params);
  show('instanceof', () => p instanceof MIMEParams);
  show('get charset', () => p.get('charset'));
  show('get CHARSET', () => p.get('CHARSET'));
  show('get missing', () => p.get('missing'));
  show('has format', () => p.has('format'));
  show('has FORMAT', () => p.has('FORMAT'));
  show('has missing', () => p.has('missing'));
  show('set return', () => p.set('Delsp', 'Yes'));
  show('after set', () => String(m));
  show('overwrite keeps position', () => { p.set('charset', 'latin1'); return String(m); });
  show('delete return', () => p.delete('FORMAT'));
  show('after delete', () => String(m));
  show('delete missing', () => { p.delete('nope'); return String(m); });
  show('quoted set', () => { p.set('q', 'a "b" \\c'); return String(m); });
  show('empty value', () => { p.set('e', ''); return String(m); });
  show('tab value', () => { p.set('t', '\t'); return String(m); });
  show('latin1 value', () => { p.set('l', '\u00e9'); return String(m); });
  show('semicolon value', () => { p.set('s', 'v;w'); return p.get('s') + ' ' + p.toString(); });
  show('params toString', () => p.toString());
  show('params toJSON', () => p.toJSON());
  show('params JSON.stringify', () => JSON.stringify(p));
  show('reparse', () => String(new MIMEType(String(m))) === String(m));
}

console.log('-- MIMEParams standalone');
{
  const p = new MIMEParams();
  show('empty', () => p.toString());
  show('ctor ignores args', () => new MIMEParams([['a', 'b']]).toString());
  show('call without new', () => MIMEParams());
  p.set('z', '1');
  p.set('A', '2');
  p.set('m', '3');
  p.set('Z', '4');
  show('keys', () => JSON.stringify([...p.keys()]));
  show('values', () => JSON.stringify([...p.values()]));
  show('entries', () => JSON.stringify([...p.entries()]));
  show('spread', () => JSON.stringify([...p]));
  show('iterator is entries', () => p[Symbol.iterator] === p.entries);
  show('toJSON is toString', () => MIMEParams.prototype.toJSON === MIMEParams.prototype.toString);
  show('for-of', () => { const out = []; for (const [k, v] of p) out.push(k + ':' + v); return out.join(','); });
  show('add during iteration', () => {
    const out = [];
    for (const [k] of p) { out.push(k); if (k === 'z') p.set('late', 'x'); }
    return out.join(',');
  });
  show('delete during iteration', () => {
    const out = [];
    for (const [k] of p) { out.push(k); if (k === 'z') p.delete('m'); }
    return out.join(',');
  });
  show('iterator next', () => JSON.stringify(p.entries().next()));
  show('coerced set', () => { p.set(1, 2); p.set(null, undefined); return p.toString(); });
  show('coerced get', () => p.get(1) + ' ' + p.has(null) + ' ' + p.get());
  show('get Kelvin sign', () => { p.set('k', 'v'); return p.get('\u212a'); });
  for (const [n, v] of [
    ['a b', 'c'], ['', 'c'], ['x;y', 'z'], ['\u00e9', 'x'], ['AB\u00c9 x', 'y'],
    ['x', '\n'], ['x', 'a\u0100'], ['x', '\u0000'], ['bad name', '\u0100'],
  ]) {
    show('set(' + JSON.stringify(n) + ', ' + JSON.stringify(v) + ')', () => { p.set(n, v); return p.toString(); });
  }
  show('set symbol value', () => p.set('a b', Symbol('v')));
  show('get symbol', () => p.get(Symbol('n')));
}

console.log('-- receivers');
show('MIMEParams.get on {}', () => MIMEParams.prototype.get.call({}, 'a'));
show('MIMEParams.set on {}', () => MIMEParams.prototype.set.call({}, 'a', 'b'));
show('MIMEParams.toString on {}', () => MIMEParams.prototype.toString.call({}));
show('MIMEParams.has on 1', () => MIMEParams.prototype.has.call(1, 'a'));
show('MIMEParams.has on proto object', () => MIMEParams.prototype.has.call(Object.create(MIMEParams.prototype), 'a'));
show('MIMEParams.entries on {} (lazy)', () => typeof MIMEParams.prototype.entries.call({}));
show('MIMEParams.entries on {} next', () => MIMEParams.prototype.entries.call({}).next());
show('MIMEType.toString on {}', () => MIMEType.prototype.toString.call({}));
show('MIMEType.type on {}', () => Object.getOwnPropertyDescriptor(MIMEType.prototype, 'type').get.call({}));
show('MIMEType.params on {}', () => Object.getOwnPropertyDescriptor(MIMEType.prototype, 'params').get.call({}));
show('MIMEType.subtype= on {}', () => { Object.getOwnPropertyDescriptor(MIMEType.prototype, 'subtype').set.call({}, 'x'); });

console.log('-- shape');
show('MIMEType.length', () => MIMEType.length);
show('MIMEParams.length', () => MIMEParams.length);
show('MIMEType proto', () => JSON.stringify(Reflect.ownKeys(MIMEType.prototype).map(String)));
show('MIMEParams proto', () => JSON.stringify(Reflect.ownKeys(MIMEParams.prototype).map(String)));
show('own keys', () => JSON.stringify([Reflect.ownKeys(new MIMEType('a/b;c=d')), Reflect.ownKeys(new MIMEParams())]));
show('toStringTag', () => Object.prototype.toString.call(new MIMEType('a/b')) + ' ' +
  Object.prototype.toString.call(new MIMEParams()));
show('essence setter', () => String(Object.getOwnPropertyDescriptor(MIMEType.prototype, 'essence').set));
show('subclass', () => { class Sub extends MIMEType {} const s = new Sub('A/B;C=D'); return String(s) + ' ' + (s instanceof MIMEType); });

console.log('-- inspect');
{
  const m = new MIMEType('text/html;a=b;c="d e"');
  console.log(util.inspect(m));
  console.log(util.inspect(m.params));
  console.log(util.inspect({ m, p: m.params }));
  console.log(util.inspect(new MIMEParams()));
  console.log(util.format('%s | %j', m, m));
}
