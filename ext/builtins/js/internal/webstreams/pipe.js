// internal/webstreams/pipe -- ReadableStreamPipeTo: a readable stream into a writable one (WHATWG Streams)
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const { ERR_INVALID_STATE } = codes;
  const { resolved, then, react, noop, deferred, kResolvedUndefined } = require('internal/webstreams/util');
  const rs = require('internal/webstreams/readable');
  const ws = require('internal/webstreams/writable');
  const $Promise = Promise;
  const $all = Promise.all;

  function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
    const reader = rs.acquireDefaultReader(source);
    const writer = ws.acquireWriter(dest);
    source.disturbed = true;
    let shuttingDown = false;
    // The promise of the last write, to wait for every chunk read to be written.
    let currentWrite = kResolvedUndefined;
    const result = deferred();
    let abortAlgorithm;

    function finalize(isError, error) {
      ws.writerRelease(writer);
      rs.readerRelease(reader);
      if (abortAlgorithm !== undefined) signal.removeEventListener('abort', abortAlgorithm);
      if (isError) result.reject(error);
      else result.resolve(undefined);
    }

    function waitForWritesToFinish() {
      const old = currentWrite;
      return then(currentWrite, () => (old !== currentWrite ? waitForWritesToFinish() : undefined));
    }

    function mustWaitForWrites() {
      return dest.state === 'writable' && !ws.closeQueuedOrInFlight(dest);
    }

    function shutdownWithAction(action, originalIsError, originalError) {
      if (shuttingDown) return;
      shuttingDown = true;
      const doTheRest = () => {
        react(action(), () => finalize(originalIsError, originalError), (newError) => finalize(true, newError));
      };
      if (mustWaitForWrites()) react(waitForWritesToFinish(), doTheRest);
      else doTheRest();
    }

    function shutdown(isError, error) {
      if (shuttingDown) return;
      shuttingDown = true;
      if (mustWaitForWrites()) react(waitForWritesToFinish(), () => finalize(isError, error));
      else finalize(isError, error);
    }

    if (signal !== undefined) {
      abortAlgorithm = () => {
        const error = signal.reason;
        const actions = [];
        if (!preventAbort) {
          actions.push(() => (dest.state === 'writable' ? ws.writableStreamAbort(dest, error) : resolved(undefined)));
        }
        if (!preventCancel) {
          actions.push(() => (source.state === 'readable' ? rs.readableStreamCancel(source, error) : resolved(undefined)));
        }
        shutdownWithAction(() => $all.call($Promise, actions.map((action) => action())), true, error);
      };
      if (signal.aborted) {
        const algorithm = abortAlgorithm;
        abortAlgorithm = undefined;
        algorithm();
        return result.promise;
      }
      signal.addEventListener('abort', abortAlgorithm);
    }

    // The loop: while the destination wants chunks (desiredSize > 0), read one and write
    // it; otherwise wait for the writer's ready promise. Chunks that are already queued
    // are moved without waiting for a microtask each.
    let pumping = false;
    let delivered = false;
    const readRequest = {
      chunk(chunk) {
        currentWrite = then(ws.writerWrite(writer, chunk), undefined, noop);
        if (pumping) delivered = true;
        else pump();
      },
      close: noop, // the closed promise's reaction shuts down
      error: noop, // likewise
    };
    function pump() {
      pumping = true;
      while (!shuttingDown) {
        const desiredSize = ws.writerGetDesiredSize(writer);
        if (desiredSize === null || desiredSize <= 0) {
          react(writer.readyPromise, pump);
          break;
        }
        delivered = false;
        rs.defaultReaderRead(reader, readRequest);
        if (!delivered) break; // the chunk steps call pump() when the chunk comes
      }
      pumping = false;
    }

    // Errors must be propagated forward.
    if (source.state === 'errored') sourceErrored(source.storedError);
    else react(reader.closedPromise, undefined, sourceErrored);
    function sourceErrored(storedError) {
      if (!preventAbort) shutdownWithAction(() => ws.writableStreamAbort(dest, storedError), true, storedError);
      else shutdown(true, storedError);
    }

    // Errors must be propagated backward.
    if (dest.state === 'errored') destErrored(dest.storedError);
    else react(writer.closedPromise, undefined, destErrored);
    function destErrored(storedError) {
      if (!preventCancel) shutdownWithAction(() => rs.readableStreamCancel(source, storedError), true, storedError);
      else shutdown(true, storedError);
    }

    // Closing must be propagated forward.
    if (source.state === 'closed') sourceClosed();
    else react(reader.closedPromise, sourceClosed);
    function sourceClosed() {
      if (!preventClose) shutdownWithAction(() => ws.writerCloseWithErrorPropagation(writer));
      else shutdown();
    }

    // Closing must be propagated backward.
    if (ws.closeQueuedOrInFlight(dest) || dest.state === 'closed') {
      const destClosed = new ERR_INVALID_STATE.TypeError('Destination WritableStream is closed');
      if (!preventCancel) shutdownWithAction(() => rs.readableStreamCancel(source, destClosed), true, destClosed);
      else shutdown(true, destClosed);
    }

    pump();
    return result.promise;
  }

  return { readableStreamPipeTo };
})();
