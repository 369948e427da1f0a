// internal/crypto/keys -- KeyObject: secret keys (createSecretKey) and asymmetric keys
// (createPrivateKey/createPublicKey from PEM, DER or JWK; export; generateKeyPair) held
// by ext_crypto's KeyHandle; reading key arguments for ciphers, HMAC and signatures.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const V = require('internal/validators');
  const { Buffer } = require('buffer');
  const { keyBytes, isView, isAnyArrayBuffer, BYTES_TYPES, KEY_TYPES } = require('internal/crypto/util');

  const kKeyType = Symbol('kKeyType');
  const kKeyData = Symbol('kKeyData');
  // CryptoKey (internal/crypto/webcrypto) keeps its KeyObject under this symbol.
  const kKeyObject = Symbol('kKeyObject');
  const kHandle = Symbol('kHandle');
  const kInfo = Symbol('kInfo');

  class KeyObject {
    constructor(type, data) {
      if (type !== 'secret' && type !== 'public' && type !== 'private') {
        throw new codes.ERR_INVALID_ARG_VALUE('type', type);
      }
      this[kKeyType] = type;
      this[kKeyData] = data;
    }

    get type() {
      return this[kKeyType];
    }

    static from(key) {
      if (key === null || typeof key !== 'object' || key[kKeyObject] === undefined) {
        throw new codes.ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
      }
      // A new KeyObject of the same key, as Node gives.
      const object = key[kKeyObject];
      if (object.type === 'secret') return new SecretKeyObject(object[kKeyData]);
      return object.type === 'public' ? new PublicKeyObject(object[kHandle]) : new PrivateKeyObject(object[kHandle]);
    }

    toCryptoKey(algorithm, extractable, keyUsages) {
      return require('internal/crypto/webcrypto').keyObjectToCryptoKey(this, algorithm, extractable, keyUsages);
    }

    equals(otherKeyObject) {
      if (!(otherKeyObject instanceof KeyObject)) {
        throw new codes.ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
      }
      if (otherKeyObject.type !== this.type) return false;
      if (this.type !== 'secret') return ops.op_crypto_key_equals(this[kHandle], otherKeyObject[kHandle]);
      const a = this[kKeyData];
      const b = otherKeyObject[kKeyData];
      return a.length === b.length && require('crypto').timingSafeEqual(a, b);
    }
  }
  Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, { value: 'KeyObject', configurable: true });

  class SecretKeyObject extends KeyObject {
    constructor(bytes) {
      super('secret', Buffer.from(bytes));
    }

    get symmetricKeySize() {
      return this[kKeyData].length;
    }

    get asymmetricKeyType() {
      return undefined;
    }

    export(options) {
      if (options !== undefined) {
        V.validateObject(options, 'options');
        V.validateOneOf(options.format, 'options.format', [undefined, 'buffer', 'jwk']);
        if (options.format === 'jwk') return { kty: 'oct', k: this[kKeyData].toString('base64url') };
      }
      return Buffer.from(this[kKeyData]);
    }
  }

  function createSecretKey(key, encoding) {
    if (typeof key !== 'string' && !isView(key) && !isAnyArrayBuffer(key)) {
      throw new codes.ERR_INVALID_ARG_TYPE('key', BYTES_TYPES, key);
    }
    if (encoding !== undefined && encoding !== 'buffer') V.validateString(encoding, 'encoding');
    return new SecretKeyObject(keyBytes(key, 'key', BYTES_TYPES, encoding === 'buffer' ? 'utf8' : encoding));
  }

  // The bytes of a symmetric key given as bytes, a secret KeyObject or a secret CryptoKey.
  function secretKeyBytes(key, name = 'key', encoding) {
    if (key instanceof KeyObject || (key !== null && typeof key === 'object' && key[kKeyObject] !== undefined)) {
      const object = key instanceof KeyObject ? key : key[kKeyObject];
      if (object.type !== 'secret') {
        throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(object.type, 'secret');
      }
      return object[kKeyData];
    }
    return keyBytes(key, name, KEY_TYPES, encoding);
  }

  // --- asymmetric keys -------------------------------------------------------------------
  class AsymmetricKeyObject extends KeyObject {
    constructor(type, handle) {
      super(type, null);
      this[kHandle] = handle;
      this[kInfo] = undefined;
    }

    get asymmetricKeyType() {
      return info(this).keyType;
    }

    get asymmetricKeyDetails() {
      const i = info(this);
      if (i.modulusLength !== null && i.modulusLength !== undefined) {
        return { modulusLength: i.modulusLength, publicExponent: BigInt(i.publicExponent) };
      }
      if (i.namedCurve !== null && i.namedCurve !== undefined) return { namedCurve: i.namedCurve };
      return {};
    }

    export(options) {
      V.validateObject(options, 'options');
      const { format, type } = options;
      if (format === 'jwk') return exportJwk(this);
      V.validateOneOf(format, 'options.format', ['pem', 'der', 'jwk']);
      const types = this.type === 'public' ? ['pkcs1', 'spki'] : ['pkcs1', 'pkcs8', 'sec1'];
      if (!types.includes(type)) throw new codes.ERR_INVALID_ARG_VALUE('options.type', type);
      if (this.type === 'private' && (options.cipher !== undefined || options.passphrase !== undefined)) {
        throw new codes.ERR_NOT_IMPLEMENTED('exporting encrypted private keys');
      }
      const out = ops.op_crypto_key_export(this[kHandle], format, type);
      return format === 'pem' ? Buffer.from(out).toString('latin1') : Buffer.from(out);
    }
  }

  function info(key) {
    if (key[kInfo] === undefined) key[kInfo] = ops.op_crypto_key_info(key[kHandle]);
    return key[kInfo];
  }

  // Node's JWK member order per key type.
  const JWK_ORDER = {
    RSA: ['kty', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'],
    EC: ['kty', 'x', 'y', 'crv', 'd'],
    OKP: ['kty', 'crv', 'x', 'd'],
  };
  function exportJwk(key) {
    const fields = ops.op_crypto_key_export_jwk(key[kHandle]);
    const jwk = {};
    for (const name of JWK_ORDER[fields.kty]) {
      if (fields[name] !== undefined && fields[name] !== null) jwk[name] = fields[name];
    }
    return jwk;
  }

  class PublicKeyObject extends AsymmetricKeyObject {
    constructor(handle) {
      super('public', handle);
    }
  }

  class PrivateKeyObject extends AsymmetricKeyObject {
    constructor(handle) {
      super('private', handle);
    }
  }

  const KEY_INPUT_TYPES = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'];

  // createPrivateKey/createPublicKey's argument: PEM text or bytes, or { key, format, type,
  // passphrase, encoding }.
  function parseKeyInput(key, kind) {
    let format = 'pem';
    let type = '';
    let encoding;
    let data = key;
    if (typeof key === 'object' && key !== null && !isView(key) && !isAnyArrayBuffer(key) && !(key instanceof KeyObject)) {
      data = key.key;
      if (key.format !== undefined) format = key.format;
      if (key.type !== undefined) type = key.type;
      encoding = key.encoding;
      if (format === 'jwk') {
        V.validateObject(data, 'key.key');
        return ops.op_crypto_key_import_jwk(data, kind === 'private' && data.d !== undefined);
      }
      if (key.passphrase !== undefined) {
        throw new codes.ERR_NOT_IMPLEMENTED('encrypted private keys (passphrase)');
      }
      V.validateOneOf(format, 'options.format', ['pem', 'der', 'jwk']);
      if (format === 'der') {
        const types = kind === 'public' ? ['pkcs1', 'spki'] : ['pkcs1', 'pkcs8', 'sec1'];
        if (!types.includes(type)) throw new codes.ERR_INVALID_ARG_VALUE('options.type', type);
      }
    }
    if (data instanceof KeyObject) {
      if (kind === 'public' && data.type === 'private') return ops.op_crypto_key_public(data[kHandle]);
      throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(data.type, kind === 'public' ? 'private' : 'private');
    }
    if (typeof data !== 'string' && !isView(data) && !isAnyArrayBuffer(data)) {
      throw new codes.ERR_INVALID_ARG_TYPE('key', KEY_INPUT_TYPES, data);
    }
    const bytes = keyBytes(data, 'key', KEY_INPUT_TYPES, encoding);
    try {
      return ops.op_crypto_key_parse(kind, format, type, bytes);
    } catch (err) {
      throw withOpenSSLFields(err);
    }
  }

  function withOpenSSLFields(err) {
    const m = typeof err.code === 'string' && err.code.startsWith('ERR_OSSL_') &&
      /^error:[0-9A-F]+:([^:]*)::(.*)$/.exec(err.message);
    if (m) {
      err.library = m[1];
      err.reason = m[2];
    }
    return err;
  }

  function createPrivateKey(key) {
    return new PrivateKeyObject(parseKeyInput(key, 'private'));
  }

  function createPublicKey(key) {
    if (key instanceof KeyObject && key.type === 'private') return new PublicKeyObject(ops.op_crypto_key_public(key[kHandle]));
    return new PublicKeyObject(parseKeyInput(key, 'public'));
  }

  // A key for signing or decrypting: a private KeyObject, or what createPrivateKey takes.
  function privateKeyHandle(key) {
    if (key instanceof KeyObject) {
      if (key.type !== 'private') throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
      return key[kHandle];
    }
    if (key !== null && typeof key === 'object' && key.key instanceof KeyObject) return privateKeyHandle(key.key);
    return parseKeyInput(key, 'private');
  }

  // A key for verifying or encrypting: a public or private KeyObject, or PEM/DER of
  // either (a private key's public half is used).
  function publicKeyHandle(key) {
    if (key instanceof KeyObject) {
      if (key.type === 'secret') throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE('secret', 'public or private');
      return key[kHandle];
    }
    if (key !== null && typeof key === 'object' && key.key instanceof KeyObject) return publicKeyHandle(key.key);
    try {
      return parseKeyInput(key, 'public');
    } catch (err) {
      if (err.code !== 'ERR_OSSL_UNSUPPORTED') throw err;
      return parseKeyInput(key, 'private');
    }
  }

  // --- generateKeyPair -------------------------------------------------------------------
  const KEY_TYPES_GENERATED = ['rsa', 'rsa-pss', 'ec', 'ed25519', 'x25519'];

  function keyPairArgs(type, options) {
    V.validateString(type, 'type');
    if (!KEY_TYPES_GENERATED.includes(type)) {
      throw new codes.ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
    }
    if (options !== undefined) V.validateObject(options, 'options');
    const o = options || {};
    let modulusLength = 0;
    let publicExponent = 0x10001;
    let namedCurve = '';
    if (type === 'rsa' || type === 'rsa-pss') {
      V.validateUint32(o.modulusLength, 'options.modulusLength');
      modulusLength = o.modulusLength;
      if (o.publicExponent !== undefined) {
        V.validateUint32(o.publicExponent, 'options.publicExponent');
        publicExponent = o.publicExponent;
      }
      if (type === 'rsa-pss' && (o.hashAlgorithm !== undefined || o.mgf1HashAlgorithm !== undefined || o.saltLength !== undefined)) {
        throw new codes.ERR_NOT_IMPLEMENTED('RSA-PSS keys with parameters (hashAlgorithm, mgf1HashAlgorithm, saltLength)');
      }
    } else if (type === 'ec') {
      V.validateString(o.namedCurve, 'options.namedCurve');
      namedCurve = o.namedCurve;
      if (o.paramEncoding !== undefined && o.paramEncoding !== 'named') {
        throw new codes.ERR_NOT_IMPLEMENTED(`EC parameter encoding '${o.paramEncoding}'`);
      }
    }
    const encodings = {};
    for (const which of ['publicKeyEncoding', 'privateKeyEncoding']) {
      const enc = o[which];
      if (enc === undefined) continue;
      V.validateObject(enc, `options.${which}`);
      encodings[which] = enc;
    }
    return [type, modulusLength, publicExponent, namedCurve, encodings];
  }

  function keyPairResult(privateHandle, encodings) {
    const privateKey = new PrivateKeyObject(privateHandle);
    const publicKey = new PublicKeyObject(ops.op_crypto_key_public(privateHandle));
    return {
      publicKey: encodings.publicKeyEncoding ? publicKey.export(encodings.publicKeyEncoding) : publicKey,
      privateKey: encodings.privateKeyEncoding ? privateKey.export(encodings.privateKeyEncoding) : privateKey,
    };
  }

  function generateKeyPairSync(type, options) {
    const [t, bits, exp, curve, encodings] = keyPairArgs(type, options);
    try {
      return keyPairResult(ops.op_crypto_key_generate_sync(t, bits, exp, curve), encodings);
    } catch (err) {
      throw withOpenSSLFields(err);
    }
  }

  // generateKey(Sync) of secret keys: 'hmac' (8 to 2^31-1 bits) and 'aes' (128/192/256).
  function secretKeyArgs(type, options) {
    V.validateString(type, 'type');
    V.validateObject(options, 'options');
    const { length } = options;
    if (type === 'hmac') {
      V.validateInteger(length, 'options.length', 8, 2 ** 31 - 1);
    } else if (type === 'aes') {
      V.validateOneOf(length, 'options.length', [128, 192, 256]);
    } else {
      throw new codes.ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
    }
    return Math.floor(length / 8);
  }

  function generateKeySync(type, options) {
    const bytes = new Uint8Array(secretKeyArgs(type, options));
    ops.op_crypto_random_fill(bytes);
    return new SecretKeyObject(bytes);
  }

  function generateKey(type, options, callback) {
    const size = secretKeyArgs(type, options);
    V.validateFunction(callback, 'callback');
    const bytes = new Uint8Array(size);
    ops.op_crypto_random_fill(bytes);
    process.nextTick(callback, null, new SecretKeyObject(bytes));
  }

  function generateKeyPair(type, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    V.validateFunction(callback, 'callback');
    const [t, bits, exp, curve, encodings] = keyPairArgs(type, options);
    ops.op_crypto_key_generate(t, bits, exp, curve).then(
      (der) => {
        let result;
        try {
          result = keyPairResult(ops.op_crypto_key_parse('private', 'der', 'pkcs8', der), encodings);
        } catch (err) {
          callback(err);
          return;
        }
        callback(null, result.publicKey, result.privateKey);
      },
      (err) => callback(err),
    );
  }

  // util.promisify(generateKeyPair) resolves to { publicKey, privateKey }.
  Object.defineProperty(generateKeyPair, Symbol.for('nodejs.util.promisify.custom'), {
    value: (type, options) => new Promise((resolve, reject) => {
      generateKeyPair(type, options, (err, publicKey, privateKey) => {
        if (err) reject(err);
        else resolve({ publicKey, privateKey });
      });
    }),
    configurable: true,
  });

  return {
    generateKey, generateKeySync,
    KeyObject, SecretKeyObject, PublicKeyObject, PrivateKeyObject, createSecretKey, createPrivateKey,
    createPublicKey, secretKeyBytes, privateKeyHandle, publicKeyHandle, generateKeyPair, generateKeyPairSync,
    withOpenSSLFields, kKeyObject, kKeyData, kHandle,
  };
})();
