// node:net -- for now: isIP/isIPv4/isIPv6, the listen plumbing that node:http builds on,
// and Server/Socket classes that say clearly what is not implemented yet.
(function () {
  'use strict';
  const { core, internals } = globalThis.__bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const EventEmitter = require('events');

  function codes() {
    return require('internal/errors').codes;
  }

  function isIP(input) {
    return ops.op_net_is_ip(String(input));
  }
  function isIPv4(input) {
    return isIP(input) === 4;
  }
  function isIPv6(input) {
    return isIP(input) === 6;
  }

  // The error Node gives for a failed listen: "listen EADDRINUSE: address already in use
  // 127.0.0.1:8080", with code, errno, syscall, address and port.
  function listenError(err, address, port) {
    if (err === null || typeof err !== 'object' || typeof err.code !== 'string' || typeof err.errno !== 'number') {
      return err;
    }
    // The op's message is "CODE: description, syscall".
    let description = err.message;
    const prefix = err.code + ': ';
    if (description.startsWith(prefix)) description = description.slice(prefix.length);
    const comma = description.lastIndexOf(', ');
    if (comma !== -1) description = description.slice(0, comma);
    const syscall = err.syscall === 'getaddrinfo' ? 'getaddrinfo' : 'listen';
    let message;
    if (syscall === 'getaddrinfo') {
      message = 'getaddrinfo ' + err.code + ' ' + address;
    } else {
      message = syscall + ' ' + err.code + ': ' + description + ' ' + address + (port > 0 ? ':' + port : '');
    }
    const e = new Error(message);
    e.code = err.code;
    e.errno = err.errno;
    e.syscall = syscall;
    if (syscall === 'getaddrinfo') {
      e.hostname = address;
    } else {
      e.address = address;
      if (port > 0) e.port = port;
    }
    return e;
  }

  function validatePort(port, name) {
    if (port === undefined || port === null) return 0;
    let n = port;
    if (typeof n === 'string' && n.trim() !== '') n = Number(n);
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 0xffff) {
      throw new (codes().ERR_SOCKET_BAD_PORT)(name || 'options.port', port, true);
    }
    return n;
  }

  // Normalizes listen()'s many forms into { port, host, backlog, path, callback }.
  function normalizeListenArgs(args) {
    const out = { port: 0, host: undefined, backlog: 0, path: undefined, callback: undefined };
    let n = args.length;
    if (n > 0 && typeof args[n - 1] === 'function') {
      out.callback = args[n - 1];
      n--;
    }
    if (n === 0) return out;
    const first = args[0];
    if (first !== null && typeof first === 'object') {
      if (first.path !== undefined) out.path = first.path;
      out.port = validatePort(first.port, 'options.port');
      if (first.host !== undefined) out.host = String(first.host);
      if (first.backlog !== undefined) out.backlog = first.backlog | 0;
      return out;
    }
    if (typeof first === 'string' && first !== '' && !/^[0-9]+$/.test(first.trim())) {
      out.path = first;
      return out;
    }
    out.port = validatePort(first, 'options.port');
    let i = 1;
    if (i < n && typeof args[i] === 'string') {
      out.host = args[i];
      i++;
    } else if (i < n && (args[i] === undefined || args[i] === null)) {
      i++;
    }
    if (i < n && typeof args[i] === 'number') out.backlog = args[i] | 0;
    return out;
  }

  // Binds a TCP listener now; returns { rid, address: { address, family, port } } or
  // throws Node's listen error.
  function listenTcp(host, port, backlog) {
    let info;
    try {
      info = ops.op_net_listen_tcp(host === undefined ? '' : host, port, backlog | 0);
    } catch (err) {
      throw listenError(err, host === undefined || host === '' ? '::' : host, port);
    }
    return { rid: info[0], address: { address: info[1], family: info[2], port: info[3] } };
  }

  // net.Server: the base class of http.Server. Its own TCP serving (connection events,
  // sockets) is not implemented yet.
  function Server(options, connectionListener) {
    if (!(this instanceof Server)) return new Server(options, connectionListener);
    EventEmitter.call(this);
    if (typeof options === 'function') connectionListener = options;
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
    this._connections = 0;
  }
  Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(Server, EventEmitter);
  Server.prototype.listen = function listen() {
    throw new (codes().ERR_NOT_IMPLEMENTED)('net.Server.prototype.listen (plain TCP servers)');
  };

  function Socket() {
    throw new (codes().ERR_NOT_IMPLEMENTED)('net.Socket');
  }
  Object.setPrototypeOf(Socket.prototype, EventEmitter.prototype);

  function createServer(options, connectionListener) {
    return new Server(options, connectionListener);
  }
  function connect() {
    throw new (codes().ERR_NOT_IMPLEMENTED)('net.connect');
  }

  const net = {
    isIP,
    isIPv4,
    isIPv6,
    Server,
    Socket,
    Stream: Socket,
    createServer,
    connect,
    createConnection: connect,
  };
  // For node:http, not part of Node's API.
  Object.defineProperty(net, Symbol.for('nodus.net.internal'), {
    value: { listenTcp, normalizeListenArgs, listenError },
    enumerable: false,
  });
  return net;
})();
