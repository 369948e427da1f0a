// internal/webstreams/readable -- ReadableStream, its readers and controllers (WHATWG Streams)
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_INVALID_THIS, ERR_ILLEGAL_CONSTRUCTOR,
    ERR_OUT_OF_RANGE, ERR_ARG_NOT_ITERABLE,
  } = codes;
  const {
    Ring, SizeQueue, enqueueValueWithSize, resolved, rejected, rejectedHandled, then, react, setHandled,
    promiseCall, returnResolved, kResolvedUndefined, isObject, optionalFunction, extractHighWaterMark,
    extractSizeAlgorithm, readStrategy, isDetached, transferArrayBuffer, cloneArrayBuffer, copyBytes,
    kInspect, inspectWith,
  } = require('internal/webstreams/util');
  const writable = require('internal/webstreams/writable');

  const kInternal = Symbol('kInternal');
  const kEnd = Symbol('end');

  let streamOf, readerOf, byobReaderOf, defaultControllerOf, byteControllerOf, byobRequestOf, iteratorOf;

  function typeError(message) {
    return new ERR_INVALID_STATE.TypeError(message);
  }

  let pipeModule, teeModule;
  function pipe() {
    if (pipeModule === undefined) pipeModule = require('internal/webstreams/pipe');
    return pipeModule;
  }
  function tee() {
    if (teeModule === undefined) teeModule = require('internal/webstreams/tee');
    return teeModule;
  }

  // --- records ----------------------------------------------------------------------------------
  function newStreamRecord() {
    return {
      obj: undefined,
      state: 'readable',
      reader: undefined,
      storedError: undefined,
      disturbed: false,
      controller: undefined,
    };
  }

  // The read request of reader.read(): its steps settle the promise that read() returned.
  class ReadRequest {
    constructor() {
      this.resolve = undefined;
      this.reject = undefined;
      this.promise = new Promise((resolve, reject) => {
        this.resolve = resolve;
        this.reject = reject;
      });
    }
    chunk(value) {
      this.resolve({ value, done: false });
    }
    close(value) {
      this.resolve({ value, done: true });
    }
    error(e) {
      this.reject(e);
    }
  }

  // --- ReadableStream ---------------------------------------------------------------------------
  class ReadableStream {
    #s;
    constructor(source = undefined, strategy = undefined) {
      if (source === kInternal) {
        this.#s = strategy;
        strategy.obj = this;
        return;
      }
      if (source !== undefined && !isObject(source)) throw new ERR_INVALID_ARG_TYPE('source', 'Object', source);
      let autoAllocateChunkSize, cancel, pull, start, type;
      if (source !== undefined) {
        autoAllocateChunkSize = source.autoAllocateChunkSize;
        cancel = optionalFunction(source.cancel, 'source.cancel');
        pull = optionalFunction(source.pull, 'source.pull');
        start = optionalFunction(source.start, 'source.start');
        type = source.type;
      }
      if (type !== undefined) {
        type = `${type}`;
        if (type !== 'bytes') throw new ERR_INVALID_ARG_VALUE('source.type', type);
      }
      const st = readStrategy(strategy);
      const s = newStreamRecord();
      s.obj = this;
      this.#s = s;
      if (type === 'bytes') {
        if (st.size !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', st.size);
        const hwm = extractHighWaterMark(st.hwm, 0);
        if (autoAllocateChunkSize !== undefined) {
          const n = Number(autoAllocateChunkSize);
          if (!Number.isFinite(n) || Math.trunc(n) <= 0 || n > Number.MAX_SAFE_INTEGER) {
            throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', autoAllocateChunkSize);
          }
          autoAllocateChunkSize = Math.trunc(n);
        }
        const c = newByteController(s);
        const cobj = c.obj;
        setUpByteController(s, c,
          start === undefined ? undefined : () => start.call(source, cobj),
          pull === undefined ? returnResolved : () => promiseCall(pull, source, cobj),
          cancel === undefined ? returnResolved : (reason) => promiseCall(cancel, source, reason),
          hwm, autoAllocateChunkSize);
      } else {
        const sizeAlgorithm = extractSizeAlgorithm(st.size);
        const hwm = extractHighWaterMark(st.hwm, 1);
        const c = newDefaultController(s);
        const cobj = c.obj;
        setUpDefaultController(s, c,
          start === undefined ? undefined : () => start.call(source, cobj),
          pull === undefined ? returnResolved : () => promiseCall(pull, source, cobj),
          cancel === undefined ? returnResolved : (reason) => promiseCall(cancel, source, reason),
          hwm, sizeAlgorithm);
      }
    }
    get locked() {
      const s = streamOf(this);
      if (s === undefined) throw new ERR_INVALID_THIS('ReadableStream');
      return s.reader !== undefined;
    }
    cancel(reason = undefined) {
      const s = streamOf(this);
      if (s === undefined) return rejected(new ERR_INVALID_THIS('ReadableStream'));
      if (s.reader !== undefined) return rejected(typeError('ReadableStream is locked'));
      return readableStreamCancel(s, reason);
    }
    getReader(options = undefined) {
      const s = streamOf(this);
      if (s === undefined) throw new ERR_INVALID_THIS('ReadableStream');
      if (options != null && !isObject(options)) throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
      let mode = options == null ? undefined : options.mode;
      if (mode === undefined) return new ReadableStreamDefaultReader(this);
      mode = `${mode}`;
      if (mode !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
      return new ReadableStreamBYOBReader(this);
    }
    pipeThrough(transform, options = undefined) {
      const s = streamOf(this);
      if (s === undefined) throw new ERR_INVALID_THIS('ReadableStream');
      const readable = transform == null ? undefined : transform.readable;
      if (streamOf(readable) === undefined) throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
      const dest = transform.writable;
      const ws = writable.streamOf(dest);
      if (ws === undefined) throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', dest);
      const opts = readPipeOptions(options);
      if (s.reader !== undefined) throw typeError('The ReadableStream is locked');
      if (ws.writer !== undefined) throw typeError('The WritableStream is locked');
      const promise = pipe().readableStreamPipeTo(s, ws, opts.preventClose, opts.preventAbort, opts.preventCancel, opts.signal);
      setHandled(promise);
      return readable;
    }
    pipeTo(destination, options = undefined) {
      const s = streamOf(this);
      if (s === undefined) return rejected(new ERR_INVALID_THIS('ReadableStream'));
      const ws = writable.streamOf(destination);
      if (ws === undefined) return rejected(new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination));
      let opts;
      try {
        opts = readPipeOptions(options);
      } catch (e) {
        return rejected(e);
      }
      if (s.reader !== undefined) return rejected(typeError('The ReadableStream is locked'));
      if (ws.writer !== undefined) return rejected(typeError('The WritableStream is locked'));
      return pipe().readableStreamPipeTo(s, ws, opts.preventClose, opts.preventAbort, opts.preventCancel, opts.signal);
    }
    tee() {
      const s = streamOf(this);
      if (s === undefined) throw new ERR_INVALID_THIS('ReadableStream');
      const branches = tee().readableStreamTee(s, false);
      return [branches[0].obj, branches[1].obj];
    }
    values(options = undefined) {
      const s = streamOf(this);
      if (s === undefined) throw new ERR_INVALID_THIS('ReadableStream');
      if (options != null && !isObject(options)) throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
      const preventCancel = options == null ? false : !!options.preventCancel;
      const reader = acquireDefaultReader(s);
      return new ReadableStreamAsyncIterator(kInternal, { reader, preventCancel, ongoing: null, finished: false });
    }
    static from(asyncIterable) {
      return readableStreamFromIterable(asyncIterable).obj;
    }
    [kInspect](depth, options, inspect) {
      const s = streamOf(this);
      const fields = { locked: s.reader !== undefined, state: s.state, supportsBYOB: s.controller.isByte };
      return inspectWith(this, 'ReadableStream', fields, depth, options, inspect);
    }
    static {
      streamOf = (o) => (o !== null && typeof o === 'object' && #s in o ? o.#s : undefined);
    }
  }
  Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
    value: ReadableStream.prototype.values, writable: true, configurable: true, enumerable: false,
  });

  function readPipeOptions(options) {
    if (options != null && !isObject(options)) throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    if (options == null) return { preventAbort: false, preventCancel: false, preventClose: false, signal: undefined };
    const preventAbort = !!options.preventAbort;
    const preventCancel = !!options.preventCancel;
    const preventClose = !!options.preventClose;
    const signal = options.signal;
    if (signal !== undefined) {
      const { AbortSignal } = require('internal/abort_controller');
      if (!(signal instanceof AbortSignal)) throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
    }
    return { preventAbort, preventCancel, preventClose, signal };
  }

  function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, hwm = 1, sizeAlgorithm = undefined) {
    const s = newStreamRecord();
    new ReadableStream(kInternal, s);
    const c = newDefaultController(s);
    setUpDefaultController(s, c, startAlgorithm, pullAlgorithm, cancelAlgorithm, hwm, sizeAlgorithm);
    return s;
  }

  function createReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm) {
    const s = newStreamRecord();
    new ReadableStream(kInternal, s);
    const c = newByteController(s);
    setUpByteController(s, c, startAlgorithm, pullAlgorithm, cancelAlgorithm, 0, undefined);
    return s;
  }

  function readableStreamCancel(s, reason) {
    s.disturbed = true;
    if (s.state === 'closed') return resolved(undefined);
    if (s.state === 'errored') return rejected(s.storedError);
    readableStreamClose(s);
    const r = s.reader;
    if (r !== undefined && r.isBYOB && r.requests.length > 0) {
      const requests = r.requests;
      r.requests = new Ring();
      while (requests.length > 0) requests.shift().close(undefined);
    }
    const c = s.controller;
    let p;
    if (c.isByte) {
      clearPendingPullIntos(c);
      c.queue = new Ring();
      c.queueTotalSize = 0;
      p = c.cancelAlgorithm(reason);
      byteClearAlgorithms(c);
    } else {
      if (c.queue.length > 0) c.queue = new SizeQueue();
      p = c.cancelAlgorithm(reason);
      defaultClearAlgorithms(c);
    }
    return then(p, returnUndefined);
  }

  function returnUndefined() {
    return undefined;
  }

  function readableStreamClose(s) {
    s.state = 'closed';
    const r = s.reader;
    if (r === undefined) return;
    if (r.closedResolve !== undefined) {
      r.closedResolve(undefined);
      r.closedResolve = r.closedReject = undefined;
    }
    if (!r.isBYOB && r.requests.length > 0) {
      const requests = r.requests;
      r.requests = new Ring();
      while (requests.length > 0) requests.shift().close(undefined);
    }
  }

  function readableStreamError(s, e) {
    s.state = 'errored';
    s.storedError = e;
    const r = s.reader;
    if (r === undefined) return;
    rejectClosed(r, e);
    if (r.requests.length > 0) {
      const requests = r.requests;
      r.requests = new Ring();
      while (requests.length > 0) requests.shift().error(e);
    }
  }

  function fulfillReadRequest(s, chunk, done) {
    const req = s.reader.requests.shift();
    if (done) req.close(undefined);
    else req.chunk(chunk);
  }

  function fulfillReadIntoRequest(s, chunk, done) {
    const req = s.reader.requests.shift();
    if (done) req.close(chunk);
    else req.chunk(chunk);
  }

  // --- readers ----------------------------------------------------------------------------------
  function newReaderRecord(obj, isBYOB) {
    return {
      obj,
      isBYOB,
      stream: undefined,
      requests: new Ring(),
      closedPromise: undefined,
      closedResolve: undefined,
      closedReject: undefined,
    };
  }

  function rejectClosed(r, e) {
    if (r.closedReject !== undefined) {
      r.closedReject(e);
      r.closedResolve = r.closedReject = undefined;
      setHandled(r.closedPromise);
    } else {
      r.closedPromise = rejectedHandled(e);
    }
  }

  function readerGenericInitialize(r, s) {
    r.stream = s;
    s.reader = r;
    if (s.state === 'readable') {
      r.closedPromise = new Promise((resolve, reject) => {
        r.closedResolve = resolve;
        r.closedReject = reject;
      });
    } else if (s.state === 'closed') {
      r.closedPromise = resolved(undefined);
    } else {
      r.closedPromise = rejectedHandled(s.storedError);
    }
  }

  function readerGenericRelease(r) {
    const s = r.stream;
    rejectClosed(r, typeError('Reader released'));
    const c = s.controller;
    if (c.isByte && c.pendingPullIntos.length > 0) {
      const first = c.pendingPullIntos.peek();
      first.readerType = 'none';
      c.pendingPullIntos = new Ring();
      c.pendingPullIntos.push(first);
    }
    s.reader = undefined;
    r.stream = undefined;
  }

  function readerRelease(r) {
    readerGenericRelease(r);
    if (r.requests.length > 0) {
      const e = typeError('Releasing reader');
      const requests = r.requests;
      r.requests = new Ring();
      while (requests.length > 0) requests.shift().error(e);
    }
  }

  function acquireDefaultReader(s) {
    return readerOf(new ReadableStreamDefaultReader(s.obj));
  }

  function acquireBYOBReader(s) {
    return byobReaderOf(new ReadableStreamBYOBReader(s.obj));
  }

  // ReadableStreamDefaultReaderRead with a request { chunk(v), close(), error(e) }.
  function defaultReaderRead(r, req) {
    const s = r.stream;
    s.disturbed = true;
    const state = s.state;
    if (state === 'closed') req.close(undefined);
    else if (state === 'errored') req.error(s.storedError);
    else if (s.controller.isByte) bytePullSteps(s.controller, req);
    else defaultPullSteps(s.controller, req);
  }

  function byobReaderRead(r, view, min, req) {
    const s = r.stream;
    s.disturbed = true;
    if (s.state === 'errored') req.error(s.storedError);
    else pullInto(s.controller, view, min, req);
  }

  class ReadableStreamDefaultReader {
    #r;
    constructor(stream) {
      const s = streamOf(stream);
      if (s === undefined) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
      if (s.reader !== undefined) throw typeError('ReadableStream is locked');
      const r = newReaderRecord(this, false);
      this.#r = r;
      readerGenericInitialize(r, s);
    }
    read() {
      const r = readerOf(this);
      if (r === undefined) return rejected(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
      const s = r.stream;
      if (s === undefined) return rejected(typeError('The reader is not attached to a stream'));
      s.disturbed = true;
      const state = s.state;
      if (state === 'readable') {
        const c = s.controller;
        if (!c.isByte) {
          // ReadableStreamDefaultControllerPullSteps, with the chunk steps inlined.
          const queue = c.queue;
          if (queue.length > 0) {
            const chunk = queue.shift();
            if (c.closeRequested && queue.length === 0) {
              defaultClearAlgorithms(c);
              readableStreamClose(s);
            } else {
              defaultCallPullIfNeeded(c);
            }
            // (Node makes a chunk that was waiting { done, value }, in this order.)
            return resolved({ done: false, value: chunk });
          }
          const req = new ReadRequest();
          r.requests.push(req);
          defaultCallPullIfNeeded(c);
          return req.promise;
        }
        if (c.queueTotalSize > 0) {
          // ReadableByteStreamControllerFillReadRequestFromQueue, inlined.
          const entry = c.queue.shift();
          c.queueTotalSize -= entry.byteLength;
          handleQueueDrain(c);
          return resolved({ done: false, value: new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength) });
        }
        const req = new ReadRequest();
        bytePullSteps(c, req);
        return req.promise;
      }
      if (state === 'closed') return resolved({ value: undefined, done: true });
      return rejected(s.storedError);
    }
    releaseLock() {
      const r = readerOf(this);
      if (r === undefined) throw new ERR_INVALID_THIS('ReadableStreamDefaultReader');
      if (r.stream === undefined) return;
      readerRelease(r);
    }
    get closed() {
      const r = readerOf(this);
      if (r === undefined) return rejected(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
      return r.closedPromise;
    }
    cancel(reason = undefined) {
      const r = readerOf(this);
      if (r === undefined) return rejected(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
      if (r.stream === undefined) return rejected(typeError('The reader is not attached to a stream'));
      return readableStreamCancel(r.stream, reason);
    }
    static {
      readerOf = (o) => (o !== null && typeof o === 'object' && #r in o ? o.#r : undefined);
    }
  }

  const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
  const typedArrayCtors = {
    __proto__: null,
    Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
    Float32Array, Float64Array, BigInt64Array, BigUint64Array,
  };
  if (typeof Float16Array === 'function') typedArrayCtors.Float16Array = Float16Array;

  // The view a BYOB read settles with: `ctor` is a typed array class, DataView, or
  // kBuffer for a Buffer.
  const kBuffer = Symbol('Buffer');
  let BufferClass;
  function isBuffer(view) {
    if (BufferClass === undefined) BufferClass = require('buffer').Buffer;
    return view instanceof BufferClass;
  }
  function newView(ctor, buffer, byteOffset, length) {
    if (ctor === kBuffer) return BufferClass.from(buffer, byteOffset, length);
    return new ctor(buffer, byteOffset, length);
  }

  function viewError(name, view) {
    return new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], view);
  }

  class ReadableStreamBYOBReader {
    #r;
    constructor(stream) {
      const s = streamOf(stream);
      if (s === undefined) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
      if (s.reader !== undefined) throw typeError('ReadableStream is locked');
      if (!s.controller.isByte) throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
      const r = newReaderRecord(this, true);
      this.#r = r;
      readerGenericInitialize(r, s);
    }
    read(view = undefined, options = undefined) {
      const r = byobReaderOf(this);
      if (r === undefined) return rejected(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
      if (!ArrayBuffer.isView(view)) return rejected(viewError('view', view));
      if (options != null && !isObject(options)) return rejected(new ERR_INVALID_ARG_TYPE('options', 'Object', options));
      let min = options == null ? undefined : options.min;
      if (min === undefined) min = 1;
      else {
        const n = Number(min);
        if (!Number.isFinite(n) || n < 0 || n > Number.MAX_SAFE_INTEGER) {
          return rejected(new ERR_INVALID_ARG_VALUE('options.min', min));
        }
        min = Math.trunc(n);
      }
      const tag = typedArrayTag.call(view);
      if (view.byteLength === 0 || view.buffer.byteLength === 0 || isDetached(view.buffer)) {
        return rejected(typeError('View or Viewed ArrayBuffer is zero-length or detached'));
      }
      if (min === 0) return rejected(new ERR_INVALID_ARG_VALUE('options.min', min, 'must be greater than 0'));
      if (tag !== undefined) {
        if (min > view.length) return rejected(new ERR_OUT_OF_RANGE('options.min', '<= view.length', min));
      } else if (min > view.byteLength) {
        return rejected(new ERR_OUT_OF_RANGE('options.min', '<= view.byteLength', min));
      }
      if (r.stream === undefined) return rejected(typeError('The reader is not attached to a stream'));
      const req = new ReadRequest();
      byobReaderRead(r, view, min, req);
      return req.promise;
    }
    releaseLock() {
      const r = byobReaderOf(this);
      if (r === undefined) throw new ERR_INVALID_THIS('ReadableStreamBYOBReader');
      if (r.stream === undefined) return;
      readerRelease(r);
    }
    get closed() {
      const r = byobReaderOf(this);
      if (r === undefined) return rejected(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
      return r.closedPromise;
    }
    cancel(reason = undefined) {
      const r = byobReaderOf(this);
      if (r === undefined) return rejected(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
      if (r.stream === undefined) return rejected(typeError('The reader is not attached to a stream'));
      return readableStreamCancel(r.stream, reason);
    }
    static {
      byobReaderOf = (o) => (o !== null && typeof o === 'object' && #r in o ? o.#r : undefined);
    }
  }

  // --- ReadableStreamDefaultController ----------------------------------------------------------
  function newDefaultController(s) {
    const c = {
      obj: undefined,
      isByte: false,
      stream: s,
      queue: new SizeQueue(),
      started: false,
      closeRequested: false,
      pullAgain: false,
      pulling: false,
      hwm: 1,
      sizeAlgorithm: undefined,
      pullAlgorithm: undefined,
      cancelAlgorithm: undefined,
      onPulled: undefined,
      onPullFailed: undefined,
    };
    c.obj = new ReadableStreamDefaultController(kInternal, c);
    return c;
  }

  class ReadableStreamDefaultController {
    #c;
    constructor(key = undefined, record = undefined) {
      if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
      this.#c = record;
    }
    get desiredSize() {
      const c = defaultControllerOf(this);
      if (c === undefined) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
      return defaultGetDesiredSize(c);
    }
    close() {
      const c = defaultControllerOf(this);
      if (c === undefined) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
      if (!canCloseOrEnqueue(c)) throw typeError('Controller is already closed');
      defaultControllerClose(c);
    }
    enqueue(chunk = undefined) {
      const c = defaultControllerOf(this);
      if (c === undefined) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
      if (!canCloseOrEnqueue(c)) throw typeError('Controller is already closed');
      defaultControllerEnqueue(c, chunk);
    }
    error(e = undefined) {
      const c = defaultControllerOf(this);
      if (c === undefined) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
      defaultControllerError(c, e);
    }
    static {
      defaultControllerOf = (o) => (o !== null && typeof o === 'object' && #c in o ? o.#c : undefined);
    }
  }

  function setUpDefaultController(s, c, startAlgorithm, pullAlgorithm, cancelAlgorithm, hwm, sizeAlgorithm) {
    c.hwm = hwm;
    c.sizeAlgorithm = sizeAlgorithm;
    c.pullAlgorithm = pullAlgorithm;
    c.cancelAlgorithm = cancelAlgorithm;
    startController(s, c, startAlgorithm, defaultCallPullIfNeeded, defaultControllerError);
  }

  // The steps both controllers' set-up ends with: what a finished or failed pull does,
  // then the source's start(), after which pulling may begin.
  function startController(s, c, startAlgorithm, callPullIfNeeded, controllerError) {
    c.onPulled = () => {
      c.pulling = false;
      if (c.pullAgain) {
        c.pullAgain = false;
        callPullIfNeeded(c);
      }
    };
    c.onPullFailed = (e) => controllerError(c, e);
    s.controller = c;
    const startResult = startAlgorithm === undefined ? undefined : startAlgorithm();
    react(resolved(startResult), () => {
      c.started = true;
      callPullIfNeeded(c);
    }, c.onPullFailed);
  }

  function canCloseOrEnqueue(c) {
    return !c.closeRequested && c.stream.state === 'readable';
  }

  function defaultGetDesiredSize(c) {
    const state = c.stream.state;
    if (state === 'errored') return null;
    if (state === 'closed') return 0;
    return c.hwm - c.queue.totalSize;
  }

  // ReadableStreamDefaultControllerHasBackpressure
  function defaultHasBackpressure(c) {
    return !defaultShouldCallPull(c);
  }

  function defaultShouldCallPull(c) {
    if (c.closeRequested || !c.started) return false;
    const s = c.stream;
    if (s.state !== 'readable') return false;
    const r = s.reader;
    if (r !== undefined && r.requests.length > 0) return true;
    return c.hwm - c.queue.totalSize > 0;
  }

  function defaultCallPullIfNeeded(c) {
    if (!defaultShouldCallPull(c)) return;
    if (c.pulling) {
      c.pullAgain = true;
      return;
    }
    c.pulling = true;
    react(c.pullAlgorithm(), c.onPulled, c.onPullFailed);
  }

  function defaultClearAlgorithms(c) {
    c.pullAlgorithm = undefined;
    c.cancelAlgorithm = undefined;
    c.sizeAlgorithm = undefined;
  }

  function defaultControllerClose(c) {
    if (!canCloseOrEnqueue(c)) return;
    c.closeRequested = true;
    if (c.queue.length === 0) {
      defaultClearAlgorithms(c);
      readableStreamClose(c.stream);
    }
  }

  function defaultControllerEnqueue(c, chunk) {
    if (!canCloseOrEnqueue(c)) return;
    const s = c.stream;
    const r = s.reader;
    if (r !== undefined && r.requests.length > 0) {
      r.requests.shift().chunk(chunk);
    } else {
      let size = 1;
      const sizeAlgorithm = c.sizeAlgorithm;
      if (sizeAlgorithm !== undefined) {
        try {
          size = sizeAlgorithm(chunk);
        } catch (e) {
          defaultControllerError(c, e);
          throw e;
        }
      }
      try {
        enqueueValueWithSize(c.queue, chunk, size);
      } catch (e) {
        defaultControllerError(c, e);
        throw e;
      }
    }
    defaultCallPullIfNeeded(c);
  }

  function defaultControllerError(c, e) {
    const s = c.stream;
    if (s.state !== 'readable') return;
    if (c.queue.length > 0) c.queue = new SizeQueue();
    defaultClearAlgorithms(c);
    readableStreamError(s, e);
  }

  function defaultPullSteps(c, req) {
    const s = c.stream;
    const queue = c.queue;
    if (queue.length > 0) {
      const chunk = queue.shift();
      if (c.closeRequested && queue.length === 0) {
        defaultClearAlgorithms(c);
        readableStreamClose(s);
      } else {
        defaultCallPullIfNeeded(c);
      }
      req.chunk(chunk);
    } else {
      s.reader.requests.push(req);
      defaultCallPullIfNeeded(c);
    }
  }

  // --- ReadableByteStreamController -------------------------------------------------------------
  function newByteController(s) {
    const c = {
      obj: undefined,
      isByte: true,
      stream: s,
      queue: new Ring(), // of { buffer, byteOffset, byteLength }
      queueTotalSize: 0,
      started: false,
      closeRequested: false,
      pullAgain: false,
      pulling: false,
      hwm: 0,
      pullAlgorithm: undefined,
      cancelAlgorithm: undefined,
      autoAllocateChunkSize: undefined,
      byobRequest: null,
      pendingPullIntos: new Ring(),
      onPulled: undefined,
      onPullFailed: undefined,
    };
    c.obj = new ReadableByteStreamController(kInternal, c);
    return c;
  }

  class ReadableByteStreamController {
    #c;
    constructor(key = undefined, record = undefined) {
      if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
      this.#c = record;
    }
    get byobRequest() {
      const c = byteControllerOf(this);
      if (c === undefined) throw new ERR_INVALID_THIS('ReadableByteStreamController');
      const req = getBYOBRequest(c);
      return req === null ? null : req.obj;
    }
    get desiredSize() {
      const c = byteControllerOf(this);
      if (c === undefined) throw new ERR_INVALID_THIS('ReadableByteStreamController');
      const state = c.stream.state;
      if (state === 'errored') return null;
      if (state === 'closed') return 0;
      return c.hwm - c.queueTotalSize;
    }
    close() {
      const c = byteControllerOf(this);
      if (c === undefined) throw new ERR_INVALID_THIS('ReadableByteStreamController');
      if (c.closeRequested) throw typeError('Controller is already closed');
      if (c.stream.state !== 'readable') throw typeError('ReadableStream is already closed');
      byteControllerClose(c);
    }
    enqueue(chunk = undefined) {
      const c = byteControllerOf(this);
      if (c === undefined) throw new ERR_INVALID_THIS('ReadableByteStreamController');
      if (!ArrayBuffer.isView(chunk)) throw viewError('buffer', chunk);
      if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0) {
        throw typeError('chunk ArrayBuffer is zero-length or detached');
      }
      if (c.closeRequested) throw typeError('Controller is already closed');
      if (c.stream.state !== 'readable') throw typeError('ReadableStream is already closed');
      byteControllerEnqueue(c, chunk);
    }
    error(e = undefined) {
      const c = byteControllerOf(this);
      if (c === undefined) throw new ERR_INVALID_THIS('ReadableByteStreamController');
      byteControllerError(c, e);
    }
    static {
      byteControllerOf = (o) => (o !== null && typeof o === 'object' && #c in o ? o.#c : undefined);
    }
  }

  class ReadableStreamBYOBRequest {
    #q;
    constructor(key = undefined, record = undefined) {
      if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
      this.#q = record;
    }
    get view() {
      const q = byobRequestOf(this);
      if (q === undefined) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
      return q.view;
    }
    respond(bytesWritten) {
      const q = byobRequestOf(this);
      if (q === undefined) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
      const n = Number(bytesWritten);
      if (!Number.isFinite(n) || n < 0 || n > Number.MAX_SAFE_INTEGER) {
        throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
      }
      if (q.controller === undefined) throw typeError('This BYOB request has been invalidated');
      if (isDetached(q.view.buffer)) throw typeError('The BYOB request\'s buffer has been detached');
      byteRespond(q.controller, Math.trunc(n));
    }
    respondWithNewView(view) {
      const q = byobRequestOf(this);
      if (q === undefined) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
      if (!ArrayBuffer.isView(view)) throw viewError('view', view);
      if (q.controller === undefined) throw typeError('This BYOB request has been invalidated');
      if (isDetached(view.buffer)) throw typeError('The view\'s buffer has been detached');
      byteRespondWithNewView(q.controller, view);
    }
    static {
      byobRequestOf = (o) => (o !== null && typeof o === 'object' && #q in o ? o.#q : undefined);
    }
  }

  function setUpByteController(s, c, startAlgorithm, pullAlgorithm, cancelAlgorithm, hwm, autoAllocateChunkSize) {
    c.hwm = hwm;
    c.pullAlgorithm = pullAlgorithm;
    c.cancelAlgorithm = cancelAlgorithm;
    c.autoAllocateChunkSize = autoAllocateChunkSize;
    startController(s, c, startAlgorithm, byteCallPullIfNeeded, byteControllerError);
  }

  function byteShouldCallPull(c) {
    const s = c.stream;
    if (s.state !== 'readable' || c.closeRequested || !c.started) return false;
    const r = s.reader;
    if (r !== undefined && r.requests.length > 0) return true;
    return c.hwm - c.queueTotalSize > 0;
  }

  function byteCallPullIfNeeded(c) {
    if (!byteShouldCallPull(c)) return;
    if (c.pulling) {
      c.pullAgain = true;
      return;
    }
    c.pulling = true;
    react(c.pullAlgorithm(), c.onPulled, c.onPullFailed);
  }

  function byteClearAlgorithms(c) {
    c.pullAlgorithm = undefined;
    c.cancelAlgorithm = undefined;
  }

  function invalidateBYOBRequest(c) {
    const req = c.byobRequest;
    if (req === null) return;
    req.controller = undefined;
    req.view = null;
    c.byobRequest = null;
  }

  function clearPendingPullIntos(c) {
    invalidateBYOBRequest(c);
    if (c.pendingPullIntos.length > 0) c.pendingPullIntos = new Ring();
  }

  function getBYOBRequest(c) {
    if (c.byobRequest === null && c.pendingPullIntos.length > 0) {
      const d = c.pendingPullIntos.peek();
      const view = new Uint8Array(d.buffer, d.byteOffset + d.bytesFilled, d.byteLength - d.bytesFilled);
      const req = { obj: undefined, controller: c, view };
      req.obj = new ReadableStreamBYOBRequest(kInternal, req);
      c.byobRequest = req;
    }
    return c.byobRequest;
  }

  function byteControllerClose(c) {
    const s = c.stream;
    if (c.closeRequested || s.state !== 'readable') return;
    if (c.queueTotalSize > 0) {
      c.closeRequested = true;
      return;
    }
    if (c.pendingPullIntos.length > 0) {
      const first = c.pendingPullIntos.peek();
      if (first.bytesFilled % first.elementSize !== 0) {
        const e = typeError('Partial read');
        byteControllerError(c, e);
        throw e;
      }
    }
    byteClearAlgorithms(c);
    readableStreamClose(s);
  }

  function byteControllerError(c, e) {
    const s = c.stream;
    if (s.state !== 'readable') return;
    clearPendingPullIntos(c);
    if (c.queue.length > 0) c.queue = new Ring();
    c.queueTotalSize = 0;
    byteClearAlgorithms(c);
    readableStreamError(s, e);
  }

  function byteControllerEnqueue(c, chunk) {
    const s = c.stream;
    if (c.closeRequested || s.state !== 'readable') return;
    const buffer = chunk.buffer;
    const byteOffset = chunk.byteOffset;
    const byteLength = chunk.byteLength;
    if (isDetached(buffer)) throw typeError('chunk ArrayBuffer is zero-length or detached');
    const transferred = transferArrayBuffer(buffer);
    if (c.pendingPullIntos.length > 0) {
      const first = c.pendingPullIntos.peek();
      if (isDetached(first.buffer)) throw typeError('The BYOB request\'s buffer has been detached');
      invalidateBYOBRequest(c);
      first.buffer = transferArrayBuffer(first.buffer);
      if (first.readerType === 'none') enqueueDetachedPullIntoToQueue(c, first);
    }
    const r = s.reader;
    if (r !== undefined && !r.isBYOB) {
      processReadRequestsUsingQueue(c);
      if (r.requests.length === 0) {
        enqueueChunkToQueue(c, transferred, byteOffset, byteLength);
      } else {
        if (c.pendingPullIntos.length > 0) shiftPendingPullInto(c);
        fulfillReadRequest(s, new Uint8Array(transferred, byteOffset, byteLength), false);
      }
    } else if (r !== undefined) {
      enqueueChunkToQueue(c, transferred, byteOffset, byteLength);
      const filled = processPullIntoDescriptorsUsingQueue(c);
      for (let i = 0; i < filled.length; i++) commitPullIntoDescriptor(s, filled[i]);
    } else {
      enqueueChunkToQueue(c, transferred, byteOffset, byteLength);
    }
    byteCallPullIfNeeded(c);
  }

  function enqueueChunkToQueue(c, buffer, byteOffset, byteLength) {
    c.queue.push({ buffer, byteOffset, byteLength });
    c.queueTotalSize += byteLength;
  }

  function enqueueClonedChunkToQueue(c, buffer, byteOffset, byteLength) {
    let clone;
    try {
      clone = cloneArrayBuffer(buffer, byteOffset, byteLength);
    } catch (e) {
      byteControllerError(c, e);
      throw e;
    }
    enqueueChunkToQueue(c, clone, 0, byteLength);
  }

  function enqueueDetachedPullIntoToQueue(c, d) {
    if (d.bytesFilled > 0) enqueueClonedChunkToQueue(c, d.buffer, d.byteOffset, d.bytesFilled);
    shiftPendingPullInto(c);
  }

  function processReadRequestsUsingQueue(c) {
    const r = c.stream.reader;
    while (r.requests.length > 0) {
      if (c.queueTotalSize === 0) return;
      fillReadRequestFromQueue(c, r.requests.shift());
    }
  }

  function fillReadRequestFromQueue(c, req) {
    const entry = c.queue.shift();
    c.queueTotalSize -= entry.byteLength;
    handleQueueDrain(c);
    req.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
  }

  function handleQueueDrain(c) {
    if (c.queueTotalSize === 0 && c.closeRequested) {
      byteClearAlgorithms(c);
      readableStreamClose(c.stream);
    } else {
      byteCallPullIfNeeded(c);
    }
  }

  function processPullIntoDescriptorsUsingQueue(c) {
    const filled = [];
    while (c.pendingPullIntos.length > 0) {
      if (c.queueTotalSize === 0) break;
      const d = c.pendingPullIntos.peek();
      if (fillPullIntoDescriptorFromQueue(c, d)) {
        shiftPendingPullInto(c);
        filled.push(d);
      }
    }
    return filled;
  }

  function fillPullIntoDescriptorFromQueue(c, d) {
    const maxBytesToCopy = Math.min(c.queueTotalSize, d.byteLength - d.bytesFilled);
    const maxBytesFilled = d.bytesFilled + maxBytesToCopy;
    let totalBytesToCopyRemaining = maxBytesToCopy;
    let ready = false;
    const maxAlignedBytes = maxBytesFilled - (maxBytesFilled % d.elementSize);
    if (maxAlignedBytes >= d.minimumFill) {
      totalBytesToCopyRemaining = maxAlignedBytes - d.bytesFilled;
      ready = true;
    }
    const queue = c.queue;
    while (totalBytesToCopyRemaining > 0) {
      const head = queue.peek();
      const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
      const destStart = d.byteOffset + d.bytesFilled;
      copyBytes(d.buffer, destStart, head.buffer, head.byteOffset, bytesToCopy);
      if (head.byteLength === bytesToCopy) {
        queue.shift();
      } else {
        head.byteOffset += bytesToCopy;
        head.byteLength -= bytesToCopy;
      }
      c.queueTotalSize -= bytesToCopy;
      d.bytesFilled += bytesToCopy; // ReadableByteStreamControllerFillHeadPullIntoDescriptor
      totalBytesToCopyRemaining -= bytesToCopy;
    }
    return ready;
  }

  function shiftPendingPullInto(c) {
    return c.pendingPullIntos.shift();
  }

  function convertPullIntoDescriptor(d) {
    const buffer = transferArrayBuffer(d.buffer);
    return newView(d.viewConstructor, buffer, d.byteOffset, d.bytesFilled / d.elementSize);
  }

  function commitPullIntoDescriptor(s, d) {
    const done = s.state === 'closed';
    const view = convertPullIntoDescriptor(d);
    if (d.readerType === 'default') fulfillReadRequest(s, view, done);
    else fulfillReadIntoRequest(s, view, done);
  }

  function bytePullSteps(c, req) {
    const s = c.stream;
    if (c.queueTotalSize > 0) {
      fillReadRequestFromQueue(c, req);
      return;
    }
    const size = c.autoAllocateChunkSize;
    if (size !== undefined) {
      let buffer;
      try {
        buffer = new ArrayBuffer(size);
      } catch (e) {
        req.error(e);
        return;
      }
      c.pendingPullIntos.push({
        buffer,
        bufferByteLength: size,
        byteOffset: 0,
        byteLength: size,
        bytesFilled: 0,
        minimumFill: 1,
        elementSize: 1,
        viewConstructor: Uint8Array,
        readerType: 'default',
      });
    }
    s.reader.requests.push(req);
    byteCallPullIfNeeded(c);
  }

  function pullInto(c, view, min, req) {
    const s = c.stream;
    let elementSize = 1;
    let ctor = DataView;
    const tag = typedArrayTag.call(view);
    if (tag !== undefined) {
      ctor = typedArrayCtors[tag];
      elementSize = ctor.BYTES_PER_ELEMENT;
      // As Node: a read into a Buffer gives a Buffer.
      if (ctor === Uint8Array && isBuffer(view)) ctor = kBuffer;
    }
    const minimumFill = min * elementSize;
    const byteOffset = view.byteOffset;
    const byteLength = view.byteLength;
    let buffer;
    try {
      buffer = transferArrayBuffer(view.buffer);
    } catch (e) {
      req.error(e);
      return;
    }
    const d = {
      buffer,
      bufferByteLength: buffer.byteLength,
      byteOffset,
      byteLength,
      bytesFilled: 0,
      minimumFill,
      elementSize,
      viewConstructor: ctor,
      readerType: 'byob',
    };
    if (c.pendingPullIntos.length > 0) {
      c.pendingPullIntos.push(d);
      s.reader.requests.push(req);
      return;
    }
    if (s.state === 'closed') {
      req.close(newView(ctor, d.buffer, d.byteOffset, 0));
      return;
    }
    if (c.queueTotalSize > 0) {
      if (fillPullIntoDescriptorFromQueue(c, d)) {
        const filled = convertPullIntoDescriptor(d);
        handleQueueDrain(c);
        req.chunk(filled);
        return;
      }
      if (c.closeRequested) {
        const e = typeError('Partial read');
        byteControllerError(c, e);
        req.error(e);
        return;
      }
    }
    c.pendingPullIntos.push(d);
    s.reader.requests.push(req);
    byteCallPullIfNeeded(c);
  }

  function byteRespond(c, bytesWritten) {
    const first = c.pendingPullIntos.peek();
    if (c.stream.state === 'closed') {
      if (bytesWritten !== 0) throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
    } else {
      if (bytesWritten === 0) throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
      if (first.bytesFilled + bytesWritten > first.byteLength) {
        throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
      }
    }
    first.buffer = transferArrayBuffer(first.buffer);
    respondInternal(c, bytesWritten);
  }

  function byteRespondWithNewView(c, view) {
    const first = c.pendingPullIntos.peek();
    const byteLength = view.byteLength;
    if (c.stream.state === 'closed') {
      if (byteLength !== 0) throw typeError('The view\'s length must be 0 when the stream is closed');
    } else if (byteLength === 0) {
      throw typeError('View is zero-length');
    }
    if (first.byteOffset + first.bytesFilled !== view.byteOffset ||
        first.bufferByteLength !== view.buffer.byteLength ||
        first.bytesFilled + byteLength > first.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
    }
    first.buffer = transferArrayBuffer(view.buffer);
    respondInternal(c, byteLength);
  }

  function respondInternal(c, bytesWritten) {
    const first = c.pendingPullIntos.peek();
    invalidateBYOBRequest(c);
    if (c.stream.state === 'closed') respondInClosedState(c, first);
    else respondInReadableState(c, bytesWritten, first);
    byteCallPullIfNeeded(c);
  }

  function respondInClosedState(c, first) {
    if (first.readerType === 'none') shiftPendingPullInto(c);
    const s = c.stream;
    const r = s.reader;
    if (r !== undefined && r.isBYOB) {
      const filled = [];
      const n = r.requests.length;
      while (filled.length < n) filled.push(shiftPendingPullInto(c));
      for (let i = 0; i < filled.length; i++) commitPullIntoDescriptor(s, filled[i]);
    }
  }

  function respondInReadableState(c, bytesWritten, d) {
    d.bytesFilled += bytesWritten;
    if (d.readerType === 'none') {
      enqueueDetachedPullIntoToQueue(c, d);
      const filled = processPullIntoDescriptorsUsingQueue(c);
      for (let i = 0; i < filled.length; i++) commitPullIntoDescriptor(c.stream, filled[i]);
      return;
    }
    if (d.bytesFilled < d.minimumFill) return;
    shiftPendingPullInto(c);
    const remainder = d.bytesFilled % d.elementSize;
    if (remainder > 0) {
      const end = d.byteOffset + d.bytesFilled;
      enqueueClonedChunkToQueue(c, d.buffer, end - remainder, remainder);
    }
    d.bytesFilled -= remainder;
    const filled = processPullIntoDescriptorsUsingQueue(c);
    commitPullIntoDescriptor(c.stream, d);
    for (let i = 0; i < filled.length; i++) commitPullIntoDescriptor(c.stream, filled[i]);
  }

  // --- async iteration ----------------------------------------------------------------------------
  const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

  class ReadableStreamAsyncIterator {
    #it;
    constructor(key, record) {
      if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
      this.#it = record;
    }
    next() {
      const it = iteratorOf(this);
      if (it === undefined) return rejected(new ERR_INVALID_THIS('ReadableStreamAsyncIterator'));
      const nextSteps = () => iteratorNextSteps(it);
      it.ongoing = it.ongoing !== null ? then(it.ongoing, nextSteps, nextSteps) : nextSteps();
      return it.ongoing;
    }
    return(value = undefined) {
      const it = iteratorOf(this);
      if (it === undefined) return rejected(new ERR_INVALID_THIS('ReadableStreamAsyncIterator'));
      const returnSteps = () => iteratorReturnSteps(it, value);
      const after = it.ongoing !== null ? then(it.ongoing, returnSteps, returnSteps) : returnSteps();
      return then(after, () => ({ done: true, value }));
    }
    static {
      iteratorOf = (o) => (o !== null && typeof o === 'object' && #it in o ? o.#it : undefined);
    }
  }
  Object.setPrototypeOf(ReadableStreamAsyncIterator.prototype, AsyncIteratorPrototype);
  delete ReadableStreamAsyncIterator.prototype.constructor;

  function iteratorNextSteps(it) {
    if (it.finished) return resolved({ done: true, value: undefined });
    const reader = it.reader;
    const p = new Promise((resolve, reject) => {
      defaultReaderRead(reader, {
        chunk: resolve,
        close() {
          readerRelease(reader);
          resolve(kEnd);
        },
        error(e) {
          readerRelease(reader);
          reject(e);
        },
      });
    });
    return then(p, (next) => {
      it.ongoing = null;
      if (next === kEnd) {
        it.finished = true;
        return { done: true, value: undefined };
      }
      return { value: next, done: false };
    }, (reason) => {
      it.ongoing = null;
      it.finished = true;
      throw reason;
    });
  }

  function iteratorReturnSteps(it, value) {
    if (it.finished) return resolved({ done: true, value });
    it.finished = true;
    const reader = it.reader;
    if (!it.preventCancel) {
      const result = readableStreamCancel(reader.stream, value);
      readerRelease(reader);
      return result;
    }
    readerRelease(reader);
    return kResolvedUndefined;
  }

  // --- ReadableStream.from ------------------------------------------------------------------------
  // GetIterator(obj, async), with CreateAsyncFromSyncIterator for a sync iterable.
  function getAsyncIterator(obj) {
    if (obj == null) throw new ERR_ARG_NOT_ITERABLE(obj);
    const method = obj[Symbol.asyncIterator];
    if (method != null) {
      if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE(obj);
      const iterator = method.call(obj);
      if (!isObject(iterator)) throw new TypeError('The iterator is not an object');
      return iterator;
    }
    const syncMethod = obj[Symbol.iterator];
    if (typeof syncMethod !== 'function') throw new ERR_ARG_NOT_ITERABLE(obj);
    const syncIterator = syncMethod.call(obj);
    if (!isObject(syncIterator)) throw new TypeError('The iterator is not an object');
    const syncNext = syncIterator.next;
    function continuation(result) {
      if (!isObject(result)) return rejected(new TypeError('The iterator result is not an object'));
      const done = !!result.done;
      return then(resolved(result.value), (value) => ({ value, done }));
    }
    return {
      next() {
        let result;
        try {
          result = syncNext.call(syncIterator);
        } catch (e) {
          return rejected(e);
        }
        return continuation(result);
      },
      return(value) {
        let result;
        try {
          const ret = syncIterator.return;
          if (ret == null) return resolved({ value, done: true });
          result = ret.call(syncIterator, value);
        } catch (e) {
          return rejected(e);
        }
        return continuation(result);
      },
    };
  }

  function readableStreamFromIterable(asyncIterable) {
    const iterator = getAsyncIterator(asyncIterable);
    const nextMethod = iterator.next;
    let s;
    const pull = () => {
      let nextResult;
      try {
        nextResult = nextMethod.call(iterator);
      } catch (e) {
        return rejected(e);
      }
      return then(resolved(nextResult), (iterResult) => {
        if (!isObject(iterResult)) {
          throw typeError('The promise returned by the iterator.next() method must fulfill with an object');
        }
        if (iterResult.done) defaultControllerClose(s.controller);
        else defaultControllerEnqueue(s.controller, iterResult.value);
      });
    };
    const cancel = (reason) => {
      let returnResult;
      try {
        const returnMethod = iterator.return;
        if (returnMethod == null) return resolved(undefined);
        returnResult = returnMethod.call(iterator, reason);
      } catch (e) {
        return rejected(e);
      }
      return then(resolved(returnResult), (iterResult) => {
        if (!isObject(iterResult)) {
          throw typeError('The promise returned by the iterator.return() method must fulfill with an object');
        }
      });
    };
    s = createReadableStream(undefined, pull, cancel, 0);
    return s;
  }

  for (const C of [
    ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader, ReadableStreamDefaultController,
    ReadableByteStreamController, ReadableStreamBYOBRequest,
  ]) {
    Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
  }

  return {
    ReadableStream,
    ReadableStreamDefaultReader,
    ReadableStreamBYOBReader,
    ReadableStreamBYOBRequest,
    ReadableByteStreamController,
    ReadableStreamDefaultController,
    // for tee, pipeTo and the transform streams
    streamOf,
    createReadableStream,
    createReadableByteStream,
    readableStreamCancel,
    acquireDefaultReader,
    acquireBYOBReader,
    defaultReaderRead,
    byobReaderRead,
    readerRelease,
    canCloseOrEnqueue,
    defaultGetDesiredSize,
    defaultHasBackpressure,
    defaultControllerClose,
    defaultControllerEnqueue,
    defaultControllerError,
    byteControllerClose,
    byteControllerEnqueue,
    byteControllerError,
    byteRespond,
    byteRespondWithNewView,
    getBYOBRequest,
  };
})();
