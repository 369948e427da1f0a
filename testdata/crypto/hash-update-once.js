// A Hash with one small update (held in JS until digest()) gives the same digests as
// one fed natively: a buffer changed after update() does not count, several updates,
// copy() after a held update, big updates, streams, and bad input.
'use strict';
const crypto = require('crypto');

const buf = Buffer.from('abc');
const held = crypto.createHash('sha256').update(buf);
buf[0] = 0;
console.log(held.digest('hex'));
const view = new Uint8Array([1, 2, 3, 4]);
const h2 = crypto.createHash('md5').update(view.subarray(1));
view[2] = 9;
console.log(h2.digest('base64'));
console.log(crypto.createHash('sha1').digest('hex'));
console.log(crypto.createHash('sha1').update('a').update('b').digest('hex'));
const first = crypto.createHash('sha512').update('part one, ');
const copy = first.copy();
console.log(first.update('then two').digest('hex').slice(0, 32), copy.digest('hex').slice(0, 32));
console.log(crypto.createHash('sha1').update('x'.repeat(40000)).digest('base64'));
console.log(crypto.createHash('sha256').update('ff00', 'hex').digest('hex'));
const done = crypto.createHash('sha1').update('once');
done.digest();
for (const bad of [() => crypto.createHash('sha1').update(5), () => done.update('again'), () => done.digest()]) {
  try {
    bad();
  } catch (err) {
    console.log(err.code);
  }
}
const stream = crypto.createHash('sha1');
stream.on('readable', () => {
  const d = stream.read();
  if (d) console.log('stream', d.toString('hex'));
});
stream.write('streamed');
stream.end();
