// Web Crypto with secret keys gives Node's bytes and errors: digest, HMAC, AES-GCM/CBC/CTR,
// PBKDF2 and HKDF (deriveBits/deriveKey), raw and JWK import/export, wrapKey/unwrapKey,
// and the SCRAM-SHA-256 steps PostgreSQL clients run.
const { subtle } = globalThis.crypto;
const enc = new TextEncoder();
const hex = (ab) => Buffer.from(ab).toString('hex');
const bytes = (n, k = 1) => new Uint8Array(Array.from({ length: n }, (_, i) => (i * k + 5) & 0xff));

async function show(label, fn) {
  try {
    const r = await fn();
    console.log(label, r instanceof ArrayBuffer ? hex(r) : typeof r === 'object' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

(async () => {
  for (const h of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']) {
    await show(`digest ${h}`, () => subtle.digest(h, enc.encode('abc')));
  }
  await show('digest object name', () => subtle.digest({ name: 'sha-256' }, new Uint8Array(0)));
  await show('digest unknown', () => subtle.digest('MD5', enc.encode('abc')));

  const hmacKey = await subtle.importKey('raw', bytes(32), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
  console.log(hmacKey.type, hmacKey.extractable, JSON.stringify(hmacKey.algorithm), hmacKey.usages);
  const sig = await subtle.sign('HMAC', hmacKey, enc.encode('message'));
  console.log('hmac', hex(sig));
  await show('verify good', () => subtle.verify('HMAC', hmacKey, sig, enc.encode('message')));
  await show('verify bad', () => subtle.verify('HMAC', hmacKey, sig, enc.encode('massage')));
  await show('export raw', () => subtle.exportKey('raw', hmacKey));
  await show('export jwk', () => subtle.exportKey('jwk', hmacKey));
  await show('hmac usage', () => subtle.importKey('raw', bytes(16), { name: 'HMAC', hash: 'SHA-256' }, false, ['encrypt']));
  await show('hmac empty', () => subtle.importKey('raw', new Uint8Array(0), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']));
  const jwkKey = await subtle.importKey('jwk', { kty: 'oct', k: Buffer.from(bytes(20)).toString('base64url'), alg: 'HS1' },
    { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
  await show('jwk hmac sign', () => subtle.sign('HMAC', jwkKey, enc.encode('x')));
  await show('not extractable', () => subtle.exportKey('raw', jwkKey));
  await show('wrong usage', () => subtle.verify('HMAC', jwkKey, new Uint8Array(20), enc.encode('x')));

  for (const len of [128, 256]) {
    const k = await subtle.importKey('raw', bytes(len / 8, 3), 'AES-GCM', true, ['encrypt', 'decrypt']);
    const ct = await subtle.encrypt({ name: 'AES-GCM', iv: bytes(12, 7), additionalData: enc.encode('aad') }, k, enc.encode('gcm plaintext'));
    console.log('aes-gcm', len, hex(ct));
    await show('aes-gcm back', async () => Buffer.from(await subtle.decrypt({ name: 'AES-GCM', iv: bytes(12, 7), additionalData: enc.encode('aad') }, k, ct)).toString());
    const bad = new Uint8Array(ct);
    bad[0] ^= 1;
    await show('aes-gcm tampered', () => subtle.decrypt({ name: 'AES-GCM', iv: bytes(12, 7), additionalData: enc.encode('aad') }, k, bad));
    await show('aes-gcm tag 96', () => subtle.encrypt({ name: 'AES-GCM', iv: bytes(12, 7), tagLength: 96 }, k, enc.encode('x')));
  }
  const cbc = await subtle.importKey('raw', bytes(16, 9), { name: 'AES-CBC' }, true, ['encrypt', 'decrypt']);
  const cbcCt = await subtle.encrypt({ name: 'AES-CBC', iv: bytes(16, 2) }, cbc, enc.encode('cbc plaintext of some length'));
  console.log('aes-cbc', hex(cbcCt));
  await show('aes-cbc back', async () => Buffer.from(await subtle.decrypt({ name: 'AES-CBC', iv: bytes(16, 2) }, cbc, cbcCt)).toString());
  await show('aes-cbc iv', () => subtle.encrypt({ name: 'AES-CBC', iv: bytes(12) }, cbc, enc.encode('x')));
  await show('aes jwk', () => subtle.exportKey('jwk', cbc));
  const ctr = await subtle.importKey('raw', bytes(32, 11), 'AES-CTR', false, ['encrypt']);
  await show('aes-ctr', () => subtle.encrypt({ name: 'AES-CTR', counter: bytes(16, 4), length: 64 }, ctr, enc.encode('counter mode text')));
  await show('aes key length', () => subtle.importKey('raw', bytes(10), 'AES-GCM', false, ['encrypt']));
  await show('aes on hmac key', () => subtle.encrypt({ name: 'AES-GCM', iv: bytes(12) }, hmacKey, enc.encode('x')));

  const pw = await subtle.importKey('raw', enc.encode('pencil'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
  await show('pbkdf2 bits', () => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: enc.encode('salt'), iterations: 4096 }, pw, 256));
  await show('pbkdf2 odd length', () => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: enc.encode('salt'), iterations: 1 }, pw, 7));
  await show('pbkdf2 extractable', () => subtle.importKey('raw', enc.encode('x'), 'PBKDF2', true, ['deriveBits']));
  const derived = await subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-1', salt: bytes(8), iterations: 1000 }, pw,
    { name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  await show('pbkdf2 deriveKey', () => subtle.exportKey('raw', derived));
  const ikm = await subtle.importKey('raw', bytes(22), 'HKDF', false, ['deriveBits', 'deriveKey']);
  await show('hkdf bits', () => subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: bytes(13), info: bytes(10) }, ikm, 336));
  const hkdfHmac = await subtle.deriveKey({ name: 'HKDF', hash: 'SHA-384', salt: bytes(4), info: new Uint8Array(0) }, ikm,
    { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  console.log(JSON.stringify(hkdfHmac.algorithm));
  await show('hkdf deriveKey', () => subtle.exportKey('raw', hkdfHmac));

  const wrapper = await subtle.importKey('raw', bytes(16, 13), 'AES-GCM', false, ['wrapKey', 'unwrapKey']);
  const wrapped = await subtle.wrapKey('raw', hmacKey, wrapper, { name: 'AES-GCM', iv: bytes(12) });
  console.log('wrapped', hex(wrapped));
  const unwrapped = await subtle.unwrapKey('raw', wrapped, wrapper, { name: 'AES-GCM', iv: bytes(12) },
    { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  await show('unwrapped', () => subtle.exportKey('raw', unwrapped));

  const gen = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-512' }, true, ['sign']);
  console.log('generated', JSON.stringify(gen.algorithm), (await subtle.exportKey('raw', gen)).byteLength);
  const genAes = await subtle.generateKey({ name: 'AES-GCM', length: 192 }, false, ['encrypt', 'decrypt']);
  console.log('generated', JSON.stringify(genAes.algorithm), genAes.usages);

  // SCRAM-SHA-256 (RFC 7677's example), the way pg computes the client proof.
  const salted = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: Buffer.from('W22ZaJ0SNY7soEsUEjb6gQ==', 'base64'), iterations: 4096 },
    await subtle.importKey('raw', enc.encode('pencil'), 'PBKDF2', false, ['deriveBits']), 256);
  const clientKey = await subtle.sign('HMAC', await subtle.importKey('raw', salted, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']), enc.encode('Client Key'));
  const storedKey = await subtle.digest('SHA-256', clientKey);
  console.log('scram', hex(salted), hex(clientKey), hex(storedKey));

  await show('digest args', () => subtle.digest('SHA-256'));
  console.log(Object.prototype.toString.call(subtle), Object.prototype.toString.call(hmacKey));
})();
