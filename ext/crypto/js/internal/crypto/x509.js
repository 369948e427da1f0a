// internal/crypto/x509 -- X509Certificate over ext_crypto's certificate parser: OpenSSL's
// printed forms of names, times and alternative names, fingerprints, host/IP/email checks,
// signature verification with the issuer's KeyObject.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const V = require('internal/validators');
  const { Buffer } = require('buffer');
  const { isView, bytesOf, isAnyArrayBuffer } = require('internal/crypto/util');
  const { KeyObject, createPublicKey } = require('internal/crypto/keys');

  const kInfo = Symbol('kInfo');
  const kCache = Symbol('kCache');

  function fingerprint(der, algorithm) {
    const hex = require('crypto').createHash(algorithm).update(der).digest('hex').toUpperCase();
    return hex.match(/../g).join(':');
  }

  // OpenSSL's matching rules for host names (RFC 6125): case-insensitive; a wildcard only
  // in the leftmost label, standing for one label, possibly with a prefix and suffix.
  function hostMatches(pattern, host, options) {
    const p = pattern.toLowerCase().replace(/\.$/, '');
    const h = host.toLowerCase().replace(/\.$/, '');
    if (!p.includes('*')) return p === h;
    if (options.wildcards === false) return false;
    const [first, ...rest] = p.split('.');
    const hostLabels = h.split('.');
    if (rest.length < 2 || rest.includes('*') || rest.some((l) => l.includes('*'))) return false;
    if (hostLabels.length !== rest.length + 1) return false;
    if (rest.join('.') !== hostLabels.slice(1).join('.')) return false;
    if (first === '*') return hostLabels[0].length > 0;
    if (options.partialWildcards === false) return false;
    const star = first.indexOf('*');
    const prefix = first.slice(0, star);
    const suffix = first.slice(star + 1);
    const label = hostLabels[0];
    return label.length >= prefix.length + suffix.length && label.startsWith(prefix) && label.endsWith(suffix);
  }

  function sanEntries(info, kind) {
    if (info.subjectAltName === null || info.subjectAltName === undefined) return [];
    return info.subjectAltName.split(', ').filter((e) => e.startsWith(kind)).map((e) => e.slice(kind.length));
  }

  function expandIPv6(ip) {
    const [head, tail] = ip.includes('::') ? ip.split('::') : [ip, undefined];
    const a = head === '' ? [] : head.split(':');
    const b = tail === undefined || tail === '' ? [] : tail.split(':');
    const fill = tail === undefined ? [] : new Array(8 - a.length - b.length).fill('0');
    return a.concat(fill, b).map((g) => parseInt(g, 16).toString(16).toUpperCase()).join(':');
  }

  function checkHostOptions(options) {
    if (options === undefined) return {};
    V.validateObject(options, 'options');
    if (options.subject !== undefined) V.validateOneOf(options.subject, 'options.subject', ['default', 'always', 'never']);
    for (const flag of ['wildcards', 'partialWildcards', 'multiLabelWildcards', 'singleLabelSubdomains']) {
      if (options[flag] !== undefined) V.validateBoolean(options[flag], `options.${flag}`);
    }
    return options;
  }

  class X509Certificate {
    constructor(buffer) {
      let bytes;
      if (typeof buffer === 'string') bytes = Buffer.from(buffer);
      else if (isView(buffer)) bytes = bytesOf(buffer);
      else if (isAnyArrayBuffer(buffer)) bytes = new Uint8Array(buffer);
      else throw new codes.ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
      try {
        const info = ops.op_crypto_x509_parse(bytes);
        // (serde hands byte fields over as arrays)
        for (const field of ['der', 'spki', 'tbs', 'signature']) info[field] = Buffer.from(info[field]);
        this[kInfo] = info;
      } catch (err) {
        const m = /^error:[0-9A-F]+:([^:]*)::(.*)$/.exec(err.message);
        if (m) {
          err.library = m[1];
          err.reason = m[2];
        }
        throw err;
      }
      this[kCache] = { __proto__: null };
    }

    get subject() { return this[kInfo].subject; }
    get issuer() { return this[kInfo].issuer; }
    get subjectAltName() { return this[kInfo].subjectAltName ?? undefined; }
    get infoAccess() { return undefined; }
    get validFrom() { return this[kInfo].validFrom; }
    get validTo() { return this[kInfo].validTo; }
    get validFromDate() { return new Date(this[kInfo].validFromMs); }
    get validToDate() { return new Date(this[kInfo].validToMs); }
    get serialNumber() { return this[kInfo].serialNumber; }
    get ca() { return this[kInfo].ca; }
    get keyUsage() { return this[kInfo].extKeyUsage ?? undefined; }
    get signatureAlgorithm() { return this[kInfo].signatureAlgorithm; }
    get signatureAlgorithmOid() { return this[kInfo].signatureAlgorithmOid; }
    get raw() { return Buffer.from(this[kInfo].der); }
    get fingerprint() { return this[kCache].sha1 ??= fingerprint(this[kInfo].der, 'sha1'); }
    get fingerprint256() { return this[kCache].sha256 ??= fingerprint(this[kInfo].der, 'sha256'); }
    get fingerprint512() { return this[kCache].sha512 ??= fingerprint(this[kInfo].der, 'sha512'); }
    get publicKey() {
      return createPublicKey({ key: Buffer.from(this[kInfo].spki), format: 'der', type: 'spki' });
    }
    get issuerCertificate() { return undefined; }

    checkHost(name, options) {
      V.validateString(name, 'name');
      options = checkHostOptions(options);
      const info = this[kInfo];
      const dns = sanEntries(info, 'DNS:');
      const subjectMode = options.subject || 'default';
      const candidates = subjectMode === 'always' || (subjectMode === 'default' && dns.length === 0)
        ? dns.concat(info.subjectFields.filter(([k]) => k === 'CN').map(([, v]) => v))
        : dns;
      return candidates.find((pattern) => hostMatches(pattern, name, options));
    }

    checkEmail(email, options) {
      V.validateString(email, 'email');
      options = checkHostOptions(options);
      const info = this[kInfo];
      const emails = sanEntries(info, 'email:');
      const subjectMode = options.subject || 'default';
      const candidates = subjectMode === 'always' || (subjectMode === 'default' && emails.length === 0)
        ? emails.concat(info.subjectFields.filter(([k]) => k === 'emailAddress').map(([, v]) => v))
        : emails;
      return candidates.some((e) => e.toLowerCase() === email.toLowerCase()) ? email : undefined;
    }

    checkIP(ip) {
      V.validateString(ip, 'ip');
      const family = require('net').isIP(ip);
      if (family === 0) throw new codes.ERR_INVALID_ARG_VALUE('ip', ip);
      const wanted = family === 4 ? ip : expandIPv6(ip);
      return sanEntries(this[kInfo], 'IP Address:').includes(wanted) ? ip : undefined;
    }

    checkIssued(otherCert) {
      if (!(otherCert instanceof X509Certificate)) {
        throw new codes.ERR_INVALID_ARG_TYPE('otherCert', 'X509Certificate', otherCert);
      }
      return this.issuer === otherCert.subject;
    }

    checkPrivateKey(pkey) {
      if (!(pkey instanceof KeyObject)) throw new codes.ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
      if (pkey.type !== 'private') throw new codes.ERR_INVALID_ARG_VALUE('pkey', pkey);
      return createPublicKey(pkey).equals(this.publicKey);
    }

    verify(publicKey) {
      if (!(publicKey instanceof KeyObject)) throw new codes.ERR_INVALID_ARG_TYPE('publicKey', 'KeyObject', publicKey);
      if (publicKey.type !== 'public') throw new codes.ERR_INVALID_ARG_VALUE('publicKey', publicKey, 'must be a public key');
      const info = this[kInfo];
      if (info.signatureDigest === '?') return false;
      try {
        return require('crypto').verify(info.signatureDigest || null, Buffer.from(info.tbs), publicKey, Buffer.from(info.signature));
      } catch {
        return false;
      }
    }

    toString() {
      const b64 = Buffer.from(this[kInfo].der).toString('base64').match(/.{1,64}/g).join('\n');
      return `-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----\n`;
    }

    toJSON() {
      return this.toString();
    }

    toLegacyObject() {
      const info = this[kInfo];
      const fields = (list) => {
        const out = { __proto__: null };
        for (const [k, v] of list) {
          if (out[k] === undefined) out[k] = v;
          else out[k] = [].concat(out[k], v);
        }
        return out;
      };
      const legacy = {
        subject: fields(info.subjectFields),
        issuer: fields(info.issuerFields),
        subjectaltname: this.subjectAltName,
        infoAccess: undefined,
        ca: info.ca,
      };
      const key = this.publicKey;
      const jwk = key.export({ format: 'jwk' });
      if (jwk.kty === 'RSA') {
        legacy.modulus = Buffer.from(jwk.n, 'base64url').toString('hex').toUpperCase();
        legacy.exponent = `0x${Buffer.from(jwk.e, 'base64url').toString('hex').replace(/^0+/, '')}`;
        legacy.pubkey = key.export({ type: 'spki', format: 'der' });
        legacy.bits = key.asymmetricKeyDetails.modulusLength;
      } else if (jwk.kty === 'EC') {
        legacy.pubkey = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x, 'base64url'), Buffer.from(jwk.y, 'base64url')]);
        legacy.bits = Buffer.from(jwk.x, 'base64url').length * 8;
      }
      Object.assign(legacy, {
        valid_from: info.validFrom,
        valid_to: info.validTo,
        fingerprint: this.fingerprint,
        fingerprint256: this.fingerprint256,
        fingerprint512: this.fingerprint512,
        ext_key_usage: this.keyUsage,
        serialNumber: info.serialNumber,
        raw: this.raw,
      });
      if (jwk.kty === 'EC') {
        legacy.asn1Curve = key.asymmetricKeyDetails.namedCurve;
        legacy.nistCurve = jwk.crv;
      } else {
        legacy.asn1Curve = undefined;
        legacy.nistCurve = undefined;
      }
      return legacy;
    }

    [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
      if (depth < 0) return this;
      const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
      return `X509Certificate ${inspect({
        subject: this.subject,
        subjectAltName: this.subjectAltName,
        issuer: this.issuer,
        infoAccess: this.infoAccess,
        validFrom: this.validFrom,
        validTo: this.validTo,
        validFromDate: this.validFromDate,
        validToDate: this.validToDate,
        fingerprint: this.fingerprint,
        fingerprint256: this.fingerprint256,
        fingerprint512: this.fingerprint512,
        keyUsage: this.keyUsage,
        serialNumber: this.serialNumber,
        signatureAlgorithm: this.signatureAlgorithm,
        signatureAlgorithmOid: this.signatureAlgorithmOid,
      }, opts)}`;
    }
  }

  return { X509Certificate };
})();
