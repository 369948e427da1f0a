// internal/fs/utils -- what fs, fs/promises and the fs streams share: argument
// validation as Node words it, flags and modes, Stats and Dirent, and the table that
// turns one op pair into fs.x, fs.xSync and fsPromises.x.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const { Buffer } = require('buffer');
  const errors = require('internal/errors');
  const { codes } = errors;
  const validators = require('internal/validators');
  const { isURL } = require('internal/url');

  // Not frozen, as in Node.
  const constants = {
    UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
    UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3,
    UV_DIRENT_FIFO: 4, UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
    S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576,
    S_IFIFO: 4096, S_IFLNK: 40960, S_IFSOCK: 49152, O_CREAT: 64, O_EXCL: 128,
    UV_FS_O_FILEMAP: 0, UV_FS_O_TEMPORARY: 0, UV_FS_O_SHORT_LIVED: 0, UV_FS_O_SEQUENTIAL: 0,
    UV_FS_O_RANDOM: 0, O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024, O_DIRECTORY: 65536,
    O_NOATIME: 262144, O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096, O_DIRECT: 16384,
    O_NONBLOCK: 2048, S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56,
    S_IRGRP: 32, S_IWGRP: 16, S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1,
    F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1,
    UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2, UV_FS_COPYFILE_FICLONE_FORCE: 4,
    COPYFILE_FICLONE_FORCE: 4,
  };
  const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC } = constants;

  // --- arguments -------------------------------------------------------------------------

  let urlModule;
  function toPathIfFileURL(p) {
    if (!isURL(p)) return p;
    urlModule ??= require('url');
    return urlModule.fileURLToPath(p);
  }

  // A path argument as the string the ops take: strings, Buffers (UTF-8) and file: URLs.
  function getValidatedPath(p, name = 'path') {
    p = toPathIfFileURL(p);
    if (typeof p !== 'string' && !(p instanceof Uint8Array)) {
      throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], p);
    }
    if (p.indexOf(typeof p === 'string' ? '\u0000' : 0) !== -1) {
      throw new codes.ERR_INVALID_ARG_VALUE(name, p, 'must be a string, Uint8Array, or URL without null bytes');
    }
    return typeof p === 'string' ? p : Buffer.from(p.buffer, p.byteOffset, p.byteLength).toString();
  }

  function getValidatedFd(fd, name = 'fd') {
    validators.validateInt32(fd, name, 0);
    return fd;
  }

  function assertEncoding(encoding) {
    if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
      throw new codes.ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
    }
  }

  // Options given as an encoding string or an object, over the defaults.
  function getOptions(options, defaults = {}) {
    if (options == null || typeof options === 'function') return defaults;
    if (typeof options === 'string') options = { ...defaults, encoding: options };
    else if (typeof options === 'object') options = { ...defaults, ...options };
    else throw new codes.ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
    assertEncoding(options.encoding);
    return options;
  }

  const flagTable = {
    __proto__: null,
    r: O_RDONLY, rs: O_RDONLY | O_SYNC, sr: O_RDONLY | O_SYNC,
    'r+': O_RDWR, 'rs+': O_RDWR | O_SYNC, 'sr+': O_RDWR | O_SYNC,
    w: O_TRUNC | O_CREAT | O_WRONLY, wx: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
    xw: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
    'w+': O_TRUNC | O_CREAT | O_RDWR, 'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
    'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
    a: O_APPEND | O_CREAT | O_WRONLY, ax: O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
    xa: O_APPEND | O_CREAT | O_WRONLY | O_EXCL, as: O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
    sa: O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
    'a+': O_APPEND | O_CREAT | O_RDWR, 'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
    'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL, 'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
    'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
  };

  function stringToFlags(flags, name = 'flags') {
    if (typeof flags === 'number') return flags;
    if (flags == null) return O_RDONLY;
    const v = flagTable[flags];
    if (v === undefined) throw new codes.ERR_INVALID_ARG_VALUE(name, flags, 'is invalid');
    return v;
  }

  function parseMode(mode, def) {
    return validators.parseFileMode(mode, 'mode', def);
  }

  // A position argument: a non-negative number or bigint, or -1 for "the current one".
  function getPosition(position) {
    if (position == null || position === -1) return -1;
    if (typeof position === 'bigint') position = Number(position);
    validators.validateInteger(position, 'position', -1);
    return position;
  }

  // A read's position as Node's validatePosition takes it: an integer from -1, or a
  // bigint up to the last offset a read of `length` bytes can start at. Positions past
  // 2^53 lose precision on their way to the op (which reads nothing that far out but
  // in sparse files).
  function readPosition(position, length) {
    if (position == null) return -1;
    if (typeof position === 'number') {
      validators.validateInteger(position, 'position', -1);
      return position;
    }
    if (typeof position === 'bigint') {
      const max = 2n ** 63n - 1n - BigInt(length);
      if (!(position >= -1n && position <= max)) {
        throw new codes.ERR_OUT_OF_RANGE('position', `>= -1 && <= ${max}`, position);
      }
      return Number(position);
    }
    throw new codes.ERR_INVALID_ARG_TYPE('position', ['integer', 'bigint'], position);
  }

  // Data to write: a string in `encoding`, or any ArrayBufferView as its bytes.
  function toBytes(data, encoding, name = 'data') {
    if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
    if (ArrayBuffer.isView(data)) {
      return data instanceof Uint8Array ? data : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    }
    throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }

  function asBuffer(u8) {
    return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
  }

  // Bytes the ops returned, as a Buffer or decoded with `encoding`.
  function decode(u8, encoding) {
    const buf = asBuffer(u8);
    return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
  }

  // A string result (a path) in the encoding an options object asks for.
  function encodeResult(s, options) {
    const encoding = options && typeof options === 'object' ? options.encoding : options;
    if (encoding === 'buffer') return Buffer.from(s);
    if (encoding && encoding !== 'utf8' && encoding !== 'utf-8') return Buffer.from(s).toString(encoding);
    return s;
  }

  // --- read and write --------------------------------------------------------------------

  function validateBuffer(buffer) {
    if (!ArrayBuffer.isView(buffer)) {
      throw new codes.ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
    }
  }

  // Normalises (buffer, offset, length, position) or (buffer, { offset, length,
  // position }) or ({ buffer, ... }) into the window to fill.
  function readArgs(buffer, offset, len, position) {
    if (buffer !== null && typeof buffer === 'object' && !ArrayBuffer.isView(buffer)) {
      ({ buffer = Buffer.alloc(16384), offset, length: len, position } = buffer);
    } else if (offset !== null && typeof offset === 'object') {
      ({ offset, length: len, position } = offset);
    }
    validateBuffer(buffer);
    offset = offset == null ? 0 : offset;
    validators.validateInteger(offset, 'offset', 0);
    const room = buffer.byteLength - offset;
    len = len == null ? room : len;
    if (typeof len !== 'number') validators.validateInteger(len, 'length');
    if (len < 0) throw new codes.ERR_OUT_OF_RANGE('length', '>= 0', len);
    if (len > room) throw new codes.ERR_OUT_OF_RANGE('length', '<= ' + room, len);
    return { buffer, offset, length: len, position: readPosition(position, len) };
  }

  function byteWindow(a) {
    if (a.length === 0) return new Uint8Array(0);
    return new Uint8Array(a.buffer.buffer, a.buffer.byteOffset + a.offset, a.length);
  }

  // The async read of `a` into its buffer: resolves to the number of bytes read.
  async function readInto(fd, a) {
    if (a.length === 0) return 0;
    const chunk = await ops.op_fs_read(fd, a.length, a.position);
    byteWindow(a).set(chunk);
    return chunk.length;
  }

  // (buffer, offset, length, position) or (buffer, { offset, length, position }) or
  // (string, position, encoding): the bytes to write and where.
  function writeArgs(data, offset, len, position) {
    if (typeof data === 'string') {
      let encoding = 'utf8';
      if (typeof len === 'string') encoding = len;
      if (typeof offset === 'string') { encoding = offset; offset = undefined; }
      assertEncoding(encoding);
      return { bytes: Buffer.from(data, encoding), position: getPosition(offset) };
    }
    if (!ArrayBuffer.isView(data)) {
      throw new codes.ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    if (offset !== null && typeof offset === 'object') ({ offset, length: len, position } = offset);
    const a = readArgs(data, offset, len, position);
    return { bytes: byteWindow(a), position: a.position };
  }

  // --- Stats -----------------------------------------------------------------------------

  const { S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK } = constants;

  function dateOf(ms) { return new Date(Math.round(Number(ms))); }

  function defineTypeChecks(proto, toNum) {
    const is = (t) => function () { return (toNum(this.mode) & S_IFMT) === t; };
    proto.isDirectory = is(S_IFDIR);
    proto.isFile = is(S_IFREG);
    proto.isBlockDevice = is(S_IFBLK);
    proto.isCharacterDevice = is(S_IFCHR);
    proto.isSymbolicLink = is(S_IFLNK);
    proto.isFIFO = is(S_IFIFO);
    proto.isSocket = is(S_IFSOCK);
  }

  // atime/mtime/ctime/birthtime: Dates made on first read from the *Ms numbers.
  function defineDates(proto) {
    for (const name of ['atime', 'mtime', 'ctime', 'birthtime']) {
      Object.defineProperty(proto, name, {
        // The first read makes the Date an own property, as in Node.
        get() { return (this[name] = dateOf(this[name + 'Ms'])); },
        set(v) { Object.defineProperty(this, name, { value: v, writable: true, enumerable: true, configurable: true }); },
        enumerable: true, configurable: true,
      });
    }
  }

  function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
    atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
    this.dev = dev; this.mode = mode; this.nlink = nlink; this.uid = uid; this.gid = gid;
    this.rdev = rdev; this.blksize = blksize; this.ino = ino; this.size = size;
    this.blocks = blocks; this.atimeMs = atimeMs; this.mtimeMs = mtimeMs;
    this.ctimeMs = ctimeMs; this.birthtimeMs = birthtimeMs;
  }
  defineTypeChecks(Stats.prototype, (m) => m);
  defineDates(Stats.prototype);

  function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
    atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
    this.dev = dev; this.mode = mode; this.nlink = nlink; this.uid = uid; this.gid = gid;
    this.rdev = rdev; this.blksize = blksize; this.ino = ino; this.size = size;
    this.blocks = blocks;
    this.atimeMs = atimeNs / 1000000n; this.mtimeMs = mtimeNs / 1000000n;
    this.ctimeMs = ctimeNs / 1000000n; this.birthtimeMs = birthtimeNs / 1000000n;
    this.atimeNs = atimeNs; this.mtimeNs = mtimeNs; this.ctimeNs = ctimeNs;
    this.birthtimeNs = birthtimeNs;
  }
  defineTypeChecks(BigIntStats.prototype, Number);
  defineDates(BigIntStats.prototype);

  // The op's numbers (see ext/fs/src/ops.rs stat_numbers) as Stats or BigIntStats.
  function makeStats(n, bigint) {
    if (bigint) {
      const B = BigInt;
      const ns = (i) => B(n[i]) * 1000000000n + B(n[i + 1]);
      return new BigIntStats(B(n[0]), B(n[1]), B(n[2]), B(n[3]), B(n[4]), B(n[5]), B(n[6]),
        B(n[7]), B(n[8]), B(n[9]), ns(10), ns(12), ns(14), ns(16));
    }
    const ms = (i) => n[i] * 1e3 + n[i + 1] / 1e6;
    return new Stats(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9],
      ms(10), ms(12), ms(14), ms(16));
  }

  // --- Dirent ----------------------------------------------------------------------------

  const kType = Symbol('type');
  class Dirent {
    constructor(name, type, parentPath) {
      this.name = name;
      this.parentPath = parentPath;
      this[kType] = type;
    }
    isDirectory() { return this[kType] === 2; }
    isFile() { return this[kType] === 1; }
    isBlockDevice() { return this[kType] === 7; }
    isCharacterDevice() { return this[kType] === 6; }
    isSymbolicLink() { return this[kType] === 3; }
    isFIFO() { return this[kType] === 4; }
    isSocket() { return this[kType] === 5; }
  }

  // readdir's result from the op's [parent, name, type] entries.
  function readdirResult(entries, root, options) {
    const encoding = options.encoding;
    const enc = (s) => encodeResult(s, encoding);
    const out = new Array(entries.length);
    for (let i = 0; i < entries.length; i++) {
      const [parent, name, type] = entries[i];
      if (options.withFileTypes) {
        out[i] = new Dirent(enc(name), type, parent === '' ? root : root + '/' + parent);
      } else {
        out[i] = enc(parent === '' ? name : parent + '/' + name);
      }
    }
    return out;
  }

  // --- errors ----------------------------------------------------------------------------

  // rm on a directory without `recursive`: Node's SystemError ERR_FS_EISDIR.
  function fixRmError(err) {
    if (err && err.code === 'EISDIR' && err.syscall === 'rm') {
      return new errors.SystemError('ERR_FS_EISDIR', {
        code: 'EISDIR', message: 'is a directory', path: err.path, syscall: 'rm', errno: 21,
      });
    }
    return err;
  }

  // The C++ wording Node uses for the mode of access and copyFile.
  function validateSmallMode(mode) {
    if (typeof mode !== 'number' || !Number.isInteger(mode)) {
      const err = new TypeError('mode must be int32 or null/undefined');
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    if (mode < 0 || mode > 7) {
      const err = new RangeError('mode is out of range: >= 0 && <= 7');
      err.code = 'ERR_OUT_OF_RANGE';
      throw err;
    }
    return mode;
  }

  const notImplemented = require('internal/errors').notImplementedFunction;

  // --- the three forms -------------------------------------------------------------------

  // Ops without a result give null; Node's calls give undefined.
  function voidToUndefined(v) {
    return v === null ? undefined : v;
  }

  // Calls a user callback from a settled op, so that what it throws is an uncaught
  // exception (as in Node), not a rejected promise.
  function settle(promise, cb, map) {
    promise.then((value) => {
      let result;
      try {
        result = map === undefined ? voidToUndefined(value) : map(value);
      } catch (err) {
        invoke(cb, err);
        return;
      }
      invoke(cb, null, result);
    }, (err) => invoke(cb, err));
  }

  function invoke(cb, err, value) {
    try {
      if (err) cb(err);
      else if (value === undefined) cb(null);
      else cb(null, value);
    } catch (thrown) {
      internals.triggerUncaughtException(thrown, 'uncaughtException');
    }
  }

  // The callback of fs.x(...args, cb): the last argument; `arity` is how many arguments
  // are required before it (Node reports `undefined` when only those were given).
  function takeCallback(args, arity) {
    const cb = args.length > 0 ? args[args.length - 1] : undefined;
    if (typeof cb === 'function') {
      args.length -= 1;
      return cb;
    }
    validators.validateFunction(args.length > arity ? cb : undefined, 'cb');
    return cb;
  }

  // Defines fs[name], fs[name + 'Sync'] and promises[name] over op_fs_<op>(_sync).
  // `prepare(...args)` validates and returns { args: opArgs, post?: result => value,
  // error?: err => err }.
  function defineForms(fs, promises, name, op, prepare, arity = 1) {
    const syncOp = ops['op_fs_' + op + '_sync'];
    const asyncOp = ops['op_fs_' + op];
    fs[name + 'Sync'] = function (...args) {
      const call = prepare(...args);
      let value;
      try {
        value = syncOp(...call.args);
      } catch (err) {
        throw call.error ? call.error(err) : err;
      }
      return call.post ? call.post(value) : voidToUndefined(value);
    };
    fs[name] = function (...args) {
      const cb = takeCallback(args, arity);
      const call = prepare(...args);
      let p = asyncOp(...call.args);
      if (call.error) p = p.catch((err) => { throw call.error(err); });
      settle(p, cb, call.post);
    };
    if (promises) {
      promises[name] = async function (...args) {
        const call = prepare(...args);
        let value;
        try {
          value = await asyncOp(...call.args);
        } catch (err) {
          throw call.error ? call.error(err) : err;
        }
        return call.post ? call.post(value) : voidToUndefined(value);
      };
    }
  }

  return {
    constants,
    toPathIfFileURL,
    getValidatedPath,
    getValidatedFd,
    getOptions,
    assertEncoding,
    stringToFlags,
    parseMode,
    getPosition,
    toBytes,
    asBuffer,
    readArgs,
    writeArgs,
    byteWindow,
    readInto,
    decode,
    encodeResult,
    Stats,
    BigIntStats,
    makeStats,
    Dirent,
    readdirResult,
    fixRmError,
    validateSmallMode,
    notImplemented,
    settle,
    takeCallback,
    defineForms,
    // FileHandle.prototype[kFileHandle] is true: how streams know one without fs/promises.
    kFileHandle: Symbol('kFileHandle'),
    // A FileHandle's references: a stream over it holds one until it closes.
    kFileHandleRef: Symbol('kRef'),
    kFileHandleUnref: Symbol('kUnref'),
    // node:fs's own open/read/write/writev/close/fsync (set by fs), for the streams.
    fsOriginals: null,
    // fs fills this with the promise forms it defines; fs/promises exports them.
    promiseForms: {},
  };
})();
