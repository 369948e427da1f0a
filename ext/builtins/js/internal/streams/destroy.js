// internal/streams/destroy -- destroy/undestroy/errorOrDestroy/construct shared by Readable and Writable
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const errors = require('internal/errors');
  const { codes, AbortError, aggregateTwoErrors } = errors;
  const utils = require('internal/streams/utils');
  const { nextTick, kIsDestroyed } = utils;

  const kPendingDestroy = Symbol('kPendingDestroy');
  const kOnConstructed = Symbol('kOnConstructed');

  function checkError(err, w, r) {
    if (err) {
      err.stack; // eslint-disable-line no-unused-expressions -- capture the stack now
      if (w && !w.errored) w.errored = err;
      if (r && !r.errored) r.errored = err;
    }
  }

  // stream.destroy(err, cb)
  function destroy(err, cb) {
    const r = this._readableState;
    const w = this._writableState;
    const s = w || r;
    if ((w && w.destroyed) || (r && r.destroyed)) {
      if (typeof cb === 'function') cb();
      return this;
    }
    checkError(err, w, r);
    if (w) w.destroyed = true;
    if (r) r.destroyed = true;
    if (s && !s.constructed) {
      // Wait until _construct has called back.
      this[kPendingDestroy] = function (er) {
        destroyNow(this, aggregateTwoErrors(er, err), cb);
      };
    } else {
      destroyNow(this, err, cb);
    }
    return this;
  }

  function destroyNow(self, err, cb) {
    let called = false;
    function onDestroy(er) {
      if (called) return;
      called = true;
      const r = self._readableState;
      const w = self._writableState;
      checkError(er, w, r);
      if (w) w.closed = true;
      if (r) r.closed = true;
      if (typeof cb === 'function') cb(er);
      if (er) nextTick(emitErrorCloseNT, self, er);
      else nextTick(emitCloseNT, self);
    }
    try {
      self._destroy(err || null, onDestroy);
    } catch (e) {
      onDestroy(e);
    }
  }

  function emitErrorCloseNT(self, err) {
    emitErrorNT(self, err);
    emitCloseNT(self);
  }

  function emitCloseNT(self) {
    const r = self._readableState;
    const w = self._writableState;
    if (w) w.closeEmitted = true;
    if (r) r.closeEmitted = true;
    if ((w && w.emitClose) || (r && r.emitClose)) self.emit('close');
  }

  function emitErrorNT(self, err) {
    const r = self._readableState;
    const w = self._writableState;
    if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
    if (w) w.errorEmitted = true;
    if (r) r.errorEmitted = true;
    self.emit('error', err);
  }

  function undestroy() {
    const r = this._readableState;
    const w = this._writableState;
    if (r) {
      r.constructed = true;
      r.closed = false;
      r.closeEmitted = false;
      r.destroyed = false;
      r.errored = null;
      r.errorEmitted = false;
      r.reading = false;
      r.ended = r.readable === false;
      r.endEmitted = r.readable === false;
    }
    if (w) {
      w.constructed = true;
      w.destroyed = false;
      w.closed = false;
      w.closeEmitted = false;
      w.errored = null;
      w.errorEmitted = false;
      w.finalCalled = false;
      w.prefinished = false;
      w.ended = w.writable === false;
      w.ending = w.writable === false;
      w.finished = w.writable === false;
    }
  }

  function errorOrDestroy(stream, err, sync) {
    const r = stream._readableState;
    const w = stream._writableState;
    if ((w && w.destroyed) || (r && r.destroyed)) return;
    if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
      stream.destroy(err);
    } else if (err) {
      err.stack; // eslint-disable-line no-unused-expressions
      if (w && !w.errored) w.errored = err;
      if (r && !r.errored) r.errored = err;
      if (sync) nextTick(emitErrorNT, stream, err);
      else emitErrorNT(stream, err);
    }
  }

  // Runs stream._construct (if any) on the next tick; onDone runs once it succeeded.
  function construct(stream, onDone) {
    if (typeof stream._construct !== 'function') return;
    const r = stream._readableState;
    const w = stream._writableState;
    if (r) r.constructed = false;
    if (w) w.constructed = false;
    stream[kOnConstructed] = onDone;
    nextTick(constructNT, stream);
  }

  function constructNT(stream) {
    let called = false;
    function onConstruct(err) {
      if (called) {
        errorOrDestroy(stream, err != null ? err : new codes.ERR_MULTIPLE_CALLBACK());
        return;
      }
      called = true;
      const r = stream._readableState;
      const w = stream._writableState;
      const s = w || r;
      if (r) r.constructed = true;
      if (w) w.constructed = true;
      if (s.destroyed) {
        const pending = stream[kPendingDestroy];
        stream[kPendingDestroy] = undefined;
        if (typeof pending === 'function') pending.call(stream, err);
      } else if (err) {
        errorOrDestroy(stream, err, true);
      } else {
        // At once, as Node emits kConstruct: writes buffered while constructing go out
        // before any made on a later tick.
        emitConstructNT(stream);
      }
    }
    try {
      stream._construct(function (err) { nextTick(onConstruct, err); });
    } catch (err) {
      nextTick(onConstruct, err);
    }
  }

  function emitConstructNT(stream) {
    const fn = stream[kOnConstructed];
    stream[kOnConstructed] = undefined;
    if (typeof fn === 'function') fn.call(stream);
  }

  // Destroys anything stream-like (used by pipeline, async iteration, Readable.from).
  function destroyer(stream, err) {
    if (!stream || utils.isDestroyed(stream)) return;
    if (!err && !utils.isFinished(stream)) err = new AbortError();
    if (utils.isServerRequest(stream)) {
      stream.socket = null;
      stream.destroy(err);
    } else if (utils.isRequest(stream)) {
      stream.abort();
    } else if (utils.isRequest(stream.req)) {
      stream.req.abort();
    } else if (typeof stream.destroy === 'function') {
      stream.destroy(err);
    } else if (typeof stream.close === 'function') {
      stream.close();
    } else if (err) {
      nextTick(function (s, e) { s.emit('error', e); }, stream, err);
    } else {
      nextTick(function (s) { s.emit('close'); }, stream);
    }
    if (!stream.destroyed) stream[kIsDestroyed] = true;
  }

  return { construct, destroyer, destroy, undestroy, errorOrDestroy };
})();
