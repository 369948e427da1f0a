// internal/streams/from -- Readable.from(iterable | asyncIterable | string | Buffer)
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const u = require('internal/streams/utils');
  const nextTick = u.nextTick;

  function from(Readable, iterable, opts) {
    if (typeof iterable === 'string' || iterable instanceof u.getBuffer()) {
      return new Readable(Object.assign({ objectMode: true }, opts, {
        read() {
          this.push(iterable);
          this.push(null);
        },
      }));
    }
    let iterator;
    let isAsync;
    if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
      isAsync = true;
      iterator = iterable[Symbol.asyncIterator]();
    } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
      isAsync = false;
      iterator = iterable[Symbol.iterator]();
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
    }

    const readable = new Readable(Object.assign({ objectMode: true, highWaterMark: 1 }, opts));
    let reading = false;
    let isAsyncValues = false;

    readable._read = function () {
      if (!reading) {
        reading = true;
        if (isAsync) nextAsync();
        else if (isAsyncValues) nextSyncWithAsyncValues();
        else nextSync();
      }
    };

    readable._destroy = function (error, cb) {
      close(error).then(
        function () { nextTick(cb, error); },
        function (e) { nextTick(cb, e || error); });
    };

    async function close(error) {
      const hadError = error !== undefined && error !== null;
      const hasThrow = typeof iterator.throw === 'function';
      if (hadError && hasThrow) {
        const r = await iterator.throw(error);
        await r.value;
        if (r.done) return;
      }
      if (typeof iterator.return === 'function') {
        const r = await iterator.return();
        await r.value;
      }
    }

    function nextSync() {
      for (;;) {
        try {
          const r = iterator.next();
          if (r.done) {
            readable.push(null);
            return;
          }
          const value = r.value;
          if (value && typeof value.then === 'function') {
            changeToAsyncValues(value);
            return;
          }
          if (value === null) {
            reading = false;
            throw new codes.ERR_STREAM_NULL_VALUES();
          }
          if (readable.push(value)) continue;
          reading = false;
        } catch (err) {
          readable.destroy(err);
        }
        break;
      }
    }

    async function changeToAsyncValues(value) {
      isAsyncValues = true;
      try {
        const res = await value;
        if (res === null) {
          reading = false;
          throw new codes.ERR_STREAM_NULL_VALUES();
        }
        if (readable.push(res)) {
          nextSyncWithAsyncValues();
          return;
        }
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
    }

    async function nextSyncWithAsyncValues() {
      for (;;) {
        try {
          const r = iterator.next();
          if (r.done) {
            readable.push(null);
            return;
          }
          const res = (r.value && typeof r.value.then === 'function') ? await r.value : r.value;
          if (res === null) {
            reading = false;
            throw new codes.ERR_STREAM_NULL_VALUES();
          }
          if (readable.push(res)) continue;
          reading = false;
        } catch (err) {
          readable.destroy(err);
        }
        break;
      }
    }

    async function nextAsync() {
      for (;;) {
        try {
          const r = await iterator.next();
          if (r.done) {
            readable.push(null);
            return;
          }
          if (r.value === null) {
            reading = false;
            throw new codes.ERR_STREAM_NULL_VALUES();
          }
          if (readable.push(r.value)) continue;
          reading = false;
        } catch (err) {
          readable.destroy(err);
        }
        break;
      }
    }

    return readable;
  }

  return from;
})();
