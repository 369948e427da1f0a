// internal/webstreams/writable -- WritableStream, its writer and controller (WHATWG Streams)
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_INVALID_THIS, ERR_ILLEGAL_CONSTRUCTOR } = codes;
  const {
    Ring, SizeQueue, enqueueValueWithSize, resolved, rejected, rejectedHandled, react, promiseCall, promiseCall2,
    returnResolved, kResolvedUndefined, isObject, optionalFunction, extractHighWaterMark, extractSizeAlgorithm,
    readStrategy, kInspect, inspectWith,
  } = require('internal/webstreams/util');

  const kInternal = Symbol('kInternal');
  const kCloseSentinel = Symbol('close');

  let streamOf, writerOf, controllerOf;

  // --- records ----------------------------------------------------------------------------------
  // The internal slots of a stream, a writer and a controller; the public objects hold them.
  function newStreamRecord() {
    return {
      obj: undefined,
      state: 'writable',
      storedError: undefined,
      writer: undefined,
      controller: undefined,
      inFlightWriteRequest: undefined,
      closeRequest: undefined,
      inFlightCloseRequest: undefined,
      pendingAbortRequest: undefined,
      writeRequests: new Ring(),
      backpressure: false,
    };
  }

  // A request is { promise, resolve, reject }.
  function newRequest() {
    const req = { promise: undefined, resolve: undefined, reject: undefined };
    req.promise = new Promise((resolve, reject) => {
      req.resolve = resolve;
      req.reject = reject;
    });
    return req;
  }

  function typeError(message) {
    return new ERR_INVALID_STATE.TypeError(message);
  }

  // --- WritableStream ---------------------------------------------------------------------------
  class WritableStream {
    #s;
    constructor(sink = undefined, strategy = undefined) {
      if (sink === kInternal) {
        this.#s = strategy;
        strategy.obj = this;
        return;
      }
      if (sink !== undefined && !isObject(sink)) throw new ERR_INVALID_ARG_TYPE('sink', 'Object', sink);
      let abort, close, start, type, write;
      if (sink !== undefined) {
        abort = optionalFunction(sink.abort, 'sink.abort');
        close = optionalFunction(sink.close, 'sink.close');
        start = optionalFunction(sink.start, 'sink.start');
        type = sink.type;
        write = optionalFunction(sink.write, 'sink.write');
      }
      if (type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('type', type);
      const st = readStrategy(strategy);
      const sizeAlgorithm = extractSizeAlgorithm(st.size);
      const hwm = extractHighWaterMark(st.hwm, 1);
      const s = newStreamRecord();
      s.obj = this;
      this.#s = s;
      const c = newController(s);
      const cobj = c.obj;
      setUpController(s, c,
        start === undefined ? undefined : () => start.call(sink, cobj),
        write === undefined ? returnResolved : (chunk) => promiseCall2(write, sink, chunk, cobj),
        close === undefined ? returnResolved : () => promiseCall(close, sink),
        abort === undefined ? returnResolved : (reason) => promiseCall(abort, sink, reason),
        hwm, sizeAlgorithm);
    }
    get locked() {
      const s = streamOf(this);
      if (s === undefined) throw new ERR_INVALID_THIS('WritableStream');
      return s.writer !== undefined;
    }
    abort(reason = undefined) {
      const s = streamOf(this);
      if (s === undefined) return rejected(new ERR_INVALID_THIS('WritableStream'));
      if (s.writer !== undefined) return rejected(typeError('WritableStream is locked'));
      return writableStreamAbort(s, reason);
    }
    close() {
      const s = streamOf(this);
      if (s === undefined) return rejected(new ERR_INVALID_THIS('WritableStream'));
      if (s.writer !== undefined) return rejected(typeError('WritableStream is locked'));
      if (closeQueuedOrInFlight(s)) return rejected(typeError('Failure closing WritableStream'));
      return writableStreamClose(s);
    }
    getWriter() {
      const s = streamOf(this);
      if (s === undefined) throw new ERR_INVALID_THIS('WritableStream');
      return new WritableStreamDefaultWriter(this);
    }
    [kInspect](depth, options, inspect) {
      const s = streamOf(this);
      return inspectWith(this, 'WritableStream', { locked: s.writer !== undefined, state: s.state }, depth, options, inspect);
    }
    static {
      streamOf = (o) => (o !== null && typeof o === 'object' && #s in o ? o.#s : undefined);
    }
  }

  function isLocked(s) {
    return s.writer !== undefined;
  }

  // CreateWritableStream: a stream on internal algorithms.
  function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, hwm, sizeAlgorithm) {
    const s = newStreamRecord();
    new WritableStream(kInternal, s);
    const c = newController(s);
    setUpController(s, c, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, hwm, sizeAlgorithm);
    return s;
  }

  function writableStreamAbort(s, reason) {
    if (s.state === 'closed' || s.state === 'errored') return resolved(undefined);
    signalAbort(s.controller, reason);
    const state = s.state;
    if (state === 'closed' || state === 'errored') return resolved(undefined);
    if (s.pendingAbortRequest !== undefined) return s.pendingAbortRequest.promise;
    let wasAlreadyErroring = false;
    if (state === 'erroring') {
      wasAlreadyErroring = true;
      reason = undefined;
    }
    const req = newRequest();
    req.reason = reason;
    req.wasAlreadyErroring = wasAlreadyErroring;
    s.pendingAbortRequest = req;
    if (!wasAlreadyErroring) startErroring(s, reason);
    return req.promise;
  }

  function writableStreamClose(s) {
    const state = s.state;
    if (state === 'closed' || state === 'errored') {
      return rejected(typeError('WritableStream is closed'));
    }
    const req = newRequest();
    s.closeRequest = req;
    const w = s.writer;
    if (w !== undefined && s.backpressure && state === 'writable') resolveReady(w);
    controllerClose(s.controller);
    return req.promise;
  }

  function addWriteRequest(s) {
    const req = newRequest();
    s.writeRequests.push(req);
    return req.promise;
  }

  function dealWithRejection(s, error) {
    if (s.state === 'writable') {
      startErroring(s, error);
      return;
    }
    finishErroring(s);
  }

  function startErroring(s, reason) {
    const c = s.controller;
    s.state = 'erroring';
    s.storedError = reason;
    const w = s.writer;
    if (w !== undefined) ensureReadyRejected(w, reason);
    if (!hasOperationMarkedInFlight(s) && c.started) finishErroring(s);
  }

  function finishErroring(s) {
    s.state = 'errored';
    s.controller.queue = new SizeQueue(); // [[ErrorSteps]]
    const storedError = s.storedError;
    const requests = s.writeRequests;
    while (requests.length > 0) requests.shift().reject(storedError);
    const abortRequest = s.pendingAbortRequest;
    if (abortRequest === undefined) {
      rejectCloseAndClosedPromiseIfNeeded(s);
      return;
    }
    s.pendingAbortRequest = undefined;
    if (abortRequest.wasAlreadyErroring) {
      abortRequest.reject(storedError);
      rejectCloseAndClosedPromiseIfNeeded(s);
      return;
    }
    // [[AbortSteps]]
    const c = s.controller;
    const p = c.abortAlgorithm(abortRequest.reason);
    clearAlgorithms(c);
    react(p, () => {
      abortRequest.resolve(undefined);
      rejectCloseAndClosedPromiseIfNeeded(s);
    }, (reason) => {
      abortRequest.reject(reason);
      rejectCloseAndClosedPromiseIfNeeded(s);
    });
  }

  function finishInFlightWrite(s) {
    s.inFlightWriteRequest.resolve(undefined);
    s.inFlightWriteRequest = undefined;
  }

  function finishInFlightWriteWithError(s, error) {
    s.inFlightWriteRequest.reject(error);
    s.inFlightWriteRequest = undefined;
    dealWithRejection(s, error);
  }

  function finishInFlightClose(s) {
    s.inFlightCloseRequest.resolve(undefined);
    s.inFlightCloseRequest = undefined;
    if (s.state === 'erroring') {
      s.storedError = undefined;
      if (s.pendingAbortRequest !== undefined) {
        s.pendingAbortRequest.resolve(undefined);
        s.pendingAbortRequest = undefined;
      }
    }
    s.state = 'closed';
    const w = s.writer;
    if (w !== undefined) resolveClosed(w);
  }

  function finishInFlightCloseWithError(s, error) {
    s.inFlightCloseRequest.reject(error);
    s.inFlightCloseRequest = undefined;
    if (s.pendingAbortRequest !== undefined) {
      s.pendingAbortRequest.reject(error);
      s.pendingAbortRequest = undefined;
    }
    dealWithRejection(s, error);
  }

  function closeQueuedOrInFlight(s) {
    return s.closeRequest !== undefined || s.inFlightCloseRequest !== undefined;
  }

  function hasOperationMarkedInFlight(s) {
    return s.inFlightWriteRequest !== undefined || s.inFlightCloseRequest !== undefined;
  }

  function rejectCloseAndClosedPromiseIfNeeded(s) {
    if (s.closeRequest !== undefined) {
      s.closeRequest.reject(s.storedError);
      s.closeRequest = undefined;
    }
    const w = s.writer;
    if (w !== undefined) rejectClosed(w, s.storedError);
  }

  function updateBackpressure(s, backpressure) {
    const w = s.writer;
    if (w !== undefined && backpressure !== s.backpressure) {
      if (backpressure) newReady(w);
      else resolveReady(w);
    }
    s.backpressure = backpressure;
  }

  // --- WritableStreamDefaultWriter --------------------------------------------------------------
  function newReady(w) {
    w.readyPromise = new Promise((resolve, reject) => {
      w.readyResolve = resolve;
      w.readyReject = reject;
    });
  }
  function resolveReady(w) {
    if (w.readyResolve !== undefined) {
      w.readyResolve(undefined);
      w.readyResolve = w.readyReject = undefined;
    }
  }
  function ensureReadyRejected(w, error) {
    if (w.readyReject !== undefined) {
      w.readyReject(error);
      w.readyResolve = w.readyReject = undefined;
      react(w.readyPromise);
    } else {
      w.readyPromise = rejectedHandled(error);
    }
  }
  function resolveClosed(w) {
    if (w.closedResolve !== undefined) {
      w.closedResolve(undefined);
      w.closedResolve = w.closedReject = undefined;
    }
  }
  function rejectClosed(w, error) {
    if (w.closedReject !== undefined) {
      w.closedReject(error);
      w.closedResolve = w.closedReject = undefined;
      react(w.closedPromise);
    } else {
      w.closedPromise = rejectedHandled(error);
    }
  }

  class WritableStreamDefaultWriter {
    #w;
    constructor(stream) {
      const s = streamOf(stream);
      if (s === undefined) throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
      if (s.writer !== undefined) throw typeError('WritableStream is locked');
      const w = {
        obj: this,
        stream: s,
        closedPromise: undefined,
        closedResolve: undefined,
        closedReject: undefined,
        readyPromise: undefined,
        readyResolve: undefined,
        readyReject: undefined,
      };
      this.#w = w;
      s.writer = w;
      const state = s.state;
      if (state === 'writable') {
        if (!closeQueuedOrInFlight(s) && s.backpressure) newReady(w);
        else w.readyPromise = kResolvedUndefined;
        w.closedPromise = new Promise((resolve, reject) => {
          w.closedResolve = resolve;
          w.closedReject = reject;
        });
      } else if (state === 'erroring') {
        w.readyPromise = rejectedHandled(s.storedError);
        w.closedPromise = new Promise((resolve, reject) => {
          w.closedResolve = resolve;
          w.closedReject = reject;
        });
      } else if (state === 'closed') {
        w.readyPromise = kResolvedUndefined;
        w.closedPromise = kResolvedUndefined;
      } else {
        w.readyPromise = rejectedHandled(s.storedError);
        w.closedPromise = rejectedHandled(s.storedError);
      }
    }
    get closed() {
      const w = writerOf(this);
      if (w === undefined) return rejected(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
      return w.closedPromise;
    }
    get desiredSize() {
      const w = writerOf(this);
      if (w === undefined) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
      if (w.stream === undefined) throw typeError('Writer is not bound to a WritableStream');
      return writerGetDesiredSize(w);
    }
    get ready() {
      const w = writerOf(this);
      if (w === undefined) return rejected(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
      return w.readyPromise;
    }
    abort(reason = undefined) {
      const w = writerOf(this);
      if (w === undefined) return rejected(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
      if (w.stream === undefined) return rejected(typeError('Writer is not bound to a WritableStream'));
      return writableStreamAbort(w.stream, reason);
    }
    close() {
      const w = writerOf(this);
      if (w === undefined) return rejected(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
      const s = w.stream;
      if (s === undefined) return rejected(typeError('Writer is not bound to a WritableStream'));
      if (closeQueuedOrInFlight(s)) return rejected(typeError('Failure to close WritableStream'));
      return writableStreamClose(s);
    }
    releaseLock() {
      const w = writerOf(this);
      if (w === undefined) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
      if (w.stream === undefined) return;
      writerRelease(w);
    }
    write(chunk = undefined) {
      const w = writerOf(this);
      if (w === undefined) return rejected(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
      if (w.stream === undefined) return rejected(typeError('Writer is not bound to a WritableStream'));
      return writerWrite(w, chunk);
    }
    static {
      writerOf = (o) => (o !== null && typeof o === 'object' && #w in o ? o.#w : undefined);
    }
  }

  function acquireWriter(s) {
    return writerOf(new WritableStreamDefaultWriter(s.obj));
  }

  function writerCloseWithErrorPropagation(w) {
    const s = w.stream;
    const state = s.state;
    if (closeQueuedOrInFlight(s) || state === 'closed') return resolved(undefined);
    if (state === 'errored') return rejected(s.storedError);
    return writableStreamClose(s);
  }

  function writerGetDesiredSize(w) {
    const s = w.stream;
    const state = s.state;
    if (state === 'errored' || state === 'erroring') return null;
    if (state === 'closed') return 0;
    return controllerGetDesiredSize(s.controller);
  }

  function writerRelease(w) {
    const s = w.stream;
    const releasedError = typeError('Writer has been released');
    ensureReadyRejected(w, releasedError);
    rejectClosed(w, releasedError);
    s.writer = undefined;
    w.stream = undefined;
  }

  function writerWrite(w, chunk) {
    const s = w.stream;
    const c = s.controller;
    const chunkSize = controllerGetChunkSize(c, chunk);
    if (s !== w.stream) return rejected(typeError('Writer is not bound to a WritableStream'));
    const state = s.state;
    if (state === 'errored') return rejected(s.storedError);
    if (closeQueuedOrInFlight(s) || state === 'closed') return rejected(typeError('WritableStream is closed'));
    if (state === 'erroring') return rejected(s.storedError);
    const promise = addWriteRequest(s);
    controllerWrite(c, chunk, chunkSize);
    return promise;
  }

  // --- WritableStreamDefaultController ----------------------------------------------------------
  class WritableStreamDefaultController {
    #c;
    constructor(key = undefined, record = undefined) {
      if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
      this.#c = record;
    }
    get signal() {
      const c = controllerOf(this);
      if (c === undefined) throw new ERR_INVALID_THIS('WritableStreamDefaultController');
      if (c.abortController === undefined) {
        const { AbortController } = require('internal/abort_controller');
        c.abortController = new AbortController();
        if (c.aborted) c.abortController.abort(c.abortReason);
      }
      return c.abortController.signal;
    }
    error(e = undefined) {
      const c = controllerOf(this);
      if (c === undefined) throw new ERR_INVALID_THIS('WritableStreamDefaultController');
      if (c.stream.state !== 'writable') return;
      controllerError(c, e);
    }
    static {
      controllerOf = (o) => (o !== null && typeof o === 'object' && #c in o ? o.#c : undefined);
    }
  }

  function newController(s) {
    const c = {
      obj: undefined,
      stream: s,
      queue: new SizeQueue(),
      started: false,
      hwm: 1,
      sizeAlgorithm: undefined,
      writeAlgorithm: undefined,
      closeAlgorithm: undefined,
      abortAlgorithm: undefined,
      abortController: undefined,
      aborted: false,
      abortReason: undefined,
      onWritten: undefined,
      onWriteFailed: undefined,
    };
    c.obj = new WritableStreamDefaultController(kInternal, c);
    writeReactions(c);
    return c;
  }

  // Signal abort on the controller's AbortController (made when someone asks for `signal`).
  function signalAbort(c, reason) {
    if (c.aborted) return;
    c.aborted = true;
    if (c.abortController !== undefined) c.abortController.abort(reason);
    else c.abortReason = reason;
  }

  function setUpController(s, c, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, hwm, sizeAlgorithm) {
    s.controller = c;
    c.sizeAlgorithm = sizeAlgorithm;
    c.hwm = hwm;
    c.writeAlgorithm = writeAlgorithm;
    c.closeAlgorithm = closeAlgorithm;
    c.abortAlgorithm = abortAlgorithm;
    updateBackpressure(s, controllerGetBackpressure(c));
    const startResult = startAlgorithm === undefined ? undefined : startAlgorithm();
    react(resolved(startResult), () => {
      c.started = true;
      advanceQueueIfNeeded(c);
    }, (r) => {
      c.started = true;
      dealWithRejection(s, r);
    });
  }

  function clearAlgorithms(c) {
    c.writeAlgorithm = undefined;
    c.closeAlgorithm = undefined;
    c.abortAlgorithm = undefined;
    c.sizeAlgorithm = undefined;
  }

  function controllerClose(c) {
    c.queue.push(kCloseSentinel, 0);
    advanceQueueIfNeeded(c);
  }

  function controllerGetChunkSize(c, chunk) {
    const size = c.sizeAlgorithm;
    if (size === undefined) return 1;
    try {
      return size(chunk);
    } catch (e) {
      controllerErrorIfNeeded(c, e);
      return 1;
    }
  }

  function controllerGetDesiredSize(c) {
    return c.hwm - c.queue.totalSize;
  }

  function controllerGetBackpressure(c) {
    return c.hwm - c.queue.totalSize <= 0;
  }

  function controllerWrite(c, chunk, chunkSize) {
    try {
      enqueueValueWithSize(c.queue, chunk, chunkSize);
    } catch (e) {
      controllerErrorIfNeeded(c, e);
      return;
    }
    const s = c.stream;
    if (!closeQueuedOrInFlight(s) && s.state === 'writable') updateBackpressure(s, controllerGetBackpressure(c));
    advanceQueueIfNeeded(c);
  }

  function advanceQueueIfNeeded(c) {
    const s = c.stream;
    if (!c.started) return;
    if (s.inFlightWriteRequest !== undefined) return;
    if (s.state === 'erroring') {
      finishErroring(s);
      return;
    }
    if (c.queue.length === 0) return;
    const value = c.queue.peek();
    if (value === kCloseSentinel) processClose(c);
    else processWrite(c, value);
  }

  function controllerErrorIfNeeded(c, error) {
    if (c.stream.state === 'writable') controllerError(c, error);
  }

  function processClose(c) {
    const s = c.stream;
    s.inFlightCloseRequest = s.closeRequest;
    s.closeRequest = undefined;
    c.queue.shift();
    const p = c.closeAlgorithm();
    clearAlgorithms(c);
    react(p, () => finishInFlightClose(s), (reason) => finishInFlightCloseWithError(s, reason));
  }

  function processWrite(c, chunk) {
    const s = c.stream;
    s.inFlightWriteRequest = s.writeRequests.shift();
    react(c.writeAlgorithm(chunk), c.onWritten, c.onWriteFailed);
  }

  // The reactions to a sink write, made once per controller.
  function writeReactions(c) {
    const s = c.stream;
    c.onWritten = () => {
      finishInFlightWrite(s);
      c.queue.shift();
      if (!closeQueuedOrInFlight(s) && s.state === 'writable') updateBackpressure(s, controllerGetBackpressure(c));
      advanceQueueIfNeeded(c);
    };
    c.onWriteFailed = (reason) => {
      if (s.state === 'writable') clearAlgorithms(c);
      finishInFlightWriteWithError(s, reason);
    };
  }

  function controllerError(c, error) {
    clearAlgorithms(c);
    startErroring(c.stream, error);
  }

  for (const C of [WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController]) {
    Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
  }

  return {
    WritableStream,
    WritableStreamDefaultWriter,
    WritableStreamDefaultController,
    // for the readable and transform streams
    streamOf,
    isLocked,
    createWritableStream,
    writableStreamAbort,
    closeQueuedOrInFlight,
    acquireWriter,
    writerWrite,
    writerGetDesiredSize,
    writerRelease,
    writerCloseWithErrorPropagation,
    controllerErrorIfNeeded,
  };
})();
