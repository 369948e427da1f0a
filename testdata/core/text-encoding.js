const enc = new TextEncoder();
console.log(enc.encoding, enc.encode('h\u00e9llo \u20ac'), enc.encode().length);
const dec = new TextDecoder();
console.log(dec.encoding, dec.decode(new Uint8Array([104, 195, 169, 226, 130, 172])));
console.log(dec.decode(new Uint8Array([0xff, 0x41])));
const s = new TextDecoder('utf-8');
console.log(JSON.stringify(s.decode(new Uint8Array([0xe2, 0x82]), { stream: true }) + s.decode(new Uint8Array([0xac]))));
try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])); } catch (e) { console.log(e.name, e.code); }
console.log(new TextDecoder('utf-16le').decode(new Uint8Array([104, 0, 105, 0])));
const into = new Uint8Array(4);
console.log(enc.encodeInto('a\u20acb', into), into);
try { new TextDecoder('nope'); } catch (e) { console.log(e.name, e.code); }
