// Web Crypto's AES-KW wraps and unwraps keys with Node's bytes (RFC 3394), and fails
// with Node's errors on bad input.
const { subtle } = globalThis.crypto;
const hex = (ab) => Buffer.from(ab).toString('hex');
const bytes = (n, k) => new Uint8Array(Array.from({ length: n }, (_, i) => (i * k + 1) & 0xff));

async function show(label, fn) {
  try {
    const r = await fn();
    console.log(label, r instanceof ArrayBuffer ? hex(r) : typeof r === 'object' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, e.name, e.message);
  }
}

(async () => {
  for (const bits of [128, 192, 256]) {
    const kek = await subtle.importKey('raw', bytes(bits / 8, 3), 'AES-KW', true, ['wrapKey', 'unwrapKey']);
    console.log(JSON.stringify(kek.algorithm), kek.usages);
    await show(`jwk ${bits}`, () => subtle.exportKey('jwk', kek));
    const hmac = await subtle.importKey('raw', bytes(32, 5), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
    const wrapped = await subtle.wrapKey('raw', hmac, kek, 'AES-KW');
    console.log(`wrapped ${bits}`, hex(wrapped));
    const back = await subtle.unwrapKey('raw', wrapped, kek, 'AES-KW', { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
    await show(`unwrapped ${bits}`, () => subtle.exportKey('raw', back));
    const bad = new Uint8Array(wrapped);
    bad[3] ^= 1;
    await show(`tampered ${bits}`, () => subtle.unwrapKey('raw', bad, kek, 'AES-KW', { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']));
  }
  const kek = await subtle.importKey('raw', bytes(16, 3), 'AES-KW', false, ['wrapKey']);
  const odd = await subtle.importKey('raw', bytes(20, 5), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  await show('not 8-byte blocks', () => subtle.wrapKey('raw', odd, kek, 'AES-KW'));
  await show('bad usage', () => subtle.importKey('raw', bytes(16, 3), 'AES-KW', false, ['encrypt']));
  const gen = await subtle.generateKey({ name: 'AES-KW', length: 256 }, true, ['wrapKey']);
  console.log('generated', JSON.stringify(gen.algorithm), gen.usages);
})();
