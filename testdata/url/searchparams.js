const u = new URL('http://h/?a=1&b=2&a=3&c=%20+x');
const p = u.searchParams;
console.log(p.get('a'), JSON.stringify(p.getAll('a')), p.has('a'), p.has('a', '3'), p.has('a', '9'), p.get('zz'), p.size);
p.append('d', 'x y&z'); console.log(u.href);
p.delete('a', '1'); console.log(u.href);
p.set('b', '\u00e9'); console.log(u.href);
p.sort(); console.log(u.search);
console.log(JSON.stringify([...p]), JSON.stringify([...p.keys()]), JSON.stringify([...p.values()]));
p.forEach((v, k) => console.log(k, '=>', v));
for (const k of ['a', 'b', 'c', 'd']) p.delete(k);
console.log(JSON.stringify(u.href), JSON.stringify(u.search));
u.search = '?z=1'; console.log(p.toString());
console.log(new URLSearchParams({ a: 1, b: [1, 2] }).toString(), new URLSearchParams([['x', 'y'], ['x', 'z']]).toString());
console.log(new URLSearchParams('?a=b&&c').toString(), new URLSearchParams(new Map([['m', 'n']])).toString());
console.log(new URLSearchParams('x=%F0%9F%98%80&y=%FF').get('x') === '\u{1F600}', new URLSearchParams('y=%FF').get('y') === '\ufffd');
for (const bad of [[['a']], [1]]) { try { new URLSearchParams(bad); } catch (e) { console.log(e.code, e.message); } }
try { p.append('x'); } catch (e) { console.log(e.code, e.message); }
const s = new URLSearchParams('b=1&a=2&a=1&\u00e9=3&z=0'); s.sort(); console.log(s.toString());
console.log(new URLSearchParams('a=~!*()\'').toString());
