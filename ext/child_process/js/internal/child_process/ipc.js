// internal/child_process/ipc -- the IPC channel of fork(), for both ends: a ChildProcess in
// the parent and `process` in the child. Newline-delimited JSON over a socket pair; the op
// hands over complete lines only, several messages per read when they came together.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;

  const { codes } = require('internal/errors');
  function nextTick(fn, a, b) {
    globalThis.process.nextTick(fn, a, b);
  }

  // What `process.channel` / `child.channel` is: ref()/unref() decide whether the channel
  // keeps the process alive. Until one of them is called explicitly, it does while anyone
  // listens for 'message' or 'disconnect' (counted through newListener/removeListener).
  class Control {
    constructor(channel) {
      this._channel = channel;
      this._refs = 0;
      this._explicit = false;
      this.fd = channel.fd;
    }
    refCounted() {
      if (++this._refs === 1 && !this._explicit) this._channel.setRef(true);
    }
    unrefCounted() {
      if (--this._refs === 0 && !this._explicit) this._channel.setRef(false);
    }
    ref() {
      this._explicit = true;
      this._channel.setRef(true);
    }
    unref() {
      this._explicit = true;
      this._channel.setRef(false);
    }
    get pendingHandle() {
      return null;
    }
  }

  // The op side of one end: reading loop, writes with their callbacks, ref state.
  class Channel {
    constructor(rid, fd, target) {
      this.rid = rid;
      this.fd = fd;
      this.target = target;
      this.ref = false;
      this.reading = null; // the pending read's promise
      this.flushing = false;
      this.waiting = []; // callbacks of writes still queued in Rust
      this.closed = false;
      // Bound once: a read is resolved per message batch, on the hot path.
      this._onText = (text) => this.onRead(text);
      this._onError = (err) => this.onRead('', err);
    }

    setRef(on) {
      this.ref = on;
      if (this.reading !== null) {
        if (on) core.refOpPromise(this.reading);
        else core.unrefOpPromise(this.reading);
      }
    }

    start() {
      if (this.closed) return;
      const p = ops.op_cp_ipc_read(this.rid);
      this.reading = p;
      if (!this.ref) core.unrefOpPromise(p);
      p.then(this._onText, this._onError);
    }

    onRead(text, err) {
      this.reading = null;
      if (this.closed) return;
      if (text === '') {
        // The other side is gone (or we closed): the channel ends, after the messages
        // read before the end were dispatched (their ticks are queued; an end read in the
        // same turn of the loop must not overtake them).
        nextTick(channelEnded, this.target);
        return;
      }
      const target = this.target;
      const first = text.indexOf('\n');
      if (first === text.length - 1) {
        // One message (the usual case): JSON.parse takes the trailing newline as space.
        let message;
        let ok = true;
        try {
          message = JSON.parse(text);
        } catch (_) {
          ok = false;
        }
        if (ok) nextTick(dispatchOne, target, message);
        this.start();
        return;
      }
      const list = [];
      let start = 0;
      for (;;) {
        const end = text.indexOf('\n', start);
        if (end === -1) break;
        const line = text.slice(start, end);
        start = end + 1;
        try {
          list.push(JSON.parse(line));
        } catch (_) {
          // A line that is no JSON is dropped, as Node does.
        }
      }
      if (list.length > 0) nextTick(dispatchMany, target, list);
      this.start();
    }

    write(text, fd, callback) {
      let queued;
      try {
        queued = ops.op_cp_ipc_write(this.rid, text, fd);
      } catch (err) {
        if (typeof callback === 'function') nextTick(callback, err);
        else nextTick(() => this.target.emit('error', err));
        return;
      }
      if (queued === 0) {
        if (typeof callback === 'function') nextTick(callback, null);
        return;
      }
      this.waiting.push(callback);
      if (!this.flushing) this.flush();
    }

    flush() {
      this.flushing = true;
      ops.op_cp_ipc_flush(this.rid).then(() => {
        this.flushing = false;
        // Writes queued after the flush had emptied the queue, but before we heard, are
        // still waiting (the last ones): keep their callbacks and flush again.
        const left = this.closed ? 0 : ops.op_cp_ipc_queued(this.rid);
        const all = this.waiting;
        const done = left === 0 ? all : all.slice(0, all.length - left);
        this.waiting = left === 0 ? [] : all.slice(all.length - left);
        for (let i = 0; i < done.length; i++) if (typeof done[i] === 'function') done[i](null);
        if (left > 0) this.flush();
        else if (this.closeWhenFlushed) this.close();
      }, (err) => {
        this.flushing = false;
        const done = this.waiting;
        this.waiting = [];
        let reported = false;
        for (let i = 0; i < done.length; i++) {
          if (typeof done[i] === 'function') {
            done[i](err);
            reported = true;
          }
        }
        if (!reported) this.target.emit('error', err);
      });
    }

    close() {
      if (this.closed) return;
      if (this.flushing) {
        // Queued messages still go out before the socket closes.
        this.closeWhenFlushed = true;
        return;
      }
      this.closed = true;
      core.tryClose(this.rid);
    }
  }

  function isInternal(message) {
    return message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
      message.cmd.length > 5 && message.cmd.slice(0, 5) === 'NODE_';
  }

  // Gives `target` (a ChildProcess or process) send/disconnect/connected/channel over the
  // channel socket `fd` (ours to own from now on).
  function setupChannel(target, fd) {
    const rid = ops.op_cp_ipc_open(fd);
    const channel = new Channel(rid, fd, target);
    const control = new Control(channel);
    target.channel = control;
    target._channel = channel;
    target.connected = true;

    target.on('newListener', function (name) {
      if (name === 'message' || name === 'disconnect') control.refCounted();
    });
    target.on('removeListener', function (name) {
      if (name === 'message' || name === 'disconnect') control.unrefCounted();
    });

    // Messages are emitted in a nextTick after the read, as in Node, so that ticks a
    // listener queues run before the next I/O; one tick per read (not per message)
    // keeps the order Node gives, and a throwing listener is an uncaught exception that
    // does not lose the messages after it.
    target._dispatch = function (message) {
      try {
        if (isInternal(message)) {
          if (message.cmd === 'NODE_HANDLE') {
            receiveHandle(target, channel, message);
          } else {
            target.emit('internalMessage', message);
          }
          return;
        }
        target.emit('message', message, undefined);
      } catch (err) {
        internals.triggerUncaughtException(err, false);
      }
    };

    target.send = function send(message, handle, options, callback) {
      if (typeof handle === 'function') {
        callback = handle;
        handle = undefined;
        options = undefined;
      } else if (typeof options === 'function') {
        callback = options;
        options = undefined;
      } else if (options !== undefined) {
        require('internal/validators').validateObject(options, 'options');
      }
      if (!this.connected) {
        const ex = new (codes.ERR_IPC_CHANNEL_CLOSED)();
        if (typeof callback === 'function') nextTick(callback, ex);
        else nextTick(() => this.emit('error', ex));
        return false;
      }
      if (message === undefined) throw new (codes.ERR_MISSING_ARGS)('message');
      const type = typeof message;
      if (type !== 'string' && type !== 'object' && type !== 'number' && type !== 'boolean') {
        throw new (codes.ERR_INVALID_ARG_TYPE)('message', ['string', 'object', 'number', 'boolean'], message);
      }
      if (handle !== undefined && handle !== null) {
        const passed = handleToFd(handle);
        channel.write(JSON.stringify({ cmd: 'NODE_HANDLE', type: passed[1], msg: message }), passed[0], callback);
        // The socket is the receiver's now (the op sends a duplicate); like Node, ours goes
        // unless asked to stay. A server keeps listening here too.
        if (passed[1] === 'net.Socket' && !(options && options.keepOpen)) handle.destroy();
        return true;
      }
      channel.write(JSON.stringify(message), -1, callback);
      return true;
    };

    target.disconnect = function disconnect() {
      if (!this.connected) {
        this.emit('error', new (codes.ERR_IPC_DISCONNECTED)());
        return;
      }
      this.connected = false;
      this._disconnect();
    };

    target._disconnect = function () {
      if (this.channel === null) return;
      this.channel = null;
      this.connected = false;
      channel.close();
      nextTick(emitDisconnect, this);
    };

    target._channelEnded = function () {
      // After our own disconnect() the end of the socket is no news (and, as in Node, does
      // not count towards a ChildProcess's 'close').
      if (this.channel === null) return;
      this.connected = false;
      this._disconnect();
      if (typeof this._onChannelEnd === 'function') nextTick(callChannelEnd, this);
    };

    channel.start();
    return control;
  }

  function dispatchOne(target, message) {
    target._dispatch(message);
  }
  function dispatchMany(target, list) {
    for (let i = 0; i < list.length; i++) target._dispatch(list[i]);
  }
  function channelEnded(target) {
    target._channelEnded();
  }
  function callChannelEnd(target) {
    target._onChannelEnd();
  }
  function emitDisconnect(target) {
    target.emit('disconnect');
  }

  // A bare descriptor for node's own messages (node:cluster's listening sockets and
  // connections): sending one hands the fd over; one received is the receiver's to own.
  class RawHandle {
    constructor(fd, type) {
      this.fd = fd;
      this.type = type;
    }
  }

  // Handles travel as an fd with a NODE_HANDLE message naming their kind.
  function handleToFd(handle) {
    const net = require('net');
    if (handle instanceof RawHandle) return [handle.fd, handle.type];
    if (handle instanceof net.Server) {
      if (!handle.listening || handle._rid === -1) throw new (codes.ERR_INVALID_HANDLE_TYPE)();
      let fd;
      try {
        fd = ops.op_net_listener_dup_fd(handle._rid);
      } catch (_) {
        // An http.Server's socket belongs to hyper's accept loop.
        throw new (codes.ERR_NOT_IMPLEMENTED)('send() of an http.Server handle');
      }
      return [fd, 'net.Server'];
    }
    if (handle instanceof net.Socket) {
      if (handle._rid === -1) throw new (codes.ERR_INVALID_HANDLE_TYPE)();
      return [ops.op_net_dup_fd(handle._rid), 'net.Socket'];
    }
    throw new (codes.ERR_INVALID_HANDLE_TYPE)();
  }

  // Emits the message that came with a descriptor: as 'internalMessage' with a RawHandle
  // when it is node's own, else as 'message' with a net.Socket, or a net.Server once that
  // listens (as Node does).
  function receiveHandle(target, channel, message) {
    const fd = ops.op_cp_ipc_take_fd(channel.rid);
    const inner = message.msg;
    if (isInternal(inner)) {
      target.emit('internalMessage', inner, fd < 0 ? undefined : new RawHandle(fd, message.type));
      return;
    }
    if (fd < 0) {
      target.emit('message', inner, undefined);
      return;
    }
    const net = require('net');
    if (message.type === 'net.Server') {
      const server = new net.Server();
      server.listen({ fd }, () => target.emit('message', inner, server));
      return;
    }
    target.emit('message', inner, new net.Socket({ fd }));
  }

  // The child's end: `process` gets the channel announced by NODE_CHANNEL_FD.
  function setupChild(process) {
    const fd = +ops.op_process_env_get('NODE_CHANNEL_FD');
    ops.op_process_env_delete('NODE_CHANNEL_FD');
    const mode = ops.op_process_env_get('NODE_CHANNEL_SERIALIZATION_MODE');
    ops.op_process_env_delete('NODE_CHANNEL_SERIALIZATION_MODE');
    if (!(fd >= 0) || (mode !== null && mode !== 'json')) return;
    try {
      setupChannel(process, fd);
    } catch (_) {
      // Not a channel after all (a stale variable): run without one.
    }
  }

  return { setupChannel, setupChild, RawHandle };
})();
