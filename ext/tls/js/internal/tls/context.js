// internal/tls/context -- secure contexts over ext_tls's ops, the option checks tls.connect
// and tls.Server share (versions, ciphers, ALPN), and checkServerIdentity.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const { Buffer } = require('buffer');
  const { codes } = require('internal/errors');
  const { isIP } = require('internal/net');

  // OpenSSL's cipher list as Node 24 sets it by default.
  const DEFAULT_CIPHERS = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
    'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
    'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:' +
    'DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:' +
    'DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';

  // What rustls (ring) negotiates: [rustls name, OpenSSL name, IANA name, version].
  const SUITES = [
    ['TLS13_AES_256_GCM_SHA384', 'TLS_AES_256_GCM_SHA384', 'TLS_AES_256_GCM_SHA384', 'TLSv1.3'],
    ['TLS13_AES_128_GCM_SHA256', 'TLS_AES_128_GCM_SHA256', 'TLS_AES_128_GCM_SHA256', 'TLSv1.3'],
    ['TLS13_CHACHA20_POLY1305_SHA256', 'TLS_CHACHA20_POLY1305_SHA256', 'TLS_CHACHA20_POLY1305_SHA256', 'TLSv1.3'],
    ['TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384', 'TLSv1.2'],
    ['TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'ECDHE-ECDSA-AES128-GCM-SHA256', 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'TLSv1.2'],
    ['TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256', 'ECDHE-ECDSA-CHACHA20-POLY1305', 'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256', 'TLSv1.2'],
    ['TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384', 'ECDHE-RSA-AES256-GCM-SHA384', 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384', 'TLSv1.2'],
    ['TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', 'TLSv1.2'],
    ['TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256', 'ECDHE-RSA-CHACHA20-POLY1305', 'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256', 'TLSv1.2'],
  ];

  // `getCipher()` for a suite rustls named.
  function cipherInfo(rustlsName) {
    for (const s of SUITES) {
      if (s[0] === rustlsName) return { name: s[1], standardName: s[2], version: s[3] };
    }
    return { name: rustlsName, standardName: rustlsName, version: 'unknown' };
  }

  function getCiphers() {
    return SUITES.map((s) => s[1].toLowerCase());
  }

  // OpenSSL's keywords a cipher string may use besides suite names.
  const CIPHER_KEYWORDS = new Set(['HIGH', 'MEDIUM', 'LOW', 'DEFAULT', 'ALL', 'COMPLEMENTOFALL',
    'COMPLEMENTOFDEFAULT', 'ECDHE', 'EECDH', 'AESGCM', 'AES', 'AES128', 'AES256', 'CHACHA20',
    'ECDSA', 'RSA', 'aRSA', 'aECDSA', 'kECDHE', 'SHA256', 'SHA384', 'TLSv1.2', 'TLSv1.3', '@STRENGTH',
    '@SECLEVEL=0', '@SECLEVEL=1', '@SECLEVEL=2']);

  // rustls has a fixed set of suites: a cipher string is accepted when it names at least
  // one of them (or a keyword); one that names none is OpenSSL's "no cipher match".
  function checkCiphers(ciphers) {
    if (ciphers === undefined || ciphers === null) return;
    if (typeof ciphers !== 'string') throw new (codes.ERR_INVALID_ARG_TYPE)('options.ciphers', 'string', ciphers);
    const known = new Set(SUITES.map((s) => s[1]));
    for (const part of ciphers.split(/[:, ]+/)) {
      if (part === '' || part[0] === '!' || part[0] === '-') continue;
      const name = part[0] === '+' ? part.slice(1) : part;
      if (known.has(name) || CIPHER_KEYWORDS.has(name) || name.startsWith('@')) return;
    }
    const err = new Error('No cipher match');
    err.code = 'ERR_SSL_NO_CIPHER_MATCH';
    err.library = 'SSL routines';
    err.reason = 'no cipher match';
    throw err;
  }

  const VERSIONS = { 'TLSv1': 10, 'TLSv1.1': 11, 'TLSv1.2': 12, 'TLSv1.3': 13 };

  function invalidVersion(value, which) {
    const err = new TypeError(`${value} is not a valid ${which} TLS protocol version`);
    err.code = 'ERR_TLS_INVALID_PROTOCOL_VERSION';
    return err;
  }

  // [min, max] as 12/13 for ext_tls. rustls speaks TLS 1.2 and 1.3 only: a lower minimum
  // is raised to 1.2; a maximum below 1.2 cannot be honoured and says so.
  function protocolRange(options) {
    let min = 12;
    let max = 13;
    if (options.minVersion !== undefined) {
      if (!(options.minVersion in VERSIONS)) throw invalidVersion(options.minVersion, 'minimum');
      min = Math.max(12, VERSIONS[options.minVersion]);
    }
    if (options.maxVersion !== undefined) {
      if (!(options.maxVersion in VERSIONS)) throw invalidVersion(options.maxVersion, 'maximum');
      max = VERSIONS[options.maxVersion];
      if (max < 12) throw new (codes.ERR_NOT_IMPLEMENTED)(`tls maxVersion ${options.maxVersion} (rustls speaks TLS 1.2 and 1.3)`);
    }
    if (options.secureProtocol !== undefined) {
      throw new (codes.ERR_NOT_IMPLEMENTED)('tls option secureProtocol (use minVersion/maxVersion)');
    }
    return [min, max];
  }

  // ALPNProtocols as a list of names: an array of strings or buffers, or a buffer in
  // the wire format (length-prefixed names).
  function alpnList(protocols) {
    if (protocols === undefined || protocols === null) return [];
    if (Array.isArray(protocols)) {
      return protocols.map((p) => (typeof p === 'string' ? p : Buffer.from(p).toString('latin1')));
    }
    if (ArrayBuffer.isView(protocols)) {
      const buf = Buffer.from(protocols.buffer, protocols.byteOffset, protocols.byteLength);
      const out = [];
      for (let i = 0; i < buf.length;) {
        const n = buf[i];
        out.push(buf.toString('latin1', i + 1, i + 1 + n));
        i += 1 + n;
      }
      return out;
    }
    throw new (codes.ERR_INVALID_ARG_TYPE)('options.ALPNProtocols', ['Array', 'Buffer', 'TypedArray', 'DataView'], protocols);
  }

  // The wire format, as tls.convertALPNProtocols writes it into `out.ALPNProtocols`.
  function convertALPNProtocols(protocols, out) {
    if (Array.isArray(protocols)) {
      const parts = [];
      for (const p of protocols) {
        const b = Buffer.from(p);
        if (b.length > 255) throw new (codes.ERR_OUT_OF_RANGE)('The byte length of the protocol at index 0', '<= 255', b.length);
        parts.push(Buffer.from([b.length]), b);
      }
      out.ALPNProtocols = Buffer.concat(parts);
    } else if (ArrayBuffer.isView(protocols)) {
      out.ALPNProtocols = Buffer.from(protocols.buffer, protocols.byteOffset, protocols.byteLength);
    }
  }

  // PEM texts (or DER bytes as latin1) from a string, Buffer, or an array of either
  // (key entries may also be { pem, passphrase }).
  function pemTexts(value, name) {
    if (value === undefined || value === null) return undefined;
    const list = Array.isArray(value) ? value : [value];
    return list.map((item) => {
      if (item !== null && typeof item === 'object' && !ArrayBuffer.isView(item) && 'pem' in item) item = item.pem;
      if (typeof item === 'string') return item;
      if (ArrayBuffer.isView(item)) return Buffer.from(item.buffer, item.byteOffset, item.byteLength).toString('latin1');
      throw new (codes.ERR_INVALID_ARG_TYPE)(`options.${name}`, ['string', 'Buffer', 'TypedArray', 'DataView'], item);
    });
  }

  // Closes a context's Rust side once its SecureContext is garbage.
  const released = typeof FinalizationRegistry === 'function'
    ? new FinalizationRegistry((rid) => core.tryClose(rid))
    : null;

  function SecureContext(rid) {
    this.context = { rid };
    if (released !== null) released.register(this, rid);
  }

  function createSecureContext(options) {
    if (options === undefined || options === null) options = {};
    else if (typeof options !== 'object') throw new (codes.ERR_INVALID_ARG_TYPE)('options', 'Object', options);
    if (options.pfx !== undefined && options.pfx !== null) {
      throw new (codes.ERR_NOT_IMPLEMENTED)('tls option pfx (PKCS#12); use key and cert');
    }
    if (options.passphrase !== undefined && options.passphrase !== null) {
      throw new (codes.ERR_NOT_IMPLEMENTED)('tls option passphrase (encrypted private keys)');
    }
    protocolRange(options);
    checkCiphers(options.ciphers);
    const spec = { key: pemTexts(options.key, 'key') || [], cert: pemTexts(options.cert, 'cert') || [] };
    const ca = pemTexts(options.ca, 'ca');
    if (ca !== undefined) spec.ca = ca;
    return new SecureContext(ops.op_tls_create_context(spec));
  }

  // --- checkServerIdentity, with Node's rules and wording --------------------------------------
  function wildcardMatch(hostParts, pattern) {
    const patternParts = pattern.toLowerCase().split('.');
    if (hostParts.length !== patternParts.length || patternParts.includes('')) return false;
    // Only the left-most label may hold a wildcard, and not in an IDN label.
    for (let i = 1; i < patternParts.length; i++) {
      if (patternParts[i] !== hostParts[i]) return false;
    }
    const first = patternParts[0];
    if (!first.includes('*')) return first === hostParts[0];
    if (first.startsWith('xn--') || patternParts.length < 3) return false;
    const star = first.indexOf('*');
    const head = first.slice(0, star);
    const tail = first.slice(star + 1);
    if (tail.includes('*')) return false;
    const label = hostParts[0];
    return label.length >= head.length + tail.length && label.startsWith(head) && label.endsWith(tail);
  }

  function canonicalIP(ip) {
    if (isIP(ip) !== 6) return ip;
    // Expand to the form the certificate text uses (uppercase hex, no zero-compression).
    const [head, tail] = ip.split('::');
    const h = head ? head.split(':') : [];
    const t = tail !== undefined && tail !== '' ? tail.split(':') : [];
    const middle = tail !== undefined ? new Array(8 - h.length - t.length).fill('0') : [];
    return [...h, ...middle, ...t].map((p) => parseInt(p, 16).toString(16).toUpperCase()).join(':');
  }

  function checkServerIdentity(hostname, cert) {
    const subject = cert && cert.subject;
    const altNames = cert && cert.subjectaltname;
    const dnsNames = [];
    const ips = [];
    hostname = '' + hostname;
    if (altNames) {
      for (const name of altNames.split(', ')) {
        if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
        else if (name.startsWith('IP Address:')) ips.push(canonicalIP(name.slice(11)));
      }
    }
    let valid = false;
    let reason = 'Unknown reason';
    hostname = hostname.replace(/\.$/, '');
    if (isIP(hostname)) {
      valid = ips.includes(canonicalIP(hostname));
      if (!valid) reason = `IP: ${hostname} is not in the cert's list: ` + ips.join(', ');
    } else if (dnsNames.length > 0 || (subject && subject.CN)) {
      const hostParts = hostname.toLowerCase().split('.');
      if (dnsNames.length > 0) {
        valid = dnsNames.some((pattern) => wildcardMatch(hostParts, pattern));
        if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
      } else {
        const cn = subject.CN;
        valid = Array.isArray(cn) ? cn.some((c) => wildcardMatch(hostParts, c)) : wildcardMatch(hostParts, cn);
        if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
      }
    } else {
      reason = 'Cert does not contain a DNS name';
    }
    if (valid) return undefined;
    const err = new (codes.ERR_TLS_CERT_ALTNAME_INVALID)(reason);
    err.reason = reason;
    err.host = hostname;
    err.cert = cert;
    return err;
  }

  return {
    DEFAULT_CIPHERS,
    SecureContext,
    createSecureContext,
    checkServerIdentity,
    cipherInfo,
    getCiphers,
    checkCiphers,
    protocolRange,
    alpnList,
    convertALPNProtocols,
  };
})();
