// internal/streams/transform -- stream.Transform: a Duplex whose output is computed from its input
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const Duplex = require('internal/streams/duplex');

  const kCallback = Symbol('kCallback');

  function Transform(options) {
    if (!(this instanceof Transform)) return new Transform(options);
    const readableHighWaterMark = options
      ? (options.highWaterMark != null ? options.highWaterMark : options.readableHighWaterMark)
      : null;
    if (readableHighWaterMark === 0) {
      // A zero readable buffer would stall: the writable side still buffers.
      options = Object.assign({}, options, {
        highWaterMark: null,
        readableHighWaterMark: readableHighWaterMark,
        writableHighWaterMark: options.writableHighWaterMark || 0,
      });
    }
    Duplex.call(this, options);
    // A transform pushes from inside its writes: let 'readable' fire without waiting a tick.
    this._readableState.sync = false;
    this[kCallback] = null;
    // Per-write bookkeeping lives on the writable state, not on the stream object.
    const w = this._writableState;
    w.transformCb = null;
    w.transformLength = 0;
    w.afterTransform = null;
    if (options) {
      if (typeof options.transform === 'function') this._transform = options.transform;
      if (typeof options.flush === 'function') this._flush = options.flush;
    }
    this.on('prefinish', prefinish);
  }
  Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
  Object.setPrototypeOf(Transform, Duplex);

  function final(cb) {
    if (typeof this._flush === 'function' && !this.destroyed) {
      const self = this;
      this._flush(function (er, data) {
        if (er) {
          if (cb) cb(er);
          else self.destroy(er);
          return;
        }
        if (data != null) self.push(data);
        self.push(null);
        if (cb) cb();
      });
    } else {
      this.push(null);
      if (cb) cb();
    }
  }

  function prefinish() {
    if (this._final !== final) final.call(this);
  }

  Transform.prototype._final = final;

  Transform.prototype._transform = function (chunk, encoding, callback) {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED('_transform()');
  };

  // One callback per stream (writes are serialised), so no closure per chunk.
  function makeAfterTransform(self) {
    return function afterTransform(err, val) {
      const w = self._writableState;
      const callback = w.transformCb;
      if (callback === null) {
        // Called twice: let the writable side report it.
        w.onwrite(err || undefined);
        return;
      }
      w.transformCb = null;
      if (err) {
        callback(err);
        return;
      }
      const rState = self._readableState;
      if (val != null) self.push(val);
      if (w.ended || w.transformLength === rState.length ||
          rState.length < rState.highWaterMark) {
        callback();
      } else {
        self[kCallback] = callback;
      }
    };
  }

  Transform.prototype._write = function (chunk, encoding, callback) {
    const w = this._writableState;
    w.transformLength = this._readableState.length;
    w.transformCb = callback;
    let done = w.afterTransform;
    if (done == null) done = w.afterTransform = makeAfterTransform(this);
    this._transform(chunk, encoding, done);
  };

  Transform.prototype._read = function () {
    const callback = this[kCallback];
    if (callback) {
      this[kCallback] = null;
      callback();
    }
  };

  function PassThrough(options) {
    if (!(this instanceof PassThrough)) return new PassThrough(options);
    Transform.call(this, options);
  }
  Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
  Object.setPrototypeOf(PassThrough, Transform);
  PassThrough.prototype._transform = function (chunk, encoding, cb) {
    cb(null, chunk);
  };

  Transform.PassThrough = PassThrough;
  return Transform;
})();
