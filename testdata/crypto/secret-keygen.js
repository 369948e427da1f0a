// generateKey(Sync) of HMAC and AES keys with Node's checks, and generateKeyPair under
// util.promisify resolving to { publicKey, privateKey }.
const crypto = require('crypto');
const util = require('util');

function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
show('hmac 123', () => crypto.generateKeySync('hmac', { length: 123 }).symmetricKeySize);
show('aes 192', () => crypto.generateKeySync('aes', { length: 192 }).symmetricKeySize);
show('aes 100', () => crypto.generateKeySync('aes', { length: 100 }));
show('hmac 7', () => crypto.generateKeySync('hmac', { length: 7 }));
show('hmac 2^31', () => crypto.generateKeySync('hmac', { length: 2 ** 31 }));
show('type', () => crypto.generateKeySync('foo', { length: 7 }));
show('type number', () => crypto.generateKeySync(1, { length: 7 }));
show('no options', () => crypto.generateKeySync('hmac'));
show('distinct', () => !crypto.generateKeySync('aes', { length: 256 }).equals(crypto.generateKeySync('aes', { length: 256 })));
crypto.generateKey('hmac', { length: 64 }, (err, key) => {
  console.log('async', err, key.type, key.symmetricKeySize);
  util.promisify(crypto.generateKeyPair)('ed25519').then((pair) => {
    console.log('promisified', Object.keys(pair), pair.publicKey.type, pair.privateKey.type);
  });
});
