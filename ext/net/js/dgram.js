// node:dgram -- UDP sockets over ext_net's udp ops (see udp.rs). A bound socket keeps one
// receive op pending (unref'd after unref()), each datagram becomes a 'message' with a
// fresh Buffer, and sends go out as ops in the order they were made. Binding, like in
// Node, resolves the address first, so 'listening' and bind errors come asynchronously.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const EventEmitter = require('events');
  const { Buffer } = require('buffer');
  const errors = require('internal/errors');
  const { codes } = errors;
  const { validatePort, validateNumber } = require('internal/validators');

  // Bit flags of op_udp_bind (udp.rs BIND_*) and option numbers of op_udp_set_option (OPT_*).
  const BIND_REUSE_ADDR = 1;
  const BIND_IPV6_ONLY = 2;
  const BIND_REUSE_PORT = 4;
  const OPT = { broadcast: 0, ttl: 1, multicastTTL: 2, multicastLoopback: 3, recvBuffer: 4, sendBuffer: 5 };

  const UNBOUND = 0;
  const BINDING = 1;
  const BOUND = 2;
  // libuv reads into 64 KiB; a longer datagram is cut, as there.
  const RECV_SIZE = 65536;
  const EBADF = -9;

  function Socket(type, listener) {
    if (!(this instanceof Socket)) return new Socket(type, listener);
    EventEmitter.call(this);
    const options = type !== null && typeof type === 'object' ? type : { type };
    if (options.type !== 'udp4' && options.type !== 'udp6') throw new codes.ERR_SOCKET_BAD_TYPE();
    this.type = options.type;
    this._family = options.type === 'udp6' ? 6 : 4;
    this._flags = (options.reuseAddr ? BIND_REUSE_ADDR : 0) | (options.reusePort ? BIND_REUSE_PORT : 0) |
      (options.ipv6Only ? BIND_IPV6_ONLY : 0);
    this._lookup = typeof options.lookup === 'function' ? options.lookup : null;
    this._bufferSizes = [options.recvBufferSize, options.sendBufferSize];
    this._rid = -1;
    this._bindState = UNBOUND;
    this._closed = false;
    this._connected = null; // [address, port] once connect() succeeded
    this._connecting = false;
    this._ref = true;
    this._receiving = null;
    this._queue = null; // sends made before the socket was bound
    this._sending = 0;
    this._sendingBytes = 0;
    if (typeof listener === 'function') this.on('message', listener);
    if (options.signal !== undefined) {
      const signal = options.signal;
      if (signal.aborted) process.nextTick(() => this.close());
      else signal.addEventListener('abort', () => { if (!this._closed) this.close(); }, { once: true });
    }
  }
  Object.setPrototypeOf(Socket.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(Socket, EventEmitter);

  function createSocket(type, listener) {
    return new Socket(type, listener);
  }

  function healthCheck(socket) {
    if (socket._closed) throw new codes.ERR_SOCKET_DGRAM_NOT_RUNNING();
  }

  // The bound socket's rid, or Node's EBADF for a socket that has none yet.
  function boundRid(socket, syscall) {
    healthCheck(socket);
    if (socket._rid === -1) throw new errors.ErrnoException(EBADF, syscall);
    return socket._rid;
  }

  // A name to an address of the socket's family (an IP literal is looked up too, so that
  // the answer is always asynchronous, as in Node).
  function lookup(socket, address, callback) {
    if (socket._lookup !== null) {
      socket._lookup(address, socket._family, callback);
      return;
    }
    require('dns').lookup(address, socket._family, callback);
  }

  Socket.prototype.bind = function bind(port, address, callback) {
    healthCheck(this);
    if (this._bindState !== UNBOUND) throw new codes.ERR_SOCKET_ALREADY_BOUND();
    let flags = this._flags;
    if (port !== null && typeof port === 'object') {
      callback = address;
      const options = port;
      if (options.fd !== undefined) throw new codes.ERR_NOT_IMPLEMENTED('dgram socket.bind({ fd })');
      address = options.address;
      port = options.port;
      if (options.exclusive === false) flags |= BIND_REUSE_ADDR;
    } else if (typeof port === 'function') {
      callback = port;
      port = 0;
      address = undefined;
    } else if (typeof address === 'function') {
      callback = address;
      address = undefined;
    }
    port = port === undefined || port === null ? 0 : validatePort(port, 'Port');
    if (typeof address !== 'string' || address === '') address = this._family === 6 ? '::' : '0.0.0.0';
    if (typeof callback === 'function') this.once('listening', callback);
    this._bindState = BINDING;
    lookup(this, address, (err, ip) => {
      if (this._closed) return;
      let info;
      if (!err) {
        try {
          info = ops.op_udp_bind(ip, port, this._family, flags);
        } catch (e) {
          err = new errors.ExceptionWithHostPort(e.errno, 'bind', ip, port);
        }
      }
      if (err) {
        // As in Node, the sends that waited for this bind are dropped with it.
        this._bindState = UNBOUND;
        this._queue = null;
        this.emit('error', err);
        return;
      }
      this._rid = info[0];
      this._bindState = BOUND;
      applyBufferSizes(this);
      receive(this, this._rid);
      this.emit('listening');
      flushQueue(this);
    });
    return this;
  };

  function applyBufferSizes(socket) {
    const [recv, send] = socket._bufferSizes;
    if (recv !== undefined) socket.setRecvBufferSize(recv);
    if (send !== undefined) socket.setSendBufferSize(send);
  }

  // Binds to any address and port for a send or connect on an unbound socket, as Node.
  function bindImplicitly(socket) {
    if (socket._bindState === UNBOUND) socket.bind({ port: 0, exclusive: true });
  }

  async function receive(socket, rid) {
    const buffer = Buffer.allocUnsafe(RECV_SIZE);
    for (;;) {
      const pending = ops.op_udp_recv(rid, buffer);
      if (!socket._ref) core.unrefOpPromise(pending);
      socket._receiving = pending;
      let got;
      try {
        got = await pending;
      } catch (err) {
        socket._receiving = null;
        // Closing the socket cancels the receive; anything else is the socket's error.
        if (socket._rid === rid && !socket._closed) socket.emit('error', new errors.ErrnoException(err.errno, 'recvmsg'));
        return;
      }
      socket._receiving = null;
      if (socket._rid !== rid) return;
      const size = got[0];
      const message = Buffer.from(buffer.subarray(0, size));
      socket.emit('message', message, { address: got[1], family: got[2], port: got[3], size });
    }
  }

  function invalidBuffer(value) {
    return new codes.ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'], value);
  }

  function viewBuffer(view) {
    return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
  }

  // send(msg, offset, length, ...): that part of msg.
  function sliceBuffer(buffer, offset, length) {
    if (typeof buffer === 'string') buffer = Buffer.from(buffer);
    else if (!ArrayBuffer.isView(buffer)) throw invalidBuffer(buffer);
    offset >>>= 0;
    length >>>= 0;
    if (offset > buffer.byteLength) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('offset');
    if (offset + length > buffer.byteLength) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('length');
    return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
  }

  // The message as one Buffer: a list is one datagram, as Node's iovecs. Null for a list
  // with something else in it.
  function messageBuffer(message) {
    if (!Array.isArray(message)) {
      if (typeof message === 'string') return Buffer.from(message);
      if (!ArrayBuffer.isView(message)) throw invalidBuffer(message);
      return viewBuffer(message);
    }
    const parts = [];
    for (const part of message) {
      if (typeof part === 'string') parts.push(Buffer.from(part));
      else if (ArrayBuffer.isView(part)) parts.push(viewBuffer(part));
      else return null;
    }
    return Buffer.concat(parts);
  }

  // The arguments are read as Node reads them, quirks included: on a connected socket,
  // send(msg, port, address) takes `port` for the callback and sends to the peer.
  Socket.prototype.send = function send(buffer, offset, length, port, address, callback) {
    const connected = this._connected !== null;
    if (!connected) {
      if (address || (port && typeof port !== 'function')) {
        buffer = sliceBuffer(buffer, offset, length);
      } else {
        callback = port;
        port = offset;
        address = length;
      }
    } else {
      if (typeof length === 'number') {
        buffer = sliceBuffer(buffer, offset, length);
        if (typeof port === 'function') {
          callback = port;
          port = null;
        }
      } else {
        callback = offset;
      }
      if (port || address) throw new codes.ERR_SOCKET_DGRAM_IS_CONNECTED();
    }
    const data = messageBuffer(buffer);
    if (data === null) {
      throw new codes.ERR_INVALID_ARG_TYPE('buffer list arguments', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
    }
    port = connected ? 0 : validatePort(port, 'Port', false);
    if (typeof callback !== 'function') callback = undefined;
    if (typeof address === 'function') {
      callback = address;
      address = undefined;
    } else if (address !== undefined && address !== null && typeof address !== 'string') {
      throw new codes.ERR_INVALID_ARG_TYPE('address', 'string', address);
    }
    healthCheck(this);
    if (!address) address = this._family === 6 ? '::1' : '127.0.0.1';
    const job = [data, address, port, callback];
    if (this._bindState !== BOUND || this._connecting) {
      (this._queue || (this._queue = [])).push(job);
      bindImplicitly(this);
      return;
    }
    startSend(this, job);
  };

  function flushQueue(socket) {
    if (socket._connecting) return;
    const queue = socket._queue;
    socket._queue = null;
    if (queue !== null) for (const job of queue) startSend(socket, job);
  }

  function startSend(socket, [data, address, port, callback]) {
    const done = (err, bytes) => {
      if (callback !== undefined) callback(err, bytes);
      else if (err) socket.emit('error', err);
    };
    if (port === 0) {
      sendOp(socket, data, '', 0, done);
      return;
    }
    lookup(socket, address, (err, ip) => {
      if (err) return done(err);
      sendOp(socket, data, ip, port, done);
    });
  }

  function sendOp(socket, data, ip, port, done) {
    if (socket._rid === -1) return;
    socket._sending++;
    socket._sendingBytes += data.length;
    const settle = () => {
      socket._sending--;
      socket._sendingBytes -= data.length;
    };
    ops.op_udp_send(socket._rid, data, ip, port).then(
      (bytes) => {
        settle();
        done(null, bytes);
      },
      (err) => {
        settle();
        done(new errors.ExceptionWithHostPort(err.errno, 'send', ip, port));
      },
    );
  }

  Socket.prototype.connect = function connect(port, address, callback) {
    port = validatePort(port, 'Port', false);
    if (typeof address === 'function') {
      callback = address;
      address = undefined;
    }
    if (this._connected !== null || this._connecting) throw new codes.ERR_SOCKET_DGRAM_IS_CONNECTED();
    healthCheck(this);
    if (!address) address = this._family === 6 ? '::1' : '127.0.0.1';
    if (typeof callback === 'function') this.once('connect', callback);
    this._connecting = true;
    const run = () => lookup(this, address, (err, ip) => {
      if (this._closed) return;
      if (!err) {
        try {
          ops.op_udp_connect(this._rid, ip, port);
        } catch (e) {
          err = new errors.ExceptionWithHostPort(e.errno, 'connect', ip, port);
        }
      }
      this._connecting = false;
      if (err) {
        if (typeof callback === 'function') {
          this.removeListener('connect', callback);
          callback(err);
        } else {
          this.emit('error', err);
        }
        flushQueue(this);
        return;
      }
      this._connected = [ip, port];
      this.emit('connect');
      flushQueue(this);
    });
    if (this._bindState === BOUND) run();
    else {
      this.once('listening', run);
      bindImplicitly(this);
    }
  };

  Socket.prototype.disconnect = function disconnect() {
    healthCheck(this);
    if (this._connected === null) throw new codes.ERR_SOCKET_DGRAM_NOT_CONNECTED();
    ops.op_udp_disconnect(this._rid);
    this._connected = null;
  };

  Socket.prototype.remoteAddress = function remoteAddress() {
    healthCheck(this);
    if (this._connected === null) throw new codes.ERR_SOCKET_DGRAM_NOT_CONNECTED();
    const info = ops.op_udp_address(this._rid, true);
    return { address: info[1], family: info[2], port: info[3] };
  };

  Socket.prototype.address = function address() {
    const info = ops.op_udp_address(boundRid(this, 'getsockname'), false);
    return { address: info[1], family: info[2], port: info[3] };
  };

  Socket.prototype.close = function close(callback) {
    healthCheck(this);
    if (typeof callback === 'function') this.once('close', callback);
    this._closed = true;
    this._queue = null;
    const rid = this._rid;
    this._rid = -1;
    this._bindState = UNBOUND;
    if (rid !== -1) core.tryClose(rid);
    process.nextTick(() => this.emit('close'));
    return this;
  };

  Socket.prototype[Symbol.asyncDispose] = async function asyncDispose() {
    if (this._closed) return;
    await new Promise((resolve) => this.close(resolve));
  };

  Socket.prototype.ref = function ref() {
    this._ref = true;
    if (this._receiving !== null) core.refOpPromise(this._receiving);
    return this;
  };
  Socket.prototype.unref = function unref() {
    this._ref = false;
    if (this._receiving !== null) core.unrefOpPromise(this._receiving);
    return this;
  };

  function setOption(socket, which, value, syscall) {
    ops.op_udp_set_option(boundRid(socket, syscall), which, value);
  }

  Socket.prototype.setBroadcast = function setBroadcast(flag) {
    setOption(this, OPT.broadcast, flag ? 1 : 0, 'setBroadcast');
  };
  Socket.prototype.setTTL = function setTTL(ttl) {
    validateNumber(ttl, 'ttl');
    setOption(this, OPT.ttl, ttl, 'setTTL');
    return ttl;
  };
  Socket.prototype.setMulticastTTL = function setMulticastTTL(ttl) {
    validateNumber(ttl, 'ttl');
    setOption(this, OPT.multicastTTL, ttl, 'setMulticastTTL');
    return ttl;
  };
  Socket.prototype.setMulticastLoopback = function setMulticastLoopback(flag) {
    setOption(this, OPT.multicastLoopback, flag ? 1 : 0, 'setMulticastLoopback');
    return flag;
  };
  Socket.prototype.setMulticastInterface = errors.notImplementedFunction('dgram socket.setMulticastInterface()');
  Socket.prototype.addSourceSpecificMembership = errors.notImplementedFunction('dgram socket.addSourceSpecificMembership()');
  Socket.prototype.dropSourceSpecificMembership = errors.notImplementedFunction('dgram socket.dropSourceSpecificMembership()');

  function membership(socket, group, iface, join) {
    healthCheck(socket);
    if (typeof group !== 'string' || group === '') throw new codes.ERR_MISSING_ARGS('multicastAddress');
    const rid = boundRid(socket, join ? 'addMembership' : 'dropMembership');
    ops.op_udp_membership(rid, group, typeof iface === 'string' ? iface : '', join);
  }
  Socket.prototype.addMembership = function addMembership(group, iface) {
    membership(this, group, iface, true);
  };
  Socket.prototype.dropMembership = function dropMembership(group, iface) {
    membership(this, group, iface, false);
  };

  function bufferSize(socket, size, send) {
    const syscall = send ? 'uv_send_buffer_size' : 'uv_recv_buffer_size';
    if (size !== undefined && (typeof size !== 'number' || !(size > 0) || !Number.isInteger(size))) {
      throw new codes.ERR_SOCKET_BAD_BUFFER_SIZE();
    }
    const rid = socket._rid;
    if (rid === -1) {
      throw new errors.SystemError('ERR_SOCKET_BUFFER_SIZE', { errno: EBADF, code: 'EBADF', message: 'bad file descriptor', syscall });
    }
    if (size !== undefined) ops.op_udp_set_option(rid, send ? OPT.sendBuffer : OPT.recvBuffer, size);
    return ops.op_udp_buffer_size(rid, send);
  }
  Socket.prototype.setRecvBufferSize = function setRecvBufferSize(size) {
    bufferSize(this, size, false);
  };
  Socket.prototype.setSendBufferSize = function setSendBufferSize(size) {
    bufferSize(this, size, true);
  };
  Socket.prototype.getRecvBufferSize = function getRecvBufferSize() {
    return bufferSize(this, undefined, false);
  };
  Socket.prototype.getSendBufferSize = function getSendBufferSize() {
    return bufferSize(this, undefined, true);
  };
  // As libuv's send queue: the sends handed to the socket and not done yet (the ones that
  // wait for a bind or a lookup are not counted, as in Node).
  Socket.prototype.getSendQueueSize = function getSendQueueSize() {
    return this._sendingBytes;
  };
  Socket.prototype.getSendQueueCount = function getSendQueueCount() {
    return this._sending;
  };

  return { createSocket, Socket };
})();
