// internal/crypto/cipher -- Cipheriv and Decipheriv (AES-CBC/ECB/CTR/GCM and
// ChaCha20-Poly1305) as Transform streams over ext_crypto's cipher ops, with Node's
// argument checks, output encodings and errors.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const V = require('internal/validators');
  const { Buffer } = require('buffer');
  const { isView, bytesOf, isAnyArrayBuffer, BYTES_TYPES, LazyTransform } = require('internal/crypto/util');
  const { secretKeyBytes } = require('internal/crypto/keys');

  const kState = Symbol('kState');
  // A GCM decipher made without authTagLength (short tags then are deprecated).
  const kGcmImplicitTag = Symbol('kGcmImplicitTag');

  // name -> [mode, nid, key length, IV length (undefined: none), block size (undefined: none)]
  const CIPHERS = { __proto__: null };
  for (const [bits, nids] of [[128, [418, 419, 904, 895]], [192, [422, 423, 905, 898]], [256, [426, 427, 906, 901]]]) {
    const keyLength = bits / 8;
    CIPHERS[`aes-${bits}-ecb`] = ['ecb', nids[0], keyLength, undefined, 16];
    CIPHERS[`aes-${bits}-cbc`] = ['cbc', nids[1], keyLength, 16, 16];
    CIPHERS[`aes-${bits}-ctr`] = ['ctr', nids[2], keyLength, 16, 1];
    CIPHERS[`id-aes${bits}-gcm`] = ['gcm', nids[3], keyLength, 12, 1];
  }
  CIPHERS['chacha20-poly1305'] = ['stream', 1018, 32, 12, undefined];
  // OpenSSL's other spellings of the same ciphers.
  const ALIASES = { __proto__: null };
  for (const bits of [128, 192, 256]) {
    ALIASES[`aes${bits}`] = `aes-${bits}-cbc`;
    ALIASES[`aes-${bits}-gcm`] = `id-aes${bits}-gcm`;
  }
  function canonicalCipher(name) {
    const lower = name.toLowerCase();
    if (CIPHERS[lower] !== undefined) return lower;
    return ALIASES[lower];
  }

  function getCiphers() {
    return Object.keys(CIPHERS).concat(Object.keys(ALIASES)).sort();
  }

  function getCipherInfo(nameOrNid, options) {
    if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
      throw new codes.ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
    }
    if (typeof nameOrNid === 'number') V.validateInt32(nameOrNid, 'nameOrNid');
    let keyLength, ivLength;
    if (options !== undefined) {
      V.validateObject(options, 'options');
      ({ keyLength, ivLength } = options);
      if (keyLength !== undefined) V.validateInt32(keyLength, 'options.keyLength');
      if (ivLength !== undefined) V.validateInt32(ivLength, 'options.ivLength');
    }
    let name;
    if (typeof nameOrNid === 'number') {
      name = Object.keys(CIPHERS).find((n) => CIPHERS[n][1] === nameOrNid);
    } else {
      name = canonicalCipher(nameOrNid);
    }
    if (name === undefined) return undefined;
    const [mode, nid, keyLen, ivLen, blockSize] = CIPHERS[name];
    if (keyLength !== undefined && keyLength !== keyLen) return undefined;
    if (ivLength !== undefined) {
      const ok = mode === 'gcm' ? ivLength > 0 : mode === 'stream' ? ivLength >= 1 && ivLength <= 12 : ivLength === ivLen;
      if (!ok) return undefined;
    }
    const info = { mode, name, nid };
    if (blockSize !== undefined) info.blockSize = blockSize;
    if (ivLen !== undefined) info.ivLength = ivLength === undefined ? ivLen : ivLength;
    info.keyLength = keyLen;
    return info;
  }

  // OpenSSL's errors carry the library and the reason beside the message.
  function withOpenSSLFields(err) {
    if (typeof err.code === 'string' && err.code.startsWith('ERR_OSSL_')) {
      const m = /^error:[0-9A-F]+:([^:]*)::(.*)$/.exec(err.message);
      if (m !== null) {
        err.library = m[1];
        err.reason = m[2];
      }
    }
    return err;
  }

  function getUIntOption(options, key) {
    let value;
    if (options && (value = options[key]) != null) {
      if (value >>> 0 !== value) throw new codes.ERR_INVALID_ARG_VALUE(`options.${key}`, value);
      return value;
    }
    return -1;
  }

  function viewArg(value, name, encoding) {
    if (typeof value === 'string') return Buffer.from(value, encoding);
    if (isView(value)) return bytesOf(value);
    if (isAnyArrayBuffer(value)) return new Uint8Array(value);
    throw new codes.ERR_INVALID_ARG_TYPE(name, BYTES_TYPES, value);
  }

  function init(self, cipher, key, iv, options, encrypt) {
    V.validateString(cipher, 'cipher');
    const encoding = options && typeof options.encoding === 'string' ? options.encoding : undefined;
    const keyData = secretKeyBytes(key, 'key', encoding);
    const ivData = iv === null ? null : viewArg(iv, 'iv', encoding);
    const authTagLength = getUIntOption(options, 'authTagLength');
    self._decoder = null;
    self._options = options;
    const canonical = canonicalCipher(cipher);
    self[kGcmImplicitTag] = !encrypt && authTagLength === -1 && canonical !== undefined && CIPHERS[canonical][0] === 'gcm';
    try {
      self[kState] = ops.op_crypto_cipher_new(cipher, encrypt, keyData, ivData, authTagLength);
    } catch (err) {
      throw withOpenSSLFields(err);
    }
  }

  function getDecoder(decoder, encoding) {
    const { StringDecoder } = require('string_decoder');
    if (decoder === null) return new StringDecoder(encoding);
    const normalized = Buffer.isEncoding(encoding) ? new StringDecoder(encoding).encoding : undefined;
    if (decoder.encoding !== normalized) {
      if (normalized === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
      throw new Error('Cannot change encoding');
    }
    return decoder;
  }

  function update(data, inputEncoding, outputEncoding) {
    let bytes;
    if (typeof data === 'string') {
      if (inputEncoding !== undefined && inputEncoding !== 'buffer' && !Buffer.isEncoding(inputEncoding)) {
        throw new codes.ERR_UNKNOWN_ENCODING(inputEncoding);
      }
      bytes = Buffer.from(data, inputEncoding === 'buffer' ? 'utf8' : inputEncoding);
    } else if (isView(data)) {
      bytes = bytesOf(data);
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    let out;
    try {
      out = ops.op_crypto_cipher_update(this[kState], bytes);
    } catch (err) {
      if (err.code === 'ERR_CRYPTO_INVALID_STATE') throw new Error('Trying to add data in unsupported state');
      throw err;
    }
    const buf = Buffer.from(out.buffer, out.byteOffset, out.byteLength);
    if (outputEncoding && outputEncoding !== 'buffer') {
      this._decoder = getDecoder(this._decoder, outputEncoding);
      return this._decoder.write(buf);
    }
    return buf;
  }

  function final(outputEncoding) {
    let out;
    try {
      out = ops.op_crypto_cipher_final(this[kState]);
    } catch (err) {
      if (err.code === 'ERR_CRYPTO_INVALID_STATE') {
        const e = new Error('Invalid state');
        e.code = 'ERR_CRYPTO_INVALID_STATE';
        throw e;
      }
      throw withOpenSSLFields(err);
    }
    if (out === null) throw new Error('Unsupported state or unable to authenticate data');
    const buf = Buffer.from(out.buffer, out.byteOffset, out.byteLength);
    if (outputEncoding && outputEncoding !== 'buffer') {
      this._decoder = getDecoder(this._decoder, outputEncoding);
      return this._decoder.end(buf);
    }
    return buf;
  }

  function setAutoPadding(ap) {
    if (!ops.op_crypto_cipher_set_auto_padding(this[kState], ap === undefined ? true : !!ap)) {
      throw new codes.ERR_CRYPTO_INVALID_STATE('setAutoPadding');
    }
    return this;
  }

  function setAAD(aadbuf, options) {
    let encoding;
    if (options !== undefined && options !== null) {
      V.validateObject(options, 'options');
      encoding = options.encoding;
      if (encoding !== undefined) V.validateString(encoding, 'options.encoding');
      getUIntOption(options, 'plaintextLength');
    }
    const data = viewArg(aadbuf, 'buffer', encoding);
    if (!ops.op_crypto_cipher_set_aad(this[kState], data)) throw new codes.ERR_CRYPTO_INVALID_STATE('setAAD');
    return this;
  }

  function transform(chunk, encoding, callback) {
    this.push(this.update(chunk, encoding));
    callback();
  }
  function flush(callback) {
    try {
      this.push(this.final());
    } catch (err) {
      callback(err);
      return;
    }
    callback();
  }

  function Cipheriv(cipher, key, iv, options) {
    if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
    init(this, cipher, key, iv, options, true);
  }
  Object.setPrototypeOf(Cipheriv.prototype, LazyTransform.prototype);
  Object.setPrototypeOf(Cipheriv, LazyTransform);
  Object.assign(Cipheriv.prototype, {
    _transform: transform,
    _flush: flush,
    update,
    final,
    setAutoPadding,
    setAAD,
    getAuthTag() {
      try {
        return Buffer.from(ops.op_crypto_cipher_get_auth_tag(this[kState]));
      } catch {
        throw new codes.ERR_CRYPTO_INVALID_STATE('getAuthTag');
      }
    },
  });

  function Decipheriv(cipher, key, iv, options) {
    if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
    init(this, cipher, key, iv, options, false);
  }
  Object.setPrototypeOf(Decipheriv.prototype, LazyTransform.prototype);
  Object.setPrototypeOf(Decipheriv, LazyTransform);
  Object.assign(Decipheriv.prototype, {
    _transform: transform,
    _flush: flush,
    update,
    final,
    setAutoPadding,
    setAAD,
    setAuthTag(tagbuf, encoding) {
      const tag = viewArg(tagbuf, 'buffer', encoding);
      ops.op_crypto_cipher_set_auth_tag(this[kState], tag);
      if (tag.byteLength < 16 && this[kGcmImplicitTag]) {
        process.emitWarning(
          'Using AES-GCM authentication tags of less than 128 bits without specifying the authTagLength ' +
          'option when initializing decryption is deprecated.', 'DeprecationWarning', 'DEP0182');
      }
      return this;
    },
  });

  function createCipheriv(cipher, key, iv, options) {
    return new Cipheriv(cipher, key, iv, options);
  }
  function createDecipheriv(cipher, key, iv, options) {
    return new Decipheriv(cipher, key, iv, options);
  }

  // Web Crypto's AES and ChaCha operations in one call: [output, tag].
  function oneShot(name, encrypt, key, iv, data, aad, tagLength, tag) {
    const state = ops.op_crypto_cipher_new(name, encrypt, key, iv, tagLength);
    if (aad !== undefined) ops.op_crypto_cipher_set_aad(state, aad);
    if (tag !== undefined) ops.op_crypto_cipher_set_auth_tag(state, tag);
    const body = ops.op_crypto_cipher_update(state, data);
    const last = ops.op_crypto_cipher_final(state);
    if (last === null) return null;
    const out = new Uint8Array(body.byteLength + last.byteLength);
    out.set(body, 0);
    out.set(last, body.byteLength);
    return [out, encrypt && tagLength >= 0 ? ops.op_crypto_cipher_get_auth_tag(state) : undefined];
  }

  return { Cipheriv, Decipheriv, createCipheriv, createDecipheriv, getCiphers, getCipherInfo, oneShot };
})();
