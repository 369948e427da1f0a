// node:zlib -- deflate/inflate, gzip/gunzip, raw deflate and unzip as Transform streams
// and one-shot functions, over zlib-rs in Rust. The sync forms run on the JS thread, the
// callback forms on tokio's blocking pool; stream chunks are compressed as they are
// written. Brotli and Zstandard throw ERR_NOT_IMPLEMENTED.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const { codes: errors } = require('internal/errors');
  const V = require('internal/validators');
  const { Buffer, kMaxLength } = require('buffer');
  const { Transform } = require('stream');

  const constants = {
    Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
    Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
    Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6, Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1,
    Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1, Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3,
    Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: 4897, DEFLATE: 1, INFLATE: 2, GZIP: 3,
    GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7, BROTLI_DECODE: 8, BROTLI_ENCODE: 9,
    ZSTD_DECOMPRESS: 11, ZSTD_COMPRESS: 10, Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15,
    Z_DEFAULT_WINDOWBITS: 15, Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384,
    Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8, Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9,
    Z_DEFAULT_LEVEL: -1, BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1,
    BROTLI_OPERATION_FINISH: 2, BROTLI_OPERATION_EMIT_METADATA: 3, BROTLI_PARAM_MODE: 0,
    BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0,
    BROTLI_PARAM_QUALITY: 1, BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11,
    BROTLI_DEFAULT_QUALITY: 11, BROTLI_PARAM_LGWIN: 2, BROTLI_MIN_WINDOW_BITS: 10,
    BROTLI_MAX_WINDOW_BITS: 24, BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22,
    BROTLI_PARAM_LGBLOCK: 3, BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24,
    BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5,
    BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8,
    BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1,
    BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3,
    BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0, BROTLI_DECODER_PARAM_LARGE_WINDOW: 1,
    BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1, BROTLI_DECODER_NEEDS_MORE_INPUT: 2,
    BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1,
    BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2,
    BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3,
    BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4,
    BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6,
    BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7,
    BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8,
    BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9,
    BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10, BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11,
    BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12, BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13,
    BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14, BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15,
    BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16, BROTLI_DECODER_ERROR_FORMAT_BLOCK_SWITCH: -17,
    BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20,
    BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22,
    BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26,
    BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27,
    BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30, BROTLI_DECODER_ERROR_UNREACHABLE: -31,
    ZSTD_e_continue: 0, ZSTD_e_flush: 1, ZSTD_e_end: 2, ZSTD_fast: 1, ZSTD_dfast: 2,
    ZSTD_greedy: 3, ZSTD_lazy: 4, ZSTD_lazy2: 5, ZSTD_btlazy2: 6, ZSTD_btopt: 7, ZSTD_btultra: 8,
    ZSTD_btultra2: 9, ZSTD_c_compressionLevel: 100, ZSTD_c_windowLog: 101, ZSTD_c_hashLog: 102,
    ZSTD_c_chainLog: 103, ZSTD_c_searchLog: 104, ZSTD_c_minMatch: 105, ZSTD_c_targetLength: 106,
    ZSTD_c_strategy: 107, ZSTD_c_enableLongDistanceMatching: 160, ZSTD_c_ldmHashLog: 161,
    ZSTD_c_ldmMinMatch: 162, ZSTD_c_ldmBucketSizeLog: 163, ZSTD_c_ldmHashRateLog: 164,
    ZSTD_c_contentSizeFlag: 200, ZSTD_c_checksumFlag: 201, ZSTD_c_dictIDFlag: 202,
    ZSTD_c_nbWorkers: 400, ZSTD_c_jobSize: 401, ZSTD_c_overlapLog: 402, ZSTD_d_windowLogMax: 100,
    ZSTD_CLEVEL_DEFAULT: 3, ZSTD_error_no_error: 0, ZSTD_error_GENERIC: 1,
    ZSTD_error_prefix_unknown: 10, ZSTD_error_version_unsupported: 12,
    ZSTD_error_frameParameter_unsupported: 14, ZSTD_error_frameParameter_windowTooLarge: 16,
    ZSTD_error_corruption_detected: 20, ZSTD_error_checksum_wrong: 22,
    ZSTD_error_literals_headerWrong: 24, ZSTD_error_dictionary_corrupted: 30,
    ZSTD_error_dictionary_wrong: 32, ZSTD_error_dictionaryCreation_failed: 34,
    ZSTD_error_parameter_unsupported: 40, ZSTD_error_parameter_combination_unsupported: 41,
    ZSTD_error_parameter_outOfBound: 42, ZSTD_error_tableLog_tooLarge: 44,
    ZSTD_error_maxSymbolValue_tooLarge: 46, ZSTD_error_maxSymbolValue_tooSmall: 48,
    ZSTD_error_stabilityCondition_notRespected: 50, ZSTD_error_stage_wrong: 60,
    ZSTD_error_init_missing: 62, ZSTD_error_memory_allocation: 64,
    ZSTD_error_workSpace_tooSmall: 66, ZSTD_error_dstSize_tooSmall: 70,
    ZSTD_error_srcSize_wrong: 72, ZSTD_error_dstBuffer_null: 74,
    ZSTD_error_noForwardProgress_destFull: 80, ZSTD_error_noForwardProgress_inputEmpty: 82,
  };
  Object.freeze(constants);

  const codes = {
    Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
    Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  };
  for (const name of Object.keys(codes)) codes[codes[name]] = name;
  Object.freeze(codes);

  const { DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP } = constants;
  const EMPTY = new Uint8Array(0);

  // --- options ---------------------------------------------------------------------------
  function checkNumber(options, name, min, max, fallback) {
    const value = options[name];
    if (value === undefined || (typeof value === 'number' && Number.isNaN(value))) return fallback;
    if (typeof value !== 'number') throw new errors.ERR_INVALID_ARG_TYPE(`options.${name}`, 'number', value);
    if (!Number.isFinite(value)) throw new errors.ERR_OUT_OF_RANGE(`options.${name}`, 'a finite number', value);
    if (value < min || value > max) {
      throw new errors.ERR_OUT_OF_RANGE(`options.${name}`, max === Infinity ? `>= ${min}` : `>= ${min} and <= ${max}`, value);
    }
    return value;
  }

  function toBytes(value, name) {
    if (typeof value === 'string') return Buffer.from(value);
    if (ArrayBuffer.isView(value)) {
      return value instanceof Uint8Array ? value : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    }
    if (value instanceof ArrayBuffer) return new Uint8Array(value);
    throw new errors.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], value);
  }

  // What a stream or one-shot call runs with.
  function settings(options, mode) {
    if (options === undefined || options === null) options = {};
    else V.validateObject(options, 'options');
    const decompress = mode === INFLATE || mode === GUNZIP || mode === UNZIP;
    let windowBits;
    if (decompress && options.windowBits === 0) windowBits = 15; // "as the header says"
    else windowBits = checkNumber(options, 'windowBits', 8, 15, 15);
    const s = {
      mode,
      flush: checkNumber(options, 'flush', 0, 5, constants.Z_NO_FLUSH),
      finishFlush: checkNumber(options, 'finishFlush', 0, 5, constants.Z_FINISH),
      chunkSize: checkNumber(options, 'chunkSize', 64, Infinity, constants.Z_DEFAULT_CHUNK),
      level: checkNumber(options, 'level', -1, 9, constants.Z_DEFAULT_COMPRESSION),
      windowBits,
      memLevel: checkNumber(options, 'memLevel', 1, 9, 8),
      strategy: checkNumber(options, 'strategy', 0, 4, 0),
      maxOutputLength: checkNumber(options, 'maxOutputLength', 1, kMaxLength, kMaxLength),
      dictionary: EMPTY,
      hasDictionary: false,
    };
    if (options.dictionary !== undefined) {
      const d = options.dictionary;
      if (!ArrayBuffer.isView(d) && !(d instanceof ArrayBuffer)) {
        throw new errors.ERR_INVALID_ARG_TYPE('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], d);
      }
      s.dictionary = toBytes(d, 'options.dictionary');
      s.hasDictionary = true;
    }
    if (options.info) throw new errors.ERR_NOT_IMPLEMENTED('the zlib "info" option');
    return s;
  }

  // A zlib failure from Rust, with the errno Node puts on it.
  function zlibError(err) {
    if (err && typeof err.code === 'string' && codes[err.code] !== undefined) err.errno = codes[err.code];
    return err;
  }

  function asBuffer(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  // --- streams ---------------------------------------------------------------------------
  // A stream's engine is a resource (`_state` is its rid, see ops.rs): closed when the
  // stream is destroyed (after 'end' too, streams destroy themselves), or here once a
  // stream nobody ended is collected.
  const engines = new FinalizationRegistry((rid) => core.tryClose(rid));

  function newEngine(stream) {
    const s = stream._settings;
    stream._state = ops.op_zlib_new(s.mode, s.level, s.windowBits, s.hasDictionary, s.dictionary);
    engines.register(stream, stream._state, stream);
  }

  function closeEngine(stream) {
    engines.unregister(stream);
    core.tryClose(stream._state);
  }

  function Zlib(options, mode) {
    const s = settings(options, mode);
    Transform.call(this, { ...options, autoDestroy: true });
    this._settings = s;
    newEngine(this);
    this._defaultFlushFlag = s.flush;
    this._finishFlushFlag = s.finishFlush;
    this._defaultFullFlushFlag = constants.Z_FULL_FLUSH;
    this._level = s.level;
    this._strategy = s.strategy;
    this.bytesWritten = 0;
    this._closed = false;
  }
  Object.setPrototypeOf(Zlib.prototype, Transform.prototype);
  Object.setPrototypeOf(Zlib, Transform);

  // Runs `input` through the engine and pushes what comes out; false after an error.
  function feed(stream, input, flush) {
    let out;
    try {
      out = ops.op_zlib_write(stream._state, input, flush, stream._settings.maxOutputLength);
    } catch (err) {
      stream.destroy(zlibError(err));
      return false;
    }
    stream.bytesWritten += input.byteLength;
    if (out.byteLength > 0) stream.push(asBuffer(out));
    return true;
  }

  // flush() goes through the write queue as one of these empty buffers, so that it takes
  // effect after the writes before it; each carries its zlib flush value.
  const kFlushValue = Symbol('zlibFlushValue');
  const flushMarkers = [];
  for (let kind = 0; kind <= constants.Z_BLOCK; kind++) {
    const marker = Buffer.alloc(0);
    marker[kFlushValue] = kind;
    flushMarkers.push(marker);
  }

  Zlib.prototype._transform = function _transform(chunk, encoding, callback) {
    if (typeof chunk === 'string') chunk = Buffer.from(chunk, encoding);
    const flush = chunk[kFlushValue] === undefined ? this._defaultFlushFlag : chunk[kFlushValue];
    if (feed(this, chunk, flush)) callback();
  };
  Zlib.prototype._flush = function _flush(callback) {
    if (feed(this, EMPTY, this._finishFlushFlag)) callback();
  };
  Zlib.prototype.flush = function flush(kind, callback) {
    if (typeof kind === 'function' || kind === undefined) {
      callback = kind;
      kind = this._defaultFullFlushFlag;
    }
    if (this.writableEnded || this.destroyed) {
      if (callback) process.nextTick(callback);
      return;
    }
    this.write(flushMarkers[kind], callback && (() => callback()));
  };
  Zlib.prototype.params = function params(level, strategy, callback) {
    checkNumber({ level }, 'level', -1, 9, -1);
    checkNumber({ strategy }, 'strategy', 0, 4, 0);
    if (level === this._level && strategy === this._strategy) {
      if (callback) process.nextTick(callback);
      return;
    }
    const apply = () => {
      try {
        ops.op_zlib_params(this._state, level);
      } catch (err) {
        // flate2 gives zlib no output room for the block it must end when the level
        // switches between stored (0), fast (1-3) and slow (4-9) deflate.
        this.destroy(err.code === 'Z_STREAM_ERROR'
          ? new errors.ERR_NOT_IMPLEMENTED(`zlib params() from level ${this._level} to ${level}`)
          : zlibError(err));
        return;
      }
      this._level = level;
      this._strategy = strategy;
      if (callback) callback();
    };
    // Before any input there is nothing to flush out under the old level.
    if (this.bytesWritten === 0 && this.writableLength === 0) process.nextTick(apply);
    else this.flush(constants.Z_SYNC_FLUSH, apply);
  };
  Zlib.prototype.reset = function reset() {
    closeEngine(this);
    newEngine(this);
  };
  Zlib.prototype.close = function close(callback) {
    if (callback) process.nextTick(callback);
    this.destroy();
  };
  Zlib.prototype._destroy = function _destroy(err, callback) {
    this._closed = true;
    closeEngine(this);
    callback(err);
  };

  let warnedNoNew = false;
  function warnNoNew(name) {
    if (warnedNoNew) return;
    warnedNoNew = true;
    process.emitWarning(`Instantiating ${name} without the 'new' keyword has been deprecated.`, 'DeprecationWarning', 'DEP0184');
  }

  function streamClass(name, mode) {
    const C = function (options) {
      if (!(this instanceof C)) {
        warnNoNew(name);
        return new C(options);
      }
      Zlib.call(this, options, mode);
    };
    Object.defineProperty(C, 'name', { value: name });
    Object.setPrototypeOf(C.prototype, Zlib.prototype);
    Object.setPrototypeOf(C, Zlib);
    return C;
  }
  const Deflate = streamClass('Deflate', DEFLATE);
  const Inflate = streamClass('Inflate', INFLATE);
  const Gzip = streamClass('Gzip', GZIP);
  const Gunzip = streamClass('Gunzip', GUNZIP);
  const DeflateRaw = streamClass('DeflateRaw', DEFLATERAW);
  const InflateRaw = streamClass('InflateRaw', INFLATERAW);
  const Unzip = streamClass('Unzip', UNZIP);

  // --- one-shot forms --------------------------------------------------------------------
  function syncForm(mode) {
    return function (buffer, options) {
      const data = toBytes(buffer, 'buffer');
      const s = settings(options, mode);
      try {
        return asBuffer(ops.op_zlib_sync(mode, s.level, s.windowBits, s.hasDictionary, s.dictionary, data, s.finishFlush, s.maxOutputLength));
      } catch (err) {
        throw zlibError(err);
      }
    };
  }
  function callbackForm(mode) {
    return function (buffer, options, callback) {
      if (typeof options === 'function') {
        callback = options;
        options = undefined;
      }
      V.validateFunction(callback, 'callback');
      const data = toBytes(buffer, 'buffer');
      const s = settings(options, mode);
      ops.op_zlib_async(mode, s.level, s.windowBits, s.hasDictionary, s.dictionary, data, s.finishFlush, s.maxOutputLength).then(
        (out) => callback(null, asBuffer(out)),
        (err) => callback(zlibError(err)),
      );
    };
  }

  function crc32(data, value = 0) {
    if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
      throw new errors.ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
    }
    V.validateUint32(value, 'value');
    return ops.op_zlib_crc32(toBytes(data, 'data'), value);
  }

  function notImplemented(name) {
    return function () {
      throw new errors.ERR_NOT_IMPLEMENTED(`zlib.${name}`);
    };
  }

  const zlib = {
    crc32, Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip,
    constants, codes,
  };
  const forms = [
    ['deflate', 'Deflate', DEFLATE], ['inflate', 'Inflate', INFLATE], ['gzip', 'Gzip', GZIP],
    ['gunzip', 'Gunzip', GUNZIP], ['deflateRaw', 'DeflateRaw', DEFLATERAW],
    ['inflateRaw', 'InflateRaw', INFLATERAW], ['unzip', 'Unzip', UNZIP],
  ];
  for (const [name, cls, mode] of forms) {
    zlib[name] = callbackForm(mode);
    zlib[name + 'Sync'] = syncForm(mode);
    const C = zlib[cls];
    zlib['create' + cls] = (options) => new C(options);
  }
  for (const family of ['Brotli', 'Zstd']) {
    for (const dir of ['Compress', 'Decompress']) {
      const cls = family + dir;
      const fn = family.toLowerCase() + dir;
      zlib[cls] = notImplemented(cls);
      zlib['create' + cls] = notImplemented('create' + cls + '()');
      zlib[fn] = notImplemented(fn + '()');
      zlib[fn + 'Sync'] = notImplemented(fn + 'Sync()');
    }
  }
  // The legacy uppercase constants on the module itself (zlib.Z_BEST_COMPRESSION).
  for (const name of Object.keys(constants)) {
    if (name.startsWith('Z_')) Object.defineProperty(zlib, name, { value: constants[name], enumerable: false, writable: false });
  }
  return zlib;
})();
