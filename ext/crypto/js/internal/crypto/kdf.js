// internal/crypto/kdf -- scrypt/scryptSync and hkdf/hkdfSync with Node's defaults and
// argument checks (OpenSSL's scrypt memory rule included), over ext_crypto's ops.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const V = require('internal/validators');
  const { Buffer } = require('buffer');
  const { digestName, keyBytes, isView, isAnyArrayBuffer, BYTES_TYPES, arrayBufferOf } = require('internal/crypto/util');
  const { KeyObject, kKeyData } = require('internal/crypto/keys');

  // --- scrypt ----------------------------------------------------------------------------
  const defaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

  function scryptParamsError(reason) {
    const err = new codes.ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
    if (reason !== undefined) {
      err.message = `${err.message}: ${reason}`;
      if (typeof err.stack === 'string') err.stack = err.stack.replace('Invalid scrypt params', err.message);
    }
    return err;
  }

  function scryptArgs(password, salt, keylen, options) {
    password = keyBytes(password, 'password');
    salt = keyBytes(salt, 'salt');
    V.validateInt32(keylen, 'keylen', 0);
    let { N, r, p, maxmem } = defaults;
    if (options && options !== defaults) {
      const hasN = options.N !== undefined;
      if (hasN) {
        N = options.N;
        V.validateUint32(N, 'N');
      }
      if (options.cost !== undefined) {
        if (hasN) throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('N', 'cost');
        N = options.cost;
        V.validateUint32(N, 'cost');
      }
      const hasR = options.r !== undefined;
      if (hasR) {
        r = options.r;
        V.validateUint32(r, 'r');
      }
      if (options.blockSize !== undefined) {
        if (hasR) throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('r', 'blockSize');
        r = options.blockSize;
        V.validateUint32(r, 'blockSize');
      }
      const hasP = options.p !== undefined;
      if (hasP) {
        p = options.p;
        V.validateUint32(p, 'p');
      }
      if (options.parallelization !== undefined) {
        if (hasP) throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('p', 'parallelization');
        p = options.parallelization;
        V.validateUint32(p, 'parallelization');
      }
      if (options.maxmem !== undefined) {
        maxmem = options.maxmem;
        V.validateInteger(maxmem, 'maxmem', 0);
      }
      if (N === 0) N = defaults.N;
      if (r === 0) r = defaults.r;
      if (p === 0) p = defaults.p;
      if (maxmem === 0) maxmem = defaults.maxmem;
    }
    // OpenSSL's rules: N a power of two above 1, p * r below 2^30, N below 2^(16 r), and
    // the working memory (128 r (N + 2) for V, 128 r p for B) within maxmem.
    if (N < 2 || (N & (N - 1)) !== 0) throw scryptParamsError();
    const memory = 128 * r * (N + 2) + 128 * r * p;
    if (memory > maxmem) {
      throw scryptParamsError('error:030000AC:digital envelope routines::memory limit exceeded');
    }
    if (p * r >= 2 ** 30 || (16 * r < 32 && N >= 2 ** (16 * r))) throw scryptParamsError();
    return [password, salt, Math.log2(N), r, p, keylen];
  }

  function scryptSync(password, salt, keylen, options = defaults) {
    const [pw, s, logN, r, p, k] = scryptArgs(password, salt, keylen, options);
    return Buffer.from(ops.op_crypto_scrypt_sync(pw, s, logN, r, p, k));
  }

  function scrypt(password, salt, keylen, options, callback = defaults) {
    if (callback === defaults) {
      callback = options;
      options = defaults;
    }
    const [pw, s, logN, r, p, k] = scryptArgs(password, salt, keylen, options);
    V.validateFunction(callback, 'callback');
    ops.op_crypto_scrypt(pw, s, logN, r, p, k).then(
      (key) => callback(null, Buffer.from(key)),
      (err) => callback(err),
    );
  }

  // --- HKDF ------------------------------------------------------------------------------
  function hkdfKey(key) {
    if (key instanceof KeyObject) {
      if (key.type !== 'secret') throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
      return key[kKeyData];
    }
    if (typeof key === 'string' || isView(key) || isAnyArrayBuffer(key)) return keyBytes(key, 'ikm');
    throw new codes.ERR_INVALID_ARG_TYPE('ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], key);
  }

  function hkdfArgs(hash, key, salt, info, length) {
    V.validateString(hash, 'digest');
    const ikm = hkdfKey(key);
    salt = keyBytes(salt, 'salt', BYTES_TYPES);
    info = keyBytes(info, 'info', BYTES_TYPES);
    V.validateInteger(length, 'length', 0, 2 ** 31 - 1);
    if (info.byteLength > 1024) {
      throw new codes.ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', info.byteLength);
    }
    const name = digestName(hash);
    if (name === undefined) throw new codes.ERR_CRYPTO_INVALID_DIGEST(hash);
    if (length > 255 * ops.op_crypto_digest_len(name)) throw new codes.ERR_CRYPTO_INVALID_KEYLEN();
    return [name, ikm, salt, info, length];
  }

  function hkdfSync(hash, key, salt, info, length) {
    const [d, ikm, s, i, l] = hkdfArgs(hash, key, salt, info, length);
    return arrayBufferOf(ops.op_crypto_hkdf_sync(d, ikm, s, i, l));
  }

  function hkdf(hash, key, salt, info, length, callback) {
    const [d, ikm, s, i, l] = hkdfArgs(hash, key, salt, info, length);
    V.validateFunction(callback, 'callback');
    ops.op_crypto_hkdf(d, ikm, s, i, l).then(
      (bits) => callback(null, arrayBufferOf(bits)),
      (err) => callback(err),
    );
  }

  return { scrypt, scryptSync, hkdf, hkdfSync };
})();
