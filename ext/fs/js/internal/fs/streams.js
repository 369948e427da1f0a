// internal/fs/streams -- fs.ReadStream and fs.WriteStream on node:stream's Readable and
// Writable. A ReadStream pushes highWaterMark-sized chunks (64 KiB by default) cut from
// reads of up to 1 MiB, one async op each; a read of nothing ends it, as in Node.
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

  // What ReadStream and WriteStream share: the file (path or fd), opening it in
  // _construct, closing it in _destroy.
  function setUp(stream, path, options, defaultFlags) {
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
      fd[u.kFileHandleRef]();
      fd.on('close', () => stream.close());
      return fd.fd;
    }
    throw new codes.ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], fd);
  }

  function streamOptions(options, defaults) {
    options = u.getOptions(options, {});
    options = { ...defaults, ...options };
    if (options.signal !== undefined) validators.validateAbortSignal(options.signal, 'options.signal');
    if (options.autoDestroy === undefined) {
      options.autoDestroy = options.autoClose === undefined ? true : !!options.autoClose;
    }
    return options;
  }

  function construct(callback) {
    if (typeof this.fd === 'number') {
      callback();
      return;
    }
    const flags = u.stringToFlags(this.flags);
    const mode = u.parseMode(this.mode, 0o666);
    ops.op_fs_open(u.getValidatedPath(this.path), flags, mode).then((fd) => {
      this.fd = fd;
      callback();
      this.emit('open', fd);
      this.emit('ready');
    }, (err) => callback(err));
  }

  function closeFd(stream, err, cb) {
    if (typeof stream.fd !== 'number') {
      cb(err);
    } else if (stream.autoClose && stream[kHandle]) {
      stream.fd = null;
      stream[kHandle][u.kFileHandleUnref]();
      stream[kHandle].close().then(() => cb(err), (er) => cb(er || err));
    } else if (stream.autoClose) {
      const fd = stream.fd;
      stream.fd = null;
      ops.op_fs_close(fd).then(() => cb(err), (er) => cb(er || err));
    } else {
      cb(err);
    }
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

  // One op reads up to this many bytes ahead (at most kBatch chunks); the chunks past
  // the first wait in a queue for the next _read calls. Fewer trips to the blocking pool
  // is what makes big files fast; the chunks are the same as one read per chunk gives.
  const kReadAhead = 1024 * 1024;
  const kBatch = 16;

  ReadStream.prototype._read = function (n) {
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
    const handle = this[kHandle];
    if (handle) want = Math.min(want, n);
    const reading = handle ?
      handle.read(Buffer.allocUnsafe(want), 0, want, at === undefined ? null : at)
        .then((r) => r.buffer.subarray(0, r.bytesRead)) :
      ops.op_fs_read(this.fd, want, at === undefined ? -1 : at);
    reading.then((bytes) => {
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
    this.bytesWritten = 0;
    Writable.call(this, options);
    if (options.encoding) this.setDefaultEncoding(options.encoding);
  }
  Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
  Object.setPrototypeOf(WriteStream, Writable);
  definePending(WriteStream.prototype);

  WriteStream.prototype._construct = construct;

  // Writes all of `data`, in several writes if the OS takes less at a time.
  function writeAll(stream, data, cb) {
    stream[kBusy] = true;
    const handle = stream[kHandle];
    const writing = handle ?
      handle.write(data, 0, data.length, stream.pos === undefined ? null : stream.pos).then((r) => r.bytesWritten) :
      ops.op_fs_write(stream.fd, data, stream.pos === undefined ? -1 : stream.pos);
    writing.then((n) => {
      stream[kBusy] = false;
      if (stream.destroyed) {
        stream.emit(kIoDone);
        cb(new codes.ERR_STREAM_DESTROYED('write'));
        return;
      }
      stream.bytesWritten += n;
      if (stream.pos !== undefined) stream.pos += n;
      if (n < data.length) writeAll(stream, data.subarray(n), cb);
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
    const handle = this[kHandle];
    if (!handle) {
      writeAll(this, Buffer.concat(list), cb);
      return;
    }
    this[kBusy] = true;
    handle.writev(list, this.pos === undefined ? null : this.pos).then(({ bytesWritten }) => {
      this[kBusy] = false;
      if (this.destroyed) {
        this.emit(kIoDone);
        cb(new codes.ERR_STREAM_DESTROYED('writev'));
        return;
      }
      this.bytesWritten += bytesWritten;
      if (this.pos !== undefined) this.pos += bytesWritten;
      cb();
    }, (err) => {
      this[kBusy] = false;
      if (this.destroyed) this.emit(kIoDone, err);
      cb(err);
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
