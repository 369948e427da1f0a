// node:fs/promises -- the promise forms of node:fs and FileHandle.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const EventEmitter = require('events');
  const { codes } = require('internal/errors');
  const validators = require('internal/validators');
  const fs = require('fs');
  const u = require('internal/fs/utils');
  const forms = u.promiseForms;

  const kFd = Symbol('kFd');
  const kClosing = Symbol('kClosing');

  // A FileHandle whose descriptor is closed fails every call the way Node's does.
  function fdOf(handle, syscall) {
    const fd = handle[kFd];
    if (fd === -1) {
      const err = new Error('file closed');
      err.code = 'EBADF';
      err.syscall = syscall;
      throw err;
    }
    return fd;
  }

  class FileHandle extends EventEmitter {
    constructor(fd) {
      super();
      this[kFd] = fd;
      this[kClosing] = null;
    }

    get fd() { return this[kFd]; }

    async read(buffer, offset, length, position) {
      const fd = fdOf(this, 'read');
      const a = buffer === undefined ? u.readArgs({}) : u.readArgs(buffer, offset, length, position);
      const bytesRead = await u.readInto(fd, a);
      return { bytesRead, buffer: a.buffer };
    }

    async write(data, offset, length, position) {
      const fd = fdOf(this, 'write');
      const a = u.writeArgs(data, offset, length, position);
      const bytesWritten = await ops.op_fs_write(fd, a.bytes, a.position);
      return { bytesWritten, buffer: data };
    }

    async readv(buffers, position) {
      const fd = fdOf(this, 'readv');
      const bytesRead = await new Promise((resolve, reject) => {
        fs.readv(fd, buffers, position, (err, n) => (err ? reject(err) : resolve(n)));
      });
      return { bytesRead, buffers };
    }

    async writev(buffers, position) {
      const fd = fdOf(this, 'writev');
      const bytesWritten = await new Promise((resolve, reject) => {
        fs.writev(fd, buffers, position, (err, n) => (err ? reject(err) : resolve(n)));
      });
      return { bytesWritten, buffers };
    }

    readFile(options) { return forms.readFile(fdOf(this, 'read'), options); }
    writeFile(data, options) { return forms.writeFile(fdOf(this, 'write'), data, options); }
    appendFile(data, options) { return forms.appendFile(fdOf(this, 'write'), data, options); }

    async stat(options) {
      const n = await ops.op_fs_fstat(fdOf(this, 'fstat'));
      return u.makeStats(n, !!(options && options.bigint));
    }

    async truncate(len = 0) {
      const fd = fdOf(this, 'ftruncate');
      validators.validateInteger(len, 'len');
      await ops.op_fs_ftruncate(fd, Math.max(0, len));
    }

    async chmod(mode) { await ops.op_fs_fchmod(fdOf(this, 'fchmod'), u.parseMode(mode)); }
    async sync() { await ops.op_fs_fsync(fdOf(this, 'fsync'), false); }
    async datasync() { await ops.op_fs_fsync(fdOf(this, 'fdatasync'), true); }

    async utimes(atime, mtime) {
      const ts = fs._toUnixTimestamp;
      await ops.op_fs_utimes('', fdOf(this, 'futime'), ts(atime, 'atime'), ts(mtime, 'mtime'), true);
    }

    close() {
      if (this[kClosing] !== null) return this[kClosing];
      const fd = this[kFd];
      if (fd === -1) return Promise.resolve();
      this[kFd] = -1;
      this[kClosing] = ops.op_fs_close(fd).then(() => {
        this.emit('close');
      });
      return this[kClosing];
    }

    createReadStream(options) {
      return adopt(this, fs.createReadStream(undefined, { ...options, fd: fdOf(this, 'read') }));
    }

    createWriteStream(options) {
      return adopt(this, fs.createWriteStream(undefined, { ...options, fd: fdOf(this, 'write') }));
    }

    readLines() { throw new codes.ERR_NOT_IMPLEMENTED('FileHandle.prototype.readLines'); }
    readableWebStream() { throw new codes.ERR_NOT_IMPLEMENTED('FileHandle.prototype.readableWebStream'); }

    [Symbol.asyncDispose]() { return this.close(); }
  }

  // A stream on a handle's fd closes it (autoClose): the handle counts as closed from the
  // moment the stream starts closing it, as a FileHandle.close() would.
  function adopt(handle, stream) {
    const fd = handle[kFd];
    if (stream.autoClose) {
      const destroy = stream._destroy;
      stream._destroy = function (err, cb) {
        if (handle[kFd] === fd) {
          handle[kFd] = -1;
          this.once('close', () => handle.emit('close'));
        }
        return destroy.call(this, err, cb);
      };
    }
    return stream;
  }

  async function open(path, flags, mode) {
    return new FileHandle(await forms.open(path, flags, mode));
  }

  // A FileHandle's fd, or a validated path (the promise forms take no plain fds).
  const unwrap = (f) => (f instanceof FileHandle ? fdOf(f, 'read') : u.getValidatedPath(f));

  function notImplemented(name) {
    return async function () { throw new codes.ERR_NOT_IMPLEMENTED(name); };
  }

  const promises = {
    access: forms.access,
    copyFile: forms.copyFile,
    cp: forms.cp,
    glob: notImplemented('fsPromises.glob'),
    open,
    opendir: (path, options) => require('internal/fs/dir').opendirPromise(path, options),
    rename: forms.rename,
    truncate: forms.truncate,
    rm: forms.rm,
    rmdir: forms.rmdir,
    mkdir: forms.mkdir,
    readdir: forms.readdir,
    readlink: forms.readlink,
    symlink: forms.symlink,
    lstat: forms.lstat,
    stat: forms.stat,
    statfs: (path, options) => require('internal/fs/dir').statfsPromise(path, options),
    link: forms.link,
    unlink: forms.unlink,
    chmod: forms.chmod,
    lchmod: notImplemented('fsPromises.lchmod'),
    lchown: forms.lchown,
    chown: forms.chown,
    utimes: forms.utimes,
    lutimes: forms.lutimes,
    realpath: forms.realpath,
    mkdtemp: forms.mkdtemp,
    mkdtempDisposable: notImplemented('fsPromises.mkdtempDisposable'),
    writeFile: async (file, data, options) => forms.writeFile(unwrap(file), data, options),
    appendFile: async (file, data, options) => forms.appendFile(unwrap(file), data, options),
    readFile: async (file, options) => forms.readFile(unwrap(file), options),
    watch: (filename, options) => require('internal/fs/watchers').watchAsync(filename, options),
    constants: u.constants,
  };
  return promises;
})();
