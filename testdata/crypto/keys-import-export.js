// Keys read from PEM, DER and JWK and written back give Node's text and bytes; key
// details, equality and the errors of bad input are Node's.
const crypto = require('crypto');
const { keys } = require('./fixtures/keys.json');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'object' && !Buffer.isBuffer(r) ? JSON.stringify(r, (k, v) => (typeof v === 'bigint' ? `${v}n` : v)) : Buffer.isBuffer(r) ? r.toString('base64') : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

for (const [name, pair] of Object.entries(keys)) {
  const priv = crypto.createPrivateKey(pair.private);
  const pub = crypto.createPublicKey(pair.public);
  console.log(name, priv.type, priv.asymmetricKeyType, pub.type, pub.asymmetricKeyType, priv.symmetricKeySize);
  show(' details', () => [priv.asymmetricKeyDetails, pub.asymmetricKeyDetails]);
  show(' same pem', () => priv.export({ type: pair.private.includes('RSA PRIVATE') ? 'pkcs1' : pair.private.includes('EC PRIVATE') ? 'sec1' : 'pkcs8', format: 'pem' }) === pair.private);
  show(' pkcs8 pem', () => priv.export({ type: 'pkcs8', format: 'pem' }));
  show(' pkcs8 der', () => priv.export({ type: 'pkcs8', format: 'der' }));
  show(' spki pem', () => pub.export({ type: 'spki', format: 'pem' }));
  show(' spki der', () => pub.export({ type: 'spki', format: 'der' }));
  if (name.startsWith('rsa')) {
    show(' pkcs1 private', () => priv.export({ type: 'pkcs1', format: 'pem' }));
    show(' pkcs1 public', () => pub.export({ type: 'pkcs1', format: 'der' }));
    show(' pkcs1 der round trip', () => crypto.createPrivateKey({ key: priv.export({ type: 'pkcs1', format: 'der' }), format: 'der', type: 'pkcs1' }).equals(priv));
  }
  if (priv.asymmetricKeyType === 'ec') {
    show(' sec1', () => priv.export({ type: 'sec1', format: 'der' }));
    show(' sec1 der round trip', () => crypto.createPrivateKey({ key: priv.export({ type: 'sec1', format: 'der' }), format: 'der', type: 'sec1' }).equals(priv));
  }
  show(' jwk private', () => priv.export({ format: 'jwk' }));
  show(' jwk public', () => pub.export({ format: 'jwk' }));
  show(' public of private', () => crypto.createPublicKey(priv).equals(pub));
  show(' public from private pem', () => crypto.createPublicKey(pair.private).export({ type: 'spki', format: 'pem' }) === pub.export({ type: 'spki', format: 'pem' }));
  show(' jwk round trip', () => crypto.createPrivateKey({ key: priv.export({ format: 'jwk' }), format: 'jwk' }).equals(priv));
  show(' jwk public round trip', () => crypto.createPublicKey({ key: pub.export({ format: 'jwk' }), format: 'jwk' }).equals(pub));
  show(' der round trip', () => crypto.createPrivateKey({ key: priv.export({ type: 'pkcs8', format: 'der' }), format: 'der', type: 'pkcs8' }).equals(priv));
  show(' spki der round trip', () => crypto.createPublicKey({ key: pub.export({ type: 'spki', format: 'der' }), format: 'der', type: 'spki' }).equals(pub));
}

// (Node leaves OpenSSL's error queue dirty after some failures, so errors come last.)
show('garbage private', () => crypto.createPrivateKey('garbage'));
show('garbage public', () => crypto.createPublicKey('not a key'));
show('number', () => crypto.createPublicKey(1));
show('public as private', () => crypto.createPrivateKey(keys.p256.public));
show('export no options', () => crypto.createPrivateKey(keys.ed25519.private).export());
show('export no type', () => crypto.createPrivateKey(keys.ed25519.private).export({ format: 'pem' }));
show('pkcs1 for ed25519', () => crypto.createPrivateKey(keys.ed25519.private).export({ format: 'pem', type: 'pkcs1' }));
show('equals other type', () => crypto.createPrivateKey(keys.p256.private).equals(crypto.createPrivateKey(keys.ed25519.private)));
show('secret equals', () => crypto.createSecretKey(Buffer.from('ab')).equals(crypto.createSecretKey(Buffer.from('ab'))));
show('curves', () => ['prime256v1', 'secp384r1', 'secp256k1'].map((c) => crypto.getCurves().includes(c)));
