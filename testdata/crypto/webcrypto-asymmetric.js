// Web Crypto with asymmetric keys: import/export of Node-made keys (spki, pkcs8, jwk, raw)
// give Node's bytes; RSASSA-PKCS1-v1_5 and Ed25519 signatures are Node's bytes; ECDSA and
// RSA-PSS verify both ways; RSA-OAEP, ECDH and X25519 agree with node:crypto.
const crypto = require('crypto');
const { subtle } = globalThis.crypto;
const { keys, sigs } = require('./fixtures/keys.json');
const data = Buffer.from('the data that Node 24 signed');
const der = (pem) => crypto.createPublicKey(pem).export({ type: 'spki', format: 'der' });
const pkcs8 = (pem) => crypto.createPrivateKey(pem).export({ type: 'pkcs8', format: 'der' });
const b64 = (ab) => Buffer.from(ab).toString('base64');

async function show(label, fn) {
  try {
    const r = await fn();
    console.log(label, r instanceof ArrayBuffer ? b64(r) : typeof r === 'object' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, e.name, e.message);
  }
}

(async () => {
  const rsaAlg = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  const rsaPub = await subtle.importKey('spki', der(keys.rsa.public), rsaAlg, true, ['verify']);
  const rsaPriv = await subtle.importKey('pkcs8', pkcs8(keys.rsa.private), rsaAlg, true, ['sign']);
  console.log(rsaPub.type, rsaPriv.type, rsaPub.algorithm.name, rsaPub.algorithm.modulusLength, Array.from(rsaPub.algorithm.publicExponent), rsaPub.algorithm.hash.name);
  const rsaSig = await subtle.sign('RSASSA-PKCS1-v1_5', rsaPriv, data);
  console.log('rs256 same as node:crypto', b64(rsaSig) === crypto.sign('sha256', data, keys.rsa.private).toString('base64'));
  await show('rs256 verify', () => subtle.verify('RSASSA-PKCS1-v1_5', rsaPub, rsaSig, data));
  await show('spki export', () => subtle.exportKey('spki', rsaPub));
  await show('jwk export', () => subtle.exportKey('jwk', rsaPub));
  await show('pkcs8 same', async () => b64(await subtle.exportKey('pkcs8', rsaPriv)) === pkcs8(keys.rsa.private).toString('base64'));

  const pssPub = await subtle.importKey('spki', der(keys.rsa.public), { name: 'RSA-PSS', hash: 'SHA-256' }, false, ['verify']);
  await show('pss node sig', () => subtle.verify({ name: 'RSA-PSS', saltLength: 222 }, pssPub, Buffer.from(sigs.rsaPss, 'base64'), data));
  const pssPriv = await subtle.importKey('pkcs8', pkcs8(keys.rsa.private), { name: 'RSA-PSS', hash: 'SHA-256' }, false, ['sign']);
  const pssSig = await subtle.sign({ name: 'RSA-PSS', saltLength: 32 }, pssPriv, data);
  await show('pss own, node verifies', () => crypto.verify('sha256', data, { key: keys.rsa.public, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, Buffer.from(pssSig)));

  const ecPub = await subtle.importKey('spki', der(keys.p256.public), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
  const ecPriv = await subtle.importKey('pkcs8', pkcs8(keys.p256.private), { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
  await show('ecdsa node sig', () => subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, ecPub, Buffer.from(sigs.p256p1363, 'base64'), data));
  const ecSig = await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, ecPriv, data);
  await show('ecdsa own, node verifies', () => crypto.verify('sha256', data, { key: keys.p256.public, dsaEncoding: 'ieee-p1363' }, Buffer.from(ecSig)));
  await show('ec raw', () => subtle.exportKey('raw', ecPub));
  await show('ec jwk', () => subtle.exportKey('jwk', ecPub));
  const raw = await subtle.exportKey('raw', ecPub);
  await show('ec raw import', async () => b64(await subtle.exportKey('spki', await subtle.importKey('raw', raw, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']))));
  await show('curve mismatch', () => subtle.importKey('spki', der(keys.p384.public), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']));
  await show('key type mismatch', () => subtle.importKey('spki', der(keys.rsa.public), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']));
  await show('bad spki', () => subtle.importKey('spki', new Uint8Array(5), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']));
  await show('bad usage', () => subtle.importKey('spki', der(keys.ed25519.public), 'Ed25519', true, ['sign']));
  await show('ecdsa no hash', () => subtle.sign('ECDSA', ecPriv, data));
  await show('sign with public', () => subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, ecPub, data));

  const edPriv = await subtle.importKey('pkcs8', pkcs8(keys.ed25519.private), 'Ed25519', true, ['sign']);
  const edPub = await subtle.importKey('spki', der(keys.ed25519.public), 'Ed25519', true, ['verify']);
  await show('ed25519 sign', () => subtle.sign('Ed25519', edPriv, data));
  await show('ed25519 verify', async () => subtle.verify('Ed25519', edPub, await subtle.sign('Ed25519', edPriv, data), data));
  await show('ed25519 jwk', () => subtle.exportKey('jwk', edPriv));
  await show('ed25519 raw', () => subtle.exportKey('raw', edPub));

  const oaepPub = await subtle.importKey('spki', der(keys.rsa.public), { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['encrypt']);
  const oaepPriv = await subtle.importKey('pkcs8', pkcs8(keys.rsa.private), { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['decrypt']);
  await show('oaep node ciphertext', async () => Buffer.from(await subtle.decrypt('RSA-OAEP', oaepPriv, Buffer.from(sigs.oaep, 'base64'))).toString());
  await show('oaep round trip', async () => Buffer.from(await subtle.decrypt('RSA-OAEP', oaepPriv, await subtle.encrypt('RSA-OAEP', oaepPub, Buffer.from('hi')))).toString());

  const xa = await subtle.importKey('pkcs8', pkcs8(keys.x25519.private), 'X25519', false, ['deriveBits']);
  const xb = await subtle.importKey('spki', der(keys.x25519b.public), 'X25519', false, []);
  await show('x25519 bits', () => subtle.deriveBits({ name: 'X25519', public: xb }, xa, 256));
  await show('x25519 too long', () => subtle.deriveBits({ name: 'X25519', public: xb }, xa, 512));
  const ea = await subtle.importKey('pkcs8', pkcs8(keys.p256.private), { name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveKey', 'deriveBits']);
  const eb = await subtle.importKey('spki', der(keys.p256b.public), { name: 'ECDH', namedCurve: 'P-256' }, false, []);
  await show('ecdh bits', () => subtle.deriveBits({ name: 'ECDH', public: eb }, ea, 128));
  const aesKey = await subtle.deriveKey({ name: 'ECDH', public: eb }, ea, { name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  await show('ecdh deriveKey', () => subtle.exportKey('raw', aesKey));

  const pair = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, false, ['sign', 'verify']);
  console.log('generated', pair.publicKey.usages, pair.privateKey.usages, pair.publicKey.extractable, pair.privateKey.extractable);
  await show('generated verifies', async () => subtle.verify({ name: 'ECDSA', hash: 'SHA-384' }, pair.publicKey, await subtle.sign({ name: 'ECDSA', hash: 'SHA-384' }, pair.privateKey, data), data));
  const rsaPair = await subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-1' }, true, ['encrypt', 'decrypt', 'wrapKey']);
  console.log('generated rsa', rsaPair.publicKey.usages, rsaPair.privateKey.usages, (await subtle.exportKey('jwk', rsaPair.publicKey)).alg);
  const edPair = await subtle.generateKey('Ed25519', true, ['sign', 'verify']);
  console.log('generated ed25519', Object.keys(await subtle.exportKey('jwk', edPair.privateKey)));
})();
