// Cipher errors carry Node's classes, codes and messages: unknown names, key and IV
// lengths, padding, tags, states and argument types.
const crypto = require('crypto');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', Buffer.isBuffer(r) ? r.toString('hex') : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e.library || '', e.reason || '');
  }
}
const k16 = Buffer.alloc(16, 1);
const iv16 = Buffer.alloc(16, 2);
const iv12 = Buffer.alloc(12, 3);

show('unknown', () => crypto.createCipheriv('aes-128-xyz', k16, iv16));
show('keylen', () => crypto.createCipheriv('aes-256-cbc', k16, iv16));
show('ivlen', () => crypto.createCipheriv('aes-128-cbc', k16, iv12));
show('gcm empty iv', () => crypto.createCipheriv('aes-128-gcm', k16, Buffer.alloc(0)));
show('ecb with iv', () => crypto.createCipheriv('aes-128-ecb', k16, iv16));
show('chacha ivlen', () => crypto.createCipheriv('chacha20-poly1305', Buffer.alloc(32), iv16));
show('tag length option', () => crypto.createCipheriv('aes-128-gcm', k16, iv12, { authTagLength: 7 }));
show('iv type', () => crypto.createCipheriv('aes-128-cbc', k16, 42));
show('key type', () => crypto.createCipheriv('aes-128-cbc', {}, iv16));
show('cipher type', () => crypto.createCipheriv(null, k16, iv16));
show('data type', () => crypto.createCipheriv('aes-128-cbc', k16, iv16).update(42));
show('bad decrypt', () => {
  const d = crypto.createDecipheriv('aes-128-cbc', k16, iv16);
  d.update(Buffer.alloc(32, 9));
  return d.final();
});
show('partial block', () => {
  const d = crypto.createDecipheriv('aes-128-cbc', k16, iv16);
  d.update(Buffer.alloc(20));
  return d.final();
});
show('no padding, partial', () => {
  const c = crypto.createCipheriv('aes-128-cbc', k16, iv16);
  c.setAutoPadding(false);
  c.update('abc');
  return c.final();
});
function gcmCt() {
  const c = crypto.createCipheriv('aes-128-gcm', k16, iv12);
  const ct = Buffer.concat([c.update('secret message'), c.final()]);
  return [ct, c.getAuthTag()];
}
show('gcm good tag', () => {
  const [ct, tag] = gcmCt();
  const d = crypto.createDecipheriv('aes-128-gcm', k16, iv12);
  d.setAuthTag(tag);
  return d.update(ct, undefined, 'utf8') + d.final('utf8');
});
show('gcm bad tag', () => {
  const [ct, tag] = gcmCt();
  tag[0] ^= 1;
  const d = crypto.createDecipheriv('aes-128-gcm', k16, iv12);
  d.setAuthTag(tag);
  d.update(ct);
  return d.final();
});
show('gcm no tag', () => {
  const [ct] = gcmCt();
  const d = crypto.createDecipheriv('aes-128-gcm', k16, iv12);
  d.update(ct);
  return d.final();
});
show('gcm tag length', () => crypto.createDecipheriv('aes-128-gcm', k16, iv12).setAuthTag(Buffer.alloc(3)));
show('getAuthTag before final', () => crypto.createCipheriv('aes-128-gcm', k16, iv12).getAuthTag());
show('getAuthTag cbc', () => {
  const c = crypto.createCipheriv('aes-128-cbc', k16, iv16);
  c.final();
  return c.getAuthTag();
});
show('setAAD after update', () => {
  const c = crypto.createCipheriv('aes-128-gcm', k16, iv12);
  c.update('x');
  return c.setAAD(Buffer.from('y'));
});
show('setAAD cbc', () => crypto.createCipheriv('aes-128-cbc', k16, iv16).setAAD(Buffer.from('y')));
show('setAutoPadding after final', () => {
  const c = crypto.createCipheriv('aes-128-cbc', k16, iv16);
  c.final();
  return c.setAutoPadding(false);
});
show('update after final', () => {
  const c = crypto.createCipheriv('aes-128-ctr', k16, iv16);
  c.final();
  return c.update('a');
});
show('ciphers', () => ['aes-128-cbc', 'aes-256-gcm', 'aes-192-ctr', 'aes-128-ecb', 'chacha20-poly1305', 'aes256']
  .map((n) => crypto.getCiphers().includes(n)).join());
show('cipher info', () => JSON.stringify([crypto.getCipherInfo('aes-256-gcm'), crypto.getCipherInfo('aes-128-cbc'),
  crypto.getCipherInfo('chacha20-poly1305'), crypto.getCipherInfo('aes-128-ecb'), crypto.getCipherInfo('nope'),
  crypto.getCipherInfo('aes-128-cbc', { keyLength: 24 })]));
