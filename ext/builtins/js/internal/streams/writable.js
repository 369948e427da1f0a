// internal/streams/writable -- stream.Writable: write/cork/end, buffering, drain, final/finish
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const { Stream } = require('internal/streams/legacy');
  const u = require('internal/streams/utils');
  const destroyImpl = require('internal/streams/destroy');
  const nextTick = u.nextTick;
  const getBuffer = u.getBuffer;
  const errorOrDestroy = destroyImpl.errorOrDestroy;

  function nop() {}

  let DuplexCtor = null;
  function getDuplex() {
    if (DuplexCtor === null) DuplexCtor = require('internal/streams/duplex') || null;
    const D = DuplexCtor;
    if (D === null) return null; // still loading (cycle): do not cache
    return D;
  }

  function WritableState(options, stream, isDuplex) {
    if (typeof isDuplex !== 'boolean') {
      const D = getDuplex();
      isDuplex = D !== null && stream instanceof D;
    }
    let objectMode = !!(options && options.objectMode);
    if (isDuplex && !objectMode) objectMode = !!(options && options.writableObjectMode);
    this.objectMode = objectMode;
    this.highWaterMark = options
      ? u.getHighWaterMark(objectMode, options, 'writableHighWaterMark', isDuplex)
      : u.getDefaultHighWaterMark(objectMode);
    this.finalCalled = false;
    this.needDrain = false;
    this.ending = false;
    this.ended = false;
    this.finished = false;
    this.destroyed = false;
    this.decodeStrings = !(options && options.decodeStrings === false);
    let enc = (options && options.defaultEncoding) || 'utf8';
    if (enc !== 'utf8') {
      const B = getBuffer();
      const lower = String(enc).toLowerCase();
      if (lower !== 'buffer' && !B.isEncoding(lower)) throw new codes.ERR_UNKNOWN_ENCODING(enc);
      enc = lower === 'utf-8' ? 'utf8' : lower;
    }
    this.defaultEncoding = enc;
    this.length = 0;
    this.writing = false;
    this.corked = 0;
    this.sync = true;
    this.bufferProcessing = false;
    this.onwrite = onwrite.bind(undefined, stream);
    this.writecb = null;
    this.writelen = 0;
    this.afterWriteTickInfo = null;
    this.afterWritePending = false;
    this.buffered = [];
    this.bufferedIndex = 0;
    this.allBuffers = true;
    this.allNoop = true;
    this.pendingcb = 0;
    this.constructed = true;
    this.prefinished = false;
    this.errorEmitted = false;
    this.emitClose = !options || options.emitClose !== false;
    this.autoDestroy = !options || options.autoDestroy !== false;
    this.errored = null;
    this.closed = false;
    this.closeEmitted = false;
    this.writable = undefined;
    this.onFinished = [];
  }

  function resetBuffer(state) {
    state.buffered = [];
    state.bufferedIndex = 0;
    state.allBuffers = true;
    state.allNoop = true;
  }

  WritableState.prototype.getBuffer = function getBuffer() {
    return this.buffered.slice(this.bufferedIndex);
  };
  Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
    get() { return this.buffered.length - this.bufferedIndex; },
  });

  function Writable(options) {
    const D = getDuplex();
    const isDuplex = D !== null && this instanceof D;
    if (!isDuplex && !Function.prototype[Symbol.hasInstance].call(Writable, this)) {
      return new Writable(options);
    }
    this._writableState = new WritableState(options, this, isDuplex);
    if (options) {
      if (typeof options.write === 'function') this._write = options.write;
      if (typeof options.writev === 'function') this._writev = options.writev;
      if (typeof options.destroy === 'function') this._destroy = options.destroy;
      if (typeof options.final === 'function') this._final = options.final;
      if (typeof options.construct === 'function') this._construct = options.construct;
      if (options.signal) require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
    }
    Stream.call(this, options);
    if (typeof this._construct === 'function') destroyImpl.construct(this, afterConstruct);
  }
  Object.setPrototypeOf(Writable.prototype, Stream.prototype);
  Object.setPrototypeOf(Writable, Stream);
  Writable.WritableState = WritableState;

  function afterConstruct() {
    const state = this._writableState;
    if (!state.writing) clearBuffer(this, state);
    if (state.ending) finishMaybe(this, state);
  }

  Object.defineProperty(Writable, Symbol.hasInstance, {
    value: function (object) {
      if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
      if (this !== Writable) return false;
      return !!(object && object._writableState instanceof WritableState);
    },
  });

  Writable.prototype.pipe = function () {
    errorOrDestroy(this, new codes.ERR_STREAM_CANNOT_PIPE());
  };

  function _write(stream, chunk, encoding, cb) {
    const state = stream._writableState;
    if (typeof cb !== 'function') cb = nop;
    if (chunk === null) {
      throw new codes.ERR_STREAM_NULL_VALUES();
    } else if (!state.objectMode) {
      if (!encoding) encoding = state.defaultEncoding;
      else if (encoding !== 'buffer' && !getBuffer().isEncoding(encoding)) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
      if (typeof chunk === 'string') {
        if (state.decodeStrings !== false) {
          chunk = getBuffer().from(chunk, encoding);
          encoding = 'buffer';
        }
      } else if (chunk instanceof Uint8Array) {
        if (!(chunk instanceof getBuffer())) chunk = u.uint8ArrayToBuffer(chunk);
        encoding = 'buffer';
      } else {
        throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
      }
    }
    let err;
    if (state.ending) err = new codes.ERR_STREAM_WRITE_AFTER_END();
    else if (state.destroyed) err = new codes.ERR_STREAM_DESTROYED('write');
    if (err) {
      nextTick(cb, err);
      errorOrDestroy(stream, err, true);
      return err;
    }
    state.pendingcb++;
    return writeOrBuffer(stream, state, chunk, encoding, cb);
  }

  Writable.prototype.write = function (chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = null;
    }
    return _write(this, chunk, encoding, cb) === true;
  };

  Writable.prototype.cork = function () {
    this._writableState.corked++;
  };

  Writable.prototype.uncork = function () {
    const state = this._writableState;
    if (state.corked) {
      state.corked--;
      if (!state.writing) clearBuffer(this, state);
    }
  };

  Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
    if (typeof encoding === 'string') encoding = encoding.toLowerCase();
    if (!getBuffer().isEncoding(encoding)) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    this._writableState.defaultEncoding = encoding;
    return this;
  };

  function writeOrBuffer(stream, state, chunk, encoding, callback) {
    const len = state.objectMode ? 1 : chunk.length;
    state.length += len;
    const ret = state.length < state.highWaterMark;
    if (!ret) state.needDrain = true;
    if (state.writing || state.corked || state.errored || !state.constructed) {
      state.buffered.push({ chunk, encoding, callback });
      if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
      if (state.allNoop && callback !== nop) state.allNoop = false;
    } else {
      state.writelen = len;
      state.writecb = callback;
      state.writing = true;
      state.sync = true;
      stream._write(chunk, encoding, state.onwrite);
      state.sync = false;
    }
    return ret && !state.errored && !state.destroyed;
  }

  function doWrite(stream, state, writev, len, chunk, encoding, cb) {
    state.writelen = len;
    state.writecb = cb;
    state.writing = true;
    state.sync = true;
    if (state.destroyed) state.onwrite(new codes.ERR_STREAM_DESTROYED('write'));
    else if (writev) stream._writev(chunk, state.onwrite);
    else stream._write(chunk, encoding, state.onwrite);
    state.sync = false;
  }

  function onwriteError(stream, state, er, cb) {
    --state.pendingcb;
    cb(er);
    errorBuffer(state);
    errorOrDestroy(stream, er);
  }

  function onwrite(stream, er) {
    const state = stream._writableState;
    const sync = state.sync;
    const cb = state.writecb;
    if (typeof cb !== 'function') {
      errorOrDestroy(stream, new codes.ERR_MULTIPLE_CALLBACK());
      return;
    }
    state.writing = false;
    state.writecb = null;
    state.length -= state.writelen;
    state.writelen = 0;
    if (er) {
      er.stack; // eslint-disable-line no-unused-expressions
      if (!state.errored) state.errored = er;
      const r = stream._readableState;
      if (r && !r.errored) r.errored = er;
      if (sync) nextTick(onwriteError, stream, state, er, cb);
      else onwriteError(stream, state, er, cb);
    } else {
      if (state.buffered.length > state.bufferedIndex) clearBuffer(stream, state);
      if (sync) {
        // Writes without a callback need no tick unless 'drain' is due.
        const needTick = (state.needDrain && state.length === 0) || state.destroyed || cb !== nop;
        const info = state.afterWriteTickInfo;
        if (cb === nop) {
          if (!state.afterWritePending && needTick) {
            state.afterWritePending = true;
            nextTick(afterWrite, stream, state, 1, cb);
          } else {
            state.pendingcb--;
            if (state.ending) finishMaybe(stream, state, true);
          }
        } else if (info !== null && info.cb === cb) {
          info.count++;
        } else if (needTick) {
          state.afterWritePending = true;
          state.afterWriteTickInfo = { count: 1, cb, stream, state };
          nextTick(afterWriteTick, state.afterWriteTickInfo);
        } else {
          state.pendingcb--;
          if (state.ending) finishMaybe(stream, state, true);
        }
      } else {
        afterWrite(stream, state, 1, cb);
      }
    }
  }

  function afterWriteTick(info) {
    info.state.afterWriteTickInfo = null;
    afterWrite(info.stream, info.state, info.count, info.cb);
  }

  function afterWrite(stream, state, count, cb) {
    state.afterWritePending = false;
    const needDrain = !state.ending && !stream.destroyed && state.length === 0 && state.needDrain;
    if (needDrain) {
      state.needDrain = false;
      stream.emit('drain');
    }
    while (count-- > 0) {
      state.pendingcb--;
      cb(null);
    }
    if (state.destroyed) errorBuffer(state);
    if (state.ending) finishMaybe(stream, state, true);
  }

  // Fails every buffered write and pending end() callback once the stream is destroyed/errored.
  function errorBuffer(state) {
    if (state.writing) return;
    const buffered = state.buffered;
    for (let n = state.bufferedIndex; n < buffered.length; ++n) {
      const entry = buffered[n];
      const len = state.objectMode ? 1 : entry.chunk.length;
      state.length -= len;
      entry.callback(state.errored || new codes.ERR_STREAM_DESTROYED('write'));
    }
    const onfinishCallbacks = state.onFinished.splice(0);
    for (let i = 0; i < onfinishCallbacks.length; i++) {
      onfinishCallbacks[i](state.errored || new codes.ERR_STREAM_DESTROYED('end'));
    }
    resetBuffer(state);
  }

  function clearBuffer(stream, state) {
    if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) return;
    const buffered = state.buffered;
    const bufferedLength = buffered.length - state.bufferedIndex;
    if (!bufferedLength) return;
    let i = state.bufferedIndex;
    state.bufferProcessing = true;
    if (bufferedLength > 1 && stream._writev) {
      state.pendingcb -= bufferedLength - 1;
      const start = i;
      const callback = state.allNoop ? nop : function (err) {
        for (let n = start; n < buffered.length; ++n) buffered[n].callback(err);
      };
      const chunks = state.allNoop && i === 0 ? buffered : buffered.slice(i);
      chunks.allBuffers = state.allBuffers;
      doWrite(stream, state, true, state.length, chunks, '', callback);
      resetBuffer(state);
    } else {
      do {
        const entry = buffered[i];
        buffered[i++] = null;
        const len = state.objectMode ? 1 : entry.chunk.length;
        doWrite(stream, state, false, len, entry.chunk, entry.encoding, entry.callback);
      } while (i < buffered.length && !state.writing);
      if (i === buffered.length) resetBuffer(state);
      else if (i > 256) { buffered.splice(0, i); state.bufferedIndex = 0; }
      else state.bufferedIndex = i;
    }
    state.bufferProcessing = false;
  }

  Writable.prototype._write = function (chunk, encoding, cb) {
    if (this._writev) this._writev([{ chunk, encoding }], cb);
    else throw new codes.ERR_METHOD_NOT_IMPLEMENTED('_write()');
  };

  Writable.prototype._writev = null;

  Writable.prototype.end = function (chunk, encoding, cb) {
    const state = this._writableState;
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = null;
      encoding = null;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = null;
    }
    let err;
    if (chunk !== null && chunk !== undefined) {
      const ret = _write(this, chunk, encoding);
      if (ret instanceof Error) err = ret;
    }
    if (state.corked) {
      state.corked = 1;
      this.uncork();
    }
    if (err) {
      // write() already reported it
    } else if (!state.errored && !state.ending) {
      state.ending = true;
      finishMaybe(this, state, true);
      state.ended = true;
    } else if (state.finished) {
      err = new codes.ERR_STREAM_ALREADY_FINISHED('end');
    } else if (state.destroyed) {
      err = new codes.ERR_STREAM_DESTROYED('end');
    }
    if (typeof cb === 'function') {
      if (err) nextTick(cb, err);
      else if (state.errored) nextTick(cb, state.errored);
      else if (state.finished) nextTick(cb, null);
      else state.onFinished.push(cb);
    }
    return this;
  };

  function needFinish(state) {
    return state.ending && !state.destroyed && state.constructed && state.length === 0 &&
      !state.errored && state.buffered.length === 0 && !state.finished && !state.writing &&
      !state.errorEmitted && !state.closeEmitted;
  }

  function callFinal(stream, state) {
    let called = false;
    function onFinish(err) {
      if (called) {
        errorOrDestroy(stream, err != null ? err : new codes.ERR_MULTIPLE_CALLBACK());
        return;
      }
      called = true;
      state.pendingcb--;
      if (err) {
        const cbs = state.onFinished.splice(0);
        for (let i = 0; i < cbs.length; i++) cbs[i](err);
        errorOrDestroy(stream, err, state.sync);
      } else if (needFinish(state)) {
        state.prefinished = true;
        stream.emit('prefinish');
        state.pendingcb++;
        nextTick(finish, stream, state);
      }
    }
    state.sync = true;
    state.pendingcb++;
    try {
      stream._final(onFinish);
    } catch (err) {
      onFinish(err);
    }
    state.sync = false;
  }

  function prefinish(stream, state) {
    if (!state.prefinished && !state.finalCalled) {
      if (typeof stream._final === 'function' && !state.destroyed) {
        state.finalCalled = true;
        callFinal(stream, state);
      } else {
        state.prefinished = true;
        stream.emit('prefinish');
      }
    }
  }

  function finishMaybe(stream, state, sync) {
    if (needFinish(state)) {
      prefinish(stream, state);
      if (state.pendingcb === 0) {
        if (sync) {
          state.pendingcb++;
          nextTick(finishIfNeeded, stream, state);
        } else if (needFinish(state)) {
          state.pendingcb++;
          finish(stream, state);
        }
      }
    }
  }

  function finishIfNeeded(stream, state) {
    if (needFinish(state)) finish(stream, state);
    else state.pendingcb--;
  }

  function finish(stream, state) {
    state.pendingcb--;
    state.finished = true;
    const cbs = state.onFinished.splice(0);
    for (let i = 0; i < cbs.length; i++) cbs[i](null);
    stream.emit('finish');
    if (state.autoDestroy) {
      const rState = stream._readableState;
      const autoDestroy = !rState ||
        (rState.autoDestroy && (rState.endEmitted || rState.readable === false));
      if (autoDestroy) stream.destroy();
    }
  }

  Object.defineProperties(Writable.prototype, {
    closed: { get() { return this._writableState ? this._writableState.closed : false; } },
    destroyed: {
      get() { return this._writableState ? this._writableState.destroyed : false; },
      set(value) { if (this._writableState) this._writableState.destroyed = value; },
    },
    writable: {
      get() {
        const w = this._writableState;
        return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
      },
      set(val) { if (this._writableState) this._writableState.writable = !!val; },
    },
    writableFinished: { get() { return this._writableState ? this._writableState.finished : false; } },
    writableObjectMode: { get() { return this._writableState ? this._writableState.objectMode : false; } },
    writableBuffer: { get() { return this._writableState && this._writableState.getBuffer(); } },
    writableEnded: { get() { return this._writableState ? this._writableState.ending : false; } },
    writableNeedDrain: {
      get() {
        const w = this._writableState;
        if (!w) return false;
        return !w.destroyed && !w.ending && w.needDrain;
      },
    },
    writableHighWaterMark: { get() { return this._writableState && this._writableState.highWaterMark; } },
    writableCorked: { get() { return this._writableState ? this._writableState.corked : 0; } },
    writableLength: { get() { return this._writableState && this._writableState.length; } },
    errored: {
      enumerable: false,
      get() { return this._writableState ? this._writableState.errored : null; },
    },
    writableAborted: {
      enumerable: false,
      get() {
        const w = this._writableState;
        return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
      },
    },
  });

  const destroy = destroyImpl.destroy;
  Writable.prototype.destroy = function (err, cb) {
    const state = this._writableState;
    if (!state.destroyed ||
        state.bufferedIndex < state.buffered.length || state.onFinished.length) {
      nextTick(errorBuffer, state);
    }
    destroy.call(this, err, cb);
    return this;
  };
  Writable.prototype._undestroy = destroyImpl.undestroy;
  Writable.prototype._destroy = function (err, cb) { cb(err); };
  Writable.prototype[Symbol.for('nodejs.rejection')] = function (err) { this.destroy(err); };

  Writable.fromWeb = function () {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED('Writable.fromWeb()');
  };
  Writable.toWeb = function () {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED('Writable.toWeb()');
  };

  Object.defineProperty(Writable, '_afterConstruct', { value: afterConstruct });
  return Writable;
})();
