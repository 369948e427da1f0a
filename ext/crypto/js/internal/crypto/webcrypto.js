// internal/crypto/webcrypto -- the Web Crypto API (Crypto, SubtleCrypto, CryptoKey) over
// the same ops as node:crypto: digest; HMAC, AES-GCM/CBC/CTR, PBKDF2 and HKDF keys
// (generate, import and export as raw or JWK, sign/verify, encrypt/decrypt,
// deriveBits/deriveKey, wrapKey/unwrapKey); the asymmetric algorithms are in
// internal/crypto/webcrypto_asymmetric.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const { Buffer } = require('buffer');
  const { DOMException } = require('internal/dom_exception');
  const { isView, bytesOf, isAnyArrayBuffer, arrayBufferOf } = require('internal/crypto/util');
  const { SecretKeyObject, kKeyObject, kKeyData } = require('internal/crypto/keys');
  const { oneShot } = require('internal/crypto/cipher');
  const asymmetricModule = require('internal/crypto/webcrypto_asymmetric');

  const kWebCrypto = Symbol('webcrypto');
  const kAlgorithm = Symbol('kAlgorithm');
  const kExtractable = Symbol('kExtractable');
  const kUsages = Symbol('kUsages');

  const operationError = (message = 'The operation failed for an operation-specific reason') =>
    new DOMException(message, 'OperationError');
  const notSupported = (message = 'Unrecognized algorithm name') => new DOMException(message, 'NotSupportedError');
  const dataError = (message) => new DOMException(message, 'DataError');
  const invalidAccess = (message = 'The requested operation is not valid for the provided key') =>
    new DOMException(message, 'InvalidAccessError');
  const syntaxError = (message) => new DOMException(message, 'SyntaxError');

  // --- algorithm names -------------------------------------------------------------------
  // name -> [Web Crypto name, node:crypto name, block size (an HMAC key's default length)]
  const HASHES = {
    'sha-1': ['SHA-1', 'sha1', 64],
    'sha-256': ['SHA-256', 'sha256', 64],
    'sha-384': ['SHA-384', 'sha384', 128],
    'sha-512': ['SHA-512', 'sha512', 128],
    'sha3-256': ['SHA3-256', 'sha3-256', 136],
    'sha3-384': ['SHA3-384', 'sha3-384', 104],
    'sha3-512': ['SHA3-512', 'sha3-512', 72],
  };
  const SECRET_ALGORITHMS = ['HMAC', 'AES-GCM', 'AES-CBC', 'AES-CTR', 'AES-KW', 'PBKDF2', 'HKDF'];
  const ASYMMETRIC_ALGORITHMS = ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP', 'ECDSA', 'ECDH', 'Ed25519', 'X25519', 'Ed448', 'X448'];
  const KNOWN = { __proto__: null };
  for (const name of SECRET_ALGORITHMS.concat(ASYMMETRIC_ALGORITHMS)) KNOWN[name.toLowerCase()] = name;
  for (const [key, [name]] of Object.entries(HASHES)) KNOWN[key] = name;

  // {name, ...} with the name in its registered spelling; a string is {name: string}.
  function normalize(algorithm) {
    if (typeof algorithm === 'string') algorithm = { name: algorithm };
    if (algorithm === null || typeof algorithm !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('algorithm', ['string', 'Algorithm'], algorithm);
    }
    if (typeof algorithm.name !== 'string') {
      throw new TypeError("Failed to normalize algorithm: 'name' is required");
    }
    const name = KNOWN[algorithm.name.toLowerCase()];
    if (name === undefined) throw notSupported();
    return { ...algorithm, name };
  }

  function hashOf(hash) {
    const h = normalize(hash === undefined ? '' : hash);
    const entry = HASHES[h.name.toLowerCase()];
    if (entry === undefined) throw notSupported();
    return entry;
  }

  function bufferSource(value, name) {
    if (isView(value)) return Uint8Array.prototype.slice.call(bytesOf(value));
    if (isAnyArrayBuffer(value)) return new Uint8Array(value.slice(0));
    throw new codes.ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
  }

  // --- CryptoKey -------------------------------------------------------------------------
  class CryptoKey {
    constructor() {
      throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    }

    get type() {
      return this[kKeyObject].type;
    }

    get extractable() {
      return this[kExtractable];
    }

    get algorithm() {
      return this[kAlgorithm];
    }

    get usages() {
      return this[kUsages];
    }

    [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
      if (depth < 0) return this;
      const fields = { type: this.type, extractable: this.extractable, algorithm: this.algorithm, usages: this.usages };
      return `CryptoKey ${inspect(fields, { ...options, depth: options.depth === null ? null : options.depth - 1 })}`;
    }
  }
  Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: 'CryptoKey', configurable: true });

  function makeKey(keyObject, algorithm, extractable, usages) {
    const key = Object.create(CryptoKey.prototype);
    key[kKeyObject] = keyObject;
    key[kAlgorithm] = algorithm;
    key[kExtractable] = extractable;
    key[kUsages] = usages;
    return key;
  }

  const USAGES = {
    HMAC: ['sign', 'verify'],
    'AES-GCM': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
    'AES-CBC': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
    'AES-CTR': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
    'AES-KW': ['wrapKey', 'unwrapKey'],
    PBKDF2: ['deriveKey', 'deriveBits'],
    HKDF: ['deriveKey', 'deriveBits'],
  };

  function checkUsages(name, usages, what) {
    if (!Array.isArray(usages)) {
      throw new codes.ERR_INVALID_ARG_TYPE('keyUsages', 'Array', usages);
    }
    for (const usage of usages) {
      if (!USAGES[name].includes(usage)) throw syntaxError(`Unsupported key usage for ${what}`);
    }
    // Usages in the order the spec lists them, without repeats.
    return USAGES[name].filter((u) => usages.includes(u));
  }

  const ORDINALS = { sign: '2nd', verify: '2nd', encrypt: '2nd', decrypt: '2nd', deriveBits: '2nd' };
  function notCryptoKey(name, usage) {
    const err = new TypeError(`Failed to execute '${usage}' on 'SubtleCrypto': ${ORDINALS[usage] || '2nd'} argument is not of type CryptoKey.`);
    err.code = 'ERR_INVALID_ARG_TYPE';
    return err;
  }

  function checkKey(key, name, usage) {
    if (!(key instanceof CryptoKey)) throw notCryptoKey('key', usage);
    if (key.algorithm.name !== name) throw invalidAccess('Key algorithm mismatch');
    if (!key.usages.includes(usage)) throw invalidAccess(`Unable to use this key to ${usage}`);
    return key[kKeyObject][kKeyData];
  }

  const what = (name) => (name === 'PBKDF2' || name === 'HKDF' ? `a ${name} key` : `${name} key`);

  // A secret key for `algorithm` from its bytes (import, generate, unwrap, deriveKey).
  function secretKey(algorithm, bytes, extractable, usages) {
    const name = algorithm.name;
    if (USAGES[name] === undefined) throw notSupported(`Unable to use ${name} keys in nodus yet`);
    let keyAlgorithm;
    if (name === 'HMAC') {
      const [hash] = hashOf(algorithm.hash);
      if (bytes.length === 0) throw dataError('Zero-length key is not supported');
      let length = bytes.length * 8;
      if (algorithm.length !== undefined) {
        if (algorithm.length > length || algorithm.length <= length - 8) throw dataError('Invalid key length');
        length = algorithm.length;
      }
      keyAlgorithm = { name, length, hash: { name: hash } };
    } else if (name.startsWith('AES-')) {
      if (![16, 24, 32].includes(bytes.length)) throw dataError('Invalid key length');
      keyAlgorithm = { name, length: bytes.length * 8 };
    } else if (name === 'PBKDF2' || name === 'HKDF') {
      if (extractable) throw syntaxError(`${name} keys are not extractable`);
      keyAlgorithm = { name };
    } else {
      throw notSupported();
    }
    const sorted = checkUsages(name, usages, what(name));
    if (sorted.length === 0 && name !== 'PBKDF2' && name !== 'HKDF') {
      throw syntaxError('Usages cannot be empty when importing a secret key.');
    }
    return makeKey(new SecretKeyObject(bytes), keyAlgorithm, extractable, sorted);
  }

  const JWK_ALG = {
    HMAC: (alg) => (alg.hash.name.startsWith('SHA3') ? undefined : `HS${alg.hash.name.slice(4)}`),
    'AES-GCM': (alg) => `A${alg.length}GCM`,
    'AES-CBC': (alg) => `A${alg.length}CBC`,
    'AES-CTR': (alg) => `A${alg.length}CTR`,
    'AES-KW': (alg) => `A${alg.length}KW`,
  };

  function importJwk(jwk, algorithm, extractable, usages) {
    if (jwk === null || typeof jwk !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('keyData', 'JsonWebKey', jwk);
    if (jwk.kty !== 'oct') throw dataError('Invalid JWK "kty" Parameter');
    if (typeof jwk.k !== 'string') throw dataError('Invalid JWK secret key format');
    if (jwk.ext === false && extractable) throw dataError('JWK "ext" Parameter and extractable mismatch');
    if (jwk.key_ops !== undefined && Array.isArray(jwk.key_ops)) {
      for (const usage of usages) {
        if (!jwk.key_ops.includes(usage)) throw dataError('Key operations and usage mismatch');
      }
    }
    const bytes = new Uint8Array(Buffer.from(jwk.k, 'base64url'));
    const key = secretKey(algorithm, bytes, extractable, usages);
    const expected = JWK_ALG[algorithm.name] && JWK_ALG[algorithm.name](key.algorithm);
    if (jwk.alg !== undefined && expected !== undefined && jwk.alg !== expected) {
      throw dataError('JWK "alg" does not match the requested algorithm');
    }
    return key;
  }

  function importKeySync(format, keyData, algorithm, extractable, keyUsages) {
    algorithm = normalize(algorithm);
    extractable = !!extractable;
    if (asymmetric.isAsymmetric(algorithm.name)) {
      if (!Array.isArray(keyUsages)) throw new codes.ERR_INVALID_ARG_TYPE('keyUsages', 'Array', keyUsages);
      return asymmetric.importKey(format, keyData, algorithm, extractable, keyUsages);
    }
    if (!SECRET_ALGORITHMS.includes(algorithm.name)) {
      throw notSupported(`Unable to import ${algorithm.name} key with format ${format}`);
    }
    switch (format) {
      case 'raw':
      case 'raw-secret':
        return secretKey(algorithm, bufferSource(keyData, 'keyData'), extractable, keyUsages);
      case 'jwk':
        if (algorithm.name === 'PBKDF2' || algorithm.name === 'HKDF') throw notSupported(`Unable to import ${algorithm.name} key with format jwk`);
        return importJwk(keyData, algorithm, extractable, keyUsages);
      case 'spki':
      case 'pkcs8':
        throw notSupported(`Unable to import ${algorithm.name} using ${format} format`);
      default:
        throw new TypeError(`Failed to execute 'importKey' on 'SubtleCrypto': 2nd argument value '${format}' is not a valid enum value of type KeyFormat.`);
    }
  }

  function exportKeySync(format, key) {
    if (!(key instanceof CryptoKey)) throw new codes.ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
    if (!key.extractable) throw invalidAccess('key is not extractable');
    if (key.type !== 'secret') return asymmetric.exportKey(format, key);
    const bytes = key[kKeyObject][kKeyData];
    const name = key.algorithm.name;
    if (format === 'raw' || format === 'raw-secret') return arrayBufferOf(Uint8Array.prototype.slice.call(bytes));
    if (format === 'jwk') {
      const jwk = { key_ops: key.usages.slice(), ext: true };
      const alg = JWK_ALG[name] && JWK_ALG[name](key.algorithm);
      if (alg !== undefined) jwk.alg = alg;
      jwk.kty = 'oct';
      jwk.k = bytes.toString('base64url');
      return jwk;
    }
    throw notSupported(`Unable to export ${name} secret key using ${format} format`);
  }

  // --- operations ------------------------------------------------------------------------
  function hmac(key, data, usage) {
    const bytes = checkKey(key, 'HMAC', usage);
    const h = ops.op_crypto_hmac_new(hashOf(key.algorithm.hash)[1], bytes);
    ops.op_crypto_digest_update(h, data);
    return ops.op_crypto_digest_final(h);
  }

  function aes(algorithm, key, data, encrypt) {
    const usage = encrypt ? 'encrypt' : 'decrypt';
    if (algorithm.name === 'RSA-OAEP') {
      if (!(key instanceof CryptoKey)) throw notCryptoKey('key', usage);
      return new Uint8Array(asymmetric.rsaOaep(algorithm, key, data, encrypt));
    }
    const bytes = checkKey(key, algorithm.name, usage);
    const bits = bytes.length * 8;
    switch (algorithm.name) {
      case 'AES-GCM': {
        const iv = bufferSource(algorithm.iv, 'algorithm.iv');
        const tagLength = algorithm.tagLength === undefined ? 128 : algorithm.tagLength;
        if (![32, 64, 96, 104, 112, 120, 128].includes(tagLength)) {
          throw operationError(`${tagLength} is not a valid AES-GCM tag length`);
        }
        if (iv.length === 0) throw operationError('Invalid initialization vector');
        const aad = algorithm.additionalData === undefined ? undefined : bufferSource(algorithm.additionalData, 'algorithm.additionalData');
        const name = `aes-${bits}-gcm`;
        if (encrypt) {
          const [ct, tag] = oneShot(name, true, bytes, iv, data, aad, tagLength / 8);
          return Buffer.concat([ct, tag]);
        }
        const tagBytes = tagLength / 8;
        if (data.length < tagBytes) throw operationError('The provided data is too small.');
        const result = oneShot(name, false, bytes, iv, data.subarray(0, data.length - tagBytes), aad, tagBytes,
          data.subarray(data.length - tagBytes));
        if (result === null) throw operationError();
        return result[0];
      }
      case 'AES-CBC': {
        const iv = bufferSource(algorithm.iv, 'algorithm.iv');
        if (iv.length !== 16) throw operationError('algorithm.iv must contain exactly 16 bytes');
        try {
          return oneShot(`aes-${bits}-cbc`, encrypt, bytes, iv, data, undefined, -1)[0];
        } catch {
          throw operationError();
        }
      }
      case 'AES-CTR': {
        const counter = bufferSource(algorithm.counter, 'algorithm.counter');
        if (counter.length !== 16) throw operationError('algorithm.counter must contain exactly 16 bytes');
        const length = algorithm.length;
        if (typeof length !== 'number' || length <= 0 || length > 128) {
          throw operationError('AES-CTR algorithm.length must be between 1 and 128');
        }
        // The counter block runs through all 128 bits; a counter of fewer bits that
        // would wrap within this message is not handled yet.
        const blocks = Math.ceil(data.length / 16);
        if (length < 128) {
          let low = 0n;
          for (const b of counter) low = (low << 8n) | BigInt(b);
          low &= (1n << BigInt(length)) - 1n;
          if (low + BigInt(blocks) > 1n << BigInt(length)) {
            throw new codes.ERR_NOT_IMPLEMENTED('AES-CTR with a counter that wraps');
          }
        }
        return oneShot(`aes-${bits}-ctr`, encrypt, bytes, counter, data, undefined, -1)[0];
      }
      default:
        throw notSupported();
    }
  }

  // AES-KW (RFC 3394), only for wrapKey/unwrapKey.
  function aesKw(key, data, wrap) {
    if (key.algorithm.name !== 'AES-KW') throw invalidAccess('Key algorithm mismatch');
    const out = ops.op_crypto_aes_kw(key[kKeyObject][kKeyData], data, wrap);
    if (out === null) throw operationError();
    return out;
  }

  async function deriveBitsOf(algorithm, baseKey, length) {
    const name = algorithm.name;
    if (name === 'ECDH' || name === 'X25519') {
      if (!(baseKey instanceof CryptoKey)) throw notCryptoKey('baseKey', 'deriveBits');
      return asymmetric.deriveBits(algorithm, baseKey, length);
    }
    if (name !== 'PBKDF2' && name !== 'HKDF') throw notSupported();
    const bytes = checkKey(baseKey, name, 'deriveBits');
    if (length === null || length === undefined) throw operationError('length cannot be null');
    if (length % 8 !== 0) throw operationError('length must be a multiple of 8');
    const hash = hashOf(algorithm.hash)[1];
    const salt = bufferSource(algorithm.salt, 'algorithm.salt');
    if (name === 'PBKDF2') {
      const iterations = algorithm.iterations;
      if (iterations === 0) throw operationError('iterations cannot be zero');
      return arrayBufferOf(await ops.op_crypto_pbkdf2(hash, bytes, salt, iterations, length / 8));
    }
    const info = bufferSource(algorithm.info, 'algorithm.info');
    try {
      return arrayBufferOf(await ops.op_crypto_hkdf(hash, bytes, salt, info, length / 8));
    } catch {
      throw operationError();
    }
  }

  function keyLengthFor(algorithm) {
    if (algorithm.name.startsWith('AES-')) {
      if (![128, 192, 256].includes(algorithm.length)) throw operationError('Invalid key length');
      return algorithm.length;
    }
    if (algorithm.name === 'HMAC') {
      if (algorithm.length !== undefined) return algorithm.length;
      return hashOf(algorithm.hash)[2] * 8;
    }
    throw notSupported();
  }

  function requireArgs(args, count, method) {
    if (args.length < count) {
      const err = new TypeError(`Failed to execute '${method}' on 'SubtleCrypto': ${count} arguments required, but only ${args.length} present.`);
      err.code = 'ERR_MISSING_ARGS';
      throw err;
    }
  }

  // --- SubtleCrypto ----------------------------------------------------------------------
  class SubtleCrypto {
    constructor(key) {
      if (key !== kWebCrypto) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    }

    async digest(algorithm, data) {
      requireArgs(arguments, 2, 'digest');
      const [, name] = hashOf(normalize(algorithm));
      return arrayBufferOf(ops.op_crypto_hash_once(name, bufferSource(data, 'data')));
    }

    async importKey(format, keyData, algorithm, extractable, keyUsages) {
      requireArgs(arguments, 5, 'importKey');
      return importKeySync(format, keyData, algorithm, extractable, keyUsages);
    }

    async exportKey(format, key) {
      requireArgs(arguments, 2, 'exportKey');
      return exportKeySync(format, key);
    }

    async generateKey(algorithm, extractable, keyUsages) {
      requireArgs(arguments, 3, 'generateKey');
      algorithm = normalize(algorithm);
      if (asymmetric.isAsymmetric(algorithm.name)) {
        if (!Array.isArray(keyUsages)) throw new codes.ERR_INVALID_ARG_TYPE('keyUsages', 'Array', keyUsages);
        return asymmetric.generateKey(algorithm, !!extractable, keyUsages);
      }
      if (algorithm.name !== 'HMAC' && !algorithm.name.startsWith('AES-')) {
        throw notSupported(`Unable to generate ${algorithm.name} keys yet`);
      }
      const bits = keyLengthFor(algorithm);
      const bytes = new Uint8Array(Math.ceil(bits / 8));
      ops.op_crypto_random_fill(bytes);
      return secretKey(algorithm, bytes, !!extractable, keyUsages);
    }

    async sign(algorithm, key, data) {
      requireArgs(arguments, 3, 'sign');
      algorithm = normalize(algorithm);
      data = bufferSource(data, 'data');
      if (algorithm.name !== 'HMAC') {
        if (!(key instanceof CryptoKey)) throw notCryptoKey('key', 'sign');
        return asymmetric.signOrVerify(algorithm, key, data);
      }
      return arrayBufferOf(hmac(key, data, 'sign'));
    }

    async verify(algorithm, key, signature, data) {
      requireArgs(arguments, 4, 'verify');
      algorithm = normalize(algorithm);
      signature = bufferSource(signature, 'signature');
      data = bufferSource(data, 'data');
      if (algorithm.name !== 'HMAC') {
        if (!(key instanceof CryptoKey)) throw notCryptoKey('key', 'verify');
        return asymmetric.signOrVerify(algorithm, key, data, signature);
      }
      const mac = hmac(key, data, 'verify');
      return mac.length === signature.length && ops.op_crypto_timing_safe_equal(mac, signature);
    }

    async encrypt(algorithm, key, data) {
      requireArgs(arguments, 3, 'encrypt');
      return arrayBufferOf(aes(normalize(algorithm), key, bufferSource(data, 'data'), true));
    }

    async decrypt(algorithm, key, data) {
      requireArgs(arguments, 3, 'decrypt');
      return arrayBufferOf(aes(normalize(algorithm), key, bufferSource(data, 'data'), false));
    }

    async deriveBits(algorithm, baseKey, length = null) {
      requireArgs(arguments, 2, 'deriveBits');
      return deriveBitsOf(normalize(algorithm), baseKey, length);
    }

    async deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
      requireArgs(arguments, 5, 'deriveKey');
      algorithm = normalize(algorithm);
      derivedKeyAlgorithm = normalize(derivedKeyAlgorithm);
      const length = keyLengthFor(derivedKeyAlgorithm);
      if (!(baseKey instanceof CryptoKey)) throw new codes.ERR_INVALID_ARG_TYPE('baseKey', 'CryptoKey', baseKey);
      if (!baseKey.usages.includes('deriveKey')) throw invalidAccess();
      // deriveBits needs 'deriveBits'; deriveKey has checked 'deriveKey' instead.
      const view = makeKey(baseKey[kKeyObject], baseKey.algorithm, false, ['deriveBits']);
      const bits = await deriveBitsOf(algorithm, view, length);
      return secretKey(derivedKeyAlgorithm, new Uint8Array(bits), !!extractable, keyUsages);
    }

    async wrapKey(format, key, wrappingKey, wrapAlgorithm) {
      requireArgs(arguments, 4, 'wrapKey');
      wrapAlgorithm = normalize(wrapAlgorithm);
      if (!(wrappingKey instanceof CryptoKey)) throw new codes.ERR_INVALID_ARG_TYPE('wrappingKey', 'CryptoKey', wrappingKey);
      if (!wrappingKey.usages.includes('wrapKey')) throw invalidAccess();
      let exported = exportKeySync(format, key);
      exported = format === 'jwk' ? Buffer.from(JSON.stringify(exported)) : new Uint8Array(exported);
      if (wrapAlgorithm.name === 'AES-KW') return arrayBufferOf(aesKw(wrappingKey, exported, true));
      const view = makeKey(wrappingKey[kKeyObject], wrappingKey.algorithm, false, ['encrypt']);
      return arrayBufferOf(aes(wrapAlgorithm, view, exported, true));
    }

    async unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable, keyUsages) {
      requireArgs(arguments, 7, 'unwrapKey');
      unwrapAlgorithm = normalize(unwrapAlgorithm);
      if (!(unwrappingKey instanceof CryptoKey)) throw new codes.ERR_INVALID_ARG_TYPE('unwrappingKey', 'CryptoKey', unwrappingKey);
      if (!unwrappingKey.usages.includes('unwrapKey')) throw invalidAccess();
      let bytes;
      if (unwrapAlgorithm.name === 'AES-KW') {
        bytes = aesKw(unwrappingKey, bufferSource(wrappedKey, 'wrappedKey'), false);
      } else {
        const view = makeKey(unwrappingKey[kKeyObject], unwrappingKey.algorithm, false, ['decrypt']);
        bytes = aes(unwrapAlgorithm, view, bufferSource(wrappedKey, 'wrappedKey'), false);
      }
      let keyData = bytes;
      if (format === 'jwk') {
        try {
          keyData = JSON.parse(Buffer.from(bytes).toString('utf8'));
        } catch {
          throw dataError('Invalid wrapped JWK key');
        }
      }
      return importKeySync(format, keyData, unwrappedKeyAlgorithm, extractable, keyUsages);
    }
  }
  Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });

  const asymmetric = asymmetricModule.make({
    makeKey, hashOf, bufferSource, operationError, notSupported, dataError, invalidAccess, syntaxError,
  });

  // keyObject.toCryptoKey(algorithm, extractable, keyUsages)
  function keyObjectToCryptoKey(keyObject, algorithm, extractable, keyUsages) {
    algorithm = normalize(algorithm);
    if (!Array.isArray(keyUsages)) throw new codes.ERR_INVALID_ARG_TYPE('keyUsages', 'Array', keyUsages);
    if (keyObject.type === 'secret') {
      return secretKey(algorithm, new Uint8Array(keyObject[kKeyData]), !!extractable, keyUsages);
    }
    if (!asymmetric.isAsymmetric(algorithm.name)) throw notSupported();
    return asymmetric.wrap(algorithm, keyObject, !!extractable, keyUsages);
  }

  return { SubtleCrypto, CryptoKey, kWebCrypto, keyObjectToCryptoKey };
})();
