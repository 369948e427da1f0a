// KeyObject#toCryptoKey and KeyObject.from give Web Crypto keys of node:crypto keys and back.
const c=require('crypto');
const s=c.createSecretKey(Buffer.alloc(16,1));
const k=s.toCryptoKey('AES-GCM', true, ['encrypt']); console.log(k, k.algorithm);
const h=s.toCryptoKey({name:'HMAC', hash:'SHA-256'}, false, ['sign']); console.log(h.algorithm);
const {privateKey, publicKey}=c.generateKeyPairSync('ed25519');
console.log(privateKey.toCryptoKey('Ed25519', false, ['sign']).usages, publicKey.toCryptoKey('Ed25519', false, ['verify']).extractable);
try { s.toCryptoKey('AES-GCM', true, ['sign']) } catch(e) { console.log(e.name, e.message) }
try { s.toCryptoKey('FOO', true, ['sign']) } catch(e) { console.log(e.name, e.message) }
const ec = c.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ck = ec.privateKey.toCryptoKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
console.log(ck.type, ck.algorithm, c.KeyObject.from(ck) === ec.privateKey);
globalThis.crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, ck, Buffer.from('x')).then((sig) => console.log(c.verify('sha256', Buffer.from('x'), { key: ec.publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(sig))));
