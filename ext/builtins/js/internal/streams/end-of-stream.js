// internal/streams/end-of-stream -- stream.finished(): call back once a stream is done or failed
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { codes, AbortError } = require('internal/errors');
  const validators = require('internal/validators');
  const u = require('internal/streams/utils');
  const nextTick = u.nextTick;

  function nop() {}

  function eos(stream, options, callback) {
    if (arguments.length === 2) {
      callback = options;
      options = {};
    } else if (options == null) {
      options = {};
    } else {
      validators.validateObject(options, 'options');
    }
    validators.validateFunction(callback, 'callback');
    validators.validateAbortSignal(options.signal, 'options.signal');

    let called = false;
    const userCallback = callback;
    callback = function (err) {
      if (called) return;
      called = true;
      if (arguments.length === 0) userCallback.call(stream);
      else userCallback.call(stream, err);
    };

    if (u.isReadableStream(stream) || u.isWritableStream(stream)) {
      return eosWeb(stream, options, callback);
    }
    if (!u.isNodeStream(stream)) {
      throw new codes.ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }

    const readable = options.readable != null ? options.readable : u.isReadableNodeStream(stream);
    const writable = options.writable != null ? options.writable : u.isWritableNodeStream(stream);
    const wState = stream._writableState;
    const rState = stream._readableState;

    const onlegacyfinish = function () {
      if (!stream.writable) onfinish();
    };

    let willEmitClose = u.willEmitClose(stream) &&
      u.isReadableNodeStream(stream) === readable && u.isWritableNodeStream(stream) === writable;
    let writableFinished = u.isWritableFinished(stream, false);
    let readableFinished = u.isReadableFinished(stream, false);

    const onfinish = function () {
      writableFinished = true;
      if (stream.destroyed) willEmitClose = false;
      if (willEmitClose && (!stream.readable || readable)) return;
      if (!readable || readableFinished) callback();
    };
    const onend = function () {
      readableFinished = true;
      if (stream.destroyed) willEmitClose = false;
      if (willEmitClose && (!stream.writable || writable)) return;
      if (!writable || writableFinished) callback();
    };
    const onerror = function (err) {
      callback(err);
    };

    let closed = u.isClosed(stream);

    const onclose = function () {
      closed = true;
      const errored = u.isWritableErrored(stream) || u.isReadableErrored(stream);
      if (errored && typeof errored !== 'boolean') return callback(errored);
      if (readable && !readableFinished && u.isReadableNodeStream(stream, true)) {
        if (!u.isReadableFinished(stream, false)) return callback(new codes.ERR_STREAM_PREMATURE_CLOSE());
      }
      if (writable && !writableFinished) {
        if (!u.isWritableFinished(stream, false)) return callback(new codes.ERR_STREAM_PREMATURE_CLOSE());
      }
      callback();
    };
    const onclosed = function () {
      closed = true;
      const errored = u.isWritableErrored(stream) || u.isReadableErrored(stream);
      if (errored && typeof errored !== 'boolean') return callback(errored);
      callback();
    };
    const onrequest = function () {
      stream.req.on('finish', onfinish);
    };

    if (u.isRequest(stream)) {
      stream.on('complete', onfinish);
      if (!willEmitClose) stream.on('abort', onclose);
      if (stream.req) onrequest();
      else stream.on('request', onrequest);
    } else if (writable && !wState) {
      stream.on('end', onlegacyfinish);
      stream.on('close', onlegacyfinish);
    }

    if (!willEmitClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);

    stream.on('end', onend);
    stream.on('finish', onfinish);
    if (options.error !== false) stream.on('error', onerror);
    stream.on('close', onclose);

    if (closed) {
      nextTick(onclose);
    } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
      if (!willEmitClose) nextTick(onclosed);
    } else if (!readable && (!willEmitClose || u.isReadable(stream)) &&
               (writableFinished || u.isWritable(stream) === false)) {
      nextTick(onclosed);
    } else if (!writable && (!willEmitClose || u.isWritable(stream)) &&
               (readableFinished || u.isReadable(stream) === false)) {
      nextTick(onclosed);
    } else if (rState && stream.req && stream.aborted) {
      nextTick(onclosed);
    }

    const cleanup = function () {
      called = true;
      stream.removeListener('aborted', onclose);
      stream.removeListener('complete', onfinish);
      stream.removeListener('abort', onclose);
      stream.removeListener('request', onrequest);
      if (stream.req) stream.req.removeListener('finish', onfinish);
      stream.removeListener('end', onlegacyfinish);
      stream.removeListener('close', onlegacyfinish);
      stream.removeListener('finish', onfinish);
      stream.removeListener('end', onend);
      stream.removeListener('error', onerror);
      stream.removeListener('close', onclose);
    };

    if (options.signal && !closed) {
      const signal = options.signal;
      const abort = function () {
        const wasCalled = called;
        cleanup();
        if (!wasCalled) userCallback.call(stream, new AbortError(undefined, { cause: signal.reason }));
      };
      if (signal.aborted) {
        nextTick(abort);
      } else {
        signal.addEventListener('abort', abort, { once: true });
        const inner = callback;
        callback = function () {
          signal.removeEventListener('abort', abort);
          inner.apply(stream, arguments);
        };
      }
    }

    return cleanup;
  }

  function eosWeb(stream, options, callback) {
    let isAborted = false;
    let abort = nop;
    if (options.signal) {
      abort = function () {
        isAborted = true;
        callback(new AbortError(undefined, { cause: options.signal.reason }));
      };
      if (options.signal.aborted) nextTick(abort);
      else options.signal.addEventListener('abort', abort, { once: true });
    }
    const resolverFn = function (err) {
      if (!isAborted) {
        if (options.signal) options.signal.removeEventListener('abort', abort);
        if (err === undefined) callback(); else callback(err);
      }
    };
    const p = stream[u.kIsClosedPromise];
    if (p && p.promise) p.promise.then(function () { resolverFn(); }, resolverFn);
    return nop;
  }

  function finished(stream, opts) {
    let autoCleanup = false;
    if (opts === null) opts = {};
    if (opts && opts.cleanup) {
      validators.validateBoolean(opts.cleanup, 'cleanup');
      autoCleanup = opts.cleanup;
    }
    return new Promise(function (resolve, reject) {
      const cleanup = eos(stream, opts, function (err) {
        if (autoCleanup) cleanup();
        if (err) reject(err);
        else resolve();
      });
    });
  }

  eos.finished = finished;
  return eos;
})();
