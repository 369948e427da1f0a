// createHash / createHmac / hash / pbkdf2 against known digests, encodings, streams, errors.
const crypto = require('crypto');
const algorithms = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256',
  'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'SHA256', 'RSA-SHA1', 'sha-256'];
for (const a of algorithms) {
  console.log(a, crypto.createHash(a).update('hello ').update(Buffer.from('world')).digest('hex'));
  console.log(a, 'hmac', crypto.createHmac(a, 'key').update('The quick brown fox').digest('base64'));
}
const h = crypto.createHash('sha256');
h.update('\u00e9\u{1F600}'); // UTF-8 by default
const copy = h.copy();
console.log(h.digest('base64url'), copy.update('x').digest('hex'));
console.log(crypto.createHash('sha1').update('caf\u00e9', 'latin1').digest('hex'));
console.log(crypto.createHash('sha1').update('68656c6c6f', 'hex').digest('hex'));
console.log(crypto.createHash('md5').update(new Uint16Array([1, 2, 3])).digest().toString('hex'));
console.log(crypto.createHash('md5').update(new DataView(new ArrayBuffer(4))).digest('latin1').length);
console.log(Buffer.isBuffer(crypto.createHash('sha1').digest()), crypto.createHash('sha1').digest('buffer').length);
console.log(crypto.hash('sha1', 'abc'), crypto.hash('md5', Buffer.from('abc'), 'base64'));
console.log(crypto.createHmac('sha256', Buffer.alloc(200, 7)).update('long key').digest('hex'));
console.log(crypto.createHmac('sha256', '').digest('hex'));
const hm = crypto.createHmac('sha1', 'k');
hm.digest();
console.log(JSON.stringify(hm.digest('hex')), hm.digest().length);

// As a stream.
const s = crypto.createHash('sha256');
s.on('readable', () => {
  const d = s.read();
  if (d) console.log('stream', d.toString('hex'));
});
s.write('abc');
s.end('def');

console.log(crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync('password', 'salt', 4096, 32, 'sha256').toString('hex'));
crypto.pbkdf2('pw', Buffer.from('salt'), 10, 16, 'sha512', (err, key) => console.log('async pbkdf2', err, key.toString('hex')));

const errors = [
  () => crypto.createHash('nope'),
  () => crypto.createHash(5),
  () => crypto.createHmac('nope', 'k'),
  () => crypto.createHmac('sha1', 5),
  () => { const x = crypto.createHash('sha1'); x.digest(); x.digest(); },
  () => { const x = crypto.createHash('sha1'); x.digest(); x.update('a'); },
  () => { const x = crypto.createHash('sha1'); x.digest(); x.copy(); },
  () => crypto.createHash('sha1').update(5),
  () => crypto.hash('nope', 'x'),
  () => crypto.pbkdf2Sync('p', 's', 1, 10, 'nope'),
  () => crypto.pbkdf2Sync('p', 's', 0, 10, 'sha1'),
  () => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha1'),
];
for (const f of errors) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
const hashes = crypto.getHashes();
console.log(['md5', 'sha1', 'sha256', 'sha512', 'sha3-256', 'sha512-256'].every((n) => hashes.includes(n)));
try { crypto.pbkdf2Sync(5, 's', 1, 1, 'sha1'); } catch (e) { console.log(e.name, e.code, e.message); }
