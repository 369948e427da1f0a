// internal/webstreams/transform -- TransformStream and its controller (WHATWG Streams)
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_INVALID_THIS, ERR_ILLEGAL_CONSTRUCTOR } = codes;
  const {
    resolved, rejected, then, react, promiseCall, promiseCall2, kResolvedUndefined, returnResolved, isObject,
    optionalFunction, extractHighWaterMark, extractSizeAlgorithm, readStrategy, kInspect, inspectWith,
  } = require('internal/webstreams/util');
  const rs = require('internal/webstreams/readable');
  const ws = require('internal/webstreams/writable');

  const kInternal = Symbol('kInternal');
  let transformOf, controllerOf;

  function typeError(message) {
    return new ERR_INVALID_STATE.TypeError(message);
  }

  class TransformStream {
    #t;
    constructor(transformer = undefined, writableStrategy = undefined, readableStrategy = undefined) {
      if (transformer === kInternal) {
        this.#t = writableStrategy;
        writableStrategy.obj = this;
        return;
      }
      if (transformer !== undefined && !isObject(transformer)) {
        throw new ERR_INVALID_ARG_TYPE('transformer', 'Object', transformer);
      }
      let cancel, flush, readableType, start, transform, writableType;
      if (transformer !== undefined) {
        cancel = optionalFunction(transformer.cancel, 'transformer.cancel');
        flush = optionalFunction(transformer.flush, 'transformer.flush');
        readableType = transformer.readableType;
        start = optionalFunction(transformer.start, 'transformer.start');
        transform = optionalFunction(transformer.transform, 'transformer.transform');
        writableType = transformer.writableType;
      }
      const wst = readStrategy(writableStrategy);
      const rst = readStrategy(readableStrategy);
      if (readableType !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', readableType);
      if (writableType !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', writableType);
      const readableHWM = extractHighWaterMark(rst.hwm, 0);
      const readableSize = extractSizeAlgorithm(rst.size);
      const writableHWM = extractHighWaterMark(wst.hwm, 1);
      const writableSize = extractSizeAlgorithm(wst.size);
      let startResolve;
      const startPromise = new Promise((resolve) => {
        startResolve = resolve;
      });
      const t = newTransformRecord();
      t.obj = this;
      this.#t = t;
      initialize(t, startPromise, writableHWM, writableSize, readableHWM, readableSize);
      const c = newController(t);
      const cobj = c.obj;
      setUpController(t, c,
        transform === undefined ? undefined : (chunk) => promiseCall2(transform, transformer, chunk, cobj),
        flush === undefined ? returnResolved : () => promiseCall(flush, transformer, cobj),
        cancel === undefined ? returnResolved : (reason) => promiseCall(cancel, transformer, reason));
      if (start !== undefined) startResolve(start.call(transformer, cobj));
      else startResolve(undefined);
    }
    get readable() {
      const t = transformOf(this);
      if (t === undefined) throw new ERR_INVALID_THIS('TransformStream');
      return t.readable.obj;
    }
    get writable() {
      const t = transformOf(this);
      if (t === undefined) throw new ERR_INVALID_THIS('TransformStream');
      return t.writable.obj;
    }
    [kInspect](depth, options, inspect) {
      const t = transformOf(this);
      const fields = { readable: t.readable.obj, writable: t.writable.obj, backpressure: t.backpressure };
      return inspectWith(this, 'TransformStream', fields, depth, options, inspect);
    }
    static {
      transformOf = (o) => (o !== null && typeof o === 'object' && #t in o ? o.#t : undefined);
    }
  }

  function newTransformRecord() {
    return {
      obj: undefined,
      readable: undefined,
      writable: undefined,
      backpressure: undefined,
      backpressureChangePromise: undefined,
      backpressureChangeResolve: undefined,
      controller: undefined,
    };
  }

  function initialize(t, startPromise, writableHWM, writableSize, readableHWM, readableSize) {
    const startAlgorithm = () => startPromise;
    t.writable = ws.createWritableStream(startAlgorithm,
      (chunk) => sinkWrite(t, chunk), () => sinkClose(t), (reason) => sinkAbort(t, reason),
      writableHWM, writableSize);
    t.readable = rs.createReadableStream(startAlgorithm,
      () => sourcePull(t), (reason) => sourceCancel(t, reason),
      readableHWM, readableSize);
    setBackpressure(t, true);
  }

  function setBackpressure(t, backpressure) {
    if (t.backpressureChangeResolve !== undefined) t.backpressureChangeResolve(undefined);
    t.backpressureChangePromise = new Promise((resolve) => {
      t.backpressureChangeResolve = resolve;
    });
    t.backpressure = backpressure;
  }

  function transformStreamError(t, e) {
    rs.defaultControllerError(t.readable.controller, e);
    errorWritableAndUnblockWrite(t, e);
  }

  function errorWritableAndUnblockWrite(t, e) {
    clearAlgorithms(t.controller);
    ws.controllerErrorIfNeeded(t.writable.controller, e);
    unblockWrite(t);
  }

  function unblockWrite(t) {
    if (t.backpressure) setBackpressure(t, false);
  }

  // --- TransformStreamDefaultController ---------------------------------------------------------
  class TransformStreamDefaultController {
    #c;
    constructor(key = undefined, record = undefined) {
      if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
      this.#c = record;
    }
    get desiredSize() {
      const c = controllerOf(this);
      if (c === undefined) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
      return rs.defaultGetDesiredSize(c.stream.readable.controller);
    }
    enqueue(chunk = undefined) {
      const c = controllerOf(this);
      if (c === undefined) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
      controllerEnqueue(c, chunk);
    }
    error(reason = undefined) {
      const c = controllerOf(this);
      if (c === undefined) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
      transformStreamError(c.stream, reason);
    }
    terminate() {
      const c = controllerOf(this);
      if (c === undefined) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
      controllerTerminate(c);
    }
    static {
      controllerOf = (o) => (o !== null && typeof o === 'object' && #c in o ? o.#c : undefined);
    }
  }

  function newController(t) {
    const c = {
      obj: undefined,
      stream: t,
      transformAlgorithm: undefined,
      flushAlgorithm: undefined,
      cancelAlgorithm: undefined,
      finishPromise: undefined,
      finishResolve: undefined,
      finishReject: undefined,
      onTransformFailed: undefined,
    };
    c.onTransformFailed = (r) => {
      transformStreamError(t, r);
      throw r;
    };
    c.obj = new TransformStreamDefaultController(kInternal, c);
    return c;
  }

  // transformAlgorithm undefined: the identity transform.
  function setUpController(t, c, transformAlgorithm, flushAlgorithm, cancelAlgorithm) {
    t.controller = c;
    c.transformAlgorithm = transformAlgorithm !== undefined ? transformAlgorithm : (chunk) => {
      try {
        controllerEnqueue(c, chunk);
      } catch (e) {
        return rejected(e);
      }
      return kResolvedUndefined;
    };
    c.flushAlgorithm = flushAlgorithm;
    c.cancelAlgorithm = cancelAlgorithm;
  }

  function clearAlgorithms(c) {
    c.transformAlgorithm = undefined;
    c.flushAlgorithm = undefined;
    c.cancelAlgorithm = undefined;
  }

  function controllerEnqueue(c, chunk) {
    const t = c.stream;
    const rc = t.readable.controller;
    if (!rs.canCloseOrEnqueue(rc)) throw typeError('Unable to enqueue');
    try {
      rs.defaultControllerEnqueue(rc, chunk);
    } catch (e) {
      errorWritableAndUnblockWrite(t, e);
      throw t.readable.storedError;
    }
    const backpressure = rs.defaultHasBackpressure(rc);
    if (backpressure !== t.backpressure) setBackpressure(t, true);
  }

  function controllerTerminate(c) {
    const t = c.stream;
    rs.defaultControllerClose(t.readable.controller);
    errorWritableAndUnblockWrite(t, typeError('TransformStream has been terminated'));
  }

  function performTransform(c, chunk) {
    const algorithm = c.transformAlgorithm;
    if (algorithm === undefined) return rejected(typeError('TransformStream has been terminated'));
    return then(algorithm(chunk), undefined, c.onTransformFailed);
  }

  function newFinishPromise(c) {
    c.finishPromise = new Promise((resolve, reject) => {
      c.finishResolve = resolve;
      c.finishReject = reject;
    });
  }

  // --- the writable side's sink -----------------------------------------------------------------
  function sinkWrite(t, chunk) {
    const c = t.controller;
    if (t.backpressure) {
      return then(t.backpressureChangePromise, () => {
        const w = t.writable;
        if (w.state === 'erroring') throw w.storedError;
        return performTransform(c, chunk);
      });
    }
    return performTransform(c, chunk);
  }

  function sinkAbort(t, reason) {
    const c = t.controller;
    if (c.finishPromise !== undefined) return c.finishPromise;
    const readable = t.readable;
    newFinishPromise(c);
    const cancelPromise = c.cancelAlgorithm(reason);
    clearAlgorithms(c);
    react(cancelPromise, () => {
      if (readable.state === 'errored') {
        c.finishReject(readable.storedError);
      } else {
        rs.defaultControllerError(readable.controller, reason);
        c.finishResolve(undefined);
      }
    }, (r) => {
      rs.defaultControllerError(readable.controller, r);
      c.finishReject(r);
    });
    return c.finishPromise;
  }

  function sinkClose(t) {
    const c = t.controller;
    if (c.finishPromise !== undefined) return c.finishPromise;
    const readable = t.readable;
    newFinishPromise(c);
    const flushPromise = c.flushAlgorithm();
    clearAlgorithms(c);
    react(flushPromise, () => {
      if (readable.state === 'errored') {
        c.finishReject(readable.storedError);
      } else {
        rs.defaultControllerClose(readable.controller);
        c.finishResolve(undefined);
      }
    }, (r) => {
      rs.defaultControllerError(readable.controller, r);
      c.finishReject(r);
    });
    return c.finishPromise;
  }

  // --- the readable side's source ---------------------------------------------------------------
  function sourcePull(t) {
    setBackpressure(t, false);
    return t.backpressureChangePromise;
  }

  function sourceCancel(t, reason) {
    const c = t.controller;
    if (c.finishPromise !== undefined) return c.finishPromise;
    const writable = t.writable;
    newFinishPromise(c);
    const cancelPromise = c.cancelAlgorithm(reason);
    clearAlgorithms(c);
    react(cancelPromise, () => {
      if (writable.state === 'errored') {
        c.finishReject(writable.storedError);
      } else {
        ws.controllerErrorIfNeeded(writable.controller, reason);
        unblockWrite(t);
        c.finishResolve(undefined);
      }
    }, (r) => {
      ws.controllerErrorIfNeeded(writable.controller, r);
      unblockWrite(t);
      c.finishReject(r);
    });
    return c.finishPromise;
  }

  // Set up a TransformStream on internal algorithms (the spec's "set up" for other
  // standards): transform(chunk, controller) and flush(controller) may return a value, a
  // promise or throw; the controller is the one for controllerEnqueue().
  function createTransformStream(transform, flush) {
    const t = newTransformRecord();
    new TransformStream(kInternal, t);
    initialize(t, kResolvedUndefined, 1, undefined, 0, undefined);
    const c = newController(t);
    setUpController(t, c,
      (chunk) => {
        try {
          return resolved(transform(chunk, c));
        } catch (e) {
          return rejected(e);
        }
      },
      flush === undefined ? returnResolved : () => {
        try {
          return resolved(flush(c));
        } catch (e) {
          return rejected(e);
        }
      },
      returnResolved);
    return t;
  }

  for (const C of [TransformStream, TransformStreamDefaultController]) {
    Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
  }

  return {
    TransformStream,
    TransformStreamDefaultController,
    createTransformStream,
    controllerEnqueue,
    transformStreamError,
  };
})();
