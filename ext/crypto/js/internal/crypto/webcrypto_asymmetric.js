// internal/crypto/webcrypto_asymmetric -- Web Crypto's asymmetric algorithms
// (RSASSA-PKCS1-v1_5, RSA-PSS, RSA-OAEP, ECDSA, ECDH, Ed25519, X25519) over node:crypto's
// KeyObjects: import/export (spki, pkcs8, jwk, raw), generateKey, sign/verify,
// encrypt/decrypt and deriveBits. internal/crypto/webcrypto hands in what it shares.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const { Buffer } = require('buffer');
  const { DOMException } = require('internal/dom_exception');
  const { arrayBufferOf } = require('internal/crypto/util');
  const { PublicKeyObject, PrivateKeyObject, kKeyObject, kHandle } = require('internal/crypto/keys');

  const RSA = ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP'];
  const CURVES = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };
  const USAGES = {
    'RSASSA-PKCS1-v1_5': [['verify'], ['sign']],
    'RSA-PSS': [['verify'], ['sign']],
    'RSA-OAEP': [['encrypt', 'wrapKey'], ['decrypt', 'unwrapKey']],
    ECDSA: [['verify'], ['sign']],
    Ed25519: [['verify'], ['sign']],
    ECDH: [[], ['deriveKey', 'deriveBits']],
    X25519: [[], ['deriveKey', 'deriveBits']],
  };
  const KEY_TYPE = { ECDSA: 'ec', ECDH: 'ec', Ed25519: 'ed25519', X25519: 'x25519' };

  const usageWhat = (name) =>
    (name === 'Ed25519' || name === 'X25519' ? `${name} key` : name.startsWith('RSA') ? 'an RSA key' : `an ${name} key`);

  function make(shared) {
    const { makeKey, hashOf, bufferSource, operationError, notSupported, dataError, invalidAccess, syntaxError } = shared;

    const isAsymmetric = (name) => USAGES[name] !== undefined;

    function checkUsages(name, type, usages) {
      const allowed = USAGES[name][type === 'public' ? 0 : 1];
      for (const usage of usages) {
        if (!allowed.includes(usage)) throw syntaxError(`Unsupported key usage for ${usageWhat(name)}`);
      }
      return allowed.filter((u) => usages.includes(u));
    }

    // The CryptoKey algorithm of a key object for `algorithm`, checking that they fit.
    function keyAlgorithm(algorithm, keyObject) {
      const name = algorithm.name;
      const type = keyObject.asymmetricKeyType;
      if (RSA.includes(name)) {
        if (type !== 'rsa' && !(type === 'rsa-pss' && name === 'RSA-PSS')) throw dataError('Invalid key type');
        const { modulusLength, publicExponent } = keyObject.asymmetricKeyDetails;
        let e = publicExponent;
        const bytes = [];
        while (e > 0n) {
          bytes.unshift(Number(e & 0xffn));
          e >>= 8n;
        }
        return { name, modulusLength, publicExponent: new Uint8Array(bytes), hash: { name: hashOf(algorithm.hash)[0] } };
      }
      if (type !== KEY_TYPE[name]) throw dataError('Invalid key type');
      if (name === 'ECDSA' || name === 'ECDH') {
        const curve = algorithm.namedCurve;
        if (CURVES[curve] === undefined) throw notSupported(`Unsupported named curve: ${curve}`);
        if (keyObject.asymmetricKeyDetails.namedCurve !== CURVES[curve]) throw dataError('Named curve mismatch');
        return { name, namedCurve: curve };
      }
      return { name };
    }

    function wrap(algorithm, keyObject, extractable, usages) {
      const sorted = checkUsages(algorithm.name, keyObject.type, usages);
      if (keyObject.type === 'private' && sorted.length === 0) {
        throw syntaxError('Usages cannot be empty when importing a private key.');
      }
      return makeKey(keyObject, keyAlgorithm(algorithm, keyObject), extractable, sorted);
    }

    function b64url(bytes) {
      return Buffer.from(bytes).toString('base64url');
    }

    function importKey(format, keyData, algorithm, extractable, usages) {
      const name = algorithm.name;
      // Usages are checked before the key is read, against the kind the format gives.
      const kind = format === 'pkcs8' || (format === 'jwk' && keyData && keyData.d !== undefined) ? 'private' : 'public';
      checkUsages(name, kind, usages);
      let keyObject;
      try {
        if (format === 'spki') {
          keyObject = new PublicKeyObject(ops.op_crypto_key_parse('public', 'der', 'spki', bufferSource(keyData, 'keyData')));
        } else if (format === 'pkcs8') {
          keyObject = new PrivateKeyObject(ops.op_crypto_key_parse('private', 'der', 'pkcs8', bufferSource(keyData, 'keyData')));
        } else if (format === 'jwk') {
          if (keyData === null || typeof keyData !== 'object') throw dataError('Invalid keyData');
          if (keyData.ext === false && extractable) throw dataError('JWK "ext" Parameter and extractable mismatch');
          const isPrivate = keyData.d !== undefined;
          const handle = ops.op_crypto_key_import_jwk(keyData, isPrivate);
          keyObject = isPrivate ? new PrivateKeyObject(handle) : new PublicKeyObject(handle);
        } else if (format === 'raw' || format === 'raw-public') {
          const bytes = bufferSource(keyData, 'keyData');
          let jwk;
          if (name === 'ECDSA' || name === 'ECDH') {
            const half = (bytes.length - 1) / 2;
            if (bytes[0] !== 4 || !Number.isInteger(half)) throw dataError('Invalid keyData');
            jwk = { kty: 'EC', crv: algorithm.namedCurve, x: b64url(bytes.subarray(1, 1 + half)), y: b64url(bytes.subarray(1 + half)) };
          } else if (name === 'Ed25519' || name === 'X25519') {
            jwk = { kty: 'OKP', crv: name, x: b64url(bytes) };
          } else {
            throw notSupported(`Unable to import ${name} using raw format`);
          }
          keyObject = new PublicKeyObject(ops.op_crypto_key_import_jwk(jwk, false));
        } else {
          throw notSupported(`Unable to import ${name} using ${format} format`);
        }
      } catch (err) {
        if (err instanceof DOMException) throw err;
        throw dataError('Invalid keyData');
      }
      return wrap(algorithm, keyObject, keyObject.type === 'public' ? true : extractable, usages);
    }

    const RSA_JWK_ALG = {
      'RSASSA-PKCS1-v1_5': (h) => `RS${h.slice(4)}`,
      'RSA-PSS': (h) => `PS${h.slice(4)}`,
      'RSA-OAEP': (h) => (h === 'SHA-1' ? 'RSA-OAEP' : `RSA-OAEP-${h.slice(4)}`),
    };

    function exportKey(format, key) {
      const keyObject = key[kKeyObject];
      const name = key.algorithm.name;
      const unsupported = () => notSupported(`Unable to export ${name} ${key.type} key using ${format} format`);
      switch (format) {
        case 'spki':
          if (key.type !== 'public') throw invalidAccess('Unable to export a raw public key from a private key');
          return arrayBufferOf(keyObject.export({ type: 'spki', format: 'der' }));
        case 'pkcs8':
          if (key.type !== 'private') throw invalidAccess('Unable to export a pkcs8 key from a public key');
          return arrayBufferOf(keyObject.export({ type: 'pkcs8', format: 'der' }));
        case 'jwk': {
          const fields = keyObject.export({ format: 'jwk' });
          const jwk = { key_ops: key.usages.slice(), ext: key.extractable };
          if (RSA_JWK_ALG[name] && !key.algorithm.hash.name.startsWith('SHA3')) jwk.alg = RSA_JWK_ALG[name](key.algorithm.hash.name);
          else if (name === 'Ed25519') jwk.alg = 'Ed25519';
          return Object.assign(jwk, fields);
        }
        case 'raw':
        case 'raw-public': {
          if (key.type !== 'public' || RSA.includes(name)) throw unsupported();
          const fields = keyObject.export({ format: 'jwk' });
          const x = Buffer.from(fields.x, 'base64url');
          if (fields.kty === 'OKP') return arrayBufferOf(new Uint8Array(x));
          return arrayBufferOf(new Uint8Array(Buffer.concat([Buffer.from([4]), x, Buffer.from(fields.y, 'base64url')])));
        }
        default:
          throw unsupported();
      }
    }

    async function generateKey(algorithm, extractable, usages) {
      const name = algorithm.name;
      let type = KEY_TYPE[name];
      let bits = 0;
      let exponent = 0;
      let curve = '';
      if (RSA.includes(name)) {
        type = 'rsa';
        bits = algorithm.modulusLength;
        const e = algorithm.publicExponent;
        if (!(e instanceof Uint8Array)) throw new TypeError('algorithm.publicExponent must be a Uint8Array');
        for (const byte of e) exponent = exponent * 256 + byte;
        if (exponent !== 3 && exponent !== 65537) throw operationError('Bad public exponent');
        hashOf(algorithm.hash);
      } else if (name === 'ECDSA' || name === 'ECDH') {
        curve = CURVES[algorithm.namedCurve];
        if (curve === undefined) throw notSupported(`Unsupported named curve: ${algorithm.namedCurve}`);
      }
      const [publicUsages, privateUsages] = USAGES[name];
      for (const usage of usages) {
        if (!publicUsages.includes(usage) && !privateUsages.includes(usage)) {
          throw syntaxError(`Unsupported key usage for ${usageWhat(name)}`);
        }
      }
      const der = await ops.op_crypto_key_generate(type, bits, exponent, curve);
      const handle = ops.op_crypto_key_parse('private', 'der', 'pkcs8', der);
      const privateObject = new PrivateKeyObject(handle);
      const publicObject = new PublicKeyObject(ops.op_crypto_key_public(handle));
      const keyAlg = keyAlgorithm(algorithm, privateObject);
      const privateKey = makeKey(privateObject, keyAlg, extractable, privateUsages.filter((u) => usages.includes(u)));
      if (privateKey.usages.length === 0) throw syntaxError('Usages cannot be empty when creating a key.');
      const publicKey = makeKey(publicObject, keyAlg, true, publicUsages.filter((u) => usages.includes(u)));
      return { publicKey, privateKey };
    }

    function checkKey(key, name, usage) {
      if (key.algorithm.name !== name) throw invalidAccess('Key algorithm mismatch');
      if (!key.usages.includes(usage)) throw invalidAccess(`Unable to use this key to ${usage}`);
      return key[kKeyObject][kHandle];
    }

    function signOrVerify(algorithm, key, data, signature) {
      const usage = signature === undefined ? 'sign' : 'verify';
      const handle = checkKey(key, algorithm.name, usage);
      let digest = '';
      let padding = 1;
      let saltLength = -2;
      let p1363 = false;
      switch (algorithm.name) {
        case 'RSASSA-PKCS1-v1_5':
          digest = hashOf(key.algorithm.hash)[1];
          break;
        case 'RSA-PSS':
          digest = hashOf(key.algorithm.hash)[1];
          padding = 6;
          if (typeof algorithm.saltLength !== 'number') throw new TypeError("Failed to normalize algorithm: 'saltLength' is required in 'RsaPssParams'.");
          saltLength = algorithm.saltLength;
          break;
        case 'ECDSA':
          if (algorithm.hash === undefined) {
            throw new TypeError("Failed to normalize algorithm: passed algorithm cannot be converted to 'EcdsaParams' because 'hash' is required in 'EcdsaParams'.");
          }
          digest = hashOf(algorithm.hash)[1];
          p1363 = true;
          break;
        case 'Ed25519':
          break;
        default:
          throw notSupported();
      }
      if (signature === undefined) {
        return arrayBufferOf(ops.op_crypto_sign(handle, digest, data, padding, saltLength, p1363));
      }
      return ops.op_crypto_verify(handle, digest, data, signature, padding, saltLength, p1363);
    }

    function rsaOaep(algorithm, key, data, encrypt) {
      const handle = checkKey(key, 'RSA-OAEP', encrypt ? 'encrypt' : 'decrypt');
      const label = algorithm.label === undefined ? new Uint8Array(0) : bufferSource(algorithm.label, 'algorithm.label');
      try {
        return arrayBufferOf(ops.op_crypto_rsa_crypt(handle, encrypt, 4, hashOf(key.algorithm.hash)[1], label, data));
      } catch {
        throw operationError();
      }
    }

    function deriveBits(algorithm, baseKey, length) {
      const handle = checkKey(baseKey, algorithm.name, 'deriveBits');
      const publicKey = algorithm.public;
      if (publicKey === undefined || publicKey[kKeyObject] === undefined) {
        throw new TypeError("Failed to normalize algorithm: 'public' is required and must be a CryptoKey");
      }
      if (publicKey.type !== 'public') throw invalidAccess('algorithm.public must be a public key');
      if (publicKey.algorithm.name !== algorithm.name) throw invalidAccess('The public and private keys must be of the same type');
      if (publicKey.algorithm.namedCurve !== baseKey.algorithm.namedCurve) throw invalidAccess('Named curve mismatch');
      let secret;
      try {
        secret = ops.op_crypto_diffie_hellman(handle, publicKey[kKeyObject][kHandle]);
      } catch {
        throw operationError();
      }
      if (length === null || length === undefined) return arrayBufferOf(secret);
      if (length > secret.length * 8) throw operationError('derived bit length is too small');
      const bytes = secret.slice(0, Math.ceil(length / 8));
      if (length % 8 !== 0) bytes[bytes.length - 1] &= 0xff << (8 - (length % 8));
      return arrayBufferOf(bytes);
    }

    return { isAsymmetric, wrap, importKey, exportKey, generateKey, signOrVerify, rsaOaep, deriveBits };
  }

  return { make };
})();
