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
  const kLocked = Symbol('kLocked');
  const kRefs = Symbol('kRefs');
  const kCloseWaiter = Symbol('kCloseWaiter');
  const kCloseFd = Symbol('kCloseFd');

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
      this[kRefs] = 1;
      this[kCloseWaiter] = null;
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
    async writeFile(data, options) { return forms.writeFile(fdOf(this, 'write'), data, options, true); }
    async appendFile(data, options) { return forms.appendFile(fdOf(this, 'write'), data, options, true); }

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

    // As in Node: 'close' is emitted at once; while a stream still uses the handle (a
    // reference of its own), the descriptor is closed when that stream lets go of it.
    close() {
      if (this[kFd] === -1) return Promise.resolve();
      if (this[kClosing] !== null) return this[kClosing];
      this[kRefs]--;
      if (this[kRefs] === 0) {
        this[kClosing] = this[kCloseFd]();
      } else {
        this[kClosing] = new Promise((resolve, reject) => {
          this[kCloseWaiter] = { resolve, reject };
        }).finally(() => {
          this[kClosing] = null;
        });
      }
      this.emit('close');
      return this[kClosing];
    }

    [kCloseFd]() {
      const fd = this[kFd];
      this[kFd] = -1;
      return ops.op_fs_close(fd).finally(() => {
        this[kClosing] = null;
      });
    }

    [u.kFileHandleRef]() {
      this[kRefs]++;
    }

    [u.kFileHandleUnref]() {
      this[kRefs]--;
      if (this[kRefs] === 0 && this[kFd] !== -1) {
        const waiter = this[kCloseWaiter];
        this[kCloseWaiter] = null;
        const closing = this[kCloseFd]();
        if (waiter) closing.then(waiter.resolve, waiter.reject);
      }
    }

    createReadStream(options) {
      fdOf(this, 'read');
      return fs.createReadStream(undefined, { ...options, fd: this });
    }

    createWriteStream(options) {
      fdOf(this, 'write');
      return fs.createWriteStream(undefined, { ...options, fd: this });
    }

    // Lines of the file through readline, the stream closing the handle at its end.
    readLines(options) {
      return require('readline').createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
    }

    // A byte ReadableStream over read(); the handle closing cancels it.
    readableWebStream(options = {}) {
      if (this[kFd] === -1) throw new codes.ERR_INVALID_STATE('The FileHandle is closed');
      if (this[kClosing] !== null) throw new codes.ERR_INVALID_STATE('The FileHandle is closing');
      if (this[kLocked]) throw new codes.ERR_INVALID_STATE('The FileHandle is locked');
      this[kLocked] = true;
      validators.validateObject(options, 'options');
      const { type = 'bytes', autoClose = false } = options;
      validators.validateBoolean(autoClose, 'options.autoClose');
      if (type !== 'bytes') {
        process.emitWarning('A non-"bytes" options.type has no effect. A byte-oriented steam is always created.',
          'ExperimentalWarning');
      }
      const handle = this;
      let released = false;
      const done = async () => {
        if (released) return;
        released = true;
        handle[kLocked] = false;
        handle[u.kFileHandleUnref]();
        if (autoClose) await handle.close();
      };
      const webstreams = require('internal/webstreams/readable');
      const readable = new webstreams.ReadableStream({
        type: 'bytes',
        autoAllocateChunkSize: 16384,
        async pull(controller) {
          const view = controller.byobRequest.view;
          const { bytesRead } = await handle.read(view, 0, view.byteLength, null);
          if (bytesRead === 0) {
            controller.close();
            await done();
          }
          controller.byobRequest.respond(bytesRead);
        },
        cancel: done,
      });
      this[u.kFileHandleRef]();
      this.once('close', () => webstreams.readableStreamCancel(webstreams.streamOf(readable)));
      return readable;
    }

    [Symbol.asyncDispose]() { return this.close(); }
  }

  FileHandle.prototype[u.kFileHandle] = true;

  async function open(path, flags, mode) {
    return new FileHandle(await forms.open(path, flags, mode));
  }

  // A FileHandle's fd, or a validated path (the promise forms take no plain fds).
  const unwrap = (f) => (f instanceof FileHandle ? fdOf(f, 'read') : u.getValidatedPath(f));

  const promises = {
    access: forms.access,
    copyFile: forms.copyFile,
    cp: forms.cp,
    glob: (pattern, options) => require('internal/fs/glob').globAsync(pattern, options),
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
    lchmod: async () => { throw new codes.ERR_METHOD_NOT_IMPLEMENTED('lchmod()'); },
    lchown: forms.lchown,
    chown: forms.chown,
    utimes: forms.utimes,
    lutimes: forms.lutimes,
    realpath: forms.realpath,
    mkdtemp: forms.mkdtemp,
    mkdtempDisposable: forms.mkdtempDisposable,
    writeFile: async (file, data, options) => forms.writeFile(unwrap(file), data, options, file instanceof FileHandle),
    appendFile: async (file, data, options) => forms.appendFile(unwrap(file), data, options, file instanceof FileHandle),
    readFile: async (file, options) => forms.readFile(unwrap(file), options),
    watch: (filename, options) => require('internal/fs/watchers').watchAsync(filename, options),
    constants: u.constants,
  };
  return promises;
})();
