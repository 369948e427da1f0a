// X509Certificate prints a certificate's fields as Node 24 does (OpenSSL's forms), checks
// hosts, IPs and emails by its rules, and verifies signatures (ECDSA, RSA, Ed25519).
const { X509Certificate, createPublicKey } = require('crypto');
const fs = require('fs');
const util = require('util');
const read = (name) => fs.readFileSync(`${__dirname}/fixtures/${name}`);
const leaf = new X509Certificate(read('x509-leaf.pem'));
const ca = new X509Certificate(read('x509-ca.pem'));
const ed = new X509Certificate(read('x509-ed25519.pem').toString());

for (const cert of [leaf, ca, ed]) {
  console.log(util.inspect(cert));
  console.log(cert.ca, cert.publicKey.asymmetricKeyType, cert.raw.length, cert.toString() === cert.toJSON());
}
for (const host of ['localhost', 'LOCALHOST', 'a.example.com', 'example.com', 'b.a.example.com', 'nodus test ca']) {
  console.log('host', host, leaf.checkHost(host), ca.checkHost(host), ca.checkHost(host, { subject: 'never' }));
}
for (const host of ['foo.example.org', 'f.example.org', 'bar.example.org', 'ed25519.test']) {
  console.log('host', host, ed.checkHost(host), ed.checkHost(host, { partialWildcards: false }), ed.checkHost(host, { wildcards: false }));
}
for (const ip of ['127.0.0.1', '::1', '0:0::1', '10.0.0.1']) console.log('ip', ip, leaf.checkIP(ip));
console.log('email', leaf.checkEmail('dev@example.com'), leaf.checkEmail('other@example.com'));
console.log('verify', leaf.verify(ca.publicKey), leaf.verify(leaf.publicKey), ca.verify(ca.publicKey), ed.verify(ed.publicKey), ed.verify(ca.publicKey));
console.log('issued', leaf.checkIssued(ca), ca.checkIssued(leaf), ca.checkIssued(ca));
console.log('der', new X509Certificate(leaf.raw).fingerprint256 === leaf.fingerprint256);
console.log('same key', createPublicKey(read('x509-leaf.pem')).equals(leaf.publicKey));
const legacy = leaf.toLegacyObject();
console.log(Object.keys(legacy).join(), legacy.modulus.length, legacy.exponent, legacy.bits, legacy.subject.CN);
for (const bad of [Buffer.from('junk'), 'not a cert', 42]) {
  try {
    new X509Certificate(bad);
  } catch (e) {
    console.log('bad', e.name, e.code, e.message);
  }
}
try {
  leaf.verify(ca);
} catch (e) {
  console.log('verify arg', e.name, e.code);
}
