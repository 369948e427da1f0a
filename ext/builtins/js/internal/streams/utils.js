// internal/streams/utils -- stream predicates, shared symbols, highWaterMark defaults, nextTick
(function () {
  'use strict';
  const { internals, core } = __bootstrap;
  const require = internals.require;

  const kIsDestroyed = Symbol.for('nodejs.stream.destroyed');
  const kIsErrored = Symbol('kIsErrored');
  const kIsReadable = Symbol('kIsReadable');
  const kIsWritable = Symbol('kIsWritable');
  const kIsDisturbed = Symbol('kIsDisturbed');
  const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');
  const kControllerErrorFunction = Symbol.for('nodejs.webstream.controllerErrorFunction');

  // process.nextTick when the process object exists, else deno_core's tick queue.
  function nextTick(fn) {
    const p = globalThis.process;
    if (p !== undefined && p !== null && typeof p.nextTick === 'function') {
      switch (arguments.length) {
        case 1: p.nextTick(fn); return;
        case 2: p.nextTick(fn, arguments[1]); return;
        case 3: p.nextTick(fn, arguments[1], arguments[2]); return;
        case 4: p.nextTick(fn, arguments[1], arguments[2], arguments[3]); return;
        default: p.nextTick.apply(p, arguments); return;
      }
    }
    core.queueNextTick({ callback: fn, args: Array.prototype.slice.call(arguments, 1) });
  }

  let BufferCtor = null;
  function getBuffer() {
    if (BufferCtor === null) {
      const b = require('buffer');
      if (b && b.Buffer) BufferCtor = b.Buffer;
      else if (globalThis.Buffer) return globalThis.Buffer;
    }
    return BufferCtor;
  }

  const { isUint8Array } = require('internal/util/types');
  function isArrayBufferView(v) {
    return ArrayBuffer.isView(v);
  }
  function uint8ArrayToBuffer(chunk) {
    return getBuffer().from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  }

  // --- highWaterMark ---------------------------------------------------------------------
  let defaultHwmBytes = 64 * 1024;
  let defaultHwmObjectMode = 16;

  function getDefaultHighWaterMark(objectMode) {
    return objectMode ? defaultHwmObjectMode : defaultHwmBytes;
  }
  function setDefaultHighWaterMark(objectMode, value) {
    require('internal/validators').validateInteger(value, 'value', 0);
    if (objectMode) defaultHwmObjectMode = value;
    else defaultHwmBytes = value;
  }
  function getHighWaterMark(objectMode, options, duplexKey, isDuplex) {
    let hwm = options.highWaterMark;
    if (hwm == null && isDuplex) hwm = options[duplexKey];
    if (hwm != null) {
      if (!Number.isInteger(hwm) || hwm < 0) {
        const name = isDuplex && options.highWaterMark == null ? 'options.' + duplexKey : 'options.highWaterMark';
        throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)(name, hwm);
      }
      return Math.floor(hwm);
    }
    return objectMode ? defaultHwmObjectMode : defaultHwmBytes;
  }

  // --- predicates ------------------------------------------------------------------------
  function isReadableNodeStream(obj, strict) {
    return !!(obj && typeof obj.pipe === 'function' && typeof obj.on === 'function' &&
      (!strict || (typeof obj.pause === 'function' && typeof obj.resume === 'function')) &&
      (!obj._writableState || (obj._readableState && obj._readableState.readable !== false)) &&
      (!obj._writableState || obj._readableState));
  }
  function isWritableNodeStream(obj) {
    return !!(obj && typeof obj.write === 'function' && typeof obj.on === 'function' &&
      (!obj._readableState || (obj._writableState && obj._writableState.writable !== false)));
  }
  function isDuplexNodeStream(obj) {
    return !!(obj && typeof obj.pipe === 'function' && obj._readableState &&
      typeof obj.on === 'function' && typeof obj.write === 'function');
  }
  function isNodeStream(obj) {
    return !!(obj && (obj._readableState || obj._writableState ||
      (typeof obj.write === 'function' && typeof obj.on === 'function') ||
      (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
  }
  function isReadableStream(obj) {
    return !!(obj && !isNodeStream(obj) && typeof obj.pipeThrough === 'function' &&
      typeof obj.getReader === 'function' && typeof obj.cancel === 'function');
  }
  function isWritableStream(obj) {
    return !!(obj && !isNodeStream(obj) && typeof obj.getWriter === 'function' && typeof obj.abort === 'function');
  }
  function isTransformStream(obj) {
    return !!(obj && !isNodeStream(obj) && typeof obj.readable === 'object' && typeof obj.writable === 'object');
  }
  function isWebStream(obj) {
    return isReadableStream(obj) || isWritableStream(obj) || isTransformStream(obj);
  }
  function isIterable(obj, isAsync) {
    if (obj == null) return false;
    if (isAsync === true) return typeof obj[Symbol.asyncIterator] === 'function';
    if (isAsync === false) return typeof obj[Symbol.iterator] === 'function';
    return typeof obj[Symbol.asyncIterator] === 'function' || typeof obj[Symbol.iterator] === 'function';
  }
  function isDestroyed(stream) {
    if (!isNodeStream(stream)) return null;
    const state = stream._writableState || stream._readableState;
    return !!(stream.destroyed || stream[kIsDestroyed] || (state && state.destroyed));
  }
  function isWritableEnded(stream) {
    if (!isWritableNodeStream(stream)) return null;
    if (stream.writableEnded === true) return true;
    const w = stream._writableState;
    if (w && w.errored) return false;
    if (!w || typeof w.ended !== 'boolean') return null;
    return w.ended;
  }
  function isWritableFinished(stream, strict) {
    if (!isWritableNodeStream(stream)) return null;
    if (stream.writableFinished === true) return true;
    const w = stream._writableState;
    if (w && w.errored) return false;
    if (!w || typeof w.finished !== 'boolean') return null;
    return !!(w.finished || (strict === false && w.ended === true && w.length === 0));
  }
  function isReadableEnded(stream) {
    if (!isReadableNodeStream(stream)) return null;
    if (stream.readableEnded === true) return true;
    const r = stream._readableState;
    if (!r || r.errored) return false;
    if (typeof r.ended !== 'boolean') return null;
    return r.ended;
  }
  function isReadableFinished(stream, strict) {
    if (!isReadableNodeStream(stream)) return null;
    const r = stream._readableState;
    if (r && r.errored) return false;
    if (!r || typeof r.endEmitted !== 'boolean') return null;
    return !!(r.endEmitted || (strict === false && r.ended === true && r.length === 0));
  }
  function isReadable(stream) {
    if (stream && stream[kIsReadable] != null) return stream[kIsReadable];
    if (!stream || typeof stream.readable !== 'boolean') return null;
    if (isDestroyed(stream)) return false;
    return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
  }
  function isWritable(stream) {
    if (stream && stream[kIsWritable] != null) return stream[kIsWritable];
    if (!stream || typeof stream.writable !== 'boolean') return null;
    if (isDestroyed(stream)) return false;
    return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
  }
  function isFinished(stream, opts) {
    if (!isNodeStream(stream)) return null;
    if (isDestroyed(stream)) return true;
    if ((!opts || opts.readable !== false) && isReadable(stream)) return false;
    if ((!opts || opts.writable !== false) && isWritable(stream)) return false;
    return true;
  }
  function isWritableErrored(stream) {
    if (!isNodeStream(stream)) return null;
    if (stream.writableErrored) return stream.writableErrored;
    const w = stream._writableState;
    return w && w.errored != null ? w.errored : null;
  }
  function isReadableErrored(stream) {
    if (!isNodeStream(stream)) return null;
    if (stream.readableErrored) return stream.readableErrored;
    const r = stream._readableState;
    return r && r.errored != null ? r.errored : null;
  }
  function isOutgoingMessage(stream) {
    return typeof stream._closed === 'boolean' && typeof stream._defaultKeepAlive === 'boolean' &&
      typeof stream._removedConnection === 'boolean' && typeof stream._removedContLen === 'boolean';
  }
  function isServerResponse(stream) {
    return typeof stream._sent100 === 'boolean' && isOutgoingMessage(stream);
  }
  function isServerRequest(stream) {
    return typeof stream._consuming === 'boolean' && typeof stream._dumped === 'boolean' &&
      stream.req && stream.req.upgradeOrConnect === undefined;
  }
  function isClosed(stream) {
    if (!isNodeStream(stream)) return null;
    if (typeof stream.closed === 'boolean') return stream.closed;
    const w = stream._writableState;
    const r = stream._readableState;
    if ((w && typeof w.closed === 'boolean') || (r && typeof r.closed === 'boolean')) {
      return !!((w && w.closed) || (r && r.closed));
    }
    if (typeof stream._closed === 'boolean' && isOutgoingMessage(stream)) return stream._closed;
    return null;
  }
  function isRequest(stream) {
    return !!(stream && stream.setHeader && typeof stream.abort === 'function');
  }
  function willEmitClose(stream) {
    if (!isNodeStream(stream)) return null;
    const state = stream._writableState || stream._readableState;
    return (!state && isServerResponse(stream)) ||
      !!(state && state.autoDestroy && state.emitClose && state.closed === false);
  }
  function firstDefined(a, b) { return a !== undefined && a !== null ? a : b; }
  function isDisturbed(stream) {
    if (!stream) return false;
    const v = stream[kIsDisturbed];
    return !!(v != null ? v : (stream.readableDidRead || stream.readableAborted));
  }
  function isErrored(stream) {
    if (!stream) return false;
    const r = stream._readableState;
    const w = stream._writableState;
    let v = stream[kIsErrored];
    v = firstDefined(v, stream.readableErrored);
    v = firstDefined(v, stream.writableErrored);
    v = firstDefined(v, r ? r.errorEmitted : undefined);
    v = firstDefined(v, w ? w.errorEmitted : undefined);
    v = firstDefined(v, r ? r.errored : undefined);
    v = firstDefined(v, w ? w.errored : undefined);
    return !!v;
  }

  return {
    kIsDestroyed, kIsErrored, kIsReadable, kIsWritable, kIsDisturbed, kIsClosedPromise,
    kControllerErrorFunction,
    nextTick, getBuffer, isUint8Array, isArrayBufferView, uint8ArrayToBuffer,
    getDefaultHighWaterMark, setDefaultHighWaterMark, getHighWaterMark,
    isReadableNodeStream, isWritableNodeStream, isDuplexNodeStream, isNodeStream,
    isReadableStream, isWritableStream, isTransformStream, isWebStream, isIterable,
    isDestroyed, isWritableEnded, isWritableFinished, isReadableEnded, isReadableFinished,
    isReadable, isWritable, isFinished, isWritableErrored, isReadableErrored, isClosed,
    isRequest, isServerRequest, isServerResponse, isOutgoingMessage, willEmitClose,
    isDisturbed, isErrored,
  };
})();
