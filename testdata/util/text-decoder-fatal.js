// TextDecoder: fatal mode on invalid UTF-8 (also held back while streaming) and ignoreBOM.
const cases = [
  [[0xef,0xbb,0xbf,0x61], {}], [[0xef,0xbb,0xbf,0x61], {ignoreBOM:true}],
  [[0xff], {fatal:true}], [[0xc0,0x80], {fatal:true}], [[0xed,0xa0,0x80], {fatal:true}], [[0xf4,0x90,0x80,0x80], {fatal:true}],
  [[0xef,0xbf,0xbd,0x80], {fatal:true}], [[0xef,0xbf,0xbd], {fatal:true}], [[0xe2,0x82], {fatal:true}], [[0x61,0xf0,0x9f,0x98,0x80], {fatal:true}],
];
for (const [b, o] of cases) {
  try { console.log(JSON.stringify(o), JSON.stringify(new TextDecoder('utf-8', o).decode(new Uint8Array(b)))); }
  catch (e) { console.log(JSON.stringify(o), b.join(','), e.name, e.code); }
}
const d = new TextDecoder('utf-8', { fatal: true });
try { console.log(d.decode(new Uint8Array([0xff]), { stream: true })); } catch (e) { console.log('stream ff', e.code); }
const d2 = new TextDecoder('utf-8', { fatal: true });
console.log(JSON.stringify(d2.decode(new Uint8Array([0xe2, 0x82]), { stream: true })), JSON.stringify(d2.decode(new Uint8Array([0xac]))));
const d3 = new TextDecoder('utf-8', { ignoreBOM: true });
console.log(JSON.stringify(d3.decode(new Uint8Array([0xef, 0xbb]), { stream: true })), JSON.stringify(d3.decode(new Uint8Array([0xbf, 0x62]))));
