// node:stream -- the Stream constructor with Readable/Writable/Duplex/Transform/PassThrough and helpers
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const { Stream } = require('internal/streams/legacy');
  const u = require('internal/streams/utils');
  const Readable = require('internal/streams/readable');
  const Writable = require('internal/streams/writable');
  const Duplex = require('internal/streams/duplex');
  const Transform = require('internal/streams/transform');
  const PassThrough = Transform.PassThrough;
  const eos = require('internal/streams/end-of-stream');
  const destroyImpl = require('internal/streams/destroy');
  const { pipeline, pipelinePromise } = require('internal/streams/pipeline');
  const { addAbortSignal } = require('internal/streams/add-abort-signal');
  const operators = require('internal/streams/operators');

  Stream.isDestroyed = u.isDestroyed;
  Stream.isDisturbed = u.isDisturbed;
  Stream.isErrored = u.isErrored;
  Stream.isReadable = u.isReadable;
  Stream.isWritable = u.isWritable;
  Stream.Readable = Readable;
  Stream.Writable = Writable;
  Stream.Duplex = Duplex;
  Stream.Transform = Transform;
  Stream.PassThrough = PassThrough;
  Stream.duplexPair = duplexPair;
  Stream.pipeline = pipeline;
  Stream.addAbortSignal = addAbortSignal;
  Stream.finished = eos;
  Stream.destroy = destroyImpl.destroyer;
  Stream.compose = function compose() {
    return require('internal/streams/compose').apply(null, arguments);
  };
  Stream.setDefaultHighWaterMark = u.setDefaultHighWaterMark;
  Stream.getDefaultHighWaterMark = u.getDefaultHighWaterMark;
  Stream.Stream = Stream;
  Stream._isArrayBufferView = u.isArrayBufferView;
  Stream._isUint8Array = u.isUint8Array;
  Stream._uint8ArrayToBuffer = u.uint8ArrayToBuffer;

  // Readable.prototype.map/filter/... (stream operators)
  const names = Object.keys(operators.streamReturningOperators);
  for (let i = 0; i < names.length; i++) {
    const key = names[i];
    const op = operators.streamReturningOperators[key];
    const fn = function () {
      if (new.target) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
      return Readable.from(op.apply(this, arguments));
    };
    Object.defineProperty(fn, 'name', { value: op.name });
    Object.defineProperty(fn, 'length', { value: op.length });
    Object.defineProperty(Readable.prototype, key, { value: fn, enumerable: false, configurable: true, writable: true });
  }
  const pnames = Object.keys(operators.promiseReturningOperators);
  for (let i = 0; i < pnames.length; i++) {
    const key = pnames[i];
    const op = operators.promiseReturningOperators[key];
    const fn = function () {
      if (new.target) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
      return op.apply(this, arguments);
    };
    Object.defineProperty(fn, 'name', { value: op.name });
    Object.defineProperty(fn, 'length', { value: op.length });
    Object.defineProperty(Readable.prototype, key, { value: fn, enumerable: false, configurable: true, writable: true });
  }

  let promises = null;
  function getPromises() {
    if (promises === null) promises = require('stream/promises') || { pipeline: pipelinePromise, finished: eos.finished };
    return promises;
  }
  Object.defineProperty(Stream, 'promises', {
    configurable: true,
    enumerable: true,
    get: getPromises,
  });
  const customPromisify = Symbol.for('nodejs.util.promisify.custom');
  Object.defineProperty(pipeline, customPromisify, {
    enumerable: true,
    get() { return getPromises().pipeline; },
  });
  Object.defineProperty(eos, customPromisify, {
    enumerable: true,
    get() { return getPromises().finished; },
  });

  // Two Duplexes wired to each other: what one writes, the other reads.
  function duplexPair(options) {
    const kOther = Symbol('kOther');
    const kCb = Symbol('kCb');
    function Side(opts) {
      Duplex.call(this, opts);
      this[kOther] = null;
      this[kCb] = null;
    }
    Object.setPrototypeOf(Side.prototype, Duplex.prototype);
    Side.prototype._read = function () {
      const cb = this[kCb];
      if (cb) {
        this[kCb] = null;
        cb();
      }
    };
    Side.prototype._write = function (chunk, encoding, callback) {
      const other = this[kOther];
      if (chunk.length === 0 && !this._writableState.objectMode) {
        u.nextTick(callback);
      } else {
        other.push(chunk);
        other[kCb] = callback;
      }
    };
    Side.prototype._final = function (callback) {
      this[kOther].on('end', callback);
      this[kOther].push(null);
    };
    Side.prototype._destroy = function (err, callback) {
      const other = this[kOther];
      if (err) other.destroy(err);
      else if (!other.destroyed) other.destroy();
      callback(err);
    };
    const a = new Side(options);
    const b = new Side(options);
    a[kOther] = b;
    b[kOther] = a;
    return [a, b];
  }

  return Stream;
})();
