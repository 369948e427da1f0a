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
  const {
    validateBoolean, validateInt32, validateFunction, validateString, validateNumber,
  } = require('internal/validators');
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

  // dns.ADDRCONFIG | dns.ALL | dns.V4MAPPED: the getaddrinfo hints a lookup takes.
  const kLookupHints = 32 | 16 | 8;

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
    // Whether Nagle is off, as far as setNoDelay() knows (Node's kSetNoDelay).
    this._noDelay = Boolean(options.noDelay);
    this._handle = null;
    if (Array.isArray(options.handle)) {
      attach(this, options.handle);
    } else if (options.handle !== undefined && options.handle !== null) {
      // A handle object of the caller's (Node's TCPWrap shape): used as it is.
      this._handle = options.handle;
    } else if (options.fd !== undefined) {
      attach(this, ops.op_net_stream_from_fd(options.fd));
    }
    if (this._rid !== -1 && options.readable !== false && !options.pauseOnCreate) this.read(0);
    this.on('end', onReadableStreamEnd);
  }

  // The peer ended: without allowHalfOpen our side ends too (the Duplex does that), and a
  // write that comes after it fails with EPIPE, as in Node.
  function onReadableStreamEnd() {
    if (!this.allowHalfOpen) this.write = writeAfterFIN;
  }

  function writeAfterFIN(chunk, encoding, cb) {
    if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, cb);
    if (typeof encoding === 'function') cb = encoding;
    const err = new Error('This socket has been ended by the other party');
    err.code = 'EPIPE';
    if (typeof cb === 'function') process.nextTick(cb, err);
    this.destroy(err);
    return false;
  }
  Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
  Object.setPrototypeOf(Socket, Duplex);
  const SP = Socket.prototype;
  // The ops that move the socket's bytes; a TLSSocket (ext_tls) brings its own.
  SP._io = { read: ops.op_net_read, tryWrite: ops.op_net_try_write, write: ops.op_net_write };

  function attach(socket, info) {
    socket._rid = info[0];
    socket._info = info;
    if (socket._handle === null) socket._handle = new SocketHandle(socket);
  }

  // What Node calls the socket's handle (its TCPWrap), which programs reach for to tune
  // or close the connection under the stream: here a view of the socket's resource.
  function SocketHandle(socket) {
    this._socket = socket;
    this._closed = false;
  }
  SocketHandle.prototype.setNoDelay = function setNoDelay(enable) {
    const rid = this._socket._rid;
    if (rid !== -1) ops.op_net_set_nodelay(rid, !!enable);
    return 0;
  };
  SocketHandle.prototype.setKeepAlive = function setKeepAlive(enable, delaySeconds) {
    const rid = this._socket._rid;
    if (rid !== -1) ops.op_net_set_keepalive(rid, !!enable, Math.max(0, ~~delaySeconds) * 1000);
    return 0;
  };
  // Closing the handle under a live stream: later writes fail with EBADF, as in Node.
  SocketHandle.prototype.close = function close(callback) {
    const socket = this._socket;
    this._closed = true;
    if (socket._rid !== -1) {
      core.tryClose(socket._rid);
      socket._rid = -1;
    }
    if (typeof callback === 'function') process.nextTick(callback);
  };
  Object.defineProperty(SocketHandle.prototype, 'fd', { get() { return -1; }, configurable: true });

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
      if (socket._handle !== null && socket._handle._closed) {
        const err = new Error('write EBADF');
        err.errno = -9;
        err.code = 'EBADF';
        err.syscall = 'write';
        cb(err);
      } else {
        cb(new (codes.ERR_SOCKET_CLOSED)());
      }
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
    if (n === chunk.length) {
      socket._bytesWritten += n;
      cb();
      return;
    }
    // Until the callback the whole chunk counts in writableLength (bytesWritten adds
    // the two), so it is counted here only once all of it is out.
    const rest = n === 0 ? chunk : chunk.subarray(n);
    track(socket, socket._io.write(socket._rid, rest)).then(() => {
      socket._bytesWritten += chunk.length;
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
    const hadHandle = this._rid !== -1;
    this.connecting = false;
    if (this._timer !== null) {
      clearTimeout(this._timer);
      this._timer = null;
    }
    if (this._rid !== -1) {
      core.tryClose(this._rid);
      this._rid = -1;
    }
    if (this._handle instanceof SocketHandle) this._handle = null;
    cb(err);
    // Node emits 'close' from the handle's close callback, a phase of the loop after the
    // destroy's nextTicks (its 'error' among them) have run.
    if (hadHandle) setImmediate(emitCloseNT, this, !!err);
    else process.nextTick(emitCloseNT, this, !!err);
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
    for (const key of ['objectMode', 'readableObjectMode', 'writableObjectMode']) {
      if (options[key]) {
        throw new (codes.ERR_INVALID_ARG_VALUE)(`options.${key}`, options[key], 'is not supported');
      }
    }
    if (this.connecting || this._rid !== -1) throw new (codes.ERR_SOCKET_CONNECTING)();
    // A socket that closed may connect again, as in Node: it starts over as a new stream.
    if (this.write === writeAfterFIN) delete this.write;
    if (this.destroyed) {
      this._handle = null;
      this._info = null;
      this._reading = false;
      this._readWanted = false;
      this._waiting = null;
      this._undestroy();
    }
    if (typeof cb === 'function') this.once('connect', cb);
    if (options.timeout !== undefined) this.setTimeout(options.timeout);
    // As in Node, only a non-empty path means a Unix socket (agents pass `path: null`).
    if (options.path) {
      validateString(options.path, 'options.path');
      this.connecting = true;
      if (this._handle === null) this._handle = new SocketHandle(this);
      this._host = options.path;
      startConnect(this, options, ops.op_net_connect_unix(options.path), options.path, 0);
      return this;
    }
    const host = options.host || 'localhost';
    let port = options.port;
    if (port === undefined) {
      throw new (codes.ERR_MISSING_ARGS)(['options', 'port', 'path']);
    }
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new (codes.ERR_INVALID_ARG_TYPE)('options.port', ['number', 'string'], port);
    }
    port = validatePort(port, 'options.port');
    let autoSelect = defaultAutoSelectFamily;
    if (options.autoSelectFamily !== undefined && options.autoSelectFamily !== null) {
      validateBoolean(options.autoSelectFamily, 'options.autoSelectFamily');
      autoSelect = options.autoSelectFamily;
    }
    let timeout = defaultAttemptTimeout;
    if (options.autoSelectFamilyAttemptTimeout !== undefined && options.autoSelectFamilyAttemptTimeout !== null) {
      timeout = attemptTimeout(options.autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout');
    }
    const localAddress = options.localAddress;
    const localPort = options.localPort;
    if (localAddress && isIP(localAddress) === 0) throw new (codes.ERR_INVALID_IP_ADDRESS)(localAddress);
    if (localPort) validateNumber(localPort, 'options.localPort');
    // dns.lookup()'s check, which Node makes for a name to look up.
    if (isIP(host) === 0 && options.hints !== undefined && (options.hints & ~kLookupHints) !== 0) {
      throw new (codes.ERR_INVALID_ARG_VALUE)('hints', options.hints);
    }
    this.connecting = true;
    if (this._handle === null) this._handle = new SocketHandle(this);
    this._host = host;
    if (isIP(host) === 0 && options.lookup !== undefined && options.lookup !== null) {
      validateFunction(options.lookup, 'options.lookup');
      lookupThenConnect(this, options, host, port, autoSelect, timeout);
      return this;
    }
    if (typeof host !== 'string') {
      // As dns.lookup() would say.
      throw new (codes.ERR_INVALID_ARG_TYPE)('hostname', 'string', host);
    }
    const target = host === 'localhost' ? '127.0.0.1' : host;
    let p;
    if (localAddress || localPort) {
      // Bound to a local address or port: one address, as Node tries with localAddress.
      p = ops.op_net_connect_tcp_bound(target, port, localAddress || '', localPort | 0);
    } else {
      // 0: only the first address (autoSelectFamily off). ext_net resolves the name itself.
      p = ops.op_net_connect_tcp(target, port, autoSelect ? timeout : 0);
    }
    startConnect(this, options, p, host, port);
    return this;
  };

  // Node's lookupAndConnect with a caller's `lookup(host, options, cb)`: every address
  // it gives is announced with 'lookup'; the first usable one is connected to.
  function lookupThenConnect(socket, options, host, port, autoSelect, timeout) {
    const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
    const dnsopts = { family: family === 4 || family === 6 ? family : 0, hints: options.hints || 0 };
    const all = dnsopts.family === 0 && !options.localAddress && autoSelect;
    if (all) dnsopts.all = true;
    const fail = (err) => process.nextTick(() => {
      socket.connecting = false;
      socket.destroy(err);
    });
    options.lookup(host, dnsopts, (err, ip, addressType) => {
      if (!socket.connecting) return;
      if (err) {
        socket.emit('lookup', err, undefined, undefined, host);
        fail(err);
        return;
      }
      let addresses = all ? ip : [{ address: ip, family: addressType }];
      if (!Array.isArray(addresses)) addresses = [];
      // Node's order: the first address's family first, then the other, each address once.
      const byFamily = [[], []];
      let firstFamily = 0;
      for (const a of addresses) {
        socket.emit('lookup', null, a.address, a.family, host);
        if (!socket.connecting) return;
        if (isIP(a.address) === 0 || (a.family !== 4 && a.family !== 6)) continue;
        if (firstFamily === 0) firstFamily = a.family;
        const list = byFamily[a.family === firstFamily ? 0 : 1];
        if (!list.includes(a.address)) list.push(a.address);
      }
      if (byFamily[0].length === 0) {
        const first = addresses[0] || {};
        if (isIP(first.address) === 0) {
          fail(new (codes.ERR_INVALID_IP_ADDRESS)(first.address));
        } else {
          const e = new (codes.ERR_INVALID_ADDRESS_FAMILY)(first.family, options.host, options.port);
          e.host = options.host;
          e.port = options.port;
          fail(e);
        }
        return;
      }
      const order = [];
      for (let i = 0; i < Math.max(byFamily[0].length, byFamily[1].length); i++) {
        if (i < byFamily[0].length) order.push(byFamily[0][i]);
        if (i < byFamily[1].length) order.push(byFamily[1][i]);
      }
      // The error names the last address tried.
      const p = ops.op_net_connect_tcp_addresses(order.join(','), port, all ? timeout : 0);
      startConnect(socket, options, p, order[order.length - 1], port, true);
    });
  }

  // The connection op is under way: the socket becomes connected, or is destroyed with
  // Node's error for the address.
  function startConnect(socket, options, p, host, port, lookedUp) {
    const unix = !!options.path;
    track(socket, p).then((info) => {
      if (socket.destroyed) {
        core.tryClose(info[0]);
        return;
      }
      attach(socket, info);
      socket.connecting = false;
      if (!unix && !lookedUp && isIP(host) === 0) {
        socket.emit('lookup', null, info[3], info[5] === 'IPv6' ? 6 : 4, host);
      }
      // Node turns Nagle off at connect when asked (noDelay); ext_net's connect has it off
      // already, so a socket that did not ask gets it back on.
      if (socket._noDelay) {
        if (socket._handle && socket._handle.setNoDelay) socket._handle.setNoDelay(true);
      } else if (options.noDelay === false) {
        ops.op_net_set_nodelay(socket._rid, false);
      }
      if (options.keepAlive) socket.setKeepAlive(true, options.keepAliveInitialDelay);
      touch(socket);
      socket.emit('connect');
      socket.emit('ready');
      const waiting = socket._waiting;
      if (waiting !== null) {
        socket._waiting = null;
        waiting();
      }
      // A read asked for while connecting is still pending in the Readable: serve it.
      if (socket._readWanted) {
        socket._readWanted = false;
        readLoop(socket);
      } else if (!socket.isPaused()) {
        socket.read(0);
      }
    }, (err) => {
      socket.connecting = false;
      const address = unix ? host : (host === 'localhost' ? '127.0.0.1' : host);
      if (err && err.syscall === 'getaddrinfo') {
        // As dns.lookup() reports it: the name, no port.
        const e = socketError(err, 'getaddrinfo', host, 0);
        delete e.address;
        e.hostname = host;
        socket.emit('lookup', e, undefined, undefined, host);
        socket.destroy(e);
        return;
      }
      if (err && err.syscall === 'bind') {
        socket.destroy(socketError(err, 'bind', options.localAddress || '', options.localPort | 0));
        return;
      }
      socket.destroy(socketError(err, 'connect', address, port));
    });
  }

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
    this.timeout = msecs;
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
  // Node's: the handle is told only when the setting changes.
  SP.setNoDelay = function setNoDelay(enable) {
    enable = Boolean(enable === undefined ? true : enable);
    if (!this._handle) {
      this._noDelay = enable;
      return this;
    }
    if (this._handle.setNoDelay && enable !== this._noDelay) {
      this._noDelay = enable;
      this._handle.setNoDelay(enable);
    }
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
  // Closes with an RST (a zero linger time) rather than a FIN, as Node does.
  SP.resetAndDestroy = function resetAndDestroy() {
    if (this._rid === -1 && !this.connecting) {
      this.destroy(new (codes.ERR_SOCKET_CLOSED)());
      return this;
    }
    if (this._info !== null && this._info[5] === '') throw new (codes.ERR_INVALID_HANDLE_TYPE)();
    const reset = () => {
      if (this._rid !== -1) {
        try {
          ops.op_net_reset(this._rid);
        } catch (_) {
          // The socket is going away anyway: a plain close will do.
        }
      }
      this.destroy();
    };
    if (this.connecting) this.once('connect', reset);
    else reset();
    return this;
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
    // The name `connecting` had before Node 6, still read by old code.
    _connecting: { get() { return this.connecting; }, configurable: true },
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
    if (o.signal !== undefined) {
      // Aborting the signal closes the server (Node's addServerAbortSignalOption).
      const signal = o.signal;
      const onAborted = () => this.close();
      if (signal.aborted) {
        process.nextTick(onAborted);
      } else {
        signal.addEventListener('abort', onAborted, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAborted));
      }
    }
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

  // An async 'connection' listener that rejects (with captureRejections) destroys that
  // socket with the error; other events' rejections are the server's 'error'.
  ServerProto[Symbol.for('nodejs.rejection')] = function (err, event, socket) {
    if (event === 'connection') socket.destroy(err);
    else this.emit('error', err);
  };

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
