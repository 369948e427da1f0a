// node:https -- the http client over tls.connect (the Agent's createConnection, pooling
// as http's Agent does, keyed by the TLS options too), and https.Server: http.Server on
// hyper with TLS accepted in Rust.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const http = require('http');
  const { isIP } = require('internal/net');
  const { codes } = require('internal/errors');
  const { protocolRange } = require('internal/tls/context');

  // The options that make a pooled TLS connection different from another, in Node's order.
  const TLS_NAME_KEYS = ['ca', 'cert', 'clientCertEngine', 'ciphers', 'key', 'pfx', 'rejectUnauthorized',
    'servername', 'minVersion', 'maxVersion', 'secureProtocol', 'crl', 'honorCipherOrder', 'ecdhCurve',
    'dhparam', 'secureOptions', 'sessionIdContext', 'sigalgs', 'privateKeyIdentifier', 'privateKeyEngine'];

  function Agent(options) {
    if (!(this instanceof Agent)) return new Agent(options);
    http.Agent.call(this, options);
    this.defaultPort = 443;
    this.protocol = 'https:';
    this.options.defaultPort = 443;
    this.options.protocol = 'https:';
    this.maxCachedSessions = this.options.maxCachedSessions;
    if (this.maxCachedSessions === undefined) this.maxCachedSessions = 100;
  }
  Object.setPrototypeOf(Agent.prototype, http.Agent.prototype);
  Object.setPrototypeOf(Agent, http.Agent);

  Agent.prototype.getName = function getName(options = {}) {
    let name = http.Agent.prototype.getName.call(this, options);
    for (const key of TLS_NAME_KEYS) {
      name += ':';
      const value = options[key];
      if (key === 'rejectUnauthorized') {
        if (value !== undefined) name += value;
      } else if (key === 'servername') {
        if (value && value !== options.host) name += value;
      } else if (key === 'secureOptions') {
        if (value !== undefined) name += value;
      } else if (value) {
        name += value;
      }
    }
    return name;
  };

  // http's Agent does not pass a request's servername on: keep it for createConnection.
  Agent.prototype.addRequest = function addRequest(req, options) {
    if (options && options.servername !== undefined) options._tlsServername = options.servername;
    return http.Agent.prototype.addRequest.call(this, req, options);
  };

  Agent.prototype.createConnection = function createConnection(...args) {
    let options;
    if (args[0] !== null && typeof args[0] === 'object') {
      options = { ...args[0] };
    } else {
      options = { ...(typeof args[2] === 'object' ? args[2] : typeof args[1] === 'object' ? args[1] : {}) };
      if (typeof args[0] === 'number' || typeof args[0] === 'string') options.port = args[0];
      if (typeof args[1] === 'string') options.host = args[1];
    }
    if (options._tlsServername !== undefined) options.servername = options._tlsServername;
    if (!options.servername && options.servername !== '') {
      const host = options.host || 'localhost';
      options.servername = isIP(host) ? '' : host;
    }
    return require('tls').connect(options);
  };

  const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

  function withDefaultAgent(input, options, cb) {
    if (typeof options === 'function') {
      cb = options;
      options = undefined;
    }
    if (typeof input === 'string' || input instanceof URL) {
      return [input, { ...options, _defaultAgent: module.globalAgent }, cb];
    }
    if (typeof input === 'function') return [{ _defaultAgent: module.globalAgent }, input];
    return [{ ...input, ...options, _defaultAgent: module.globalAgent }, cb];
  }

  function request(input, options, cb) {
    const args = withDefaultAgent(input, options, cb);
    return new http.ClientRequest(...args);
  }

  function get(input, options, cb) {
    const req = request(input, options, cb);
    req.end();
    return req;
  }

  // --- Server: http.Server on the same hyper path, each connection's TLS handshake done
  // in Rust (ext/http/src/server/tls.rs) before hyper serves it.
  function Server(options, requestListener) {
    if (!(this instanceof Server)) return new Server(options, requestListener);
    if (typeof options === 'function') {
      requestListener = options;
      options = {};
    } else if (options === undefined || options === null) {
      options = {};
    }
    const tls = require('tls');
    for (const unsupported of ['requestCert', 'SNICallback', 'ALPNCallback']) {
      if (options[unsupported]) throw new (codes.ERR_NOT_IMPLEMENTED)(`https.Server option ${unsupported}`);
    }
    // Checked (and parsed) now, as Node does: a bad key or certificate throws here.
    this._tlsContext = options.secureContext || tls.createSecureContext(options);
    this._tlsOptions = { minVersion: options.minVersion, maxVersion: options.maxVersion };
    http.Server.call(this, options, requestListener);
    this.prependListener('request', markEncrypted);
  }

  // req.socket stands for a connection hyper serves; over TLS it says so.
  function markEncrypted(req) {
    const socket = req.socket;
    if (socket !== null && socket.encrypted !== true) socket.encrypted = true;
  }
  Object.setPrototypeOf(Server.prototype, http.Server.prototype);
  Object.setPrototypeOf(Server, http.Server);

  Server.prototype._listenOn = function _listenOn(listenerRid, address) {
    http.Server.prototype._listenOn.call(this, listenerRid, address);
    const [minVersion, maxVersion] = protocolRange(this._tlsOptions);
    // Before any connection is accepted: the accept loop runs once JS yields.
    ops.op_http_serve_tls(this._rid, this._tlsContext.context.rid, { alpn: ['http/1.1'], minVersion, maxVersion });
  };

  function createServer(options, requestListener) {
    return new Server(options, requestListener);
  }

  const module = {
    Agent,
    globalAgent,
    Server,
    createServer,
    get,
    request,
  };
  return module;
})();
