// node:net -- TCP and Unix domain servers and sockets over ext_net's ops: Socket is a
// Duplex stream whose reads and writes are ops on a socket resource; Server accepts with
// one pending op at a time. Also isIP/isIPv4/isIPv6 and the listen plumbing node:http
// builds on.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const EventEmitter = require('events');

  const {
    isIP, isIPv4, isIPv6, validatePort, normalizeListenArgs, listenTcp, listenUnix, listenFd, socketError,
    getClusterListen, closeClusterHandle,
  } = require('internal/net');
  const { codes } = require('internal/errors');
  const { validateBoolean, validateInt32 } = require('internal/validators');
  const { getOptionValue } = require('internal/options');

  // Happy Eyeballs, as Node 20+: with autoSelectFamily a host's addresses are tried in
  // turn, IPv6 and IPv4 interleaved, each for the attempt timeout (ext_net's
  // op_net_connect_tcp does it); without it only the first address is tried.
  let defaultAutoSelectFamily = getOptionValue('--no-network-family-autoselection') !== true;
  let defaultAttemptTimeout = 250;
  if (getOptionValue('--network-family-autoselection-attempt-timeout') !== undefined) {
    defaultAttemptTimeout = attemptTimeout(Number(getOptionValue('--network-family-autoselection-attempt-timeout')), 'value');
  }
  // Node's floor: anything under 10 ms is 10 ms.
  function attemptTimeout(value, name) {
    validateInt32(value, name, 1);
    return value < 10 ? 10 : value;
  }
  function getDefaultAutoSelectFamily() {
    return defaultAutoSelectFamily;
  }
  function setDefaultAutoSelectFamily(value) {
    validateBoolean(value, 'value');
    defaultAutoSelectFamily = value;
  }
  function getDefaultAutoSelectFamilyAttemptTimeout() {
    return defaultAttemptTimeout;
  }
  function setDefaultAutoSelectFamilyAttemptTimeout(value) {
    defaultAttemptTimeout = attemptTimeout(value, 'value');
  }

  const kReadSize = 65536;
  const { Buffer } = require('buffer');
  const { Duplex } = require('stream');

  // A connected socket's facts, from the ops: [rid, localAddress, localPort,
  // remoteAddress, remotePort, family].
  function Socket(options) {
    if (!(this instanceof Socket)) return new Socket(options);
    if (typeof options === 'number') options = { fd: options };
    else if (options === undefined || options === null) options = {};
    this.connecting = false;
    this._rid = -1;
    this._info = null;
    this._reading = false;
    this._readWanted = false;
    this._readBuf = null;
    this._pending = [];
    this._ref = true;
    this._host = null;
    this._waiting = null;
    this._timeoutMs = 0;
    this._timer = null;
    this._lastActive = 0;
    this._bytesWritten = 0;
    this.bytesRead = 0;
    this.server = null;
    this._server = null;
    Duplex.call(this, {
      allowHalfOpen: options.allowHalfOpen === true,
      emitClose: false,
      autoDestroy: true,
      decodeStrings: true,
      highWaterMark: options.highWaterMark,
      readableHighWaterMark: options.readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark,
      signal: options.signal,
    });
    if (options.handle !== undefined) {
      attach(this, options.handle);
    } else if (options.fd !== undefined) {
      attach(this, ops.op_net_stream_from_fd(options.fd));
    }
    if (this._rid !== -1 && options.readable !== false && !options.pauseOnCreate) this.read(0);
  }
  Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
  Object.setPrototypeOf(Socket, Duplex);
  const SP = Socket.prototype;
  // The ops that move the socket's bytes; a TLSSocket (ext_tls) brings its own.
  SP._io = { read: ops.op_net_read, tryWrite: ops.op_net_try_write, write: ops.op_net_write };

  function attach(socket, info) {
    socket._rid = info[0];
    socket._info = info;
  }

  // Keeps the op's promise so that unref()/ref() can reach it while it is pending.
  function track(socket, promise) {
    if (!socket._ref) core.unrefOpPromise(promise);
    socket._pending.push(promise);
    const done = () => {
      const i = socket._pending.indexOf(promise);
      if (i !== -1) socket._pending.splice(i, 1);
    };
    return promise.then((v) => {
      done();
      return v;
    }, (e) => {
      done();
      throw e;
    });
  }

  function readLoop(socket) {
    if (socket._reading || socket._rid === -1 || socket.destroyed) return;
    socket._reading = true;
    let buf = socket._readBuf;
    if (buf === null) buf = socket._readBuf = Buffer.allocUnsafe(kReadSize);
    track(socket, socket._io.read(socket._rid, buf)).then((n) => {
      socket._reading = false;
      if (socket.destroyed) return;
      if (n === 0) {
        socket.push(null);
        // Makes 'end' come even when nobody reads (nothing is buffered).
        socket.read(0);
        return;
      }
      socket.bytesRead += n;
      touch(socket);
      let chunk;
      if (n < kReadSize / 2) {
        // Small reads are copied out so that the big read buffer can be used again.
        chunk = Buffer.allocUnsafe(n);
        buf.copy(chunk, 0, 0, n);
      } else {
        chunk = buf.subarray(0, n);
        socket._readBuf = null;
      }
      if (socket.push(chunk)) readLoop(socket);
    }, (err) => {
      socket._reading = false;
      // A socket that handed its resource over (to TLS) ignores its cancelled read.
      if (!socket.destroyed && socket._rid !== -1) socket.destroy(socketError(err, 'read'));
    });
  }

  SP._read = function _read() {
    if (this.connecting || this._rid === -1) {
      this._readWanted = true;
      return;
    }
    readLoop(this);
  };

  function writeBuffer(socket, chunk, cb) {
    if (socket._rid === -1) {
      cb(new (codes.ERR_SOCKET_CLOSED)());
      return;
    }
    touch(socket);
    let n;
    try {
      n = socket._io.tryWrite(socket._rid, chunk);
    } catch (err) {
      cb(socketError(err, 'write'));
      return;
    }
    socket._bytesWritten += n;
    if (n === chunk.length) {
      cb();
      return;
    }
    const rest = n === 0 ? chunk : chunk.subarray(n);
    track(socket, socket._io.write(socket._rid, rest)).then(() => {
      socket._bytesWritten += rest.length;
      touch(socket);
      cb();
    }, (err) => cb(socketError(err, 'write')));
  }

  SP._write = function _write(chunk, encoding, cb) {
    if (this.connecting) {
      this._waiting = () => writeBuffer(this, chunk, cb);
      return;
    }
    writeBuffer(this, chunk, cb);
  };

  SP._writev = function _writev(chunks, cb) {
    const list = new Array(chunks.length);
    for (let i = 0; i < chunks.length; i++) list[i] = chunks[i].chunk;
    this._write(Buffer.concat(list), 'buffer', cb);
  };

  SP._final = function _final(cb) {
    if (this.connecting) {
      this._waiting = () => this._final(cb);
      return;
    }
    if (this._rid !== -1) {
      try {
        ops.op_net_shutdown(this._rid);
      } catch (err) {
        cb(socketError(err, 'shutdown'));
        return;
      }
    }
    cb();
  };

  function emitCloseNT(socket, hadError) {
    socket.emit('close', hadError);
  }

  SP._destroy = function _destroy(err, cb) {
    this.connecting = false;
    if (this._timer !== null) {
      clearTimeout(this._timer);
      this._timer = null;
    }
    if (this._rid !== -1) {
      core.tryClose(this._rid);
      this._rid = -1;
    }
    cb(err);
    process.nextTick(emitCloseNT, this, !!err);
    const server = this._server;
    if (server !== null) {
      this._server = null;
      server._connections--;
      server._emitCloseIfDrained();
    }
  };

  function normalizeConnectArgs(args) {
    let options;
    const first = args[0];
    if (first !== null && typeof first === 'object') {
      options = Object.assign({}, first);
    } else if (typeof first === 'string' && !/^[0-9]+$/.test(first)) {
      options = { path: first };
    } else {
      options = { port: first };
      if (typeof args[1] === 'string') options.host = args[1];
    }
    const last = args[args.length - 1];
    return [options, typeof last === 'function' ? last : undefined];
  }

  SP.connect = function connect(...args) {
    const normalized = Array.isArray(args[0]) && args[0].length === 2 && typeof args[0][0] === 'object'
      ? args[0] : normalizeConnectArgs(args);
    const options = normalized[0];
    const cb = normalized[1];
    if (this.connecting || this._rid !== -1) throw new (codes.ERR_SOCKET_CONNECTING)();
    if (typeof cb === 'function') this.once('connect', cb);
    if (options.timeout !== undefined) this.setTimeout(options.timeout);
    this.connecting = true;
    let p;
    let host;
    let port = 0;
    if (options.path !== undefined) {
      host = String(options.path);
      p = ops.op_net_connect_unix(host);
    } else {
      if (options.port === undefined || options.port === null) {
        throw new (codes.ERR_MISSING_ARGS)(['options', 'port', 'path']);
      }
      port = validatePort(options.port, 'options.port');
      host = options.host === undefined || options.host === null || options.host === '' ? 'localhost' : String(options.host);
      let autoSelect = defaultAutoSelectFamily;
      if (options.autoSelectFamily !== undefined) {
        validateBoolean(options.autoSelectFamily, 'options.autoSelectFamily');
        autoSelect = options.autoSelectFamily;
      }
      let timeout = defaultAttemptTimeout;
      if (options.autoSelectFamilyAttemptTimeout !== undefined) {
        timeout = attemptTimeout(options.autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout');
      }
      // 0: only the first address (autoSelectFamily off).
      p = ops.op_net_connect_tcp(host === 'localhost' ? '127.0.0.1' : host, port, autoSelect ? timeout : 0);
    }
    this._host = host;
    track(this, p).then((info) => {
      if (this.destroyed) {
        core.tryClose(info[0]);
        return;
      }
      attach(this, info);
      this.connecting = false;
      if (options.path === undefined && isIP(host) === 0) {
        this.emit('lookup', null, info[3], info[5] === 'IPv6' ? 6 : 4, host);
      }
      if (options.noDelay === false) this.setNoDelay(false);
      if (options.keepAlive) this.setKeepAlive(true, options.keepAliveInitialDelay);
      touch(this);
      this.emit('connect');
      this.emit('ready');
      const waiting = this._waiting;
      if (waiting !== null) {
        this._waiting = null;
        waiting();
      }
      // A read asked for while connecting is still pending in the Readable: serve it.
      if (this._readWanted) {
        this._readWanted = false;
        readLoop(this);
      } else if (!this.isPaused()) {
        this.read(0);
      }
    }, (err) => {
      this.connecting = false;
      const address = options.path !== undefined ? host : (host === 'localhost' ? '127.0.0.1' : host);
      this.destroy(socketError(err, err && err.syscall === 'getaddrinfo' ? 'getaddrinfo' : 'connect', address, port));
    });
    return this;
  };

  // --- idle timeout ---------------------------------------------------------------------------
  function touch(socket) {
    if (socket._timeoutMs > 0) {
      socket._lastActive = Date.now();
      if (socket._timer === null) armTimeout(socket, socket._timeoutMs);
    }
  }

  function armTimeout(socket, ms) {
    socket._timer = setTimeout(onTimeout, ms, socket);
    socket._timer.unref();
  }

  function onTimeout(socket) {
    socket._timer = null;
    if (socket._timeoutMs === 0 || socket.destroyed) return;
    const idle = Date.now() - socket._lastActive;
    if (idle < socket._timeoutMs) {
      armTimeout(socket, socket._timeoutMs - idle);
      return;
    }
    socket.emit('timeout');
  }

  SP.setTimeout = function setTimeout(msecs, callback) {
    if (typeof msecs !== 'number' || !(msecs >= 0) || msecs === Infinity) {
      throw new (codes.ERR_OUT_OF_RANGE)('msecs', 'a non-negative finite number', msecs);
    }
    if (this._timer !== null) {
      clearTimeout(this._timer);
      this._timer = null;
    }
    this._timeoutMs = Math.trunc(msecs);
    if (typeof callback === 'function') {
      if (msecs === 0) this.removeListener('timeout', callback);
      else this.once('timeout', callback);
    }
    if (this._timeoutMs > 0) {
      this._lastActive = Date.now();
      armTimeout(this, this._timeoutMs);
    }
    return this;
  };

  // --- the rest of the Socket API ------------------------------------------------------------
  SP.setNoDelay = function setNoDelay(noDelay) {
    if (this._rid !== -1) ops.op_net_set_nodelay(this._rid, noDelay === undefined ? true : !!noDelay);
    return this;
  };
  SP.setKeepAlive = function setKeepAlive(enable, initialDelay) {
    if (this._rid !== -1) ops.op_net_set_keepalive(this._rid, !!enable, Math.max(0, ~~initialDelay));
    return this;
  };
  SP.address = function address() {
    const info = this._info;
    if (info === null) return {};
    if (info[5] === '') return info[1];
    return { address: info[1], family: info[5], port: info[2] };
  };
  SP.ref = function ref() {
    this._ref = true;
    for (let i = 0; i < this._pending.length; i++) core.refOpPromise(this._pending[i]);
    if (this._timer !== null) this._timer.ref();
    return this;
  };
  SP.unref = function unref() {
    this._ref = false;
    for (let i = 0; i < this._pending.length; i++) core.unrefOpPromise(this._pending[i]);
    return this;
  };
  SP.destroySoon = function destroySoon() {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once('finish', () => this.destroy());
  };
  SP.resetAndDestroy = function resetAndDestroy() {
    return this.destroy();
  };

  function infoGetter(index, tcpOnly) {
    return {
      get() {
        const info = this._info;
        if (info === null || (tcpOnly && info[5] === '')) return undefined;
        return info[index];
      },
      configurable: true,
    };
  }
  Object.defineProperties(SP, {
    localAddress: infoGetter(1, false),
    localPort: infoGetter(2, true),
    remoteAddress: infoGetter(3, true),
    remotePort: infoGetter(4, true),
    remoteFamily: infoGetter(5, true),
    localFamily: infoGetter(5, true),
    pending: { get() { return this._rid === -1 || this.connecting; }, configurable: true },
    bytesWritten: { get() { return this._bytesWritten + this.writableLength; }, configurable: true },
    bufferSize: { get() { return this.writableLength; }, configurable: true },
    readyState: {
      get() {
        if (this.connecting) return 'opening';
        if (this.readable && this.writable) return 'open';
        if (this.readable && !this.writable) return 'readOnly';
        if (!this.readable && this.writable) return 'writeOnly';
        return 'closed';
      },
      configurable: true,
    },
    _handle: { get() { return this._rid === -1 ? null : { fd: -1 }; }, configurable: true },
  });

  function connect(...args) {
    const normalized = normalizeConnectArgs(args);
    const options = normalized[0];
    const socket = new Socket(options);
    return socket.connect(normalized);
  }

  // --- Server ---------------------------------------------------------------------------------
  function Server(options, connectionListener) {
    if (!(this instanceof Server)) return new Server(options, connectionListener);
    EventEmitter.call(this);
    if (typeof options === 'function') {
      connectionListener = options;
      options = {};
    } else if (options === undefined || options === null) {
      options = {};
    } else if (typeof options !== 'object') {
      throw new (codes.ERR_INVALID_ARG_TYPE)('options', 'Object', options);
    }
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
    this._connections = 0;
    this._rid = -1;
    this._address = null;
    this._ref = true;
    this._accepting = null;
    this._clusterHandle = null;
    this.listening = false;
    this.allowHalfOpen = options.allowHalfOpen === true;
    this.pauseOnConnect = options.pauseOnConnect === true;
  }
  Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(Server, EventEmitter);
  const ServerProto = Server.prototype;

  function emitListeningNT(server) {
    if (server.listening) server.emit('listening');
  }
  function emitErrorNT(server, err) {
    server.emit('error', err);
  }
  function emitServerCloseNT(server) {
    server.emit('close');
  }

  ServerProto.listen = function listen(...args) {
    const o = normalizeListenArgs(args);
    if (this.listening) throw new (codes.ERR_SERVER_ALREADY_LISTEN)();
    if (typeof o.callback === 'function') this.once('listening', o.callback);
    const clusterListen = getClusterListen();
    if (clusterListen !== null && !o.exclusive && o.fd === undefined && (o.flags & 1) === 0) {
      this.listening = true;
      clusterListen(this, o);
      return this;
    }
    let l;
    try {
      if (o.fd !== undefined) l = listenFd(o.fd);
      else if (o.path !== undefined) l = listenUnix(String(o.path), o.backlog);
      else l = listenTcp(o.host, o.port, o.backlog, o.flags);
    } catch (err) {
      process.nextTick(emitErrorNT, this, err);
      return this;
    }
    this._listenOn(l.rid, l.address);
    return this;
  };

  // The server listens on the listener resource `rid` (bound here, or a socket shared by
  // the cluster primary). http.Server serves it its own way.
  ServerProto._listenOn = function _listenOn(rid, address) {
    this._rid = rid;
    this._address = address;
    this.listening = true;
    process.nextTick(emitListeningNT, this);
    acceptLoop(this, rid);
  };

  // A cluster worker's round-robin share: no socket here, the primary accepts and hands
  // over connections (`_adoptConnection`); `handle.close()` tells it we stopped.
  ServerProto._listenRoundRobin = function _listenRoundRobin(address, handle) {
    this._clusterHandle = handle;
    this._address = address;
    this.listening = true;
    process.nextTick(emitListeningNT, this);
  };

  // A connection accepted elsewhere (its socket fd, ours to own from now on); false if
  // it could not be taken.
  ServerProto._adoptConnection = function _adoptConnection(fd) {
    let info;
    try {
      info = ops.op_net_stream_from_fd(fd);
    } catch (_) {
      return false;
    }
    onConnection(this, info);
    return true;
  };

  // A listen() that failed after it returned (the cluster primary could not bind).
  ServerProto._listenFailed = function _listenFailed(err) {
    this.listening = false;
    process.nextTick(emitErrorNT, this, err);
  };

  async function acceptLoop(server, rid) {
    while (server._rid === rid) {
      const p = ops.op_net_accept(rid);
      if (!server._ref) core.unrefOpPromise(p);
      server._accepting = p;
      let info;
      try {
        info = await p;
      } catch (err) {
        // EMFILE and friends: report, breathe, and keep accepting.
        server._accepting = null;
        server.emit('error', socketError(err, 'accept'));
        await new Promise((resolve) => setTimeout(resolve, 10).unref());
        continue;
      }
      server._accepting = null;
      if (info === null) break;
      onConnection(server, info);
    }
  }

  function onConnection(server, info) {
    if (server.maxConnections !== undefined && server._connections >= server.maxConnections) {
      core.tryClose(info[0]);
      server.emit('drop', {
        localAddress: info[1], localPort: info[2], localFamily: info[5],
        remoteAddress: info[3], remotePort: info[4], remoteFamily: info[5],
      });
      return;
    }
    const socket = new Socket({
      handle: info,
      allowHalfOpen: server.allowHalfOpen,
      pauseOnCreate: server.pauseOnConnect,
    });
    socket.server = server;
    socket._server = server;
    server._connections++;
    server.emit('connection', socket);
  }

  ServerProto._emitCloseIfDrained = function _emitCloseIfDrained() {
    if (this._rid === -1 && this._connections === 0 && this._closing) {
      this._closing = false;
      process.nextTick(emitServerCloseNT, this);
    }
  };

  ServerProto.close = function close(cb) {
    if (typeof cb === 'function') {
      if (!this.listening) this.once('close', () => cb(new (codes.ERR_SERVER_NOT_RUNNING)()));
      else this.once('close', cb);
    }
    if (this._rid !== -1) {
      core.tryClose(this._rid);
      this._rid = -1;
    }
    closeClusterHandle(this);
    this.listening = false;
    this._closing = true;
    this._emitCloseIfDrained();
    return this;
  };

  ServerProto.address = function address() {
    const a = this._address;
    if (!this.listening || a === null) return null;
    if (typeof a === 'string') return a;
    return { address: a.address, family: a.family, port: a.port };
  };
  ServerProto.getConnections = function getConnections(cb) {
    if (typeof cb === 'function') process.nextTick(cb, null, this._connections);
    return this;
  };
  ServerProto.ref = function ref() {
    this._ref = true;
    if (this._accepting !== null) core.refOpPromise(this._accepting);
    return this;
  };
  ServerProto.unref = function unref() {
    this._ref = false;
    if (this._accepting !== null) core.unrefOpPromise(this._accepting);
    return this;
  };
  if (typeof Symbol.asyncDispose === 'symbol') {
    ServerProto[Symbol.asyncDispose] = function () {
      return new Promise((resolve) => this.close(() => resolve()));
    };
  }

  function createServer(options, connectionListener) {
    return new Server(options, connectionListener);
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
    getDefaultAutoSelectFamily,
    setDefaultAutoSelectFamily,
    getDefaultAutoSelectFamilyAttemptTimeout,
    setDefaultAutoSelectFamilyAttemptTimeout,
  };
  return net;
})();
