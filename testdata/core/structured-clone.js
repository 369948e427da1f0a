const src = { a: 1, d: new Date(0), m: new Map([['k', [1, 2]]]), s: new Set([1]), r: /x/g, n: null, u8: new Uint8Array([1, 2]) };
src.self = src;
const c = structuredClone(src);
console.log(c !== src, c.self === c, c.d instanceof Date, c.d.getTime(), c.m.get('k'), [...c.s], c.r.source, c.r.flags, c.u8);
try { structuredClone(() => {}); } catch (e) { console.log(e.name); }
try { structuredClone(); } catch (e) { console.log(e.name, e.code); }
