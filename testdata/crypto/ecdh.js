// createECDH: fixed private keys give Node's public keys (all three formats) and shared
// secrets; generated pairs agree with each other; errors are Node's.
const crypto = require('crypto');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, Buffer.isBuffer(r) ? r.toString('hex') : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

for (const curve of ['prime256v1', 'secp384r1', 'secp256k1']) {
  const len = curve === 'secp384r1' ? 48 : 32;
  const a = crypto.createECDH(curve);
  const b = crypto.createECDH(curve);
  a.setPrivateKey(Buffer.alloc(len, 0x11));
  b.setPrivateKey(Buffer.alloc(len, 0x22).toString('hex'), 'hex');
  show(`${curve} public`, () => a.getPublicKey());
  show(`${curve} compressed`, () => a.getPublicKey('hex', 'compressed'));
  show(`${curve} hybrid`, () => b.getPublicKey('base64', 'hybrid'));
  show(`${curve} secret`, () => a.computeSecret(b.getPublicKey()));
  show(`${curve} secret other way`, () => b.computeSecret(a.getPublicKey('hex', 'compressed'), 'hex', 'hex'));
  show(`${curve} private`, () => a.getPrivateKey('hex'));
  show(`${curve} convert`, () => crypto.ECDH.convertKey(a.getPublicKey('hex', 'compressed'), curve, 'hex', 'hex', 'uncompressed'));
  const c = crypto.createECDH(curve);
  const d = crypto.createECDH(curve);
  const cPub = c.generateKeys();
  const dPub = d.generateKeys();
  show(`${curve} generated agree`, () => [d.computeSecret(cPub).equals(c.computeSecret(dPub)), cPub.length].join());
}
show('bad curve', () => crypto.createECDH('nope'));
show('bad peer', () => crypto.createECDH('prime256v1').setPrivateKey(Buffer.alloc(32, 1)).computeSecret(Buffer.alloc(65, 1)));
show('secret without keys', () => crypto.createECDH('prime256v1').computeSecret(crypto.createECDH('prime256v1').generateKeys()));
show('no keys', () => crypto.createECDH('prime256v1').getPublicKey());
show('zero key', () => crypto.createECDH('secp256k1').setPrivateKey(Buffer.alloc(32, 0)));
show('bad format', () => crypto.createECDH('prime256v1').setPrivateKey(Buffer.alloc(32, 1)).getPublicKey('hex', 'weird'));
