// scrypt and HKDF give Node's bytes, with its defaults, option aliases and checks.
const crypto = require('crypto');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, Buffer.isBuffer(r) ? r.toString('hex') : r instanceof ArrayBuffer ? Buffer.from(r).toString('hex') : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

show('scrypt defaults', () => crypto.scryptSync('password', 'salt', 32));
show('scrypt N r p', () => crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }));
show('scrypt aliases', () => crypto.scryptSync(Buffer.from('pw'), new Uint8Array([1, 2, 3]), 16, { cost: 256, blockSize: 4, parallelization: 2 }));
show('scrypt zero length', () => crypto.scryptSync('a', 'b', 0));
show('scrypt N not a power of 2', () => crypto.scryptSync('a', 'b', 16, { N: 1000 }));
show('scrypt maxmem', () => crypto.scryptSync('a', 'b', 16, { N: 65536 }));
show('scrypt maxmem raised', () => crypto.scryptSync('a', 'b', 16, { N: 65536, maxmem: 80 * 1024 * 1024 }));
show('scrypt N and cost', () => crypto.scryptSync('a', 'b', 16, { N: 16, cost: 16 }));
show('scrypt keylen', () => crypto.scryptSync('a', 'b', -1));
show('scrypt password type', () => crypto.scryptSync(1, 'b', 16));

show('hkdf', () => crypto.hkdfSync('sha256', 'key', 'salt', 'info', 42));
show('hkdf sha512 empty salt', () => crypto.hkdfSync('sha512', Buffer.from('0b0b0b0b', 'hex'), '', '', 64));
show('hkdf secret key', () => crypto.hkdfSync('sha1', crypto.createSecretKey(Buffer.from('ikm')), 'salt', 'info', 20));
show('hkdf too long', () => crypto.hkdfSync('sha256', 'a', 'b', 'c', 255 * 32 + 1));
show('hkdf info too long', () => crypto.hkdfSync('sha256', 'a', 'b', Buffer.alloc(1025), 16));
show('hkdf digest', () => crypto.hkdfSync('nope', 'a', 'b', 'c', 16));
show('hkdf ikm type', () => crypto.hkdfSync('sha256', 1, 'b', 'c', 16));

crypto.scrypt('password', 'salt', 16, (err, key) => {
  console.log('scrypt async', err, key.toString('hex'));
  crypto.scrypt('password', 'salt', 16, { N: 2048 }, (err2, key2) => {
    console.log('scrypt async options', err2, key2.toString('hex'));
    crypto.hkdf('sha384', 'key', 'salt', 'info', 10, (err3, bits) => {
      console.log('hkdf async', err3, Buffer.from(bits).toString('hex'));
    });
  });
});
