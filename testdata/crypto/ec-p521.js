// P-521 keys: Node's PKCS#8, SPKI and SEC1 bytes for a fixed key, ECDSA both encodings,
// ECDH points, and Web Crypto's ECDSA on P-521.
const crypto = require('crypto');
const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-521' });
console.log(privateKey.asymmetricKeyDetails, Object.keys(publicKey.export({ format: 'jwk' })));
const data = Buffer.from('x');
console.log(crypto.verify('sha512', data, publicKey, crypto.sign('sha512', data, privateKey)));
console.log(crypto.verify('sha512', data, { key: publicKey, dsaEncoding: 'ieee-p1363' }, crypto.sign('sha512', data, { key: privateKey, dsaEncoding: 'ieee-p1363' })));
const pt = crypto.createECDH('secp521r1').setPrivateKey(Buffer.alloc(66, 1)).getPublicKey();
const fixed = crypto.createPrivateKey({ key: { kty: 'EC', crv: 'P-521', d: Buffer.alloc(66, 1).toString('base64url'), x: pt.subarray(1, 67).toString('base64url'), y: pt.subarray(67).toString('base64url') }, format: 'jwk' });
console.log(fixed.export({ type: 'pkcs8', format: 'der' }).toString('base64'));
console.log(crypto.createPublicKey(fixed).export({ type: 'spki', format: 'der' }).toString('base64'));
console.log(fixed.export({ type: 'sec1', format: 'pem' }));
const e = crypto.createECDH('secp521r1'); e.setPrivateKey(Buffer.alloc(66, 1)); console.log(e.getPublicKey('hex', 'compressed'));
(async () => {
  const { subtle } = globalThis.crypto;
  const k = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-521' }, true, ['sign', 'verify']);
  const sig = await subtle.sign({ name: 'ECDSA', hash: 'SHA-512' }, k.privateKey, data);
  console.log(sig.byteLength, await subtle.verify({ name: 'ECDSA', hash: 'SHA-512' }, k.publicKey, sig, data));
})();
