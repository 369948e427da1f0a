// node:fs -- the callback and sync forms of the file system API over ext_fs's ops
// (fs/promises holds the promise forms; internal/fs/streams the streams).
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const validators = require('internal/validators');
  const { Buffer } = require('buffer');
  const u = require('internal/fs/utils');
  const {
    constants, getValidatedPath, getValidatedFd, getOptions, stringToFlags, parseMode,
    getPosition, toBytes, decode, encodeResult, makeStats, readdirResult, fixRmError,
    settle, defineForms, readArgs, writeArgs, byteWindow, readInto,
  } = u;

  const fs = {};
  // The promise forms are collected here; fs/promises completes and exports them.
  const promiseForms = u.promiseForms;

  const P = getValidatedPath;
  const isFd = (v) => (v >>> 0) === v;

  // --- files by path ---------------------------------------------------------------------

  function readFileCall(path, options) {
    options = getOptions(options, { flag: 'r' });
    const fd = isFd(path) ? getValidatedFd(path) : -1;
    return {
      args: [fd >= 0 ? '' : P(path), fd, stringToFlags(options.flag)],
      post: (bytes) => decode(bytes, options.encoding),
    };
  }
  defineForms(fs, promiseForms, 'readFile', 'read_file', readFileCall);

  function writeOptions(options, defaultFlag) {
    options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: defaultFlag, flush: false });
    options.flush ??= false;
    validators.validateBoolean(options.flush, 'options.flush');
    options.flag ||= defaultFlag;
    return options;
  }

  function writeCall(defaultFlag) {
    return function (file, data, options) {
      options = writeOptions(options, defaultFlag);
      const fd = isFd(file) ? getValidatedFd(file, 'fd') : -1;
      const path = fd >= 0 ? '' : P(file);
      const bytes = toBytes(data, options.encoding);
      return { args: [path, fd, stringToFlags(options.flag), parseMode(options.mode, 0o666), options.flush, bytes] };
    };
  }
  defineForms(fs, promiseForms, 'writeFile', 'write_file', writeCall('w'), 2);
  defineForms(fs, promiseForms, 'appendFile', 'write_file', writeCall('a'), 2);

  // With a `signal`, writeFile writes in chunks and checks it before each one, as Node
  // does (one op writes the whole file otherwise: nothing could observe the difference).
  const kWriteFileMaxChunkSize = 512 * 1024;
  const abortError = (signal) => new (require('internal/errors').AbortError)(undefined, { cause: signal.reason });

  for (const [name, defaultFlag] of [['writeFile', 'w'], ['appendFile', 'a']]) {
    const whole = fs[name];
    fs[name] = function (file, data, options, cb) {
      const signal = options !== null && typeof options === 'object' ? options.signal : undefined;
      if (signal === undefined) return Reflect.apply(whole, this, arguments);
      validators.validateFunction(cb, 'cb');
      options = writeOptions(options, defaultFlag);
      const bytes = toBytes(data, options.encoding);
      if (isFd(file)) {
        writeChunks(getValidatedFd(file, 'fd'), true, bytes, signal, options.flush, cb);
        return;
      }
      const path = P(file);
      if (signal?.aborted) {
        cb(abortError(signal));
        return;
      }
      fs.open(path, options.flag, options.mode, (openErr, fd) => {
        if (openErr) cb(openErr);
        else writeChunks(fd, false, bytes, signal, options.flush, cb);
      });
    };
  }

  // Node's writeAll: one fs.write after another until all is out; a descriptor we opened
  // is closed whatever happens.
  function writeChunks(fd, isUserFd, bytes, signal, flush, cb) {
    const done = (err) => {
      if (isUserFd) cb(err);
      else fs.close(fd, (closeErr) => cb(require('internal/errors').aggregateTwoErrors(closeErr, err)));
    };
    let offset = 0;
    const next = () => {
      if (signal?.aborted) return done(abortError(signal));
      const length = Math.min(bytes.byteLength - offset, kWriteFileMaxChunkSize);
      if (length === 0) {
        if (!flush) return done(null);
        return fs.fsync(fd, (err) => done(err));
      }
      fs.write(fd, bytes, offset, length, null, (err, written) => {
        if (err) return done(err);
        offset += written;
        next();
      });
    };
    next();
  }

  // fsPromises.writeFile's chunked writes to `fd` (also of iterables and async
  // iterables of strings and buffers), the signal checked before each.
  async function writeFileChunks(fd, data, signal, encoding) {
    if (signal?.aborted) throw abortError(signal);
    const writeOut = async (bytes) => {
      let offset = 0;
      while (offset < bytes.byteLength) {
        const length = Math.min(kWriteFileMaxChunkSize, bytes.byteLength - offset);
        const written = await ops.op_fs_write(fd, new Uint8Array(bytes.buffer, bytes.byteOffset + offset, length), -1);
        offset += written;
        if (offset < bytes.byteLength && signal?.aborted) throw abortError(signal);
      }
    };
    if (isCustomIterable(data)) {
      for await (const chunk of data) {
        if (signal?.aborted) throw abortError(signal);
        await writeOut(ArrayBuffer.isView(chunk) ? chunk : Buffer.from(chunk, encoding || 'utf8'));
        if (signal?.aborted) throw abortError(signal);
      }
      return;
    }
    await writeOut(data);
  }

  function isCustomIterable(v) {
    return v != null && typeof v !== 'string' && !ArrayBuffer.isView(v) &&
      (typeof v[Symbol.iterator] === 'function' || typeof v[Symbol.asyncIterator] === 'function');
  }

  // fsPromises.writeFile/appendFile: `file` is a path, or an fd given by a FileHandle
  // (`isHandleFd`), written at its position.
  function promiseWrite(defaultFlag) {
    const whole = promiseForms[defaultFlag === 'w' ? 'writeFile' : 'appendFile'];
    return async function (file, data, options, isHandleFd = false) {
      options = writeOptions(options, defaultFlag);
      if (!ArrayBuffer.isView(data) && !isCustomIterable(data)) {
        data = toBytes(data, options.encoding);
      }
      if (options.signal !== undefined) validators.validateAbortSignal(options.signal, 'options.signal');
      const signal = options.signal;
      if (!isCustomIterable(data) && signal === undefined) return whole(file, data, options);
      data = ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : data;
      if (isHandleFd) return writeFileChunks(file, data, signal, options.encoding);
      if (signal?.aborted) throw abortError(signal);
      const fd = await promiseForms.open(file, options.flag, options.mode);
      let error = null;
      try {
        await writeFileChunks(fd, data, signal, options.encoding);
        if (options.flush) await ops.op_fs_fsync(fd, false);
      } catch (err) {
        error = err;
      }
      try {
        await ops.op_fs_close(fd);
      } catch (err) {
        error ??= err;
      }
      if (error) throw error;
    };
  }
  promiseForms.writeFile = promiseWrite('w');
  promiseForms.appendFile = promiseWrite('a');

  function statCall(follow) {
    return (path, options) => {
      const bigint = !!(options && options.bigint);
      return { args: [P(path), follow], post: (n) => makeStats(n, bigint) };
    };
  }
  defineForms(fs, promiseForms, 'stat', 'stat', statCall(true));
  defineForms(fs, promiseForms, 'lstat', 'stat', statCall(false));
  // statSync/lstatSync with { throwIfNoEntry: false } give undefined for a missing path.
  for (const name of ['statSync', 'lstatSync']) {
    const strict = fs[name];
    fs[name] = function (path, options) {
      try {
        return strict(path, options);
      } catch (err) {
        if (options && options.throwIfNoEntry === false && (err.code === 'ENOENT' || err.code === 'ENOTDIR')) return undefined;
        throw err;
      }
    };
  }
  defineForms(fs, null, 'fstat', 'fstat', (fd, options) => {
    const bigint = !!(options && options.bigint);
    return { args: [getValidatedFd(fd)], post: (n) => makeStats(n, bigint) };
  });

  defineForms(fs, promiseForms, 'readdir', 'readdir', (path, options) => {
    options = getOptions(options);
    path = P(path);
    return { args: [path, !!options.recursive], post: (entries) => readdirResult(entries, path, options) };
  });

  defineForms(fs, promiseForms, 'mkdir', 'mkdir', (path, options) => {
    let mode = 0o777;
    let recursive = false;
    if (typeof options === 'number' || typeof options === 'string') {
      mode = parseMode(options, 0o777);
    } else if (options) {
      if (options.recursive !== undefined) validators.validateBoolean(options.recursive, 'options.recursive');
      recursive = !!options.recursive;
      mode = parseMode(options.mode, 0o777);
    }
    return { args: [P(path), recursive, mode], post: (first) => (first === null ? undefined : first) };
  });

  defineForms(fs, promiseForms, 'rm', 'rm', (path, options) => {
    options = options || {};
    if (options.recursive !== undefined) validators.validateBoolean(options.recursive, 'options.recursive');
    if (options.force !== undefined) validators.validateBoolean(options.force, 'options.force');
    return { args: [P(path), !!options.recursive, !!options.force], error: fixRmError };
  });

  defineForms(fs, promiseForms, 'rmdir', 'rmdir', (path) => ({ args: [P(path)] }));
  // rmdir with { recursive: true } (deprecated, DEP0147) removes a directory tree as rm
  // does; anything but a directory is still rmdir's error (ENOTDIR).
  function rmdirOptions(options) {
    if (options === undefined) return { recursive: false };
    validators.validateObject(options, 'options');
    options = { retryDelay: 100, maxRetries: 0, recursive: false, ...options };
    validators.validateBoolean(options.recursive, 'options.recursive');
    validators.validateInt32(options.retryDelay, 'options.retryDelay', 0);
    validators.validateUint32(options.maxRetries, 'options.maxRetries');
    return options;
  }
  let recursiveRmdirWarned;
  function warnRecursiveRmdir() {
    if (recursiveRmdirWarned === undefined) recursiveRmdirWarned = process.noDeprecation;
    if (!recursiveRmdirWarned) {
      process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. ' +
        'Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
      recursiveRmdirWarned = true;
    }
  }
  {
    const plain = { sync: fs.rmdirSync, cb: fs.rmdir, promise: promiseForms.rmdir };
    fs.rmdirSync = function rmdirSync(path, options) {
      path = P(path);
      if (options?.recursive) {
        warnRecursiveRmdir();
        rmdirOptions(options);
        if (fs.lstatSync(path).isDirectory()) {
          ops.op_fs_rm_sync(path, true, false);
          return undefined;
        }
      } else {
        rmdirOptions(options);
      }
      return plain.sync(path);
    };
    fs.rmdir = function rmdir(path, options, cb) {
      if (typeof options === 'function') { cb = options; options = undefined; }
      validators.validateFunction(cb, 'cb');
      path = P(path);
      if (options?.recursive) {
        warnRecursiveRmdir();
        rmdirOptions(options);
        settle(promiseForms.lstat(path).then((st) => (st.isDirectory() ? ops.op_fs_rm(path, true, false) : plain.promise(path))), cb);
        return;
      }
      rmdirOptions(options);
      plain.cb(path, cb);
    };
    promiseForms.rmdir = async function rmdir(path, options) {
      path = P(path);
      if (options?.recursive) {
        warnRecursiveRmdir();
        rmdirOptions(options);
        if ((await promiseForms.lstat(path)).isDirectory()) return void await ops.op_fs_rm(path, true, false);
      } else {
        rmdirOptions(options);
      }
      return plain.promise(path);
    };
  }
  defineForms(fs, promiseForms, 'unlink', 'unlink', (path) => ({ args: [P(path)] }));
  defineForms(fs, promiseForms, 'rename', 'rename', (from, to) => ({ args: [P(from, 'oldPath'), P(to, 'newPath')] }), 2);
  defineForms(fs, promiseForms, 'link', 'link', (from, to) => ({ args: [P(from, 'existingPath'), P(to, 'newPath')] }), 2);
  defineForms(fs, promiseForms, 'symlink', 'symlink', (target, path, type) => {
    if (type != null) validators.validateOneOf(type, 'type', ['dir', 'file', 'junction', null, undefined]);
    return { args: [P(target, 'target'), P(path)] };
  }, 2);
  defineForms(fs, promiseForms, 'readlink', 'readlink', (path, options) => {
    options = getOptions(options);
    return { args: [P(path, 'path')], post: (s) => encodeResult(s, options) };
  });
  defineForms(fs, promiseForms, 'copyFile', 'copy_file', (src, dest, mode) => {
    mode = u.validateSmallMode(mode == null ? 0 : mode);
    return { args: [P(src, 'src'), P(dest, 'dest'), mode] };
  }, 2);
  defineForms(fs, promiseForms, 'access', 'access', (path, mode) => {
    mode = u.validateSmallMode(mode == null ? constants.F_OK : mode);
    return { args: [P(path), mode] };
  });
  defineForms(fs, null, 'realpath', 'realpath', (path, options) => {
    options = getOptions(options);
    return { args: [P(path), true], post: (s) => encodeResult(s, options) };
  });
  const nativeRealpath = {};
  defineForms(nativeRealpath, promiseForms, 'realpath', 'realpath', (path, options) => {
    options = getOptions(options);
    return { args: [P(path), false], post: (s) => encodeResult(s, options) };
  });
  fs.realpath.native = nativeRealpath.realpath;
  fs.realpathSync.native = nativeRealpath.realpathSync;

  defineForms(fs, promiseForms, 'chmod', 'chmod', (path, mode) => ({ args: [P(path), parseMode(mode)] }), 2);
  defineForms(fs, null, 'fchmod', 'fchmod', (fd, mode) => ({ args: [getValidatedFd(fd), parseMode(mode)] }), 2);
  function ids(uid, gid) {
    validators.validateInteger(uid, 'uid', -1, 4294967295);
    validators.validateInteger(gid, 'gid', -1, 4294967295);
    return [uid >>> 0, gid >>> 0];
  }
  defineForms(fs, promiseForms, 'chown', 'chown', (path, uid, gid) => ({ args: [P(path), ...ids(uid, gid), true] }), 3);
  defineForms(fs, promiseForms, 'lchown', 'chown', (path, uid, gid) => ({ args: [P(path), ...ids(uid, gid), false] }), 3);
  defineForms(fs, null, 'fchown', 'fchown', (fd, uid, gid) => ({ args: [getValidatedFd(fd), ...ids(uid, gid)] }), 3);

  function length(len) {
    if (len == null) return 0;
    validators.validateInteger(len, 'len');
    return Math.max(0, len);
  }
  defineForms(fs, null, 'ftruncate', 'ftruncate', (fd, len) => ({ args: [getValidatedFd(fd), length(len)] }));
  defineForms(fs, null, 'fsync', 'fsync', (fd) => ({ args: [getValidatedFd(fd), false] }));
  defineForms(fs, null, 'fdatasync', 'fsync', (fd) => ({ args: [getValidatedFd(fd), true] }));

  // Seconds since the epoch from a Date, a number or a numeric string (Node calls every
  // such argument "time" in its errors).
  function toUnixTimestamp(time, name = 'time') {
    if (typeof time === 'string' && +time == time) return +time;
    if (Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
    if (time instanceof Date) return time.getTime() / 1000;
    throw new codes.ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
  }
  const times = (a, m) => [toUnixTimestamp(a), toUnixTimestamp(m)];
  defineForms(fs, promiseForms, 'utimes', 'utimes', (path, a, m) => ({ args: [P(path), -1, ...times(a, m), true] }), 3);
  defineForms(fs, promiseForms, 'lutimes', 'utimes', (path, a, m) => ({ args: [P(path), -1, ...times(a, m), false] }), 3);
  defineForms(fs, null, 'futimes', 'utimes', (fd, a, m) => ({ args: ['', getValidatedFd(fd), ...times(a, m), true] }), 3);

  // Templates ending in X are handled differently from one platform to another: Node
  // warns once.
  let nonPortableTemplateWarn = true;
  function warnOnNonPortableTemplate(template) {
    const last = typeof template === 'string' ? template.at(-1) : String.fromCharCode(template.at(-1));
    if (nonPortableTemplateWarn && last === 'X') {
      process.emitWarning('mkdtemp() templates ending with X are not portable. ' +
        'For details see: https://nodejs.org/api/fs.html');
      nonPortableTemplateWarn = false;
    }
  }

  defineForms(fs, promiseForms, 'mkdtemp', 'mkdtemp', (prefix, options) => {
    options = getOptions(options);
    const path = P(prefix, 'prefix');
    warnOnNonPortableTemplate(u.toPathIfFileURL(prefix));
    return { args: [path], post: (s) => encodeResult(s, options) };
  });

  // A temporary directory with its remover, which `using` calls (the full path is kept in
  // case the process changes directory meanwhile).
  function mkdtempDisposableSync(prefix, options) {
    const path = fs.mkdtempSync(prefix, options);
    const fullPath = require('path').resolve(process.cwd(), String(path));
    const remove = () => ops.op_fs_rm_sync(fullPath, true, true);
    return { path, remove, [Symbol.dispose]() { remove(); } };
  }
  promiseForms.mkdtempDisposable = async function mkdtempDisposable(prefix, options) {
    const cwd = process.cwd();
    const path = await promiseForms.mkdtemp(prefix, options);
    const fullPath = require('path').resolve(cwd, String(path));
    const remove = async () => { await ops.op_fs_rm(fullPath, true, true); };
    return { __proto__: null, path, remove, async [Symbol.asyncDispose]() { await remove(); } };
  };

  defineForms(fs, promiseForms, 'open', 'open', (path, flags, mode) => ({
    args: [P(path), stringToFlags(flags), parseMode(mode, 0o666)],
  }));

  function closeSync(fd) {
    ops.op_fs_close_sync(getValidatedFd(fd));
  }
  function close(fd, cb) {
    getValidatedFd(fd);
    if (cb === undefined) cb = (err) => { if (err) throw err; };
    validators.validateFunction(cb, 'cb');
    settle(ops.op_fs_close(fd), cb);
  }

  // truncate opens the file, as Node does: a missing file is an `open` error.
  function truncateSync(path, len) {
    if (isFd(path)) return fs.ftruncateSync(path, len);
    len = length(len);
    const fd = fs.openSync(path, 'r+');
    try {
      ops.op_fs_ftruncate_sync(fd, len);
    } finally {
      ops.op_fs_close_sync(fd);
    }
  }
  async function truncateAsync(path, len) {
    len = length(len);
    const fd = await ops.op_fs_open(P(path), constants.O_RDWR, 0o666);
    try {
      await ops.op_fs_ftruncate(fd, len);
    } finally {
      await ops.op_fs_close(fd);
    }
  }
  function truncate(path, len, cb) {
    if (typeof len === 'function') { cb = len; len = 0; }
    validators.validateFunction(cb, 'cb');
    if (isFd(path)) return fs.ftruncate(path, len, cb);
    P(path);
    settle(truncateAsync(path, len), cb);
  }
  promiseForms.truncate = (path, len) => truncateAsync(path, len);

  // --- read and write --------------------------------------------------------------------

  function readSync(fd, buffer, offset, len, position) {
    getValidatedFd(fd);
    const a = readArgs(buffer, offset, len, position);
    if (a.length === 0) return 0;
    return ops.op_fs_read_sync(fd, byteWindow(a), a.position);
  }

  // fs.read(fd, cb), (fd, buffer | params, cb), (fd, buffer, params, cb) or
  // (fd, buffer, offset, length, position, cb), with Node's checks of each shape.
  function read(fd, ...args) {
    const cb = args.pop();
    getValidatedFd(fd);
    if (args.length === 2) {
      validators.validateObject(args[1], 'options', validators.kValidateObjectAllowNullable);
      args[1] = args[1] ?? {};
    } else if (args.length === 1 && !ArrayBuffer.isView(args[0])) {
      if (args[0] !== undefined) validators.validateObject(args[0], 'options', validators.kValidateObjectAllowNullable);
      args[0] = args[0] ?? {};
    }
    validators.validateFunction(cb, 'cb');
    const a = args.length === 0 ? readArgs({}) : readArgs(...args);
    readInto(fd, a).then((n) => invoke3(cb, null, n, a.buffer), (err) => invoke3(cb, err));
  }
  // util.promisify(fs.read) and friends resolve with named values, as in Node.
  const kPromisifyArgs = Symbol.for('nodus.util.promisify.customArgs');
  Object.defineProperty(read, kPromisifyArgs, { value: ['bytesRead', 'buffer'], enumerable: false });

  function invoke3(cb, err, n, data) {
    try {
      if (err) cb(err);
      else cb(null, n, data);
    } catch (thrown) {
      internals.triggerUncaughtException(thrown, 'uncaughtException');
    }
  }

  function writeSync(fd, data, offset, len, position) {
    getValidatedFd(fd);
    const a = writeArgs(data, offset, len, position);
    return ops.op_fs_write_sync(fd, a.bytes, a.position);
  }

  function write(fd, data, ...args) {
    const cb = args.pop();
    validators.validateFunction(cb, 'cb');
    getValidatedFd(fd);
    const a = writeArgs(data, ...args);
    ops.op_fs_write(fd, a.bytes, a.position).then((n) => invoke3(cb, null, n, data), (err) => invoke3(cb, err));
  }
  Object.defineProperty(write, kPromisifyArgs, { value: ['bytesWritten', 'buffer'], enumerable: false });

  // Node's validateBufferArray: an array of ArrayBufferViews.
  function validateBufferArray(buffers) {
    if (!Array.isArray(buffers) || !buffers.every((b) => ArrayBuffer.isView(b))) {
      throw new codes.ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
    }
  }

  function vectorForms(name, one) {
    fs[name + 'Sync'] = function (fd, buffers, position) {
      getValidatedFd(fd);
      validateBufferArray(buffers);
      let total = 0;
      let pos = getPosition(position);
      for (const b of buffers) {
        const n = one === 'read' ? readSync(fd, b, 0, b.byteLength, pos) : writeSync(fd, b, 0, b.byteLength, pos);
        total += n;
        if (pos >= 0) pos += n;
        if (n < b.byteLength) break;
      }
      return total;
    };
    fs[name] = function (fd, buffers, position, cb) {
      if (typeof position === 'function') { cb = position; position = null; }
      validators.validateFunction(cb, 'cb');
      getValidatedFd(fd);
      validateBufferArray(buffers);
      let pos = getPosition(position);
      (async () => {
        let total = 0;
        for (const b of buffers) {
          const a = { buffer: b, offset: 0, length: b.byteLength, position: pos };
          const n = one === 'read' ? await readInto(fd, a) : await ops.op_fs_write(fd, byteWindow(a), pos);
          total += n;
          if (pos >= 0) pos += n;
          if (n < b.byteLength) break;
        }
        return total;
      })().then((n) => invoke3(cb, null, n, buffers), (err) => invoke3(cb, err));
    };
  }
  vectorForms('readv', 'read');
  vectorForms('writev', 'write');
  Object.defineProperty(fs.readv, kPromisifyArgs, { value: ['bytesRead', 'buffers'], enumerable: false });
  Object.defineProperty(fs.writev, kPromisifyArgs, { value: ['bytesWritten', 'buffer'], enumerable: false });

  // --- exists ----------------------------------------------------------------------------

  let showExistsDeprecation = true;
  function existsSync(path) {
    try {
      path = P(path);
    } catch (err) {
      if (showExistsDeprecation && err?.code === 'ERR_INVALID_ARG_TYPE') {
        process.emitWarning('Passing invalid argument types to fs.existsSync is deprecated', 'DeprecationWarning', 'DEP0187');
        showExistsDeprecation = false;
      }
      return false;
    }
    try {
      ops.op_fs_access_sync(path, 0);
      return true;
    } catch {
      return false;
    }
  }

  function exists(path, cb) {
    validators.validateFunction(cb, 'cb');
    let p;
    try {
      p = P(path);
    } catch {
      queueMicrotask(() => cb(false));
      return;
    }
    ops.op_fs_access(p, 0).then(() => true, () => false).then((v) => {
      try { cb(v); } catch (thrown) { internals.triggerUncaughtException(thrown, 'uncaughtException'); }
    });
  }

  // --- streams (lazy) --------------------------------------------------------------------

  let streams;
  function S() {
    return (streams ??= require('internal/fs/streams'));
  }

  // --- cp (lazy) -------------------------------------------------------------------------

  let cpModule;
  function C() {
    return (cpModule ??= require('internal/fs/cp'));
  }

  function cp(src, dest, options, cb) {
    if (typeof options === 'function') { cb = options; options = undefined; }
    validators.validateFunction(cb, 'cb');
    options = C().validateCpOptions(options);
    src = P(src, 'src');
    dest = P(dest, 'dest');
    settle(C().cpAsyncFn(src, dest, options), cb);
  }

  function cpSync(src, dest, options) {
    options = C().validateCpOptions(options);
    C().cpSyncFn(P(src, 'src'), P(dest, 'dest'), options);
  }
  promiseForms.cp = async (src, dest, options) => {
    options = C().validateCpOptions(options);
    return C().cpAsyncFn(P(src, 'src'), P(dest, 'dest'), options);
  };

  // A Blob of a file's content. Node's Blob reads the file lazily (and fails if it changed
  // meanwhile); this one holds the content read when the promise settles. A missing
  // file is Node's synchronous `stat` error.
  function openAsBlob(path, options = {}) {
    validators.validateObject(options, 'options');
    const type = options.type || '';
    validators.validateString(type, 'options.type');
    path = P(path);
    fs.statSync(path);
    const { Blob } = require('buffer');
    return promiseForms.readFile(path).then((data) => new Blob([data], { type }));
  }

  // --- watchers (lazy) -------------------------------------------------------------------

  let watchers;
  function W() {
    return (watchers ??= require('internal/fs/watchers'));
  }

  let dirModule;
  function D() {
    return (dirModule ??= require('internal/fs/dir'));
  }

  Object.assign(fs, {
    close, closeSync, read, readSync, write, writeSync, truncate, truncateSync,
    exists, existsSync,
    watch: (filename, options, listener) => W().watch(filename, options, listener),
    watchFile: (filename, options, listener) => W().watchFile(filename, options, listener),
    unwatchFile: (filename, listener) => W().unwatchFile(filename, listener),
    // Linux has no lchmod: Node leaves these undefined there.
    lchmod: undefined,
    lchmodSync: undefined,
    cp, cpSync,
    glob: function glob(pattern, options, cb) { return require('internal/fs/glob').glob(pattern, options, cb); },
    globSync: function globSync(pattern, options) { return require('internal/fs/glob').globSync(pattern, options); },
    opendir: (path, options, cb) => D().opendir(path, options, cb),
    opendirSync: (path, options) => D().opendirSync(path, options),
    statfs: (path, options, cb) => D().statfs(path, options, cb),
    statfsSync: (path, options) => D().statfsSync(path, options),
    openAsBlob,
    mkdtempDisposableSync,
    // Plain functions, as in Node: `new fs.createReadStream(...)` works too.
    createReadStream: function createReadStream(path, options) { return S().createReadStream(path, options); },
    createWriteStream: function createWriteStream(path, options) { return S().createWriteStream(path, options); },
    Stats: u.Stats,
    Dirent: u.Dirent,
    constants,
    _toUnixTimestamp: toUnixTimestamp,
  });
  // The streams use the ops directly while these are what fs still holds.
  u.fsOriginals = {
    open: fs.open, read: fs.read, write: fs.write, writev: fs.writev, close: fs.close, fsync: fs.fsync,
  };
  Object.defineProperty(fs, 'Dir', {
    get() { return D().Dir; },
    enumerable: true, configurable: true,
  });
  for (const name of ['ReadStream', 'WriteStream', 'FileReadStream', 'FileWriteStream']) {
    Object.defineProperty(fs, name, {
      get() { return S()[name.replace('File', '')]; },
      set(v) { Object.defineProperty(fs, name, { value: v, writable: true, enumerable: true, configurable: true }); },
      enumerable: true, configurable: true,
    });
  }
  // fs.F_OK and friends: deprecated (DEP0176) in favour of fs.constants.
  for (const name of ['F_OK', 'R_OK', 'W_OK', 'X_OK']) {
    const get = require('util').deprecate(() => constants[name],
      'fs.' + name + ' is deprecated, use fs.constants.' + name + ' instead', 'DEP0176');
    Object.defineProperty(fs, name, { get, enumerable: false, configurable: false });
  }
  Object.defineProperty(fs, 'promises', {
    get() { return require('fs/promises'); },
    enumerable: true, configurable: true,
  });

  return fs;
})();
