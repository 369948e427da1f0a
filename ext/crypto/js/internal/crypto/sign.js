// internal/crypto/sign -- Sign/Verify (Writable streams) and the one-shot sign/verify,
// publicEncrypt/privateDecrypt, and diffieHellman over ext_crypto's key ops.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const V = require('internal/validators');
  const { Buffer } = require('buffer');
  const { digestName, isView, bytesOf, isAnyArrayBuffer, keyBytes, BYTES_TYPES } = require('internal/crypto/util');
  const { KeyObject, privateKeyHandle, publicKeyHandle, withOpenSSLFields, kHandle } = require('internal/crypto/keys');

  const constants = {
    RSA_PKCS1_PADDING: 1,
    RSA_NO_PADDING: 3,
    RSA_PKCS1_OAEP_PADDING: 4,
    RSA_PKCS1_PSS_PADDING: 6,
    RSA_PSS_SALTLEN_DIGEST: -1,
    RSA_PSS_SALTLEN_MAX_SIGN: -2,
    RSA_PSS_SALTLEN_AUTO: -2,
  };

  function dataBytes(data, name, encoding) {
    if (typeof data === 'string') return Buffer.from(data, encoding);
    if (isView(data)) return bytesOf(data);
    if (isAnyArrayBuffer(data)) return new Uint8Array(data);
    throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }

  // padding, saltLength and dsaEncoding from a key given as an options object.
  function signOptions(key) {
    let padding = constants.RSA_PKCS1_PADDING;
    let saltLength = constants.RSA_PSS_SALTLEN_AUTO;
    let p1363 = false;
    if (key !== null && typeof key === 'object' && !isView(key) && !(key instanceof KeyObject)) {
      if (key.padding !== undefined) {
        V.validateInt32(key.padding, 'key.padding');
        padding = key.padding;
      }
      if (key.saltLength !== undefined) {
        V.validateInt32(key.saltLength, 'key.saltLength');
        saltLength = key.saltLength;
      }
      if (key.dsaEncoding !== undefined) {
        if (key.dsaEncoding !== 'der' && key.dsaEncoding !== 'ieee-p1363') {
          throw new codes.ERR_INVALID_ARG_VALUE('options.dsaEncoding', key.dsaEncoding);
        }
        p1363 = key.dsaEncoding === 'ieee-p1363';
      }
    }
    return [padding, saltLength, p1363];
  }

  function algorithmName(algorithm) {
    if (algorithm === null || algorithm === undefined) return '';
    V.validateString(algorithm, 'algorithm');
    const name = digestName(algorithm);
    if (name === undefined) throw new codes.ERR_CRYPTO_INVALID_DIGEST(algorithm);
    return name;
  }

  function signBytes(algorithm, data, key) {
    const handle = privateKeyHandle(key);
    const [padding, saltLength, p1363] = signOptions(key);
    try {
      return Buffer.from(ops.op_crypto_sign(handle, algorithm, data, padding, saltLength, p1363));
    } catch (err) {
      throw withOpenSSLFields(err);
    }
  }

  function verifyBytes(algorithm, data, key, signature) {
    const handle = publicKeyHandle(key);
    const [padding, saltLength, p1363] = signOptions(key);
    try {
      return ops.op_crypto_verify(handle, algorithm, data, signature, padding, saltLength, p1363);
    } catch (err) {
      throw withOpenSSLFields(err);
    }
  }

  // --- Sign and Verify: Writable streams that collect the data -------------------------
  let WritableCtor;
  const Writable = () => (WritableCtor === undefined ? (WritableCtor = require('stream').Writable) : WritableCtor);

  function collect(self, data, encoding) {
    self._chunks.push(Buffer.from(dataBytes(data, 'data', encoding)));
    return self;
  }

  function Sign(algorithm, options) {
    if (!(this instanceof Sign)) return new Sign(algorithm, options);
    V.validateString(algorithm, 'algorithm');
    this._algorithm = algorithmName(algorithm);
    this._chunks = [];
    Writable().call(this, options);
  }
  function Verify(algorithm, options) {
    if (!(this instanceof Verify)) return new Verify(algorithm, options);
    V.validateString(algorithm, 'algorithm');
    this._algorithm = algorithmName(algorithm);
    this._chunks = [];
    Writable().call(this, options);
  }
  for (const C of [Sign, Verify]) {
    Object.setPrototypeOf(C.prototype, Writable().prototype);
    Object.setPrototypeOf(C, Writable());
    C.prototype._write = function _write(chunk, encoding, callback) {
      collect(this, chunk, encoding);
      callback();
    };
    C.prototype.update = function update(data, encoding) {
      return collect(this, data, encoding);
    };
  }
  Sign.prototype.sign = function sign(privateKey, encoding) {
    if (privateKey === undefined || privateKey === null) throw new codes.ERR_CRYPTO_SIGN_KEY_REQUIRED();
    const sig = signBytes(this._algorithm, Buffer.concat(this._chunks), privateKey);
    this._chunks = [];
    return encoding === undefined || encoding === 'buffer' ? sig : sig.toString(encoding);
  };
  Verify.prototype.verify = function verify(object, signature, sigEncoding) {
    const sig = dataBytes(signature, 'signature', sigEncoding);
    return verifyBytes(this._algorithm, Buffer.concat(this._chunks), object, sig);
  };

  function createSign(algorithm, options) {
    return new Sign(algorithm, options);
  }
  function createVerify(algorithm, options) {
    return new Verify(algorithm, options);
  }

  // --- one-shot forms ----------------------------------------------------------------------
  function sign(algorithm, data, key, callback) {
    const name = algorithmName(algorithm);
    if (callback !== undefined) V.validateFunction(callback, 'callback');
    const bytes = dataBytes(data, 'data');
    if (key === undefined || key === null) throw new codes.ERR_CRYPTO_SIGN_KEY_REQUIRED();
    if (callback === undefined) return signBytes(name, bytes, key);
    let result;
    try {
      result = signBytes(name, bytes, key);
    } catch (err) {
      process.nextTick(callback, err);
      return;
    }
    process.nextTick(callback, null, result);
  }

  function verify(algorithm, data, key, signature, callback) {
    const name = algorithmName(algorithm);
    if (callback !== undefined) V.validateFunction(callback, 'callback');
    const bytes = dataBytes(data, 'data');
    const sig = dataBytes(signature, 'signature');
    if (callback === undefined) return verifyBytes(name, bytes, key, sig);
    let result;
    try {
      result = verifyBytes(name, bytes, key, sig);
    } catch (err) {
      process.nextTick(callback, err);
      return;
    }
    process.nextTick(callback, null, result);
  }

  // --- RSA encryption ----------------------------------------------------------------------
  function rsaCrypt(key, buffer, encrypt, defaultPadding) {
    const handle = encrypt ? publicKeyHandle(key) : privateKeyHandle(key);
    let padding = defaultPadding;
    let oaepHash = '';
    let label = new Uint8Array(0);
    if (key !== null && typeof key === 'object' && !isView(key) && !(key instanceof KeyObject)) {
      if (key.padding !== undefined) padding = key.padding;
      if (key.oaepHash !== undefined) {
        V.validateString(key.oaepHash, 'key.oaepHash');
        oaepHash = digestName(key.oaepHash);
        if (oaepHash === undefined) throw new codes.ERR_OSSL_EVP_INVALID_DIGEST();
      }
      if (key.oaepLabel !== undefined) label = keyBytes(key.oaepLabel, 'key.oaepLabel', BYTES_TYPES);
    }
    const data = dataBytes(buffer, 'buffer', key && key.encoding);
    try {
      return Buffer.from(ops.op_crypto_rsa_crypt(handle, encrypt, padding, oaepHash, label, data));
    } catch (err) {
      throw withOpenSSLFields(err);
    }
  }
  function publicEncrypt(key, buffer) {
    return rsaCrypt(key, buffer, true, constants.RSA_PKCS1_OAEP_PADDING);
  }
  function privateDecrypt(key, buffer) {
    return rsaCrypt(key, buffer, false, constants.RSA_PKCS1_OAEP_PADDING);
  }

  // --- Diffie-Hellman of key objects ---------------------------------------------------------
  function diffieHellman(options, callback) {
    V.validateObject(options, 'options');
    const { privateKey, publicKey } = options;
    if (!(privateKey instanceof KeyObject)) {
      throw new codes.ERR_INVALID_ARG_VALUE('options.privateKey', privateKey);
    }
    if (!(publicKey instanceof KeyObject)) {
      throw new codes.ERR_INVALID_ARG_VALUE('options.publicKey', publicKey);
    }
    if (privateKey.type !== 'private') throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(privateKey.type, 'private');
    if (publicKey.type !== 'public' && publicKey.type !== 'private') {
      throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(publicKey.type, 'private or public');
    }
    const compute = () => {
      const a = privateKey.asymmetricKeyType;
      const b = publicKey.asymmetricKeyType;
      if (a !== b) throw new codes.ERR_CRYPTO_INCOMPATIBLE_KEY('key types for Diffie-Hellman', `${a} and ${b}`);
      return Buffer.from(ops.op_crypto_diffie_hellman(privateKey[kHandle], publicKey[kHandle]));
    };
    if (callback === undefined) return compute();
    V.validateFunction(callback, 'callback');
    let secret;
    try {
      secret = compute();
    } catch (err) {
      process.nextTick(callback, err);
      return;
    }
    process.nextTick(callback, null, secret);
  }

  function getCurves() {
    return ['prime256v1', 'secp256k1', 'secp384r1', 'secp521r1'];
  }

  return {
    Sign, Verify, createSign, createVerify, sign, verify, publicEncrypt, privateDecrypt, diffieHellman,
    getCurves, constants,
  };
})();
