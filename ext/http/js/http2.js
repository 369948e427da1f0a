// node:http2 -- loads, with Node's constants and default settings, so that packages that
// require it for an optional HTTP/2 mode (fastify, got) work over HTTP/1.1. HTTP/2 itself
// (servers, sessions, connect) throws ERR_NOT_IMPLEMENTED.
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { codes } = require('internal/errors');

  const notImplemented = (name) => require('internal/errors').notImplementedFunction(`http2.${name}`);

  function getDefaultSettings() {
    return {
      headerTableSize: 4096,
      enablePush: true,
      initialWindowSize: 65535,
      maxFrameSize: 16384,
      maxConcurrentStreams: 4294967295,
      maxHeaderSize: 65535,
      maxHeaderListSize: 65535,
      enableConnectProtocol: false,
    };
  }

  function Http2ServerRequest() {
    throw new codes.ERR_NOT_IMPLEMENTED('http2.Http2ServerRequest');
  }
  function Http2ServerResponse() {
    throw new codes.ERR_NOT_IMPLEMENTED('http2.Http2ServerResponse');
  }

  return {
    connect: notImplemented('connect()'),
    constants: require('internal/http2/constants'),
    createServer: notImplemented('createServer()'),
    createSecureServer: notImplemented('createSecureServer()'),
    getDefaultSettings,
    getPackedSettings: notImplemented('getPackedSettings()'),
    getUnpackedSettings: notImplemented('getUnpackedSettings()'),
    performServerHandshake: notImplemented('performServerHandshake()'),
    sensitiveHeaders: Symbol('nodejs.http2.sensitiveHeaders'),
    Http2ServerRequest,
    Http2ServerResponse,
  };
})();
