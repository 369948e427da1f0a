// internal/webstreams/compression -- CompressionStream and DecompressionStream on node:zlib's streams
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const { ERR_INVALID_THIS } = codes;
  const { createTransformStream, controllerEnqueue, transformStreamError } = require('internal/webstreams/transform');
  const { kInspect, inspectWith } = require('internal/webstreams/util');

  const compressors = { __proto__: null, deflate: 'createDeflate', 'deflate-raw': 'createDeflateRaw', gzip: 'createGzip' };
  const decompressors = { __proto__: null, deflate: 'createInflate', 'deflate-raw': 'createInflateRaw', gzip: 'createGunzip' };

  function badFormat(className, format) {
    const err = new TypeError(`Failed to construct '${className}': 1st argument '${format}' is not a valid enum value of type CompressionFormat.`);
    err.code = 'ERR_INVALID_ARG_VALUE';
    return err;
  }

  // Node reports zlib's failures as a TypeError with zlib's code and the zlib error as cause.
  function wrapError(err) {
    const e = new TypeError('', { cause: err });
    e.code = err && err.code;
    return e;
  }

  // A transform stream that runs its chunks through a node:zlib stream. zlib's output
  // is enqueued as it comes; a write settles when zlib has taken the chunk, and close
  // when zlib's output has ended.
  function zlibTransform(zstream) {
    let t;
    let failure;
    let pendingWrite = null;
    let pendingFlush = null;
    zstream.on('data', (chunk) => {
      if (failure === undefined) controllerEnqueue(t.controller, new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    });
    zstream.on('error', (err) => {
      if (failure !== undefined) return;
      failure = wrapError(err);
      if (pendingFlush !== null) {
        const reject = pendingFlush.reject;
        pendingFlush = null;
        reject(failure);
        return;
      }
      transformStreamError(t, failure);
      if (pendingWrite !== null) {
        const resolve = pendingWrite;
        pendingWrite = null;
        resolve();
      }
    });
    t = createTransformStream((chunk) => {
      if (failure !== undefined) throw failure;
      return new Promise((resolve) => {
        pendingWrite = resolve;
        zstream.write(chunk, () => {
          if (pendingWrite === resolve) {
            pendingWrite = null;
            resolve();
          }
        });
      });
    }, () => {
      if (failure !== undefined) throw failure;
      return new Promise((resolve, reject) => {
        pendingFlush = { reject };
        zstream.once('end', () => {
          pendingFlush = null;
          resolve();
        });
        zstream.end();
      });
    });
    return t;
  }

  class CompressionStream {
    #t;
    constructor(format) {
      format = `${format}`;
      const factory = compressors[format];
      if (factory === undefined) throw badFormat('CompressionStream', format);
      this.#t = zlibTransform(require('zlib')[factory]());
    }
    get readable() {
      if (!CompressionStream.#is(this)) throw new ERR_INVALID_THIS('CompressionStream');
      return this.#t.readable.obj;
    }
    get writable() {
      if (!CompressionStream.#is(this)) throw new ERR_INVALID_THIS('CompressionStream');
      return this.#t.writable.obj;
    }
    static #is(o) {
      return o !== null && typeof o === 'object' && #t in o;
    }
    [kInspect](depth, options, inspect) {
      const fields = { readable: this.#t.readable.obj, writable: this.#t.writable.obj };
      return inspectWith(this, 'CompressionStream', fields, depth, options, inspect);
    }
  }

  class DecompressionStream {
    #t;
    constructor(format) {
      format = `${format}`;
      const factory = decompressors[format];
      if (factory === undefined) throw badFormat('DecompressionStream', format);
      this.#t = zlibTransform(require('zlib')[factory]());
    }
    get readable() {
      if (!DecompressionStream.#is(this)) throw new ERR_INVALID_THIS('DecompressionStream');
      return this.#t.readable.obj;
    }
    get writable() {
      if (!DecompressionStream.#is(this)) throw new ERR_INVALID_THIS('DecompressionStream');
      return this.#t.writable.obj;
    }
    static #is(o) {
      return o !== null && typeof o === 'object' && #t in o;
    }
    [kInspect](depth, options, inspect) {
      const fields = { readable: this.#t.readable.obj, writable: this.#t.writable.obj };
      return inspectWith(this, 'DecompressionStream', fields, depth, options, inspect);
    }
  }

  for (const C of [CompressionStream, DecompressionStream]) {
    Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
  }

  return { CompressionStream, DecompressionStream };
})();
