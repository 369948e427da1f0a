// Signatures: deterministic ones (RSA PKCS#1 v1.5, Ed25519) are Node's bytes; random ones
// (RSA-PSS, ECDSA) verify both ways against signatures Node made. Also RSA encryption
// (OAEP, PKCS#1) against Node's ciphertexts, Diffie-Hellman, key generation and errors.
const crypto = require('crypto');
const { keys, sigs } = require('./fixtures/keys.json');
const data = Buffer.from('the data that Node 24 signed');
const { constants } = crypto;

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, Buffer.isBuffer(r) ? r.toString('base64') : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

show('rsa pkcs1 sha256', () => crypto.sign('sha256', data, keys.rsa.private));
show('rsa pkcs1 sha1 Sign', () => crypto.createSign('RSA-SHA1').update('the data ').update('that Node 24 signed').sign(keys.rsa.private, 'hex'));
show('rsa pkcs1 1024 sha512', () => crypto.sign('sha512', data, keys.rsa1024.private));
show('rsa verify', () => crypto.verify('sha256', data, keys.rsa.public, crypto.sign('sha256', data, keys.rsa.private)));
show('rsa verify Verify', () => crypto.createVerify('sha256').update(data).verify(keys.rsa.public, crypto.sign('sha256', data, keys.rsa.private)));
show('rsa verify wrong data', () => crypto.verify('sha256', Buffer.from('other'), keys.rsa.public, crypto.sign('sha256', data, keys.rsa.private)));
show('rsa verify with private', () => crypto.verify('sha256', data, keys.rsa.private, crypto.sign('sha256', data, keys.rsa.private)));
show('pss from node', () => crypto.verify('sha256', data, { key: keys.rsa.public, padding: constants.RSA_PKCS1_PSS_PADDING }, Buffer.from(sigs.rsaPss, 'base64')));
show('pss digest salt from node', () => crypto.verify('sha384', data, { key: keys.rsa.public, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 48 }, Buffer.from(sigs.rsaPssDigestSalt, 'base64')));
show('pss wrong salt', () => crypto.verify('sha384', data, { key: keys.rsa.public, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 20 }, Buffer.from(sigs.rsaPssDigestSalt, 'base64')));
show('pss own', () => {
  const sig = crypto.sign('sha256', data, { key: keys.rsa.private, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 });
  return [sig.length, crypto.verify('sha256', data, { key: keys.rsa.public, padding: constants.RSA_PKCS1_PSS_PADDING }, sig)].join();
});
show('p256 from node', () => crypto.verify('sha256', data, keys.p256.public, Buffer.from(sigs.p256, 'base64')));
show('p256 p1363 from node', () => crypto.verify('sha256', data, { key: keys.p256.public, dsaEncoding: 'ieee-p1363' }, Buffer.from(sigs.p256p1363, 'base64')));
show('p384 from node', () => crypto.verify('sha384', data, keys.p384.public, Buffer.from(sigs.p384, 'base64')));
show('k256 from node', () => crypto.verify('sha256', data, keys.k256.public, Buffer.from(sigs.k256, 'base64')));
show('p256 own', () => crypto.verify('sha256', data, keys.p256.public, crypto.sign('sha256', data, keys.p256.private)));
show('p384 own p1363', () => {
  const sig = crypto.sign('sha384', data, { key: keys.p384.private, dsaEncoding: 'ieee-p1363' });
  return [sig.length, crypto.verify('sha384', data, { key: keys.p384.public, dsaEncoding: 'ieee-p1363' }, sig)].join();
});
show('p256 der as p1363', () => crypto.verify('sha256', data, { key: keys.p256.public, dsaEncoding: 'ieee-p1363' }, Buffer.from(sigs.p256, 'base64')));
show('ed25519', () => crypto.sign(null, data, keys.ed25519.private));
show('ed25519 verify', () => crypto.verify(null, data, keys.ed25519.public, crypto.sign(null, data, keys.ed25519.private)));
show('ed25519 verify bad', () => crypto.verify(null, data, keys.ed25519.public, Buffer.alloc(64)));
show('x25519 sign', () => crypto.sign(null, data, keys.x25519.private));
show('sign no key', () => crypto.sign('sha256', data));
show('sign with public', () => crypto.sign('sha256', data, crypto.createPublicKey(keys.rsa.public)));

show('oaep from node', () => crypto.privateDecrypt({ key: keys.rsa.private, oaepHash: 'sha256' }, Buffer.from(sigs.oaep, 'base64')).toString());
show('pkcs1 from node', () => crypto.privateDecrypt({ key: keys.rsa.private, padding: constants.RSA_PKCS1_PADDING }, Buffer.from(sigs.pkcs1, 'base64')).toString());
show('oaep round trip', () => crypto.privateDecrypt(keys.rsa.private, crypto.publicEncrypt(keys.rsa.public, Buffer.from('hello'))).toString());
show('oaep label', () => crypto.privateDecrypt({ key: keys.rsa.private, oaepLabel: Buffer.from('L') }, crypto.publicEncrypt({ key: keys.rsa.public, oaepLabel: Buffer.from('L') }, Buffer.from('labelled'))).toString());
show('oaep length', () => crypto.publicEncrypt(keys.rsa.public, Buffer.alloc(10)).length);

show('x25519 dh', () => crypto.diffieHellman({ privateKey: crypto.createPrivateKey(keys.x25519.private), publicKey: crypto.createPublicKey(keys.x25519b.public) }));
show('x25519 dh other way', () => crypto.diffieHellman({ privateKey: crypto.createPrivateKey(keys.x25519b.private), publicKey: crypto.createPublicKey(keys.x25519.public) }));
show('p256 dh', () => crypto.diffieHellman({ privateKey: crypto.createPrivateKey(keys.p256.private), publicKey: crypto.createPublicKey(keys.p256b.public) }));

for (const [type, options] of [['rsa', { modulusLength: 1024 }], ['ec', { namedCurve: 'P-384' }], ['ec', { namedCurve: 'secp256k1' }], ['ed25519'], ['x25519']]) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync(type, options);
  console.log('generated', type, privateKey.asymmetricKeyType, publicKey.type, JSON.stringify(publicKey.asymmetricKeyDetails, (k, v) => (typeof v === 'bigint' ? `${v}` : v)));
  if (type !== 'x25519') {
    const sig = crypto.sign(type === 'ed25519' ? null : 'sha256', data, privateKey);
    console.log(' signs', crypto.verify(type === 'ed25519' ? null : 'sha256', data, publicKey, sig));
  }
}
const pems = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'der' } });
console.log('encodings', typeof pems.publicKey, pems.publicKey.split('\n')[0], Buffer.isBuffer(pems.privateKey));
show('generate bad type', () => crypto.generateKeyPairSync('dsa-nope', {}));
show('generate no modulus', () => crypto.generateKeyPairSync('rsa', {}));
crypto.generateKeyPair('ed25519', (err, publicKey, privateKey) => {
  console.log('async', err, publicKey.type, privateKey.type, crypto.verify(null, data, publicKey, crypto.sign(null, data, privateKey)));
});
