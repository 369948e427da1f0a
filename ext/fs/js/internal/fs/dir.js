// internal/fs/dir -- fs.opendir's Dir (over the ops of ext/fs/src/dir.rs) and fs.statfs's
// StatFs. A Dir reads `bufferSize` entries per op and hands them out one at a time; with
// `recursive`, the directories it meets are opened and read after the entries already
// buffered, as Node does.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const { Buffer } = require('buffer');
  const { codes } = require('internal/errors');
  const validators = require('internal/validators');
  const pathModule = require('path');
  const u = require('internal/fs/utils');

  const kRid = Symbol('kDirRid');

  class Dir {
    #path;
    #options;
    #closed = false;
    #buffered = [];
    // Subdirectories still to read (recursive): { rid, path }.
    #pending = [];
    // While an async op runs, further calls wait here (Node's operation queue).
    #queue = null;

    constructor(rid, path, options) {
      if (rid == null) throw new codes.ERR_MISSING_ARGS('handle');
      this[kRid] = rid;
      this.#path = path;
      this.#options = { bufferSize: 32, ...u.getOptions(options, { encoding: 'utf8' }) };
      validators.validateUint32(this.#options.bufferSize, 'options.bufferSize', true);
    }

    get path() { return this.#path; }

    #dirent(parent, [name, type]) {
      const encoded = this.#options.encoding === 'buffer' ? Buffer.from(name) :
        u.encodeResult(name, this.#options.encoding);
      return new u.Dirent(encoded, type, parent);
    }

    #take() {
      const dirent = this.#buffered.shift();
      if (this.#options.recursive && dirent.isDirectory()) {
        const path = pathModule.join(dirent.parentPath, String(dirent.name));
        this.#pending.push({ rid: ops.op_fs_opendir_sync(path), path });
      }
      return dirent;
    }

    // Fills the buffer from the subdirectories still open; true when it holds entries.
    #drainPending() {
      while (this.#buffered.length === 0 && this.#pending.length > 0) {
        const sub = this.#pending[0];
        const entries = ops.op_fs_dir_read_sync(sub.rid, this.#options.bufferSize);
        if (entries === null) {
          ops.op_fs_dir_close(sub.rid);
          this.#pending.shift();
        } else {
          for (const e of entries) this.#buffered.push(this.#dirent(sub.path, e));
        }
      }
      return this.#buffered.length > 0;
    }

    #fill(entries) {
      for (const e of entries) this.#buffered.push(this.#dirent(this.#path, e));
    }

    read(callback) {
      if (callback === undefined) {
        return new Promise((resolve, reject) => this.read((err, d) => (err ? reject(err) : resolve(d))));
      }
      if (this.#closed) throw new codes.ERR_DIR_CLOSED();
      validators.validateFunction(callback, 'callback');
      if (this.#queue !== null) {
        this.#queue.push(() => this.read(callback));
        return;
      }
      if (this.#buffered.length > 0 || this.#drainPending()) {
        let dirent;
        try {
          dirent = this.#take();
        } catch (err) {
          process.nextTick(callback, err);
          return;
        }
        process.nextTick(callback, null, dirent);
        return;
      }
      this.#queue = [];
      ops.op_fs_dir_read(this[kRid], this.#options.bufferSize).then((entries) => {
        this.#runQueue();
        if (entries === null) return callback(null, null);
        let dirent;
        try {
          this.#fill(entries);
          dirent = this.#take();
        } catch (err) {
          return callback(err);
        }
        callback(null, dirent);
      }, (err) => {
        this.#runQueue();
        callback(err);
      });
    }

    #runQueue() {
      const queue = this.#queue;
      this.#queue = null;
      process.nextTick(() => { for (const op of queue) op(); });
    }

    readSync() {
      if (this.#closed) throw new codes.ERR_DIR_CLOSED();
      if (this.#queue !== null) throw new codes.ERR_DIR_CONCURRENT_OPERATION();
      if (this.#buffered.length > 0 || this.#drainPending()) return this.#take();
      const entries = ops.op_fs_dir_read_sync(this[kRid], this.#options.bufferSize);
      if (entries === null) {
        return this.#drainPending() ? this.#take() : null;
      }
      this.#fill(entries);
      return this.#take();
    }

    close(callback) {
      if (callback === undefined) {
        if (this.#closed) return Promise.reject(new codes.ERR_DIR_CLOSED());
        return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
      }
      validators.validateFunction(callback, 'callback');
      if (this.#closed) {
        process.nextTick(callback, new codes.ERR_DIR_CLOSED());
        return;
      }
      if (this.#queue !== null) {
        this.#queue.push(() => this.close(callback));
        return;
      }
      let error = null;
      try {
        this.#closeAll();
      } catch (err) {
        error = err;
      }
      process.nextTick(callback, error);
    }

    closeSync() {
      if (this.#closed) throw new codes.ERR_DIR_CLOSED();
      if (this.#queue !== null) throw new codes.ERR_DIR_CONCURRENT_OPERATION();
      this.#closeAll();
    }

    #closeAll() {
      this.#closed = true;
      for (const sub of this.#pending) ops.op_fs_dir_close(sub.rid);
      this.#pending = [];
      ops.op_fs_dir_close(this[kRid]);
    }

    async* entries() {
      try {
        for (;;) {
          const dirent = await this.read();
          if (dirent === null) break;
          yield dirent;
        }
      } finally {
        if (!this.#closed) await this.close();
      }
    }

    [Symbol.asyncIterator]() { return this.entries(); }

    async [Symbol.asyncDispose]() {
      if (!this.#closed) await this.close();
    }

    [Symbol.dispose]() {
      if (!this.#closed) this.closeSync();
    }
  }

  function dirOptions(options) {
    options = u.getOptions(options, { encoding: 'utf8' });
    if (options.bufferSize !== undefined) validators.validateUint32(options.bufferSize, 'options.bufferSize', true);
    return options;
  }

  function opendirSync(path, options) {
    path = u.getValidatedPath(path);
    options = dirOptions(options);
    let rid;
    try {
      rid = ops.op_fs_opendir_sync(path);
    } catch (err) {
      // Node's synchronous opendir names no path.
      if (err && err.path === path) {
        err.message = err.message.slice(0, err.message.length - path.length - 3);
        delete err.path;
      }
      throw err;
    }
    return new Dir(rid, path, options);
  }

  function opendir(path, options, callback) {
    callback = typeof options === 'function' ? options : callback;
    validators.validateFunction(callback, 'callback');
    path = u.getValidatedPath(path);
    options = dirOptions(typeof options === 'function' ? undefined : options);
    u.settle(ops.op_fs_opendir(path), callback, (rid) => new Dir(rid, path, options));
  }

  async function opendirPromise(path, options) {
    path = u.getValidatedPath(path);
    options = dirOptions(options);
    return new Dir(await ops.op_fs_opendir(path), path, options);
  }

  // --- statfs --------------------------------------------------------------------------

  class StatFs {
    constructor(type, bsize, frsize, blocks, bfree, bavail, files, ffree) {
      this.type = type;
      this.bsize = bsize;
      this.frsize = frsize;
      this.blocks = blocks;
      this.bfree = bfree;
      this.bavail = bavail;
      this.files = files;
      this.ffree = ffree;
    }
  }

  function makeStatFs(n, bigint) {
    return new StatFs(...(bigint ? n.map((v) => BigInt(v)) : n));
  }

  function statfsSync(path, options = { bigint: false }) {
    return makeStatFs(ops.op_fs_statfs_sync(u.getValidatedPath(path)), options.bigint);
  }

  function statfs(path, options = { bigint: false }, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = { bigint: false };
    }
    validators.validateFunction(callback, 'cb');
    path = u.getValidatedPath(path);
    u.settle(ops.op_fs_statfs(path), callback, (n) => makeStatFs(n, options.bigint));
  }

  async function statfsPromise(path, options = { bigint: false }) {
    return makeStatFs(await ops.op_fs_statfs(u.getValidatedPath(path)), options.bigint);
  }

  return { Dir, opendir, opendirSync, opendirPromise, statfs, statfsSync, statfsPromise };
})();
