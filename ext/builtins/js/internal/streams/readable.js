// internal/streams/readable -- stream.Readable: flowing/paused modes, push/read, pipe, async iteration
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { codes, aggregateTwoErrors } = require('internal/errors');
  const { Stream, prependListener } = require('internal/streams/legacy');
  const u = require('internal/streams/utils');
  const destroyImpl = require('internal/streams/destroy');
  const eos = require('internal/streams/end-of-stream');
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

  function ReadableState(options, stream, isDuplex) {
    if (typeof isDuplex !== 'boolean') {
      const D = getDuplex();
      isDuplex = D !== null && stream instanceof D;
    }
    let objectMode = !!(options && options.objectMode);
    if (isDuplex && !objectMode) objectMode = !!(options && options.readableObjectMode);
    this.objectMode = objectMode;
    this.highWaterMark = options
      ? u.getHighWaterMark(objectMode, options, 'readableHighWaterMark', isDuplex)
      : u.getDefaultHighWaterMark(objectMode);
    // Buffered chunks live in buffer[bufferIndex..].
    this.buffer = [];
    this.bufferIndex = 0;
    this.length = 0;
    this.pipes = [];
    this.flowing = null;
    this.paused = null;
    this.ended = false;
    this.endEmitted = false;
    this.reading = false;
    this.constructed = true;
    this.sync = true;
    this.needReadable = false;
    this.emittedReadable = false;
    this.readableListening = false;
    this.resumeScheduled = false;
    this.errorEmitted = false;
    this.emitClose = !options || options.emitClose !== false;
    this.autoDestroy = !options || options.autoDestroy !== false;
    this.destroyed = false;
    this.errored = null;
    this.closed = false;
    this.closeEmitted = false;
    this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
    this.awaitDrainWriters = null;
    this.multiAwaitDrain = false;
    this.readingMore = false;
    this.dataEmitted = false;
    this.decoder = null;
    this.encoding = null;
    this.readable = undefined;
    if (options && options.encoding) {
      const StringDecoder = require('string_decoder').StringDecoder;
      this.decoder = new StringDecoder(options.encoding);
      this.encoding = options.encoding;
    }
  }

  Object.defineProperty(ReadableState.prototype, 'pipesCount', {
    get() { return this.pipes.length; },
  });

  function Readable(options) {
    if (!(this instanceof Readable)) return new Readable(options);
    this._readableState = new ReadableState(options, this, undefined);
    if (options) {
      if (typeof options.read === 'function') this._read = options.read;
      if (typeof options.destroy === 'function') this._destroy = options.destroy;
      if (typeof options.construct === 'function') this._construct = options.construct;
      if (options.signal) {
        require('internal/streams/add-abort-signal').addAbortSignalNoValidate(options.signal, this);
      }
    }
    Stream.call(this, options);
    if (typeof this._construct === 'function') destroyImpl.construct(this, afterConstruct);
  }
  Object.setPrototypeOf(Readable.prototype, Stream.prototype);
  Object.setPrototypeOf(Readable, Stream);
  Readable.ReadableState = ReadableState;

  function afterConstruct() {
    const state = this._readableState;
    if (state && state.needReadable) maybeReadMore(this, state);
  }

  Readable.prototype.destroy = destroyImpl.destroy;
  Readable.prototype._undestroy = destroyImpl.undestroy;
  Readable.prototype._destroy = function (err, cb) { cb(err); };
  Readable.prototype[Symbol.for('nodejs.rejection')] = function (err) { this.destroy(err); };
  if (typeof Symbol.asyncDispose === 'symbol') {
    Readable.prototype[Symbol.asyncDispose] = function () {
      let error;
      if (!this.destroyed) {
        error = this.readableEnded ? null : new (require('internal/errors').AbortError)();
        this.destroy(error);
      }
      const self = this;
      return new Promise(function (resolve, reject) {
        eos(self, function (err) { (err && err !== error) ? reject(err) : resolve(null); });
      });
    };
  }

  Readable.prototype.push = function (chunk, encoding) {
    const state = this._readableState;
    if (chunk === null) {
      state.reading = false;
      onEofChunk(this, state);
      return false;
    }
    if (!state.objectMode) {
      if (typeof chunk === 'string') {
        encoding = encoding || state.defaultEncoding;
        if (state.encoding !== encoding) {
          chunk = getBuffer().from(chunk, encoding);
          encoding = '';
        }
      } else if (chunk instanceof Uint8Array) {
        if (!(chunk instanceof getBuffer())) chunk = u.uint8ArrayToBuffer(chunk);
        encoding = '';
      } else if (ArrayBuffer.isView(chunk)) {
        chunk = u.uint8ArrayToBuffer(chunk);
        encoding = '';
      } else if (chunk !== undefined) {
        errorOrDestroy(this, new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk));
        return false;
      }
      if (!chunk || chunk.length <= 0) {
        state.reading = false;
        maybeReadMore(this, state);
        return canPushMore(state);
      }
    }
    if (state.ended) {
      errorOrDestroy(this, new codes.ERR_STREAM_PUSH_AFTER_EOF());
      return false;
    }
    if (state.destroyed || state.errored) return false;
    state.reading = false;
    if (state.decoder !== null && !encoding) {
      chunk = state.decoder.write(chunk);
      if (!state.objectMode && chunk.length === 0) {
        maybeReadMore(this, state);
        return canPushMore(state);
      }
    }
    addChunk(this, state, chunk, false);
    return canPushMore(state);
  };

  Readable.prototype.unshift = function (chunk, encoding) {
    const state = this._readableState;
    if (chunk === null) {
      state.reading = false;
      onEofChunk(this, state);
      return false;
    }
    if (!state.objectMode) {
      if (typeof chunk === 'string') {
        encoding = encoding || state.defaultEncoding;
        if (state.encoding !== encoding) {
          const B = getBuffer();
          // Buffered data is kept in the decoder's encoding when one is set.
          chunk = state.encoding ? B.from(chunk, encoding).toString(state.encoding) : B.from(chunk, encoding);
        }
      } else if (ArrayBuffer.isView(chunk)) {
        if (!(chunk instanceof getBuffer())) chunk = u.uint8ArrayToBuffer(chunk);
      } else if (chunk !== undefined) {
        errorOrDestroy(this, new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk));
        return false;
      }
      if (!(chunk && chunk.length > 0)) return canPushMore(state);
    }
    if (state.endEmitted) errorOrDestroy(this, new codes.ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
    else if (state.destroyed || state.errored) return false;
    else addChunk(this, state, chunk, true);
    return canPushMore(state);
  };

  function canPushMore(state) {
    return !state.ended && (state.length < state.highWaterMark || state.length === 0);
  }

  function addChunk(stream, state, chunk, addToFront) {
    if (state.flowing && state.length === 0 && !state.sync && stream.listenerCount('data') > 0) {
      if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
      else state.awaitDrainWriters = null;
      state.dataEmitted = true;
      stream.emit('data', chunk);
    } else {
      state.length += state.objectMode ? 1 : chunk.length;
      if (addToFront) {
        if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
        else state.buffer.unshift(chunk);
      } else {
        state.buffer.push(chunk);
      }
      if (state.needReadable) emitReadable(stream);
    }
    maybeReadMore(stream, state);
  }

  Readable.prototype.isPaused = function () {
    const state = this._readableState;
    return state.paused === true || state.flowing === false;
  };

  Readable.prototype.setEncoding = function (enc) {
    const StringDecoder = require('string_decoder').StringDecoder;
    const decoder = new StringDecoder(enc);
    const state = this._readableState;
    state.decoder = decoder;
    state.encoding = decoder.encoding;
    let content = '';
    const buf = state.buffer;
    for (let i = state.bufferIndex; i < buf.length; i++) content += decoder.write(buf[i]);
    state.buffer = [];
    state.bufferIndex = 0;
    if (content !== '') state.buffer.push(content);
    state.length = content.length;
    return this;
  };

  const MAX_HWM = 0x40000000;
  function computeNewHighWaterMark(n) {
    if (n > MAX_HWM) throw new codes.ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
    n--;
    n |= n >>> 1;
    n |= n >>> 2;
    n |= n >>> 4;
    n |= n >>> 8;
    n |= n >>> 16;
    n++;
    return n;
  }

  function howMuchToRead(n, state) {
    if (n <= 0 || (state.length === 0 && state.ended)) return 0;
    if (state.objectMode) return 1;
    if (n !== n) { // NaN: read everything (or the first chunk when flowing)
      if (state.flowing && state.length) return state.buffer[state.bufferIndex].length;
      return state.length;
    }
    if (n <= state.length) return n;
    return state.ended ? state.length : 0;
  }

  Readable.prototype.read = function (n) {
    if (n === undefined) n = NaN;
    else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
    const state = this._readableState;
    const nOrig = n;
    if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
    if (n !== 0) state.emittedReadable = false;

    if (n === 0 && state.needReadable &&
        ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
      if (state.length === 0 && state.ended) endReadable(this);
      else emitReadable(this);
      return null;
    }

    n = howMuchToRead(n, state);
    if (n === 0 && state.ended) {
      if (state.length === 0) endReadable(this);
      return null;
    }

    let doRead = state.needReadable;
    if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
    if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
      doRead = false;
    } else if (doRead) {
      state.reading = true;
      state.sync = true;
      if (state.length === 0) state.needReadable = true;
      try {
        this._read(state.highWaterMark);
      } catch (err) {
        errorOrDestroy(this, err);
      }
      state.sync = false;
      if (!state.reading) n = howMuchToRead(nOrig, state);
    }

    let ret;
    if (n > 0) ret = fromList(n, state);
    else ret = null;

    if (ret === null) {
      state.needReadable = state.length <= state.highWaterMark;
      n = 0;
    } else {
      state.length -= n;
      if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
      else state.awaitDrainWriters = null;
    }

    if (state.length === 0) {
      if (!state.ended) state.needReadable = true;
      if (nOrig !== n && state.ended) endReadable(this);
    }

    if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
      state.dataEmitted = true;
      this.emit('data', ret);
    }
    return ret;
  };

  function clearBuffer(state) {
    state.buffer = [];
    state.bufferIndex = 0;
  }

  // Takes n bytes/chars (or one object) off the front of the buffer.
  function fromList(n, state) {
    if (state.length === 0) return null;
    const buf = state.buffer;
    let idx = state.bufferIndex;
    let ret;
    if (state.objectMode) {
      ret = buf[idx];
      buf[idx++] = undefined;
      if (idx === buf.length) clearBuffer(state);
      else if (idx > 1024) { buf.splice(0, idx); state.bufferIndex = 0; }
      else state.bufferIndex = idx;
      return ret;
    }
    const count = buf.length - idx;
    if (!n || n >= state.length) {
      if (state.decoder !== null) {
        ret = '';
        for (let i = idx; i < buf.length; i++) ret += buf[i];
      } else if (count === 1) {
        ret = buf[idx];
      } else {
        const parts = idx === 0 ? buf : buf.slice(idx);
        ret = getBuffer().concat(parts, state.length);
      }
      clearBuffer(state);
      return ret;
    }
    const first = buf[idx];
    if (n < first.length) {
      ret = first.slice(0, n);
      buf[idx] = first.slice(n);
      return ret;
    }
    if (n === first.length) {
      buf[idx++] = undefined;
      if (idx === buf.length) clearBuffer(state);
      else state.bufferIndex = idx;
      return first;
    }
    // Spans several chunks.
    if (state.decoder !== null) {
      ret = '';
      while (idx < buf.length) {
        const str = buf[idx];
        if (n > str.length) {
          ret += str;
          n -= str.length;
          buf[idx++] = undefined;
        } else {
          if (n === str.length) { ret += str; buf[idx++] = undefined; }
          else { ret += str.slice(0, n); buf[idx] = str.slice(n); }
          break;
        }
      }
    } else {
      const B = getBuffer();
      ret = B.allocUnsafe(n);
      const total = n;
      while (idx < buf.length) {
        const data = buf[idx];
        if (n > data.length) {
          ret.set(data, total - n);
          n -= data.length;
          buf[idx++] = undefined;
        } else {
          if (n === data.length) { ret.set(data, total - n); buf[idx++] = undefined; }
          else {
            ret.set(new Uint8Array(data.buffer, data.byteOffset, n), total - n);
            buf[idx] = data.slice(n);
          }
          break;
        }
      }
    }
    if (idx === buf.length) clearBuffer(state);
    else state.bufferIndex = idx;
    return ret;
  }

  function onEofChunk(stream, state) {
    if (state.ended) return;
    if (state.decoder !== null) {
      const chunk = state.decoder.end();
      if (chunk && chunk.length) {
        state.buffer.push(chunk);
        state.length += state.objectMode ? 1 : chunk.length;
      }
    }
    state.ended = true;
    if (state.sync) {
      emitReadable(stream);
    } else {
      state.needReadable = false;
      state.emittedReadable = true;
      emitReadable_(stream);
    }
  }

  function emitReadable(stream) {
    const state = stream._readableState;
    state.needReadable = false;
    if (!state.emittedReadable) {
      state.emittedReadable = true;
      nextTick(emitReadable_, stream);
    }
  }

  function emitReadable_(stream) {
    const state = stream._readableState;
    if (!state.destroyed && !state.errored && (state.length || state.ended)) {
      stream.emit('readable');
      state.emittedReadable = false;
    }
    state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
    flow(stream);
  }

  function maybeReadMore(stream, state) {
    if (!state.readingMore && state.constructed) {
      state.readingMore = true;
      nextTick(maybeReadMore_, stream, state);
    }
  }

  function maybeReadMore_(stream, state) {
    while (!state.reading && !state.ended &&
           (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
      const len = state.length;
      stream.read(0);
      if (len === state.length) break;
    }
    state.readingMore = false;
  }

  Readable.prototype._read = function (n) {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED('_read()');
  };

  Readable.prototype.pipe = function (dest, pipeOpts) {
    const src = this;
    const state = this._readableState;
    if (state.pipes.length === 1 && !state.multiAwaitDrain) {
      state.multiAwaitDrain = true;
      state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
    }
    state.pipes.push(dest);

    const proc = globalThis.process;
    const doEnd = (!pipeOpts || pipeOpts.end !== false) &&
      !(proc && (dest === proc.stdout || dest === proc.stderr));
    const endFn = doEnd ? onend : unpipe;
    if (state.endEmitted) nextTick(endFn);
    else src.once('end', endFn);

    dest.on('unpipe', onunpipe);
    function onunpipe(readable, unpipeInfo) {
      if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
        unpipeInfo.hasUnpiped = true;
        cleanup();
      }
    }

    function onend() {
      dest.end();
    }

    let ondrain;
    let cleanedUp = false;
    function cleanup() {
      dest.removeListener('close', onclose);
      dest.removeListener('finish', onfinish);
      if (ondrain) dest.removeListener('drain', ondrain);
      dest.removeListener('error', onerror);
      dest.removeListener('unpipe', onunpipe);
      src.removeListener('end', onend);
      src.removeListener('end', unpipe);
      src.removeListener('data', ondata);
      cleanedUp = true;
      if (ondrain && state.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) ondrain();
    }

    function pause() {
      if (!cleanedUp) {
        if (state.pipes.length === 1 && state.pipes[0] === dest) {
          state.awaitDrainWriters = dest;
          state.multiAwaitDrain = false;
        } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
          state.awaitDrainWriters.add(dest);
        }
        src.pause();
      }
      if (!ondrain) {
        ondrain = pipeOnDrain(src, dest);
        dest.on('drain', ondrain);
      }
    }

    src.on('data', ondata);
    function ondata(chunk) {
      const ret = dest.write(chunk);
      if (ret === false) pause();
    }

    function onerror(er) {
      unpipe();
      dest.removeListener('error', onerror);
      if (dest.listenerCount('error') === 0) {
        const s = dest._writableState || dest._readableState;
        if (s && !s.errorEmitted) errorOrDestroy(dest, er);
        else dest.emit('error', er);
      }
    }
    prependListener(dest, 'error', onerror);

    function onclose() {
      dest.removeListener('finish', onfinish);
      unpipe();
    }
    dest.once('close', onclose);
    function onfinish() {
      dest.removeListener('close', onclose);
      unpipe();
    }
    dest.once('finish', onfinish);

    function unpipe() {
      src.unpipe(dest);
    }

    dest.emit('pipe', src);

    if (dest.writableNeedDrain === true) pause();
    else if (!state.flowing) src.resume();
    return dest;
  };

  function pipeOnDrain(src, dest) {
    return function pipeOnDrainFunctionResult() {
      const state = src._readableState;
      if (state.awaitDrainWriters === dest) state.awaitDrainWriters = null;
      else if (state.multiAwaitDrain) state.awaitDrainWriters.delete(dest);
      if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) && src.listenerCount('data')) {
        src.resume();
      }
    };
  }

  Readable.prototype.unpipe = function (dest) {
    const state = this._readableState;
    if (state.pipes.length === 0) return this;
    if (!dest) {
      const dests = state.pipes;
      state.pipes = [];
      this.pause();
      for (let i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
      return this;
    }
    const index = state.pipes.indexOf(dest);
    if (index === -1) return this;
    state.pipes.splice(index, 1);
    if (state.pipes.length === 0) this.pause();
    dest.emit('unpipe', this, { hasUnpiped: false });
    return this;
  };

  Readable.prototype.on = function (ev, fn) {
    const res = Stream.prototype.on.call(this, ev, fn);
    const state = this._readableState;
    if (ev === 'data') {
      state.readableListening = this.listenerCount('readable') > 0;
      if (state.flowing !== false) this.resume();
    } else if (ev === 'readable') {
      if (!state.endEmitted && !state.readableListening) {
        state.readableListening = state.needReadable = true;
        state.flowing = false;
        state.emittedReadable = false;
        if (state.length) emitReadable(this);
        else if (!state.reading) nextTick(nReadingNextTick, this);
      }
    }
    return res;
  };
  Readable.prototype.addListener = Readable.prototype.on;

  Readable.prototype.removeListener = function (ev, fn) {
    const res = Stream.prototype.removeListener.call(this, ev, fn);
    if (ev === 'readable') nextTick(updateReadableListening, this);
    return res;
  };
  Readable.prototype.off = Readable.prototype.removeListener;

  Readable.prototype.removeAllListeners = function (ev) {
    const res = Stream.prototype.removeAllListeners.apply(this, arguments);
    if (ev === 'readable' || ev === undefined) nextTick(updateReadableListening, this);
    return res;
  };

  function updateReadableListening(self) {
    const state = self._readableState;
    state.readableListening = self.listenerCount('readable') > 0;
    if (state.resumeScheduled && state.paused === false) state.flowing = true;
    else if (self.listenerCount('data') > 0) self.resume();
    else if (!state.readableListening) state.flowing = null;
  }

  function nReadingNextTick(self) {
    self.read(0);
  }

  Readable.prototype.resume = function () {
    const state = this._readableState;
    if (!state.flowing) {
      state.flowing = !state.readableListening;
      if (!state.resumeScheduled) {
        state.resumeScheduled = true;
        nextTick(resume_, this, state);
      }
    }
    state.paused = false;
    return this;
  };

  function resume_(stream, state) {
    if (!state.reading) stream.read(0);
    state.resumeScheduled = false;
    stream.emit('resume');
    flow(stream);
    if (state.flowing && !state.reading) stream.read(0);
  }

  Readable.prototype.pause = function () {
    const state = this._readableState;
    if (state.flowing !== false) {
      state.flowing = false;
      this.emit('pause');
    }
    state.paused = true;
    return this;
  };

  function flow(stream) {
    const state = stream._readableState;
    while (state.flowing && stream.read() !== null);
  }

  // Wraps an old-style stream (data/end events, pause/resume) as a Readable.
  Readable.prototype.wrap = function (stream) {
    let paused = false;
    const self = this;
    stream.on('data', function (chunk) {
      if (!self.push(chunk) && stream.pause) {
        paused = true;
        stream.pause();
      }
    });
    stream.on('end', function () { self.push(null); });
    stream.on('error', function (err) { errorOrDestroy(self, err); });
    stream.on('close', function () { self.destroy(); });
    stream.on('destroy', function () { self.destroy(); });
    this._read = function () {
      if (paused && stream.resume) {
        paused = false;
        stream.resume();
      }
    };
    const keys = Object.keys(stream);
    for (let j = 1; j < keys.length; j++) {
      const i = keys[j];
      if (this[i] === undefined && typeof stream[i] === 'function') this[i] = stream[i].bind(stream);
    }
    return this;
  };

  Readable.prototype[Symbol.asyncIterator] = function () {
    return streamToAsyncIterator(this);
  };
  Readable.prototype.iterator = function (options) {
    if (options !== undefined) require('internal/validators').validateObject(options, 'options');
    return streamToAsyncIterator(this, options);
  };

  function streamToAsyncIterator(stream, options) {
    if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
    const iter = createAsyncIterator(stream, options);
    iter.stream = stream;
    return iter;
  }

  async function* createAsyncIterator(stream, options) {
    let callback = nop;
    function next(resolve) {
      if (this === stream) {
        callback();
        callback = nop;
      } else {
        callback = resolve;
      }
    }
    stream.on('readable', next);
    let error;
    const cleanup = eos(stream, { writable: false }, function (err) {
      error = err ? aggregateTwoErrors(error, err) : null;
      callback();
      callback = nop;
    });
    try {
      while (true) {
        const chunk = stream.destroyed ? null : stream.read();
        if (chunk !== null) yield chunk;
        else if (error) throw error;
        else if (error === null) return;
        else await new Promise(next);
      }
    } catch (err) {
      error = aggregateTwoErrors(error, err);
      throw error;
    } finally {
      if ((error || !options || options.destroyOnReturn !== false) &&
          (error === undefined || stream._readableState.autoDestroy)) {
        destroyImpl.destroyer(stream, null);
      } else {
        stream.off('readable', next);
        cleanup();
      }
    }
  }

  Object.defineProperties(Readable.prototype, {
    readable: {
      get() {
        const r = this._readableState;
        return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
      },
      set(val) {
        if (this._readableState) this._readableState.readable = !!val;
      },
    },
    readableDidRead: { enumerable: false, get() { return this._readableState.dataEmitted; } },
    readableAborted: {
      enumerable: false,
      get() {
        const r = this._readableState;
        return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
      },
    },
    readableHighWaterMark: { enumerable: false, get() { return this._readableState.highWaterMark; } },
    readableBuffer: {
      enumerable: false,
      get() {
        const r = this._readableState;
        return r && (r.bufferIndex === 0 ? r.buffer : r.buffer.slice(r.bufferIndex));
      },
    },
    readableFlowing: {
      enumerable: false,
      get() { return this._readableState.flowing; },
      set(state) { if (this._readableState) this._readableState.flowing = state; },
    },
    readableLength: { enumerable: false, get() { return this._readableState.length; } },
    readableObjectMode: {
      enumerable: false,
      get() { return this._readableState ? this._readableState.objectMode : false; },
    },
    readableEncoding: {
      enumerable: false,
      get() { return this._readableState ? this._readableState.encoding : null; },
    },
    errored: {
      enumerable: false,
      get() { return this._readableState ? this._readableState.errored : null; },
    },
    closed: { get() { return this._readableState ? this._readableState.closed : false; } },
    destroyed: {
      enumerable: false,
      get() { return this._readableState ? this._readableState.destroyed : false; },
      set(value) {
        if (!this._readableState) return;
        this._readableState.destroyed = value;
      },
    },
    readableEnded: {
      enumerable: false,
      get() { return this._readableState ? this._readableState.endEmitted : false; },
    },
  });

  function endReadable(stream) {
    const state = stream._readableState;
    if (!state.endEmitted) {
      state.ended = true;
      nextTick(endReadableNT, state, stream);
    }
  }

  function endReadableNT(state, stream) {
    if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
      state.endEmitted = true;
      stream.emit('end');
      if (stream.writable && stream.allowHalfOpen === false) {
        nextTick(endWritableNT, stream);
      } else if (state.autoDestroy) {
        const wState = stream._writableState;
        const autoDestroy = !wState ||
          (wState.autoDestroy && (wState.finished || wState.writable === false));
        if (autoDestroy) stream.destroy();
      }
    }
  }

  function endWritableNT(stream) {
    const writable = stream.writable && !stream.writableEnded && !stream.destroyed;
    if (writable) stream.end();
  }

  Readable.from = function (iterable, opts) {
    return require('internal/streams/from')(Readable, iterable, opts);
  };

  Readable.fromWeb = function () {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED('Readable.fromWeb()');
  };
  Readable.toWeb = function () {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED('Readable.toWeb()');
  };

  Readable.wrap = function (src, options) {
    return new Readable(Object.assign({
      objectMode: src.readableObjectMode != null ? src.readableObjectMode : (src.objectMode != null ? src.objectMode : true),
    }, options, {
      destroy(err, callback) {
        destroyImpl.destroyer(src, err);
        callback(err);
      },
    })).wrap(src);
  };

  Readable._fromList = fromList;
  Object.defineProperty(Readable, '_afterConstruct', { value: afterConstruct });
  return Readable;
})();
