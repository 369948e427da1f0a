// node:tls -- its constants, so that packages which require it load; connections, servers
// and secure contexts throw ERR_NOT_IMPLEMENTED until nodus has TLS.
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const { codes } = internals.require('internal/errors');

  function notImplemented(name) {
    return function () {
      throw new codes.ERR_NOT_IMPLEMENTED(`tls.${name}`);
    };
  }

  const tls = {
    CLIENT_RENEG_LIMIT: 3,
    CLIENT_RENEG_WINDOW: 600,
    // OpenSSL's cipher list as Node 24 sets it by default.
    DEFAULT_CIPHERS: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
      'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
      'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:' +
      'DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:' +
      'DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA',
    DEFAULT_ECDH_CURVE: 'auto',
    DEFAULT_MIN_VERSION: 'TLSv1.2',
    DEFAULT_MAX_VERSION: 'TLSv1.3',
  };
  for (const name of ['getCiphers', 'getCertificateCompressionAlgorithms', 'getCACertificates',
    'setDefaultCACertificates', 'convertALPNProtocols', 'checkServerIdentity', 'createSecureContext',
    'SecureContext', 'TLSSocket', 'Server', 'createServer', 'connect']) {
    tls[name] = notImplemented(/^[A-Z]/.test(name) ? name : name + '()');
  }
  Object.defineProperty(tls, 'rootCertificates', {
    get: notImplemented('rootCertificates'),
    enumerable: true,
    configurable: true,
  });
  return tls;
})();
