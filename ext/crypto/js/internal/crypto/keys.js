// internal/crypto/keys -- KeyObject for secret keys (createSecretKey), and reading a key
// argument that may be bytes, a KeyObject or a CryptoKey. Asymmetric keys are not here
// yet: createPrivateKey/createPublicKey throw ERR_NOT_IMPLEMENTED.
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const V = require('internal/validators');
  const { Buffer } = require('buffer');
  const { keyBytes, isView, isAnyArrayBuffer, BYTES_TYPES, KEY_TYPES } = require('internal/crypto/util');

  const kKeyType = Symbol('kKeyType');
  const kKeyData = Symbol('kKeyData');
  // CryptoKey (internal/crypto/webcrypto) keeps its KeyObject under this symbol.
  const kKeyObject = Symbol('kKeyObject');

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
      return key[kKeyObject];
    }

    equals(otherKeyObject) {
      if (!(otherKeyObject instanceof KeyObject)) {
        throw new codes.ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
      }
      if (otherKeyObject.type !== this.type) return false;
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

  return { KeyObject, SecretKeyObject, createSecretKey, secretKeyBytes, kKeyObject, kKeyData };
})();
