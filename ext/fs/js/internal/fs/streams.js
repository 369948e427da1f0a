// internal/fs/streams -- fs.ReadStream and fs.WriteStream on node:stream's Readable and
// Writable. As in Node, a stream does its I/O through `this[kFs]`: the `fs` option, the
// methods of a FileHandle given as `fd`, or node:fs itself, looked up at each call (so
// that replacing fs.read or fs.close is seen, as libraries such as graceful-fs expect).
// While those are node:fs's own functions, reads take the fast path: highWaterMark-sized
// chunks (64 KiB by default) cut from reads of up to 1 MiB, one async op each; a read
// of nothing ends the stream.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const { Readable, Writable, finished } = require('stream');
  const { Buffer } = require('buffer');
  const { codes } = require('internal/errors');
  const validators = require('internal/validators');
  const { errorOrDestroy } = require('internal/streams/destroy');
  const u = require('internal/fs/utils');

  const kIoDone = Symbol('kIoDone');
  const kQueue = Symbol('kQueue');
  const kReadPos = Symbol('kReadPos');
  const kReadTotal = Symbol('kReadTotal');
  const kBusy = Symbol('kIsPerformingIO');
  // The FileHandle a stream reads or writes through (options.fd given as a FileHandle).
  const kHandle = Symbol('kHandle');
  const kFs = Symbol('kFs');

  let fsModule;
  const nodeFs = () => (fsModule ??= require('fs'));
  // Whether `stream[kFs][name]` is node:fs's own function (the ops can be used directly).
  const own = (stream, name) => stream[kFs][name] === u.fsOriginals[name];

  // Node's FileHandleOperations: a FileHandle's methods in the shape of fs's callbacks.
  function fileHandleOperations(handle) {
    return {
      open() { throw new codes.ERR_METHOD_NOT_IMPLEMENTED('open()'); },
      close(fd, cb) {
        handle[u.kFileHandleUnref]();
        handle.close().then(() => cb(), cb);
      },
      read(fd, buf, offset, length, pos, cb) {
        handle.read(buf, offset, length, pos).then((r) => cb(null, r.bytesRead, r.buffer), (err) => cb(err, 0, buf));
      },
      write(fd, buf, offset, length, pos, cb) {
        handle.write(buf, offset, length, pos).then((r) => cb(null, r.bytesWritten, r.buffer), (err) => cb(err, 0, buf));
      },
      writev(fd, buffers, pos, cb) {
        handle.writev(buffers, pos).then((r) => cb(null, r.bytesWritten, r.buffers), (err) => cb(err, 0, buffers));
      },
    };
  }

  // What ReadStream and WriteStream share: the file (path or fd), opening it in
  // _construct, closing it in _destroy.
  function setUp(stream, path, options, defaultFlags) {
    stream[kFs] = options.fs || nodeFs();
    if (options.fd != null) {
      stream.fd = importFd(stream, options);
      stream.path = undefined;
    } else {
      stream.fd = null;
      stream.path = u.toPathIfFileURL(path);
      u.getValidatedPath(stream.path);
    }
    stream.flags = options.flags === undefined ? defaultFlags : options.flags;
    stream.mode = options.mode === undefined ? 0o666 : options.mode;
    stream.start = options.start;
    stream.autoClose = options.autoClose === undefined ? true : !!options.autoClose;
    stream[kBusy] = false;
    if (stream.start !== undefined) validators.validateInteger(stream.start, 'start', 0);
    stream.pos = stream.start;
  }

  // A number is used as it is; a FileHandle does the I/O and closing itself (through its
  // own methods, as Node's FileHandleOperations), and its closing closes the stream.
  function importFd(stream, options) {
    const fd = options.fd;
    if (typeof fd === 'number') return u.getValidatedFd(fd, 'options.fd');
    if (fd !== null && typeof fd === 'object' && fd[u.kFileHandle] === true) {
      if (options.fs) throw new codes.ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
      stream[kHandle] = fd;
      stream[kFs] = fileHandleOperations(fd);
      fd[u.kFileHandleRef]();
      fd.on('close', () => stream.close());
      return fd.fd;
    }
    throw new codes.ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], fd);
  }

  function streamOptions(options, defaults) {
    if (options === null || typeof options !== 'object') options = u.getOptions(options, {});
    else u.assertEncoding(options.encoding);
    // Node's copyObject: inherited options count too.
    const copy = { ...defaults };
    for (const key in options) copy[key] = options[key];
    options = copy;
    if (options.signal !== undefined) validators.validateAbortSignal(options.signal, 'options.signal');
    if (options.autoDestroy === undefined) {
      options.autoDestroy = options.autoClose === undefined ? true : !!options.autoClose;
    }
    return options;
  }

  function construct(callback) {
    const stream = this;
    if (typeof stream.fd === 'number') {
      callback();
      return;
    }
    if (stream.open !== openWriteFs && stream.open !== openReadFs) {
      // A subclass with its own open() (old Node's way): it emits 'open' or 'error'.
      const orgEmit = stream.emit;
      stream.emit = function (...args) {
        if (args[0] === 'open') {
          this.emit = orgEmit;
          callback();
          Reflect.apply(orgEmit, this, args);
        } else if (args[0] === 'error') {
          this.emit = orgEmit;
          callback(args[1]);
        } else {
          Reflect.apply(orgEmit, this, args);
        }
      };
      stream.open();
      return;
    }
    stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
      if (err) {
        callback(err);
        return;
      }
      stream.fd = fd;
      callback();
      stream.emit('open', stream.fd);
      stream.emit('ready');
    });
  }

  // Node's close: whatever fd is left (0 counts as none, as in Node) is closed through
  // kFs, after an fsync with `flush`.
  function closeFd(stream, err, cb) {
    if (!stream.fd) {
      cb(err);
    } else if (stream.flush) {
      stream[kFs].fsync(stream.fd, (flushErr) => {
        closeFdNow(stream, err || flushErr, cb);
      });
    } else {
      closeFdNow(stream, err, cb);
    }
  }

  function closeFdNow(stream, err, cb) {
    // Node calls close with stream.fd still set, and unsets it right after.
    if (own(stream, 'close')) {
      ops.op_fs_close(stream.fd).then(() => cb(err), (er) => cb(er || err));
    } else {
      stream[kFs].close(stream.fd, (er) => cb(er || err));
    }
    stream.fd = null;
  }

  function destroy(err, cb) {
    // Wait for the read or write in flight before closing its descriptor.
    if (this[kBusy]) this.once(kIoDone, (er) => closeFd(this, err || er, cb));
    else closeFd(this, err, cb);
  }

  function definePending(proto) {
    Object.defineProperty(proto, 'pending', {
      get() { return this.fd === null; },
      configurable: true,
    });
  }

  // --- ReadStream ------------------------------------------------------------------------

  function ReadStream(path, options) {
    if (!(this instanceof ReadStream)) return new ReadStream(path, options);
    options = streamOptions(options, { highWaterMark: 64 * 1024 });
    setUp(this, path, options, 'r');
    if (options.fs) {
      validators.validateFunction(this[kFs].open, 'options.fs.open');
      validators.validateFunction(this[kFs].read, 'options.fs.read');
      validators.validateFunction(this[kFs].close, 'options.fs.close');
    }
    this.end = options.end === undefined ? Infinity : options.end;
    if (this.end !== Infinity) validators.validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new codes.ERR_OUT_OF_RANGE('start', '<= "end" (here: ' + this.end + ')', this.start);
    }
    this.bytesRead = 0;
    this[kQueue] = [];
    this[kReadPos] = this.start;
    this[kReadTotal] = 0;
    Readable.call(this, options);
  }
  Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
  Object.setPrototypeOf(ReadStream, Readable);
  definePending(ReadStream.prototype);

  ReadStream.prototype._construct = construct;
  const openReadFs = require('util').deprecate(function () {
    // Noop: streams open in _construct; subclasses may still define open().
  }, 'ReadStream.prototype.open() is deprecated', 'DEP0135');
  ReadStream.prototype.open = openReadFs;

  // One op reads up to this many bytes ahead (at most kBatch chunks); the chunks past
  // the first wait in a queue for the next _read calls. Fewer trips to the blocking pool
  // is what makes big files fast; the chunks are the same as one read per chunk gives.
  const kReadAhead = 1024 * 1024;
  const kBatch = 16;

  ReadStream.prototype._read = function (n) {
    if (!own(this, 'read')) {
      readThroughFs(this, n);
      return;
    }
    const queue = this[kQueue];
    if (queue.length > 0) {
      // Later, as a read of its own would be: consumers see one chunk at a time.
      queueMicrotask(() => {
        if (!this.destroyed) pushChunk(this, queue.shift());
      });
      return;
    }
    const at = this[kReadPos];
    const left = at !== undefined ? this.end - at + 1 : this.end - this[kReadTotal] + 1;
    const batch = Math.max(1, Math.min(kBatch, Math.floor(kReadAhead / n)));
    let want = n * batch;
    if (left < want) want = left;
    if (want <= 0) {
      this.push(null);
      return;
    }
    this[kBusy] = true;
    ops.op_fs_read(this.fd, want, at === undefined ? -1 : at).then((bytes) => {
      this[kBusy] = false;
      if (this.destroyed) {
        this.emit(kIoDone);
        return;
      }
      const len = bytes.length;
      if (len === 0) {
        this.push(null);
        return;
      }
      if (at !== undefined) this[kReadPos] = at + len;
      this[kReadTotal] += len;
      const ab = bytes.buffer;
      const base = bytes.byteOffset;
      for (let off = n; off < len; off += n) {
        queue.push(Buffer.from(ab, base + off, Math.min(n, len - off)));
      }
      pushChunk(this, Buffer.from(ab, base, Math.min(n, len)));
    }, (err) => {
      this[kBusy] = false;
      if (this.destroyed) this.emit(kIoDone, err);
      else errorOrDestroy(this, err);
    });
  };

  // Node's _read, through kFs.read: one read of up to `n` bytes per call.
  function readThroughFs(stream, n) {
    n = stream.pos !== undefined ? Math.min(stream.end - stream.pos + 1, n) :
      Math.min(stream.end - stream.bytesRead + 1, n);
    if (n <= 0) {
      stream.push(null);
      return;
    }
    const buf = Buffer.allocUnsafeSlow(n);
    stream[kBusy] = true;
    stream[kFs].read(stream.fd, buf, 0, n, stream.pos, (er, bytesRead, data) => {
      stream[kBusy] = false;
      if (stream.destroyed) {
        stream.emit(kIoDone, er);
        return;
      }
      if (er) {
        errorOrDestroy(stream, er);
      } else if (bytesRead > 0) {
        if (stream.pos !== undefined) stream.pos += bytesRead;
        stream.bytesRead += bytesRead;
        let chunk = data === undefined ? buf : data;
        if (bytesRead !== chunk.length) chunk = Buffer.from(chunk.subarray(0, bytesRead));
        stream.push(chunk);
      } else {
        stream.push(null);
      }
    });
  }

  function pushChunk(stream, chunk) {
    if (stream.pos !== undefined) stream.pos += chunk.length;
    stream.bytesRead += chunk.length;
    stream.push(chunk);
  }

  ReadStream.prototype._destroy = destroy;

  ReadStream.prototype.close = function (cb) {
    if (typeof cb === 'function') finished(this, cb);
    this.destroy();
  };

  // --- WriteStream -----------------------------------------------------------------------

  function WriteStream(path, options) {
    if (!(this instanceof WriteStream)) return new WriteStream(path, options);
    options = streamOptions(options, {});
    options.decodeStrings = true;
    setUp(this, path, options, 'w');
    if (options.fs) {
      validators.validateFunction(this[kFs].open, 'options.fs.open');
      if (!this[kFs].write && !this[kFs].writev) {
        throw new codes.ERR_INVALID_ARG_TYPE('options.fs.write', 'function', this[kFs].write);
      }
      if (this[kFs].write) validators.validateFunction(this[kFs].write, 'options.fs.write');
      if (this[kFs].writev) validators.validateFunction(this[kFs].writev, 'options.fs.writev');
      validators.validateFunction(this[kFs].close, 'options.fs.close');
    }
    // Either write or writev is enough: the other is not used then.
    if (!this[kFs].write) this._write = (data, encoding, cb) => this._writev([{ chunk: data, encoding }], cb);
    if (!this[kFs].writev) this._writev = null;
    this.flush = options.flush == null ? false : options.flush;
    if (options.flush != null) validators.validateBoolean(options.flush, 'options.flush');
    this.bytesWritten = 0;
    Writable.call(this, options);
    if (options.encoding) this.setDefaultEncoding(options.encoding);
  }
  Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
  Object.setPrototypeOf(WriteStream, Writable);
  definePending(WriteStream.prototype);

  WriteStream.prototype._construct = construct;
  const openWriteFs = require('util').deprecate(function () {
    // Noop: streams open in _construct; subclasses may still define open().
  }, 'WriteStream.prototype.open() is deprecated', 'DEP0135');
  WriteStream.prototype.open = openWriteFs;

  // Writes all of `data`, in several writes if the OS takes less at a time.
  // A write of `data` through kFs.write (its callback shape), for a replaced fs.write,
  // the `fs` option or a FileHandle.
  function writeThroughFs(stream, data) {
    return new Promise((resolve, reject) => {
      stream[kFs].write(stream.fd, data, 0, data.length, stream.pos === undefined ? null : stream.pos, (err, n) => {
        if (err && err.code !== 'EAGAIN') reject(err);
        else resolve(err ? 0 : n);
      });
    });
  }

  function writeAll(stream, data, cb, retries = 0) {
    stream[kBusy] = true;
    const writing = own(stream, 'write') ?
      ops.op_fs_write(stream.fd, data, stream.pos === undefined ? -1 : stream.pos) :
      writeThroughFs(stream, data);
    writing.then((n) => {
      stream[kBusy] = false;
      if (stream.destroyed) {
        stream.emit(kIoDone);
        cb(new codes.ERR_STREAM_DESTROYED('write'));
        return;
      }
      stream.bytesWritten += n;
      if (stream.pos !== undefined) stream.pos += n;
      // Node tries a write that takes nothing up to 5 times.
      retries = n ? 0 : retries + 1;
      if (retries > 5) cb(new codes.ERR_SYSTEM_ERROR('write failed'));
      else if (n < data.length) writeAll(stream, data.subarray(n), cb, retries);
      else cb();
    }, (err) => {
      stream[kBusy] = false;
      if (stream.destroyed) stream.emit(kIoDone, err);
      cb(err);
    });
  }

  WriteStream.prototype._write = function (data, encoding, cb) {
    writeAll(this, data, cb);
  };

  WriteStream.prototype._writev = function (chunks, cb) {
    const list = new Array(chunks.length);
    for (let i = 0; i < chunks.length; i++) list[i] = chunks[i].chunk;
    if (own(this, 'writev') || !this[kFs].writev) {
      writeAll(this, Buffer.concat(list), cb);
      return;
    }
    this[kBusy] = true;
    this[kFs].writev(this.fd, list, this.pos === undefined ? null : this.pos, (err, bytesWritten) => {
      this[kBusy] = false;
      if (this.destroyed) {
        this.emit(kIoDone, err);
        cb(err || new codes.ERR_STREAM_DESTROYED('writev'));
        return;
      }
      if (err) {
        cb(err);
        return;
      }
      this.bytesWritten += bytesWritten;
      if (this.pos !== undefined) this.pos += bytesWritten;
      cb();
    });
  };

  WriteStream.prototype._destroy = destroy;

  WriteStream.prototype.close = function (cb) {
    if (cb) {
      if (this.closed) {
        process.nextTick(cb);
        return;
      }
      this.on('close', cb);
    }
    // With autoClose off, close() still destroys once the data is out.
    if (!this.autoClose) this.on('finish', this.destroy);
    this.end();
  };

  WriteStream.prototype.destroySoon = WriteStream.prototype.end;

  function createReadStream(path, options) {
    return new ReadStream(path, options);
  }

  function createWriteStream(path, options) {
    return new WriteStream(path, options);
  }

  return { ReadStream, WriteStream, createReadStream, createWriteStream };
})();
