// internal/streams/duplexify -- Duplex.from(): turn streams, iterables, promises and functions into a Duplex
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { codes, AbortError } = require('internal/errors');
  const u = require('internal/streams/utils');
  const eos = require('internal/streams/end-of-stream');
  const destroyImpl = require('internal/streams/destroy');
  const nextTick = u.nextTick;

  function isBlob(b) {
    const B = globalThis.Blob;
    return typeof B === 'function' && b instanceof B;
  }

  function duplexify(body, name) {
    const Readable = require('internal/streams/readable');
    if (u.isDuplexNodeStream(body)) return body;
    if (u.isReadableNodeStream(body)) return fromPair({ readable: body });
    if (u.isWritableNodeStream(body)) return fromPair({ writable: body });
    if (u.isNodeStream(body)) return fromPair({ writable: false, readable: false });
    if (typeof body === 'function') {
      const r = fromAsyncGen(body);
      const value = r.value;
      if (u.isIterable(value)) {
        return require('internal/streams/from')(Duplexify, value, {
          objectMode: true,
          write: r.write,
          final: r.final,
          destroy: r.destroy,
        });
      }
      const then = value ? value.then : undefined;
      if (typeof then === 'function') {
        let d;
        then.call(value, function (val) {
          if (val != null) throw new codes.ERR_INVALID_RETURN_VALUE('nully', 'body', val);
        }, function (err) {
          destroyImpl.destroyer(d, err);
        });
        d = new Duplexify({
          objectMode: true,
          readable: false,
          write: r.write,
          final(cb) {
            r.final(function () {
              Promise.resolve(value).then(function () { nextTick(cb, null); }, function (err) { nextTick(cb, err); });
            });
          },
          destroy: r.destroy,
        });
        return d;
      }
      throw new codes.ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value);
    }
    if (isBlob(body)) return duplexify(body.arrayBuffer(), name);
    if (u.isIterable(body)) return Readable.from(body, { objectMode: true, writable: false });
    if (body && typeof body === 'object' && (body.readable !== undefined || body.writable !== undefined)) {
      const readable = body.readable && u.isReadableNodeStream(body.readable) ? body.readable
        : (body.readable ? duplexify(body.readable) : undefined);
      const writable = body.writable && u.isWritableNodeStream(body.writable) ? body.writable
        : (body.writable ? duplexify(body.writable) : undefined);
      return fromPair({ readable, writable });
    }
    const then = body ? body.then : undefined;
    if (typeof then === 'function') {
      let d;
      then.call(body, function (val) {
        if (val != null) d.push(val);
        d.push(null);
      }, function (err) {
        destroyImpl.destroyer(d, err);
      });
      d = new Duplexify({ objectMode: true, writable: false, read() {} });
      return d;
    }
    throw new codes.ERR_INVALID_ARG_TYPE(name,
      ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable', 'AsyncIterable',
        'Function', '{ readable, writable } pair', 'Promise'], body);
  }

  let DuplexifyCtor = null;
  function Duplexify(options) {
    const Duplex = require('internal/streams/duplex');
    if (DuplexifyCtor === null) {
      DuplexifyCtor = function Duplexify(opts) {
        Duplex.call(this, opts);
        if (opts && opts.readable === false) {
          this._readableState.readable = false;
          this._readableState.ended = true;
          this._readableState.endEmitted = true;
        }
        if (opts && opts.writable === false) {
          this._writableState.writable = false;
          this._writableState.ending = true;
          this._writableState.ended = true;
          this._writableState.finished = true;
        }
      };
      Object.setPrototypeOf(DuplexifyCtor.prototype, Duplex.prototype);
      Object.setPrototypeOf(DuplexifyCtor, Duplex);
    }
    return new DuplexifyCtor(options);
  }

  function fromAsyncGen(fn) {
    let resolveNext = null;
    const AC = globalThis.AbortController;
    const ac = AC ? new AC() : null;
    const signal = ac ? ac.signal : undefined;
    function nextPromise() {
      return new Promise(function (resolve) { resolveNext = resolve; });
    }
    let promise = nextPromise();
    const value = fn(async function* () {
      while (true) {
        const p = promise;
        promise = null;
        const r = await p;
        const chunk = r.chunk;
        const done = r.done;
        const cb = r.cb;
        nextTick(cb);
        if (done) return;
        if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
        promise = nextPromise();
        yield chunk;
      }
    }(), { signal });
    return {
      value,
      write(chunk, encoding, cb) {
        const r = resolveNext;
        resolveNext = null;
        r({ chunk, done: false, cb });
      },
      final(cb) {
        const r = resolveNext;
        resolveNext = null;
        r({ done: true, cb });
      },
      destroy(err, cb) {
        if (ac) ac.abort();
        cb(err);
      },
    };
  }

  function fromPair(pair) {
    const r = pair.readable && typeof pair.readable.read !== 'function'
      ? require('internal/streams/readable').wrap(pair.readable) : pair.readable;
    const w = pair.writable;
    let readable = !!u.isReadable(r);
    let writable = !!u.isWritable(w);
    let ondrain;
    let onfinish;
    let onreadable;
    let onclose;
    let d;

    function onfinished(err) {
      const cb = onclose;
      onclose = null;
      if (cb) cb(err);
      else if (err) d.destroy(err);
    }

    d = Duplexify({
      readableObjectMode: !!(r && r.readableObjectMode),
      writableObjectMode: !!(w && w.writableObjectMode),
      readable,
      writable,
    });

    if (writable) {
      eos(w, function (err) {
        writable = false;
        if (err) destroyImpl.destroyer(r, err);
        onfinished(err);
      });
      d._write = function (chunk, encoding, callback) {
        if (w.write(chunk, encoding)) callback();
        else ondrain = callback;
      };
      d._final = function (callback) {
        w.end();
        onfinish = callback;
      };
      w.on('drain', function () {
        if (ondrain) {
          const cb = ondrain;
          ondrain = null;
          cb();
        }
      });
      w.on('finish', function () {
        if (onfinish) {
          const cb = onfinish;
          onfinish = null;
          cb();
        }
      });
    }

    if (readable) {
      eos(r, function (err) {
        readable = false;
        if (err) destroyImpl.destroyer(r, err);
        onfinished(err);
      });
      r.on('readable', function () {
        if (onreadable) {
          const cb = onreadable;
          onreadable = null;
          cb();
        }
      });
      r.on('end', function () { d.push(null); });
      d._read = function () {
        while (true) {
          const buf = r.read();
          if (buf === null) {
            onreadable = d._read;
            return;
          }
          if (!d.push(buf)) return;
        }
      };
    }

    d._destroy = function (err, callback) {
      if (!err && onclose !== null) err = new AbortError();
      onreadable = null;
      ondrain = null;
      onfinish = null;
      if (onclose === null) {
        callback(err);
      } else {
        onclose = callback;
        destroyImpl.destroyer(w, err);
        destroyImpl.destroyer(r, err);
      }
    };
    return d;
  }

  return duplexify;
})();
