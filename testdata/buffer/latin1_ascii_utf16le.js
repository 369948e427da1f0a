// latin1, ascii and utf16le both ways, including the cases where the native codecs hand
// over to JS: lone surrogates, U+FFFD, characters outside the BMP, odd byte counts.
const samples = ['', 'plain ascii', 'café ÿ', 'snow ☃ and 𝄞 clef', 'lone \ud800 high', 'lone \udc00 low',
  'replacement \ufffd char', 'x'.repeat(70000) + 'é'];
for (const s of samples) {
  const label = JSON.stringify(s.length > 40 ? s.slice(0, 10) + '...' + s.slice(-3) : s);
  for (const enc of ['latin1', 'ascii', 'utf16le', 'ucs2']) {
    const b = Buffer.from(s, enc);
    const back = b.toString(enc);
    console.log(label, enc, b.length, b.subarray(0, 24).toString('hex'), back === s, back.length);
  }
}
const bytes = Buffer.from([0x41, 0xe9, 0xff, 0x80, 0x00, 0x7f, 0x00, 0xd8, 0x41, 0x00, 0x3d]);
for (const enc of ['latin1', 'binary', 'ascii', 'utf16le']) {
  console.log(enc, JSON.stringify(bytes.toString(enc)), JSON.stringify(bytes.toString(enc, 1, 8)));
}
const odd = Buffer.from([0x3d, 0xd8, 0x00, 0xde, 0x41]);
console.log('pair+odd', JSON.stringify(odd.toString('utf16le')), odd.toString('utf16le').length);
const w = Buffer.alloc(10);
console.log('write latin1', w.write('héllo☃', 1, 'latin1'), w.toString('hex'));
console.log('write utf16le', w.write('hé☃', 0, 'utf16le'), w.toString('hex'));
