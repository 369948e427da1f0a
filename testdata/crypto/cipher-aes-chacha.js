// Ciphers give Node's bytes for fixed keys, IVs and texts: every AES mode and size,
// ChaCha20-Poly1305, texts of many lengths fed whole and in pieces, and round trips.
const crypto = require('crypto');

const key = (n) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 7 + 3) & 0xff));
const text = (n) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 13 + 1) & 0xff));
const iv16 = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
const iv12 = iv16.subarray(0, 12);

function encrypt(name, k, iv, data, pieces, opts, aad) {
  const c = crypto.createCipheriv(name, k, iv, opts);
  if (aad) c.setAAD(aad);
  const parts = [];
  const step = Math.max(1, Math.ceil(data.length / pieces));
  for (let i = 0; i < data.length; i += step) parts.push(c.update(data.subarray(i, i + step)));
  parts.push(c.final());
  const tag = /gcm|poly/.test(name) ? c.getAuthTag() : null;
  return [Buffer.concat(parts), tag];
}
function decrypt(name, k, iv, data, tag, opts, aad) {
  const d = crypto.createDecipheriv(name, k, iv, opts);
  if (aad) d.setAAD(aad);
  if (tag) d.setAuthTag(tag);
  return Buffer.concat([d.update(data), d.final()]);
}

for (const bits of [128, 192, 256]) {
  for (const mode of ['cbc', 'ecb', 'ctr', 'gcm']) {
    const name = `aes-${bits}-${mode}`;
    const iv = mode === 'ecb' ? null : mode === 'gcm' ? iv12 : iv16;
    for (const len of [0, 1, 15, 16, 17, 33, 100]) {
      for (const pieces of [1, 3]) {
        const [ct, tag] = encrypt(name, key(bits / 8), iv, text(len), pieces, undefined, mode === 'gcm' ? text(5) : undefined);
        const back = decrypt(name, key(bits / 8), iv, ct, tag, undefined, mode === 'gcm' ? text(5) : undefined);
        if (pieces === 1) console.log(name, len, ct.toString('hex'), tag ? tag.toString('hex') : '');
        if (!back.equals(text(len))) console.log('round trip differs', name, len, pieces);
      }
    }
  }
}

// GCM with a 16-byte IV and a short tag; ChaCha20-Poly1305 with AAD.
let [ct, tag] = encrypt('aes-256-gcm', key(32), iv16, text(40), 1, { authTagLength: 12 }, text(20));
console.log('gcm iv16 tag12', ct.toString('hex'), tag.toString('hex'));
[ct, tag] = encrypt('chacha20-poly1305', key(32), iv12, text(70), 2, { authTagLength: 16 }, text(9));
console.log('chacha20-poly1305', ct.toString('hex'), tag.toString('hex'));
console.log('chacha back', decrypt('chacha20-poly1305', key(32), iv12, ct, tag, { authTagLength: 16 }, text(9)).equals(text(70)));

// String input and output encodings, including base64 across update/final.
const c = crypto.createCipheriv('aes-128-cbc', 'abcdefghijklmnop', 'ponmlkjihgfedcba');
const b64 = c.update('hello, world: some text to encrypt', 'utf8', 'base64') + c.final('base64');
console.log(b64);
const d = crypto.createDecipheriv('aes-128-cbc', 'abcdefghijklmnop', 'ponmlkjihgfedcba');
console.log(d.update(b64, 'base64', 'utf8') + d.final('utf8'));

// No padding: whole blocks only.
const np = crypto.createCipheriv('aes-128-ecb', key(16), null).setAutoPadding(false);
console.log(Buffer.concat([np.update(text(32)), np.final()]).toString('hex'));

// As a stream.
const s = crypto.createCipheriv('aes-128-ctr', key(16), iv16);
const chunks = [];
s.on('data', (chunk) => chunks.push(chunk));
s.on('end', () => console.log('stream', Buffer.concat(chunks).toString('hex')));
s.write(text(10));
s.end(text(25));

// A secret KeyObject as the key.
const ko = crypto.createSecretKey(key(16));
console.log('keyobject', ko.type, ko.symmetricKeySize, ko.export().toString('hex'), JSON.stringify(ko.export({ format: 'jwk' })));
console.log(encrypt('aes-128-cbc', ko, iv16, text(20), 1)[0].toString('hex'));
