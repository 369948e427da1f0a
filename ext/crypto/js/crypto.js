// node:crypto -- hashes, HMAC and the KDFs over RustCrypto's implementations, ciphers
// (internal/crypto/cipher), secret keys (internal/crypto/keys), random numbers from the
// OS, and the Web Crypto object (internal/crypto/webcrypto). Asymmetric keys, signatures
// and Diffie-Hellman throw ERR_NOT_IMPLEMENTED.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const V = require('internal/validators');
  const { Buffer } = require('buffer');
  const { DOMException } = require('internal/dom_exception');

  const {
    digestName, getHashes, isView, bytesOf, isAnyArrayBuffer, keyBytes, output, LazyTransform,
  } = require('internal/crypto/util');
  const cipher = require('internal/crypto/cipher');
  const kdf = require('internal/crypto/kdf');
  const keys = require('internal/crypto/keys');
  const signing = require('internal/crypto/sign');
  const ecdh = require('internal/crypto/ecdh');

  LazyTransform.prototype._transform = function _transform(chunk, encoding, callback) {
    this.update(chunk, encoding);
    callback();
  };
  LazyTransform.prototype._flush = function _flush(callback) {
    this.push(this.digest());
    callback();
  };

  function update(self, data, encoding) {
    const state = self._state;
    if (typeof data === 'string') {
      if (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8') {
        ops.op_crypto_digest_update_utf8(state, data);
      } else {
        ops.op_crypto_digest_update(state, Buffer.from(data, encoding));
      }
    } else if (isView(data)) {
      ops.op_crypto_digest_update(state, bytesOf(data));
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    return self;
  }

  // A Hash holds its first small update in JS and digests it with one op when digest()
  // follows (ETags: createHash().update(body).digest()), so the common case makes no
  // native digest object at all; a second update, a big one or copy() make one.
  const kDeferLimit = 16384;

  function Hash(algorithm, options) {
    if (!(this instanceof Hash)) return new Hash(algorithm, options);
    if (algorithm instanceof Hash) {
      this._name = algorithm._name;
      this._state = ops.op_crypto_digest_copy(nativeState(algorithm));
    } else {
      V.validateString(algorithm, 'algorithm');
      const name = digestName(algorithm);
      if (name === undefined) throw new Error('Digest method not supported');
      this._name = name;
      this._state = null;
    }
    this._pending = null;
    this._options = options;
    this._digested = false;
  }
  Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
  Object.setPrototypeOf(Hash, LazyTransform);

  function nativeState(hash) {
    if (hash._state === null) {
      hash._state = ops.op_crypto_hash_new(hash._name);
      if (hash._pending !== null) {
        ops.op_crypto_digest_update(hash._state, hash._pending);
        hash._pending = null;
      }
    }
    return hash._state;
  }

  // A copy of small update data (later changes to a buffer must not count), or null.
  function smallCopy(data, encoding) {
    if (typeof data === 'string') {
      return data.length <= kDeferLimit ? Buffer.from(data, encoding === undefined ? 'utf8' : encoding) : null;
    }
    // (Buffer#slice is a view; Uint8Array#slice copies.)
    if (isView(data)) return data.byteLength <= kDeferLimit ? Uint8Array.prototype.slice.call(bytesOf(data)) : null;
    throw new codes.ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }

  Hash.prototype.update = function (data, encoding) {
    if (this._digested) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
    if (this._state === null && this._pending === null) {
      const held = smallCopy(data, encoding);
      if (held !== null) {
        this._pending = held;
        return this;
      }
    }
    nativeState(this);
    return update(this, data, encoding);
  };
  Hash.prototype.digest = function (encoding) {
    if (this._digested) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
    this._digested = true;
    if (this._state === null) {
      const data = this._pending === null ? new Uint8Array(0) : this._pending;
      this._pending = null;
      return output(ops.op_crypto_hash_once(this._name, data), encoding);
    }
    return output(ops.op_crypto_digest_final(this._state), encoding);
  };
  Hash.prototype.copy = function (options) {
    if (this._digested) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
    return new Hash(this, options);
  };

  function Hmac(hmac, key, options) {
    if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
    V.validateString(hmac, 'hmac');
    const name = digestName(hmac);
    if (name === undefined) throw new codes.ERR_CRYPTO_INVALID_DIGEST(hmac);
    this._state = ops.op_crypto_hmac_new(name, keys.secretKeyBytes(key, 'key', options && options.encoding));
    this._options = options;
    this._digested = false;
  }
  Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
  Object.setPrototypeOf(Hmac, LazyTransform);
  Hmac.prototype.update = function (data, encoding) {
    if (this._digested) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
    return update(this, data, encoding);
  };
  // A second digest() of an Hmac gives an empty result, as in Node.
  Hmac.prototype.digest = function (encoding) {
    if (this._digested) return output(new Uint8Array(0), encoding);
    this._digested = true;
    return output(ops.op_crypto_digest_final(this._state), encoding);
  };

  function createHash(algorithm, options) {
    return new Hash(algorithm, options);
  }
  function createHmac(hmac, key, options) {
    return new Hmac(hmac, key, options);
  }

  // crypto.hash(algorithm, data[, outputEncoding]): one call, hex by default.
  function hash(algorithm, data, outputEncoding = 'hex') {
    V.validateString(algorithm, 'algorithm');
    if (typeof data !== 'string' && !isView(data)) {
      throw new codes.ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
    }
    const name = digestName(algorithm);
    if (name === undefined) throw new Error(`Digest method ${algorithm} is not supported`);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : bytesOf(data);
    return output(ops.op_crypto_hash_once(name, bytes), outputEncoding);
  }

  // --- PBKDF2 ----------------------------------------------------------------------------
  function pbkdf2Args(password, salt, iterations, keylen, digest) {
    const p = keyBytes(password, 'password');
    const s = keyBytes(salt, 'salt');
    V.validateInt32(iterations, 'iterations', 1);
    V.validateInt32(keylen, 'keylen', 0);
    V.validateString(digest, 'digest');
    const name = digestName(digest);
    if (name === undefined) throw new codes.ERR_CRYPTO_INVALID_DIGEST(digest);
    return [p, s, iterations, keylen, name];
  }
  function pbkdf2Sync(password, salt, iterations, keylen, digest) {
    const [p, s, i, k, d] = pbkdf2Args(password, salt, iterations, keylen, digest);
    return output(ops.op_crypto_pbkdf2_sync(d, p, s, i, k));
  }
  function pbkdf2(password, salt, iterations, keylen, digest, callback) {
    if (typeof digest === 'function') {
      callback = digest;
      digest = undefined;
    }
    const [p, s, i, k, d] = pbkdf2Args(password, salt, iterations, keylen, digest);
    V.validateFunction(callback, 'callback');
    ops.op_crypto_pbkdf2(d, p, s, i, k).then(
      (key) => callback(null, output(key)),
      (err) => callback(err),
    );
  }

  // --- random numbers --------------------------------------------------------------------
  const kMaxRandom = 2 ** 31 - 1;

  function fill(view) {
    // One op per 64 KiB at most, as getrandom(2) hands out at most that many bytes per call.
    ops.op_crypto_random_fill(bytesOf(view));
    return view;
  }

  function validateSize(size) {
    V.validateNumber(size, 'size', 0, kMaxRandom);
  }
  function randomBytes(size, callback) {
    validateSize(size);
    if (callback !== undefined) V.validateFunction(callback, 'callback');
    const buf = fill(Buffer.allocUnsafe(size));
    if (callback === undefined) return buf;
    process.nextTick(callback, null, buf);
  }

  function fillArgs(buf, offset, size) {
    if (!isView(buf) && !isAnyArrayBuffer(buf)) {
      throw new codes.ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
    }
    const bytes = isAnyArrayBuffer(buf) ? new Uint8Array(buf) : bytesOf(buf);
    const elementSize = buf.BYTES_PER_ELEMENT || 1;
    const total = bytes.byteLength;
    V.validateNumber(offset, 'offset');
    offset *= elementSize;
    if (Number.isNaN(offset) || offset > total || offset < 0) {
      throw new codes.ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${Math.min(total, kMaxRandom)}`, offset);
    }
    if (size === undefined) size = total - offset;
    else {
      V.validateNumber(size, 'size', 0, kMaxRandom);
      size *= elementSize;
    }
    if (size + offset > total) throw new codes.ERR_OUT_OF_RANGE('size + offset', `<= ${total}`, size + offset);
    return bytes.subarray(offset, offset + size);
  }
  function randomFillSync(buf, offset = 0, size) {
    fill(fillArgs(buf, offset, size));
    return buf;
  }
  function randomFill(buf, offset, size, callback) {
    if (typeof offset === 'function') {
      callback = offset;
      offset = 0;
      size = undefined;
    } else if (typeof size === 'function') {
      callback = size;
      size = undefined;
    }
    V.validateFunction(callback, 'callback');
    fill(fillArgs(buf, offset, size));
    process.nextTick(callback, null, buf);
  }

  // randomInt: uniform in [min, max), by rejection sampling of 48-bit numbers.
  const kRandomIntRange = 2 ** 48 - 1;
  function randomInt(min, max, callback) {
    const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
    if (minNotSpecified) {
      callback = max;
      max = min;
      min = 0;
    }
    const isSync = typeof callback === 'undefined';
    if (!isSync) V.validateFunction(callback, 'callback');
    if (!Number.isSafeInteger(min)) throw new codes.ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
    if (!Number.isSafeInteger(max)) throw new codes.ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
    if (max <= min) {
      throw new codes.ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
    }
    const range = max - min;
    if (!(range <= kRandomIntRange)) {
      throw new codes.ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${kRandomIntRange}`, range);
    }
    const limit = kRandomIntRange - (kRandomIntRange % range);
    const six = Buffer.allocUnsafe(6);
    for (;;) {
      fill(six);
      const x = six.readUIntBE(0, 6);
      if (x < limit) {
        const n = (x % range) + min;
        if (isSync) return n;
        process.nextTick(callback, undefined, n);
        return;
      }
    }
  }

  // randomUUID: version 4, from a pool of random bytes refilled 128 UUIDs at a time.
  const uuidPool = Buffer.allocUnsafe(16 * 128);
  let uuidOffset = uuidPool.length;
  const hex = [];
  for (let i = 0; i < 256; i++) hex.push((i < 16 ? '0' : '') + i.toString(16));
  function randomUUID(options) {
    if (options !== undefined) V.validateObject(options, 'options');
    if (options !== undefined && options.disableEntropyCache !== undefined) {
      V.validateBoolean(options.disableEntropyCache, 'options.disableEntropyCache');
    }
    if (uuidOffset === uuidPool.length || (options && options.disableEntropyCache)) {
      fill(uuidPool);
      uuidOffset = 0;
    }
    const b = uuidPool;
    const o = uuidOffset;
    uuidOffset += 16;
    return hex[b[o]] + hex[b[o + 1]] + hex[b[o + 2]] + hex[b[o + 3]] + '-' +
      hex[b[o + 4]] + hex[b[o + 5]] + '-' +
      hex[(b[o + 6] & 0x0f) | 0x40] + hex[b[o + 7]] + '-' +
      hex[(b[o + 8] & 0x3f) | 0x80] + hex[b[o + 9]] + '-' +
      hex[b[o + 10]] + hex[b[o + 11]] + hex[b[o + 12]] + hex[b[o + 13]] + hex[b[o + 14]] + hex[b[o + 15]];
  }

  function getRandomValues(array) {
    if (!isView(array) || array instanceof Float32Array || array instanceof Float64Array ||
        array instanceof DataView || (typeof Float16Array === 'function' && array instanceof Float16Array)) {
      throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
    }
    if (array.byteLength > 65536) {
      throw new DOMException(
        'The requested length exceeds 65,536 bytes', 'QuotaExceededError');
    }
    return fill(array);
  }

  function timingSafeEqual(a, b) {
    const view = (v, name) => {
      if (isView(v)) return bytesOf(v);
      if (v instanceof ArrayBuffer || v instanceof SharedArrayBuffer) return new Uint8Array(v);
      // Node words this one without the received value.
      const err = new TypeError(`The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    };
    const x = view(a, 'buf1');
    const y = view(b, 'buf2');
    if (x.byteLength !== y.byteLength) throw new codes.ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
    return ops.op_crypto_timing_safe_equal(x, y);
  }

  // --- what is not here ------------------------------------------------------------------
  const notImplemented = (name) => require('internal/errors').notImplementedFunction(`crypto.${name}`);
  const missing = [
    'createDiffieHellman',
    'createDiffieHellmanGroup', 'getDiffieHellman', 'publicDecrypt', 'privateEncrypt',
    'generatePrime', 'generatePrimeSync', 'checkPrime', 'checkPrimeSync',
    'secureHeapUsed', 'setEngine',
    'Certificate', 'DiffieHellman',
    'DiffieHellmanGroup',
  ];

  // --- Web Crypto: the `crypto` global ---------------------------------------------------
  const { SubtleCrypto, CryptoKey, kWebCrypto } = require('internal/crypto/webcrypto');
  function Crypto(key) {
    if (key !== kWebCrypto) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }
  const subtle = new SubtleCrypto(kWebCrypto);
  Object.defineProperties(Crypto.prototype, {
    subtle: { get() { return subtle; }, configurable: true, enumerable: true },
    getRandomValues: { value: getRandomValues, writable: true, configurable: true, enumerable: true },
    randomUUID: { value: function () { return randomUUID(); }, writable: true, configurable: true, enumerable: true },
    [Symbol.toStringTag]: { value: 'Crypto', configurable: true },
  });
  const webcrypto = new Crypto(kWebCrypto);

  const exports = {
    createHash, createHmac, hash, getHashes,
    // Calling these directly is deprecated in Node 24; createHash/createHmac are not.
    Hash: require('util').deprecate(Hash, 'crypto.Hash constructor is deprecated.', 'DEP0179'),
    Hmac: require('util').deprecate(Hmac, 'crypto.Hmac constructor is deprecated.', 'DEP0181'),
    getCiphers: cipher.getCiphers, getCipherInfo: cipher.getCipherInfo, getCurves: signing.getCurves,
    createCipheriv: cipher.createCipheriv, createDecipheriv: cipher.createDecipheriv,
    Cipheriv: cipher.Cipheriv, Decipheriv: cipher.Decipheriv,
    KeyObject: keys.KeyObject, createSecretKey: keys.createSecretKey,
    createPrivateKey: keys.createPrivateKey, createPublicKey: keys.createPublicKey,
    generateKeyPair: keys.generateKeyPair, generateKeyPairSync: keys.generateKeyPairSync,
    generateKey: keys.generateKey, generateKeySync: keys.generateKeySync,
    Sign: signing.Sign, Verify: signing.Verify, createSign: signing.createSign, createVerify: signing.createVerify,
    sign: signing.sign, verify: signing.verify, publicEncrypt: signing.publicEncrypt,
    privateDecrypt: signing.privateDecrypt, diffieHellman: signing.diffieHellman,
    ECDH: ecdh.ECDH, createECDH: ecdh.createECDH,
    X509Certificate: require('internal/crypto/x509').X509Certificate,
    pbkdf2, pbkdf2Sync,
    scrypt: kdf.scrypt, scryptSync: kdf.scryptSync, hkdf: kdf.hkdf, hkdfSync: kdf.hkdfSync,
    randomBytes, pseudoRandomBytes: randomBytes, prng: randomBytes, rng: randomBytes,
    randomFill, randomFillSync, randomInt, randomUUID, getRandomValues,
    timingSafeEqual,
    webcrypto, subtle,
    getFips: () => 0, setFips: notImplemented('setFips'),
    constants: { ...signing.constants },
    Crypto, SubtleCrypto, CryptoKey,
  };
  for (const name of missing) exports[name] = notImplemented(name);
  return exports;
})();
