// internal/streams/add-abort-signal -- stream.addAbortSignal(signal, stream)
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { codes, AbortError } = require('internal/errors');
  const u = require('internal/streams/utils');

  function validateAbortSignal(signal, name) {
    if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) {
      throw new codes.ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
    }
  }

  function addAbortSignal(signal, stream) {
    validateAbortSignal(signal, 'signal');
    if (!u.isNodeStream(stream) && !u.isWebStream(stream)) {
      throw new codes.ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    return addAbortSignalNoValidate(signal, stream);
  }

  function addAbortSignalNoValidate(signal, stream) {
    if (typeof signal !== 'object' || !('aborted' in signal)) return stream;
    const onAbort = u.isNodeStream(stream)
      ? function () { stream.destroy(new AbortError(undefined, { cause: signal.reason })); }
      : function () {
        const fn = stream[u.kControllerErrorFunction];
        if (typeof fn === 'function') fn(new AbortError(undefined, { cause: signal.reason }));
      };
    if (signal.aborted) {
      onAbort();
    } else {
      signal.addEventListener('abort', onAbort, { once: true });
      const eos = require('internal/streams/end-of-stream');
      eos(stream, function () { signal.removeEventListener('abort', onAbort); });
    }
    return stream;
  }

  return { addAbortSignal, addAbortSignalNoValidate };
})();
