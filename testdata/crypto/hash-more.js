// RIPEMD-160 and BLAKE2 digests and HMACs under all of Node's names, and PBKDF2/HKDF with them.
const crypto = require('crypto');
for (const name of ['ripemd160', 'rmd160', 'RIPEMD-160', 'ripemd', 'RSA-RIPEMD160', 'blake2b512', 'blake2b-512', 'blake2s256', 'BLAKE2s-256']) {
  console.log(name, crypto.createHash(name).update('abc').digest('hex'), crypto.createHmac(name, 'key').update('abc').digest('base64'));
}
console.log(crypto.hash('ripemd160', 'one-shot'));
console.log(crypto.pbkdf2Sync('pw', 'salt', 10, 20, 'ripemd160').toString('hex'));
console.log(Buffer.from(crypto.hkdfSync('blake2b512', 'ikm', 'salt', 'info', 80)).toString('hex'));
console.log(['ripemd160', 'blake2b512', 'blake2s256'].every((h) => crypto.getHashes().includes(h)));
