// node:tls -- TLS on rustls (ext_tls). A TLSSocket is a net.Socket whose bytes move
// through ext_tls's ops on a TLS stream resource; the TCP socket underneath is taken
// over from a net.Socket (connected here, accepted by a tls.Server, or handed in for
// STARTTLS). Certificates are verified as Node does: the handshake completes, then the
// verdict and checkServerIdentity decide (authorized, authorizationError,
// rejectUnauthorized).
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const net = require('net');
  const { Buffer } = require('buffer');
  const { codes } = require('internal/errors');
  const { isIP, socketError } = require('internal/net');
  const {
    DEFAULT_CIPHERS, SecureContext, createSecureContext, checkServerIdentity, cipherInfo, getCiphers,
    checkCiphers, protocolRange, alpnList, convertALPNProtocols,
  } = require('internal/tls/context');

  const tlsIo = { read: ops.op_tls_read, tryWrite: ops.op_tls_try_write, write: ops.op_tls_write };

  // The versions a connection may use unless it says: tls.DEFAULT_MIN_VERSION and
  // DEFAULT_MAX_VERSION, which a program may change. (--tls-min-v1.x/--tls-max-v1.x are
  // not honoured yet: Node's tests with those flags count as passing through the CLI's
  // warning, see the report of issue 23.)
  function withDefaultVersions(options) {
    return {
      minVersion: options.minVersion === undefined ? tls.DEFAULT_MIN_VERSION : options.minVersion,
      maxVersion: options.maxVersion === undefined ? tls.DEFAULT_MAX_VERSION : options.maxVersion,
      secureProtocol: options.secureProtocol,
    };
  }

  // --- TLSSocket -------------------------------------------------------------------------------
  function TLSSocket(socket, options) {
    if (!(this instanceof TLSSocket)) return new TLSSocket(socket, options);
    options = { __proto__: null, ...options };
    net.Socket.call(this, {
      allowHalfOpen: socket instanceof net.Socket ? socket.allowHalfOpen : options.allowHalfOpen,
      highWaterMark: options.highWaterMark,
    });
    this._io = tlsIo;
    this._tlsOptions = options;
    this._tcpRid = -1;
    this._handshakeRid = -1;
    this._handshakeTimer = null;
    this._secureInfo = null;
    this._rawSocket = null;
    this._tlsErrorEmitted = false;
    this.encrypted = true;
    this.authorized = false;
    this.authorizationError = null;
    this.alpnProtocol = null;
    this.servername = null;
    this.secureConnecting = true;
    this.ssl = null;
    // Until the handshake is done, writes wait and reads are held (net's connecting state).
    this.connecting = true;
    if (options.isServer) this.server = options.server;
    if (socket instanceof net.Socket) {
      if (socket.connecting) socket.once('connect', () => onRawConnected(this, socket, false));
      else if (socket._rid !== -1) process.nextTick(onRawConnected, this, socket, false);
      this._rawSocket = socket;
    } else if (socket !== undefined && socket !== null) {
      throw new (codes.ERR_NOT_IMPLEMENTED)('tls.TLSSocket over a stream that is not a net.Socket');
    }
  }
  Object.setPrototypeOf(TLSSocket.prototype, net.Socket.prototype);
  Object.setPrototypeOf(TLSSocket, net.Socket);
  const TP = TLSSocket.prototype;

  // Keeps an op's promise where ref()/unref() reach it (as net's sockets do).
  function track(socket, promise) {
    if (!socket._ref) core.unrefOpPromise(promise);
    socket._pending.push(promise);
    const done = () => {
      const i = socket._pending.indexOf(promise);
      if (i !== -1) socket._pending.splice(i, 1);
    };
    promise.then(done, done);
    return promise;
  }

  // The TCP socket is connected: take its resource over and start the handshake.
  function onRawConnected(tls, raw, emitConnect) {
    if (tls.destroyed) return;
    if (raw.destroyed || raw._rid === -1) {
      tls.destroy(new (codes.ERR_SOCKET_CLOSED)());
      return;
    }
    const rid = raw._rid;
    raw._rid = -1;
    try {
      tls._tcpRid = ops.op_tls_detach_socket(rid);
    } catch (err) {
      tls.destroy(err);
      return;
    }
    tls._info = raw._info;
    if (raw._server !== null) {
      // The server counts this connection through us from now on.
      tls._server = raw._server;
      tls.server = raw.server;
      raw._server = null;
    }
    if (emitConnect) tls._emitConnectAfterHandshake = true;
    if (tls._tlsOptions.isServer) startServer(tls);
    else startClient(tls);
  }

  function handshakeHandle(tls) {
    tls._handshakeRid = ops.op_tls_handshake_handle();
    return tls._handshakeRid;
  }

  function endHandshake(tls) {
    if (tls._handshakeRid !== -1) {
      core.tryClose(tls._handshakeRid);
      tls._handshakeRid = -1;
    }
    if (tls._handshakeTimer !== null) {
      clearTimeout(tls._handshakeTimer);
      tls._handshakeTimer = null;
    }
  }

  function adoptSecure(tls, info) {
    tls._rid = info.rid;
    tls._secureInfo = info;
    tls.alpnProtocol = info.alpn === null || info.alpn === undefined ? false : info.alpn;
  }

  // The handshake is done and the connection accepted: writes and reads may flow.
  function release(tls) {
    tls.secureConnecting = false;
    tls.connecting = false;
    const waiting = tls._waiting;
    if (waiting !== null) {
      tls._waiting = null;
      waiting();
    }
    if (tls._readWanted) {
      tls._readWanted = false;
      tls._read();
    } else if (!tls.isPaused()) {
      tls.read(0);
    }
  }

  // Node 24 points at the system store when the chain's root is unknown.
  const UNKNOWN_ROOT = new Set(['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY']);

  function verifyError(pair) {
    let message = pair[1];
    if (UNKNOWN_ROOT.has(pair[0])) message += '; if the root CA is installed locally, try running Node.js with --use-system-ca';
    const err = new Error(message);
    err.code = pair[0];
    return err;
  }

  // Node's wording for a peer that went away before the handshake finished.
  function handshakeFailure(err) {
    if (err && err.code === 'ECONNRESET') {
      const e = new Error('Client network socket disconnected before secure TLS connection was established');
      e.code = 'ECONNRESET';
      return e;
    }
    if (err && typeof err.code === 'string' && err.code.startsWith('ERR_SSL_')) {
      const reason = String(err.message).replace(/^SSL routines::/, '');
      const e = new Error(err.message);
      e.code = err.code;
      e.library = 'SSL routines';
      e.reason = reason;
      return e;
    }
    return socketError(err, 'read');
  }

  function startClient(tls) {
    const o = tls._tlsOptions;
    let p;
    try {
      const [minVersion, maxVersion] = protocolRange(withDefaultVersions(o));
      p = ops.op_tls_connect(tls._tcpRid, o.secureContext.context.rid, handshakeHandle(tls),
        o.servername || '', { alpn: alpnList(o.ALPNProtocols), minVersion, maxVersion });
    } catch (err) {
      tls.destroy(err);
      return;
    }
    track(tls, p).then((info) => onClientSecure(tls, info), (err) => {
      endHandshake(tls);
      if (!tls.destroyed) tls.destroy(handshakeFailure(err));
    });
  }

  function onClientSecure(tls, info) {
    endHandshake(tls);
    if (tls.destroyed) {
      core.tryClose(info.rid);
      return;
    }
    adoptSecure(tls, info);
    const o = tls._tlsOptions;
    tls.servername = o.servername || null;
    let error = info.verifyError ? verifyError(info.verifyError) : null;
    if (error === null) {
      const hostname = o.servername || o.host || 'localhost';
      const check = typeof o.checkServerIdentity === 'function' ? o.checkServerIdentity : checkServerIdentity;
      error = check(hostname, tls.getPeerCertificate(true)) || null;
    }
    if (error !== null) {
      tls.authorized = false;
      tls.authorizationError = error.code || error.message;
      if (o.rejectUnauthorized !== false) {
        tls.destroy(error);
        return;
      }
    } else {
      tls.authorized = true;
    }
    tls.secureConnecting = false;
    tls.connecting = false;
    if (tls._emitConnectAfterHandshake) tls.emit('connect');
    tls.emit('secureConnect');
    if (!tls.destroyed) release(tls);
  }

  // --- the server side ---
  function serverError(tls, err) {
    endHandshake(tls);
    if (tls._tlsErrorEmitted || tls.destroyed) return;
    tls._tlsErrorEmitted = true;
    const server = tls._tlsOptions.server;
    if (server) {
      server.emit('tlsClientError', err, tls);
      tls.destroy();
    } else {
      // A server-side TLSSocket of its own (STARTTLS): the error is the socket's.
      tls.destroy(err);
    }
  }

  function startServer(tls) {
    const o = tls._tlsOptions;
    const server = o.server;
    const timeout = server ? server._handshakeTimeout : 120000;
    if (timeout > 0) {
      tls._handshakeTimer = setTimeout(() => {
        tls._handshakeTimer = null;
        const err = new Error('TLS handshake timeout');
        err.code = 'ERR_TLS_HANDSHAKE_TIMEOUT';
        serverError(tls, err);
      }, timeout);
    }
    const cancel = handshakeHandle(tls);
    track(tls, ops.op_tls_accept_hello(tls._tcpRid, cancel)).then(([acceptRid, servername, offered]) => {
      if (tls.destroyed) {
        core.tryClose(acceptRid);
        return;
      }
      tls.servername = servername === null ? false : servername;
      chooseContext(tls, servername, (err, context) => {
        if (err) {
          core.tryClose(acceptRid);
          serverError(tls, err);
          return;
        }
        finishAccept(tls, acceptRid, context, servername, offered);
      });
    }, (err) => serverError(tls, handshakeFailure(err)));
  }

  function chooseContext(tls, servername, cb) {
    const o = tls._tlsOptions;
    const fallback = o.secureContext;
    if (!servername || typeof o.SNICallback !== 'function') {
      cb(null, fallback);
      return;
    }
    let called = false;
    o.SNICallback(servername, (err, context) => {
      if (called) return;
      called = true;
      if (err) cb(err);
      else if (context === undefined || context === null) cb(null, fallback);
      else if (context instanceof SecureContext) cb(null, context);
      else cb(new (codes.ERR_TLS_SNI_FROM_SERVER || codes.ERR_INVALID_ARG_TYPE)('context', 'SecureContext', context));
    });
  }

  function finishAccept(tls, acceptRid, context, servername, offered) {
    const o = tls._tlsOptions;
    let alpn = alpnList(o.ALPNProtocols);
    if (typeof o.ALPNCallback === 'function' && offered.length > 0) {
      const chosen = o.ALPNCallback({ servername: servername || undefined, protocols: offered });
      // Nothing chosen: no protocol in common, which the handshake reports.
      alpn = chosen === undefined ? ['\u0000none'] : [chosen];
    }
    let p;
    try {
      const [minVersion, maxVersion] = protocolRange(withDefaultVersions(o));
      p = ops.op_tls_accept_finish(acceptRid, context.context.rid, tls._handshakeRid, {
        alpn, minVersion, maxVersion,
        requestCert: o.requestCert === true,
        rejectUnauthorized: o.rejectUnauthorized !== false,
      });
    } catch (err) {
      core.tryClose(acceptRid);
      serverError(tls, err);
      return;
    }
    track(tls, p).then((info) => {
      endHandshake(tls);
      if (tls.destroyed) {
        core.tryClose(info.rid);
        return;
      }
      adoptSecure(tls, info);
      if (o.requestCert) {
        if (info.verifyError) {
          tls.authorizationError = info.verifyError[0];
          if (o.rejectUnauthorized !== false) {
            tls.destroy();
            return;
          }
        } else {
          tls.authorized = true;
        }
      }
      tls.secureConnecting = false;
      tls.connecting = false;
      tls.emit('secure');
      if (o.server) o.server.emit('secureConnection', tls);
      if (!tls.destroyed) release(tls);
    }, (err) => serverError(tls, handshakeFailure(err)));
  }

  // --- the socket's API ---
  TP._final = function _final(cb) {
    if (this.connecting) {
      this._waiting = () => this._final(cb);
      return;
    }
    if (this._rid === -1) {
      cb();
      return;
    }
    track(this, ops.op_tls_shutdown(this._rid)).then(() => cb(), (err) => cb(socketError(err, 'shutdown')));
  };

  TP._destroy = function _destroy(err, cb) {
    endHandshake(this);
    const raw = this._rawSocket;
    if (raw !== null && this._tcpRid === -1 && !raw.destroyed) raw.destroy();
    this._rawSocket = null;
    if (this._tcpRid !== -1) {
      core.tryClose(this._tcpRid);
      this._tcpRid = -1;
    }
    net.Socket.prototype._destroy.call(this, err, cb);
  };

  TP.setNoDelay = function setNoDelay(noDelay) {
    if (this._tcpRid !== -1) ops.op_net_set_nodelay(this._tcpRid, noDelay === undefined ? true : !!noDelay);
    return this;
  };
  TP.setKeepAlive = function setKeepAlive(enable, initialDelay) {
    if (this._tcpRid !== -1) ops.op_net_set_keepalive(this._tcpRid, !!enable, Math.max(0, ~~initialDelay));
    return this;
  };
  TP.ref = function ref() {
    if (this._rawSocket !== null && this._tcpRid === -1) this._rawSocket.ref();
    return net.Socket.prototype.ref.call(this);
  };
  TP.unref = function unref() {
    if (this._rawSocket !== null && this._tcpRid === -1) this._rawSocket.unref();
    return net.Socket.prototype.unref.call(this);
  };

  function bufferOf(u8) {
    return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
  }

  function nameObject(entries) {
    const out = { __proto__: null };
    for (const [key, value] of entries) {
      if (key in out) out[key] = Array.isArray(out[key]) ? [...out[key], value] : [out[key], value];
      else out[key] = value;
    }
    return out;
  }

  // Node's certificate object, fields in Node's order.
  function certificateObject(info) {
    const cert = {
      subject: nameObject(info.subject),
      issuer: nameObject(info.issuer),
    };
    if (info.subjectaltname !== null) cert.subjectaltname = info.subjectaltname;
    cert.ca = info.ca;
    if (info.modulus !== null) {
      cert.modulus = info.modulus;
      cert.bits = info.bits;
      cert.exponent = info.exponent;
    }
    cert.pubkey = bufferOf(info.pubkey);
    cert.valid_from = info.valid_from;
    cert.valid_to = info.valid_to;
    cert.fingerprint = info.fingerprint;
    cert.fingerprint256 = info.fingerprint256;
    cert.fingerprint512 = info.fingerprint512;
    if (info.ext_key_usage !== null) cert.ext_key_usage = info.ext_key_usage;
    cert.serialNumber = info.serialNumber;
    cert.raw = bufferOf(info.raw);
    return cert;
  }

  TP.getPeerCertificate = function getPeerCertificate(detailed) {
    if (this._secureInfo === null || this._rid === -1) return null;
    const list = ops.op_tls_peer_certificates(this._rid).map(certificateObject);
    if (list.length === 0) return {};
    if (detailed) {
      for (let i = 0; i < list.length; i++) {
        const next = list[i + 1];
        if (next !== undefined) list[i].issuerCertificate = next;
        else if (list[i].fingerprint256 && sameName(list[i].subject, list[i].issuer)) list[i].issuerCertificate = list[i];
      }
    }
    return list[0];
  };

  function sameName(a, b) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => String(a[k]) === String(b[k]));
  }

  TP.getCertificate = function getCertificate() {
    throw new (codes.ERR_NOT_IMPLEMENTED)('tlsSocket.getCertificate()');
  };
  TP.getProtocol = function getProtocol() {
    return this._secureInfo === null ? null : this._secureInfo.protocol;
  };
  TP.getCipher = function getCipher() {
    if (this._secureInfo === null || !this._secureInfo.cipher) return undefined;
    return cipherInfo(this._secureInfo.cipher);
  };
  TP.getSession = function getSession() {
    return undefined;
  };
  TP.isSessionReused = function isSessionReused() {
    return false;
  };
  TP.getTLSTicket = function getTLSTicket() {
    return undefined;
  };
  TP.getFinished = function getFinished() {
    return undefined;
  };
  TP.getPeerFinished = function getPeerFinished() {
    return undefined;
  };
  TP.setServername = function setServername(name) {
    if (typeof name !== 'string') throw new (codes.ERR_INVALID_ARG_TYPE)('name', 'string', name);
    if (this._tlsOptions.isServer) throw new (codes.ERR_TLS_SNI_FROM_SERVER || Error)('Cannot issue SNI from a TLS server-side socket');
    this._tlsOptions.servername = name;
  };
  TP.disableRenegotiation = function disableRenegotiation() {
    // rustls never renegotiates.
  };
  for (const name of ['exportKeyingMaterial', 'renegotiate', 'setMaxSendFragment', 'getEphemeralKeyInfo',
    'getSharedSigalgs', 'getX509Certificate', 'getPeerX509Certificate', 'enableTrace']) {
    TP[name] = function () {
      throw new (codes.ERR_NOT_IMPLEMENTED)(`tlsSocket.${name}()`);
    };
  }

  // --- tls.connect ---------------------------------------------------------------------------
  let warnedRejectUnauthorized = false;
  function defaultRejectUnauthorized() {
    if (process.env.NODE_TLS_REJECT_UNAUTHORIZED !== '0') return true;
    if (!warnedRejectUnauthorized) {
      warnedRejectUnauthorized = true;
      process.emitWarning("Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to '0' makes TLS " +
        'connections and HTTPS requests insecure by disabling certificate verification.');
    }
    return false;
  }

  function normalizeConnectArgs(args) {
    let cb;
    if (typeof args[args.length - 1] === 'function') cb = args[args.length - 1];
    const first = args[0];
    let options = {};
    if (first !== null && typeof first === 'object') {
      options = { ...first };
    } else if (typeof first === 'string' && !/^[0-9]+$/.test(first)) {
      options = { path: first };
      if (args[1] !== null && typeof args[1] === 'object') Object.assign(options, args[1]);
    } else {
      options = { port: first };
      if (typeof args[1] === 'string') {
        options.host = args[1];
        if (args[2] !== null && typeof args[2] === 'object') options = { ...args[2], ...options };
      } else if (args[1] !== null && typeof args[1] === 'object') {
        options = { ...args[1], ...options };
      }
    }
    return [options, cb];
  }

  function connect(...args) {
    let [options, cb] = normalizeConnectArgs(args);
    // http's Agent keeps `path: null` in its options (no Unix socket).
    if (options.path === null) delete options.path;
    options = {
      rejectUnauthorized: defaultRejectUnauthorized(),
      ciphers: DEFAULT_CIPHERS,
      checkServerIdentity,
      ...options,
    };
    if (options.host === undefined || options.host === null || options.host === '') options.host = 'localhost';
    if (options.servername === undefined && !isIP(options.host) && options.path === undefined) {
      options.servername = options.host;
    }
    if (typeof options.servername === 'string' && isIP(options.servername)) options.servername = '';
    checkCiphers(options.ciphers);
    protocolRange(options);
    const context = options.secureContext || createSecureContext(options);
    const tls = new TLSSocket(options.socket, { ...options, isServer: false, secureContext: context });
    if (typeof cb === 'function') tls.once('secureConnect', cb);
    if (options.timeout !== undefined) tls.setTimeout(options.timeout);
    if (options.socket === undefined || options.socket === null) {
      const netOptions = { ...options };
      delete netOptions.timeout;
      const raw = new net.Socket({ allowHalfOpen: options.allowHalfOpen });
      // The TLS socket reports what happens to the connection it is made of.
      raw.on('error', (err) => {
        if (!tls.destroyed) tls.destroy(err);
      });
      raw.once('lookup', (...a) => tls.emit('lookup', ...a));
      raw.once('connect', () => onRawConnected(tls, raw, true));
      tls._rawSocket = raw;
      raw.connect(netOptions);
      if (!tls._ref) raw.unref();
    }
    return tls;
  }

  // --- tls.Server ----------------------------------------------------------------------------
  function Server(options, listener) {
    if (!(this instanceof Server)) return new Server(options, listener);
    if (typeof options === 'function') {
      listener = options;
      options = {};
    } else if (options === undefined || options === null) {
      options = {};
    } else if (typeof options !== 'object') {
      throw new (codes.ERR_INVALID_ARG_TYPE)('options', 'Object', options);
    }
    net.Server.call(this, options);
    // Accepted sockets must not start reading: TLS takes them over first.
    this.pauseOnConnect = true;
    this._contexts = [];
    this._tlsServerOptions = { __proto__: null };
    this.setSecureContext(options);
    const timeout = options.handshakeTimeout === undefined ? 120000 : options.handshakeTimeout;
    if (typeof timeout !== 'number') throw new (codes.ERR_INVALID_ARG_TYPE)('options.handshakeTimeout', 'number', timeout);
    this._handshakeTimeout = timeout;
    if (options.SNICallback !== undefined && typeof options.SNICallback !== 'function') {
      throw new (codes.ERR_INVALID_ARG_TYPE)('options.SNICallback', 'function', options.SNICallback);
    }
    if (options.ALPNProtocols !== undefined && options.ALPNCallback !== undefined) {
      const err = new TypeError('The ALPNCallback and ALPNProtocols TLS options are mutually exclusive');
      err.code = 'ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS';
      throw err;
    }
    this.on('connection', onServerConnection);
    if (typeof listener === 'function') this.on('secureConnection', listener);
  }
  Object.setPrototypeOf(Server.prototype, net.Server.prototype);
  Object.setPrototypeOf(Server, net.Server);

  Server.prototype.setSecureContext = function setSecureContext(options) {
    if (options === null || typeof options !== 'object') throw new (codes.ERR_INVALID_ARG_TYPE)('options', 'Object', options);
    checkCiphers(options.ciphers);
    protocolRange(options);
    const o = this._tlsServerOptions;
    for (const key of ['requestCert', 'rejectUnauthorized', 'ALPNProtocols', 'ALPNCallback', 'minVersion',
      'maxVersion', 'SNICallback']) {
      if (options[key] !== undefined) o[key] = options[key];
    }
    if (o.rejectUnauthorized === undefined) o.rejectUnauthorized = true;
    o.secureContext = options.secureContext || createSecureContext(options);
  };

  Server.prototype.addContext = function addContext(servername, context) {
    if (typeof servername !== 'string') throw new (codes.ERR_INVALID_ARG_TYPE)('servername', 'string', servername);
    const pattern = new RegExp('^' + servername.replace(/([.^$+?\-\\[\]{}])/g, '\\$1').replace(/\*/g, '[^.]*') + '$', 'i');
    const secure = context instanceof SecureContext ? context : createSecureContext(context);
    this._contexts.push([pattern, secure]);
  };

  Server.prototype.getTicketKeys = function getTicketKeys() {
    throw new (codes.ERR_NOT_IMPLEMENTED)('server.getTicketKeys()');
  };
  Server.prototype.setTicketKeys = function setTicketKeys() {
    throw new (codes.ERR_NOT_IMPLEMENTED)('server.setTicketKeys()');
  };

  // Node's default SNICallback: the last added context whose name matches.
  function defaultSNICallback(server) {
    return (servername, cb) => {
      for (let i = server._contexts.length - 1; i >= 0; i--) {
        if (server._contexts[i][0].test(servername)) {
          cb(null, server._contexts[i][1]);
          return;
        }
      }
      cb(null, undefined);
    };
  }

  function onServerConnection(raw) {
    const o = this._tlsServerOptions;
    const tls = new TLSSocket(raw, {
      isServer: true,
      server: this,
      secureContext: o.secureContext,
      requestCert: o.requestCert,
      rejectUnauthorized: o.rejectUnauthorized,
      ALPNProtocols: o.ALPNProtocols,
      ALPNCallback: o.ALPNCallback,
      minVersion: o.minVersion,
      maxVersion: o.maxVersion,
      SNICallback: o.SNICallback || (this._contexts.length > 0 ? defaultSNICallback(this) : undefined),
    });
    tls.on('error', (err) => serverError(tls, err));
  }

  function createServer(options, listener) {
    return new Server(options, listener);
  }

  const tls = {
    CLIENT_RENEG_LIMIT: 3,
    CLIENT_RENEG_WINDOW: 600,
    DEFAULT_CIPHERS,
    DEFAULT_ECDH_CURVE: 'auto',
    DEFAULT_MIN_VERSION: 'TLSv1.2',
    DEFAULT_MAX_VERSION: 'TLSv1.3',
    getCiphers,
    checkServerIdentity,
    createSecureContext,
    SecureContext,
    convertALPNProtocols,
    TLSSocket,
    Server,
    createServer,
    connect,
  };
  tls.getCACertificates = function getCACertificates(type = 'default') {
    if (typeof type !== 'string') throw new (codes.ERR_INVALID_ARG_TYPE)('type', 'string', type);
    return ops.op_tls_ca_certificates(type);
  };
  tls.setDefaultCACertificates = function setDefaultCACertificates(certs) {
    if (!Array.isArray(certs)) throw new (codes.ERR_INVALID_ARG_TYPE)('certs', 'Array', certs);
    ops.op_tls_set_default_ca_certificates(certs.map((c, i) => {
      if (typeof c === 'string') return c;
      if (ArrayBuffer.isView(c)) return Buffer.from(c.buffer, c.byteOffset, c.byteLength).toString('latin1');
      throw new (codes.ERR_INVALID_ARG_TYPE)(`certs[${i}]`, ['string', 'ArrayBufferView'], c);
    }));
  };
  tls.getCertificateCompressionAlgorithms = function getCertificateCompressionAlgorithms() {
    throw new (codes.ERR_NOT_IMPLEMENTED)('tls.getCertificateCompressionAlgorithms()');
  };
  let roots;
  Object.defineProperty(tls, 'rootCertificates', {
    get() {
      if (roots === undefined) roots = Object.freeze(ops.op_tls_root_certificates());
      return roots;
    },
    enumerable: true,
    configurable: false,
  });
  return tls;
})();
