// internal/streams/duplex -- stream.Duplex: a Readable that is also a Writable (allowHalfOpen)
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const Readable = require('internal/streams/readable');
  const Writable = require('internal/streams/writable');
  const { Stream } = require('internal/streams/legacy');
  const destroyImpl = require('internal/streams/destroy');

  function Duplex(options) {
    if (!(this instanceof Duplex)) return new Duplex(options);
    const r = this._readableState = new Readable.ReadableState(options, this, true);
    const w = this._writableState = new Writable.WritableState(options, this, true);
    if (options) {
      this.allowHalfOpen = options.allowHalfOpen !== false;
      if (options.readable === false) {
        r.readable = false;
        r.ended = true;
        r.endEmitted = true;
      }
      if (options.writable === false) {
        w.writable = false;
        w.ending = true;
        w.ended = true;
        w.finished = true;
      }
      if (typeof options.read === 'function') this._read = options.read;
      if (typeof options.write === 'function') this._write = options.write;
      if (typeof options.writev === 'function') this._writev = options.writev;
      if (typeof options.destroy === 'function') this._destroy = options.destroy;
      if (typeof options.final === 'function') this._final = options.final;
      if (typeof options.construct === 'function') this._construct = options.construct;
      if (options.signal) require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
    } else {
      this.allowHalfOpen = true;
    }
    Stream.call(this, options);
    if (typeof this._construct === 'function') destroyImpl.construct(this, afterConstruct);
  }
  Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
  Object.setPrototypeOf(Duplex, Readable);

  function afterConstruct() {
    Readable._afterConstruct.call(this);
    Writable._afterConstruct.call(this);
  }

  // Writable methods Duplex does not get from Readable.
  const keys = Object.getOwnPropertyNames(Writable.prototype);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === 'constructor' || k === 'destroy' || Object.prototype.hasOwnProperty.call(Duplex.prototype, k)) continue;
    if (Object.prototype.hasOwnProperty.call(Readable.prototype, k)) continue;
    Object.defineProperty(Duplex.prototype, k, Object.getOwnPropertyDescriptor(Writable.prototype, k));
  }
  Duplex.prototype.destroy = Writable.prototype.destroy;

  Object.defineProperties(Duplex.prototype, {
    destroyed: {
      get() {
        if (this._readableState === undefined || this._writableState === undefined) return false;
        return this._readableState.destroyed && this._writableState.destroyed;
      },
      set(value) {
        if (this._readableState && this._writableState) {
          this._readableState.destroyed = value;
          this._writableState.destroyed = value;
        }
      },
    },
  });

  Duplex.from = function (body) {
    return require('internal/streams/duplexify')(body, 'body');
  };
  Duplex.fromWeb = function () {
    throw new (require('internal/errors').codes.ERR_METHOD_NOT_IMPLEMENTED)('Duplex.fromWeb()');
  };
  Duplex.toWeb = function () {
    throw new (require('internal/errors').codes.ERR_METHOD_NOT_IMPLEMENTED)('Duplex.toWeb()');
  };

  return Duplex;
})();
