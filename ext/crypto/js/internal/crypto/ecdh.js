// internal/crypto/ecdh -- createECDH/ECDH: EC key pairs as raw bytes (P-256, P-384,
// secp256k1) over ext_crypto's ecdh ops, with Node's encodings and point formats.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const V = require('internal/validators');
  const { Buffer } = require('buffer');
  const { isView, bytesOf, isAnyArrayBuffer } = require('internal/crypto/util');

  const CURVES = ['prime256v1', 'secp256k1', 'secp384r1', 'secp521r1'];

  function bytesArg(value, name, encoding) {
    if (typeof value === 'string') return Buffer.from(value, encoding);
    if (isView(value)) return bytesOf(value);
    if (isAnyArrayBuffer(value)) return new Uint8Array(value);
    throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
  }

  function formatPoint(curve, point, format) {
    if (format === undefined || format === 'uncompressed') return ops.op_crypto_ecdh_convert(curve, point, false);
    if (format === 'compressed') return ops.op_crypto_ecdh_convert(curve, point, true);
    if (format === 'hybrid') {
      // Uncompressed, with the parity of y in the first byte (06 even, 07 odd).
      const out = ops.op_crypto_ecdh_convert(curve, point, false);
      out[0] = 6 | (out[out.length - 1] & 1);
      return out;
    }
    throw new codes.ERR_CRYPTO_ECDH_INVALID_FORMAT(format);
  }

  function encode(bytes, encoding) {
    const buf = Buffer.from(bytes);
    return encoding === undefined || encoding === 'buffer' ? buf : buf.toString(encoding);
  }

  class ECDH {
    constructor(curve) {
      V.validateString(curve, 'curve');
      if (!CURVES.includes(curve)) throw new codes.ERR_CRYPTO_INVALID_CURVE();
      this._curve = curve;
      this._scalar = null;
      this._point = null;
    }

    static convertKey(key, curve, inEnc, outEnc, format) {
      V.validateString(curve, 'curve');
      if (!CURVES.includes(curve)) throw new codes.ERR_CRYPTO_INVALID_CURVE();
      return encode(formatPoint(curve, bytesArg(key, 'key', inEnc), format), outEnc);
    }

    generateKeys(encoding, format) {
      this._scalar = ops.op_crypto_ecdh_random_scalar(this._curve);
      this._point = ops.op_crypto_ecdh_point(this._curve, this._scalar, false);
      return this.getPublicKey(encoding, format);
    }

    computeSecret(key, inEnc, outEnc) {
      const peer = bytesArg(key, 'key', inEnc);
      if (this._scalar === null) {
        const err = new Error('Failed to compute ECDH key');
        err.code = 'ERR_CRYPTO_OPERATION_FAILED';
        throw err;
      }
      return encode(ops.op_crypto_ecdh_compute(this._curve, this._scalar, peer), outEnc);
    }

    getPublicKey(encoding, format) {
      if (this._point === null) {
        const err = new Error('Failed to get ECDH public key');
        err.code = 'ERR_CRYPTO_OPERATION_FAILED';
        throw err;
      }
      return encode(formatPoint(this._curve, this._point, format), encoding);
    }

    getPrivateKey(encoding) {
      if (this._scalar === null) {
        const err = new Error('Failed to get ECDH private key');
        err.code = 'ERR_CRYPTO_OPERATION_FAILED';
        throw err;
      }
      return encode(this._scalar, encoding);
    }

    setPrivateKey(key, encoding) {
      const scalar = Uint8Array.prototype.slice.call(bytesArg(key, 'key', encoding));
      this._point = ops.op_crypto_ecdh_point(this._curve, scalar, false);
      this._scalar = scalar;
      return this;
    }

    setPublicKey(key, encoding) {
      this._point = ops.op_crypto_ecdh_convert(this._curve, bytesArg(key, 'key', encoding), false);
      return this;
    }
  }

  function createECDH(curve) {
    return new ECDH(curve);
  }

  return { ECDH, createECDH };
})();
