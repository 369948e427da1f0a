// internal/webstreams/tee -- ReadableStreamTee: two branches reading one stream (WHATWG Streams)
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { resolved, react, kResolvedUndefined } = require('internal/webstreams/util');
  const rs = require('internal/webstreams/readable');
  const queueMicrotask = globalThis.queueMicrotask;

  function readableStreamTee(stream, cloneForBranch2) {
    if (stream.controller.isByte) return byteStreamTee(stream);
    return defaultTee(stream, cloneForBranch2);
  }

  function newCancelPromise() {
    const d = { promise: undefined, resolve: undefined };
    d.promise = new Promise((resolve) => {
      d.resolve = resolve;
    });
    return d;
  }

  function defaultTee(stream, cloneForBranch2) {
    const reader = rs.acquireDefaultReader(stream);
    let reading = false;
    let readAgain = false;
    let canceled1 = false;
    let canceled2 = false;
    let reason1, reason2, branch1, branch2;
    const cancelPromise = newCancelPromise();

    const readRequest = {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgain = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled2 && cloneForBranch2) {
            try {
              chunk2 = structuredClone(chunk2);
            } catch (e) {
              rs.defaultControllerError(branch1.controller, e);
              rs.defaultControllerError(branch2.controller, e);
              cancelPromise.resolve(rs.readableStreamCancel(stream, e));
              return;
            }
          }
          if (!canceled1) rs.defaultControllerEnqueue(branch1.controller, chunk1);
          if (!canceled2) rs.defaultControllerEnqueue(branch2.controller, chunk2);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      close() {
        reading = false;
        if (!canceled1) rs.defaultControllerClose(branch1.controller);
        if (!canceled2) rs.defaultControllerClose(branch2.controller);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      error() {
        reading = false;
      },
    };

    function pullAlgorithm() {
      if (reading) {
        readAgain = true;
        return kResolvedUndefined;
      }
      reading = true;
      rs.defaultReaderRead(reader, readRequest);
      return kResolvedUndefined;
    }
    function cancel1Algorithm(reason) {
      canceled1 = true;
      reason1 = reason;
      if (canceled2) cancelPromise.resolve(rs.readableStreamCancel(stream, [reason1, reason2]));
      return cancelPromise.promise;
    }
    function cancel2Algorithm(reason) {
      canceled2 = true;
      reason2 = reason;
      if (canceled1) cancelPromise.resolve(rs.readableStreamCancel(stream, [reason1, reason2]));
      return cancelPromise.promise;
    }
    branch1 = rs.createReadableStream(undefined, pullAlgorithm, cancel1Algorithm);
    branch2 = rs.createReadableStream(undefined, pullAlgorithm, cancel2Algorithm);
    react(reader.closedPromise, undefined, (r) => {
      rs.defaultControllerError(branch1.controller, r);
      rs.defaultControllerError(branch2.controller, r);
      if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
    });
    return [branch1, branch2];
  }

  function cloneAsUint8Array(view) {
    return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
  }

  function byteStreamTee(stream) {
    let reader = rs.acquireDefaultReader(stream);
    let reading = false;
    let readAgainForBranch1 = false;
    let readAgainForBranch2 = false;
    let canceled1 = false;
    let canceled2 = false;
    let reason1, reason2, branch1, branch2;
    const cancelPromise = newCancelPromise();

    function forwardReaderError(thisReader) {
      react(thisReader.closedPromise, undefined, (r) => {
        if (thisReader !== reader) return;
        rs.byteControllerError(branch1.controller, r);
        rs.byteControllerError(branch2.controller, r);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      });
    }

    function pullAgain() {
      if (readAgainForBranch1) pull1Algorithm();
      else if (readAgainForBranch2) pull2Algorithm();
    }

    function pullWithDefaultReader() {
      if (reader.isBYOB) {
        rs.readerRelease(reader);
        reader = rs.acquireDefaultReader(stream);
        forwardReaderError(reader);
      }
      rs.defaultReaderRead(reader, {
        chunk(chunk) {
          queueMicrotask(() => {
            readAgainForBranch1 = false;
            readAgainForBranch2 = false;
            const chunk1 = chunk;
            let chunk2 = chunk;
            if (!canceled1 && !canceled2) {
              try {
                chunk2 = cloneAsUint8Array(chunk);
              } catch (e) {
                rs.byteControllerError(branch1.controller, e);
                rs.byteControllerError(branch2.controller, e);
                cancelPromise.resolve(rs.readableStreamCancel(stream, e));
                return;
              }
            }
            if (!canceled1) rs.byteControllerEnqueue(branch1.controller, chunk1);
            if (!canceled2) rs.byteControllerEnqueue(branch2.controller, chunk2);
            reading = false;
            pullAgain();
          });
        },
        close() {
          reading = false;
          if (!canceled1) rs.byteControllerClose(branch1.controller);
          if (!canceled2) rs.byteControllerClose(branch2.controller);
          if (branch1.controller.pendingPullIntos.length > 0) rs.byteRespond(branch1.controller, 0);
          if (branch2.controller.pendingPullIntos.length > 0) rs.byteRespond(branch2.controller, 0);
          if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
        },
        error() {
          reading = false;
        },
      });
    }

    function pullWithBYOBReader(view, forBranch2) {
      if (!reader.isBYOB) {
        rs.readerRelease(reader);
        reader = rs.acquireBYOBReader(stream);
        forwardReaderError(reader);
      }
      const byobBranch = forBranch2 ? branch2 : branch1;
      const otherBranch = forBranch2 ? branch1 : branch2;
      rs.byobReaderRead(reader, view, 1, {
        chunk(chunk) {
          queueMicrotask(() => {
            readAgainForBranch1 = false;
            readAgainForBranch2 = false;
            const byobCanceled = forBranch2 ? canceled2 : canceled1;
            const otherCanceled = forBranch2 ? canceled1 : canceled2;
            if (!otherCanceled) {
              let clonedChunk;
              try {
                clonedChunk = cloneAsUint8Array(chunk);
              } catch (e) {
                rs.byteControllerError(byobBranch.controller, e);
                rs.byteControllerError(otherBranch.controller, e);
                cancelPromise.resolve(rs.readableStreamCancel(stream, e));
                return;
              }
              if (!byobCanceled) rs.byteRespondWithNewView(byobBranch.controller, chunk);
              rs.byteControllerEnqueue(otherBranch.controller, clonedChunk);
            } else if (!byobCanceled) {
              rs.byteRespondWithNewView(byobBranch.controller, chunk);
            }
            reading = false;
            pullAgain();
          });
        },
        close(chunk) {
          reading = false;
          const byobCanceled = forBranch2 ? canceled2 : canceled1;
          const otherCanceled = forBranch2 ? canceled1 : canceled2;
          if (!byobCanceled) rs.byteControllerClose(byobBranch.controller);
          if (!otherCanceled) rs.byteControllerClose(otherBranch.controller);
          if (chunk !== undefined) {
            if (!byobCanceled) rs.byteRespondWithNewView(byobBranch.controller, chunk);
            if (!otherCanceled && otherBranch.controller.pendingPullIntos.length > 0) {
              rs.byteRespond(otherBranch.controller, 0);
            }
          }
          if (!byobCanceled || !otherCanceled) cancelPromise.resolve(undefined);
        },
        error() {
          reading = false;
        },
      });
    }

    function pull1Algorithm() {
      if (reading) {
        readAgainForBranch1 = true;
        return resolved(undefined);
      }
      reading = true;
      const byobRequest = rs.getBYOBRequest(branch1.controller);
      if (byobRequest === null) pullWithDefaultReader();
      else pullWithBYOBReader(byobRequest.view, false);
      return resolved(undefined);
    }
    function pull2Algorithm() {
      if (reading) {
        readAgainForBranch2 = true;
        return resolved(undefined);
      }
      reading = true;
      const byobRequest = rs.getBYOBRequest(branch2.controller);
      if (byobRequest === null) pullWithDefaultReader();
      else pullWithBYOBReader(byobRequest.view, true);
      return resolved(undefined);
    }
    function cancel1Algorithm(reason) {
      canceled1 = true;
      reason1 = reason;
      if (canceled2) cancelPromise.resolve(rs.readableStreamCancel(stream, [reason1, reason2]));
      return cancelPromise.promise;
    }
    function cancel2Algorithm(reason) {
      canceled2 = true;
      reason2 = reason;
      if (canceled1) cancelPromise.resolve(rs.readableStreamCancel(stream, [reason1, reason2]));
      return cancelPromise.promise;
    }
    branch1 = rs.createReadableByteStream(undefined, pull1Algorithm, cancel1Algorithm);
    branch2 = rs.createReadableByteStream(undefined, pull2Algorithm, cancel2Algorithm);
    forwardReaderError(reader);
    return [branch1, branch2];
  }

  return { readableStreamTee };
})();
