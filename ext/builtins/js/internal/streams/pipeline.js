// internal/streams/pipeline -- stream.pipeline(...streams|generators, cb) and its promise form
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { codes, AbortError, aggregateTwoErrors } = require('internal/errors');
  const validators = require('internal/validators');
  const u = require('internal/streams/utils');
  const eos = require('internal/streams/end-of-stream');
  const destroyImpl = require('internal/streams/destroy');
  const nextTick = u.nextTick;

  function once(fn) {
    let called = false;
    return function () {
      if (called) return;
      called = true;
      return fn.apply(this, arguments);
    };
  }

  function makeDestroyer(stream, reading, writing) {
    let finished = false;
    stream.on('close', function () { finished = true; });
    const cleanup = eos(stream, { readable: reading, writable: writing }, function (err) {
      finished = !err;
    });
    return {
      destroy(err) {
        if (finished) return;
        finished = true;
        destroyImpl.destroyer(stream, err || new codes.ERR_STREAM_DESTROYED('pipe'));
      },
      cleanup,
    };
  }

  function popCallback(streams) {
    validators.validateFunction(streams[streams.length - 1], 'streams[stream.length - 1]');
    return streams.pop();
  }

  function makeAsyncIterable(val) {
    if (u.isIterable(val)) return val;
    if (u.isReadableNodeStream(val)) return fromReadable(val);
    throw new codes.ERR_INVALID_ARG_TYPE('val', ['Readable', 'Iterable', 'AsyncIterable'], val);
  }

  async function* fromReadable(val) {
    const Readable = require('internal/streams/readable');
    yield* Readable.prototype[Symbol.asyncIterator].call(val);
  }

  async function pumpToNode(iterable, writable, finish, opts) {
    let error;
    let onresolve = null;
    const resume = function (err) {
      if (err) error = err;
      if (onresolve) {
        const callback = onresolve;
        onresolve = null;
        callback();
      }
    };
    const wait = function () {
      return new Promise(function (resolve, reject) {
        if (error) {
          reject(error);
        } else {
          onresolve = function () {
            if (error) reject(error);
            else resolve();
          };
        }
      });
    };
    writable.on('drain', resume);
    const cleanup = eos(writable, { readable: false }, resume);
    try {
      if (writable.writableNeedDrain) await wait();
      for await (const chunk of iterable) {
        if (!writable.write(chunk)) await wait();
      }
      if (opts.end) {
        writable.end();
        await wait();
      }
      finish();
    } catch (err) {
      finish(error !== err ? aggregateTwoErrors(error, err) : err);
    } finally {
      cleanup();
      writable.off('drain', resume);
    }
  }

  function pipeline() {
    const streams = Array.prototype.slice.call(arguments);
    return pipelineImpl(streams, once(popCallback(streams)));
  }

  function pipelineImpl(streams, callback, opts) {
    if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
    if (streams.length < 2) throw new codes.ERR_MISSING_ARGS('streams');

    const outerSignal = opts ? opts.signal : undefined;
    validators.validateAbortSignal(outerSignal, 'options.signal');
    const AC = globalThis.AbortController;
    const ac = AC ? new AC() : null;
    const signal = ac ? ac.signal : undefined;
    const lastStreamCleanup = [];

    function abort() {
      finishImpl(new AbortError());
    }
    if (outerSignal) outerSignal.addEventListener('abort', abort, { once: true });

    let error;
    let value;
    const destroys = [];
    let finishCount = 0;

    function finish(err) {
      finishImpl(err, --finishCount === 0);
    }

    function finishImpl(err, final) {
      if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
      if (!error && !final) return;
      while (destroys.length) destroys.shift()(error);
      if (outerSignal) outerSignal.removeEventListener('abort', abort);
      if (ac) ac.abort();
      if (final) {
        if (!error) {
          for (let i = 0; i < lastStreamCleanup.length; i++) lastStreamCleanup[i]();
        }
        nextTick(callback, error, value);
      }
    }

    let ret;
    for (let i = 0; i < streams.length; i++) {
      const stream = streams[i];
      const reading = i < streams.length - 1;
      const writing = i > 0;
      const end = reading || !opts || opts.end !== false;
      const isLastStream = i === streams.length - 1;

      if (u.isNodeStream(stream)) {
        if (end) {
          const d = makeDestroyer(stream, reading, writing);
          destroys.push(d.destroy);
          if (u.isReadable(stream) && isLastStream) lastStreamCleanup.push(d.cleanup);
        }
        const onError = function (err) {
          if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') finish(err);
        };
        stream.on('error', onError);
        if (u.isReadable(stream) && isLastStream) {
          lastStreamCleanup.push(function () { stream.removeListener('error', onError); });
        }
      }

      if (i === 0) {
        if (typeof stream === 'function') {
          ret = stream({ signal });
          if (!u.isIterable(ret)) {
            throw new codes.ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or Stream', 'source', ret);
          }
        } else if (u.isIterable(stream) || u.isReadableNodeStream(stream)) {
          ret = stream;
        } else {
          ret = require('internal/streams/duplex').from(stream);
        }
      } else if (typeof stream === 'function') {
        ret = makeAsyncIterable(ret);
        ret = stream(ret, { signal });
        if (reading) {
          if (!u.isIterable(ret, true)) {
            throw new codes.ERR_INVALID_RETURN_VALUE('AsyncIterable', 'transform[' + (i - 1) + ']', ret);
          }
        } else {
          const PassThrough = require('internal/streams/transform').PassThrough;
          const pt = new PassThrough({ objectMode: true });
          const then = ret ? ret.then : undefined;
          if (typeof then === 'function') {
            finishCount++;
            then.call(ret, function (val) {
              value = val;
              if (val != null) pt.write(val);
              if (end) pt.end();
              nextTick(finish);
            }, function (err) {
              pt.destroy(err);
              nextTick(finish, err);
            });
          } else if (u.isIterable(ret, true)) {
            finishCount++;
            pumpToNode(ret, pt, finish, { end });
          } else {
            throw new codes.ERR_INVALID_RETURN_VALUE('AsyncIterable or Promise', 'destination', ret);
          }
          ret = pt;
          const d = makeDestroyer(ret, false, true);
          destroys.push(d.destroy);
          if (isLastStream) lastStreamCleanup.push(d.cleanup);
        }
      } else if (u.isNodeStream(stream)) {
        if (u.isReadableNodeStream(ret)) {
          finishCount += 2;
          const cleanup = pipe(ret, stream, finish, { end });
          if (u.isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
        } else if (u.isIterable(ret)) {
          finishCount++;
          pumpToNode(ret, stream, finish, { end });
        } else {
          throw new codes.ERR_INVALID_ARG_TYPE('val', ['Readable', 'Iterable', 'AsyncIterable'], ret);
        }
        ret = stream;
      } else {
        ret = require('internal/streams/duplex').from(stream);
      }
    }

    if ((signal && signal.aborted) || (outerSignal && outerSignal.aborted)) nextTick(abort);
    return ret;
  }

  function pipe(src, dst, finish, opts) {
    let ended = false;
    dst.on('close', function () {
      if (!ended) finish(new codes.ERR_STREAM_PREMATURE_CLOSE());
    });
    src.pipe(dst, { end: false });
    if (opts.end) {
      const endFn = function () {
        ended = true;
        dst.end();
      };
      if (u.isReadableFinished(src)) nextTick(endFn);
      else src.once('end', endFn);
      eos(dst, { readable: false, writable: true }, finish);
    } else {
      finish();
    }
    eos(src, { readable: true, writable: false }, function (err) {
      const rState = src._readableState;
      if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && rState && rState.ended &&
          !rState.errored && !rState.errorEmitted) {
        src.once('end', finish).once('error', finish);
      } else {
        finish(err);
      }
    });
    return eos(dst, { readable: true, writable: false }, function () {});
  }

  function pipelinePromise() {
    const streams = Array.prototype.slice.call(arguments);
    return new Promise(function (resolve, reject) {
      let signal;
      let end;
      const lastArg = streams[streams.length - 1];
      if (lastArg && typeof lastArg === 'object' && !u.isNodeStream(lastArg) &&
          !u.isIterable(lastArg) && !u.isWebStream(lastArg)) {
        const options = streams.pop();
        signal = options.signal;
        end = options.end;
      }
      pipelineImpl(streams, function (err, value) {
        if (err) reject(err);
        else resolve(value);
      }, { signal, end });
    });
  }

  return { pipeline, pipelineImpl, pipelinePromise };
})();
