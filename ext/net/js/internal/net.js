// internal/net -- what node:net shares with node:http and node:cluster: listen()'s
// argument forms, binding TCP/Unix/fd listeners, Node's wording for listen and socket
// errors, and the hook through which a cluster worker asks the primary for its socket.
// User code cannot require it.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const { validateAbortSignal } = require('internal/validators');

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
      message = syscall + ' ' + err.code + ': ' + description;
      if (address !== '') message += ' ' + address + (port > 0 ? ':' + port : '');
    }
    const e = new Error(message);
    e.code = err.code;
    e.errno = err.errno;
    e.syscall = syscall;
    if (syscall === 'getaddrinfo') {
      e.hostname = address;
    } else if (address !== '') {
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
      throw new (codes.ERR_SOCKET_BAD_PORT)(name || 'options.port', port, true);
    }
    return n;
  }

  // A string that is not a number names a Unix socket (Node's isPipeName).
  function isPipeName(s) {
    return typeof s === 'string' && !(Number(s) >= 0);
  }

  // Normalizes listen()'s many forms into { port, host, backlog, path, fd, exclusive,
  // flags, signal, callback }, with Node's rules and errors: a port of undefined or null
  // (or none at all) is any port, an options object needs a port or a path.
  function normalizeListenArgs(args) {
    const out = {
      port: 0, host: undefined, backlog: 0, path: undefined, fd: undefined, exclusive: false, flags: 0,
      signal: undefined, callback: undefined,
    };
    const n = args.length;
    if (n > 0 && typeof args[n - 1] === 'function') out.callback = args[n - 1];
    let options;
    const first = args[0];
    if (n === 0) {
      options = {};
    } else if (first !== null && typeof first === 'object') {
      options = first;
    } else if (isPipeName(first)) {
      options = { path: first };
    } else {
      options = { port: first };
      if (n > 1 && typeof args[1] === 'string') options.host = args[1];
    }
    const toNumber = (x) => (Number(x) >= 0 ? Number(x) : false);
    const backlogFromArgs = toNumber(n > 1 && args[1]) || toNumber(n > 2 && args[2]);
    if (options.signal !== undefined) {
      validateAbortSignal(options.signal, 'options.signal');
      out.signal = options.signal;
    }
    out.exclusive = options.exclusive === true;
    // Bits of op_net_listen_tcp's flags.
    if (options.reusePort === true) out.flags |= 1;
    if (options.ipv6Only === true) out.flags |= 2;
    if (typeof options.fd === 'number' && options.fd >= 0) {
      out.fd = options.fd;
      return out;
    }
    let port = options.port;
    if (n === 0 || typeof first === 'function' || (port === undefined && 'port' in options) || port === null) {
      port = 0;
    }
    if (typeof port === 'number' || typeof port === 'string') {
      out.port = validatePort(port, 'options.port');
      out.backlog = (options.backlog || backlogFromArgs) | 0;
      if (options.host) out.host = String(options.host);
      return out;
    }
    if (options.path && isPipeName(options.path)) {
      out.path = options.path;
      out.backlog = (options.backlog || backlogFromArgs) | 0;
      return out;
    }
    if (!('port' in options || 'path' in options)) {
      throw new (codes.ERR_INVALID_ARG_VALUE)('options', options, 'must have the property "port" or "path"');
    }
    throw new (codes.ERR_INVALID_ARG_VALUE)('options', options);
  }

  // Binds a TCP listener now; returns { rid, address: { address, family, port } } or
  // throws Node's listen error.
  function listenTcp(host, port, backlog, flags) {
    let info;
    try {
      info = ops.op_net_listen_tcp(host === undefined ? '' : host, port, backlog | 0, flags | 0);
    } catch (err) {
      throw listenError(err, host === undefined || host === '' ? '::' : host, port);
    }
    return { rid: info[0], address: { address: info[1], family: info[2], port: info[3] } };
  }

  // Binds a Unix domain socket listener now; same shape as listenTcp, the address is the
  // path.
  function listenUnix(path, backlog) {
    let info;
    try {
      info = ops.op_net_listen_unix(path, backlog | 0);
    } catch (err) {
      throw listenError(err, path, 0);
    }
    return { rid: info[0], address: path };
  }

  // Takes over the listening socket `fd` (listen({ fd }), a server passed from another
  // process); same shape as listenTcp, or listenUnix for a Unix socket.
  function listenFd(fd) {
    let info;
    try {
      info = ops.op_net_listen_fd(fd);
    } catch (err) {
      throw listenError(err, '', 0);
    }
    if (info[2] === '') return { rid: info[0], address: info[1] };
    return { rid: info[0], address: { address: info[1], family: info[2], port: info[3] } };
  }

  // --- errors -------------------------------------------------------------------------------
  // Node's wording for a failed socket call: "read ECONNRESET", "connect ECONNREFUSED
  // 127.0.0.1:80", with code, errno and syscall (and address/port where there is one).
  function socketError(err, syscall, address, port) {
    if (err === null || typeof err !== 'object' || typeof err.code !== 'string') return err;
    let where = '';
    if (address !== undefined && address !== '') where = ' ' + address + (port > 0 ? ':' + port : '');
    const e = new Error(syscall + ' ' + err.code + where);
    e.errno = err.errno;
    e.code = err.code;
    e.syscall = syscall;
    if (address !== undefined && address !== '') {
      e.address = address;
      if (port > 0) e.port = port;
    }
    return e;
  }

  // --- Socket -------------------------------------------------------------------------------

  // In a cluster worker node:cluster sets the listen hook, and listen() asks the primary
  // for the socket (exclusive: true and listen({ fd }) still bind here, as in Node, and so
  // does reusePort: true, whose point is a socket per process).
  let clusterListen = null;
  function setClusterListen(fn) {
    clusterListen = fn;
  }
  function getClusterListen() {
    return clusterListen;
  }

  // A round-robin server of a cluster worker tells the primary it stopped listening.
  function closeClusterHandle(server) {
    const handle = server._clusterHandle;
    if (handle !== null) {
      server._clusterHandle = null;
      handle.close();
    }
  }

  return {
    isIP,
    isIPv4,
    isIPv6,
    listenError,
    validatePort,
    normalizeListenArgs,
    listenTcp,
    listenUnix,
    listenFd,
    socketError,
    setClusterListen,
    getClusterListen,
    closeClusterHandle,
  };
})();
