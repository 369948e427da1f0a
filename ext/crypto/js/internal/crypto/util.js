// internal/crypto/util -- what the node:crypto modules share: digest names, byte
// arguments, outputs, the lazily made Transform base, and the crypto error codes that
// internal/errors does not define.
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const errors = require('internal/errors');
  const { codes, E } = errors;
  const { Buffer } = require('buffer');

  for (const [code, message, Base] of [
    ['ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector', TypeError],
    ['ERR_CRYPTO_INVALID_AUTH_TAG', 'Invalid authentication tag length: %s', TypeError],
    ['ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation %s', Error],
    ['ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher', Error],
    ['ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params', RangeError],
    ['ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type %s, expected %s.', TypeError],
    ['ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data', TypeError],
    ['ERR_CRYPTO_INCOMPATIBLE_KEY', 'Incompatible %s: %s', Error],
    ['ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign', Error],
    ['ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name', TypeError],
    ['ERR_CRYPTO_ECDH_INVALID_FORMAT', 'Invalid ECDH format: %s', TypeError],
    ['ERR_OSSL_EVP_INVALID_DIGEST', 'Invalid digest used', TypeError],
  ]) {
    if (codes[code] === undefined) E(code, message, Base);
  }

  // --- digest names ----------------------------------------------------------------------
  // Every spelling OpenSSL accepts for the algorithms nodus has, lower-cased.
  const DIGESTS = { __proto__: null };
  for (const [canonical, ...aliases] of [
    ['md5', 'rsa-md5'],
    ['sha1', 'sha-1', 'rsa-sha1'],
    ['sha224', 'sha-224', 'sha2-224', 'rsa-sha224'],
    ['sha256', 'sha-256', 'sha2-256', 'rsa-sha256'],
    ['sha384', 'sha-384', 'sha2-384', 'rsa-sha384'],
    ['sha512', 'sha-512', 'sha2-512', 'rsa-sha512'],
    ['sha512-224', 'sha-512/224', 'sha2-512/224', 'rsa-sha512/224'],
    ['sha512-256', 'sha-512/256', 'sha2-512/256', 'rsa-sha512/256'],
    ['sha3-224', 'rsa-sha3-224'],
    ['sha3-256', 'rsa-sha3-256'],
    ['sha3-384', 'rsa-sha3-384'],
    ['sha3-512', 'rsa-sha3-512'],
    ['ripemd160', 'ripemd', 'ripemd-160', 'rmd160', 'rsa-ripemd160', 'ripemd160withrsa'],
    ['blake2b512', 'blake2b-512'],
    ['blake2s256', 'blake2s-256'],
  ]) {
    DIGESTS[canonical] = canonical;
    for (const alias of aliases) DIGESTS[alias] = canonical;
  }
  function digestName(name) {
    return typeof name === 'string' ? DIGESTS[name.toLowerCase()] : undefined;
  }
  function getHashes() {
    return Object.keys(DIGESTS).filter((n) => !n.startsWith('rsa-')).sort();
  }

  // --- data arguments --------------------------------------------------------------------
  function isView(v) {
    return ArrayBuffer.isView(v);
  }
  function bytesOf(v) {
    return v instanceof Uint8Array ? v : new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  }
  function isAnyArrayBuffer(v) {
    return v instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
  }
  // A key, password or salt: strings are text in `encoding` (UTF-8 by default), views and
  // ArrayBuffers their bytes.
  const BYTES_TYPES = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
  const KEY_TYPES = BYTES_TYPES.concat(['KeyObject', 'CryptoKey']);
  function keyBytes(value, name, types = BYTES_TYPES, encoding = 'utf8') {
    if (typeof value === 'string') return Buffer.from(value, encoding);
    if (isView(value)) return bytesOf(value);
    if (isAnyArrayBuffer(value)) return new Uint8Array(value);
    throw new codes.ERR_INVALID_ARG_TYPE(name, types, value);
  }
  function output(bytes, encoding) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return encoding === undefined || encoding === 'buffer' ? buf : buf.toString(encoding);
  }
  // A fresh ArrayBuffer holding exactly `bytes`.
  function arrayBufferOf(bytes) {
    if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes.buffer;
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }

  // --- the Transform base of Hash, Hmac, Cipheriv ... --------------------------------------
  let TransformCtor;
  const Transform = () => (TransformCtor === undefined ? (TransformCtor = require('stream').Transform) : TransformCtor);

  // Stream state is made on first stream use: most programs only call update/digest.
  function LazyTransform() {}
  Object.setPrototypeOf(LazyTransform.prototype, Transform().prototype);
  for (const field of ['_readableState', '_writableState']) {
    Object.defineProperty(LazyTransform.prototype, field, {
      get() {
        // Creating the stream state defines these as own properties.
        Transform().call(this, this._options);
        return this[field];
      },
      set(value) {
        Object.defineProperty(this, field, { value, writable: true, configurable: true, enumerable: true });
      },
      configurable: true,
    });
  }

  return {
    digestName, getHashes, isView, bytesOf, isAnyArrayBuffer, keyBytes, output, arrayBufferOf,
    BYTES_TYPES, KEY_TYPES, LazyTransform,
  };
})();
