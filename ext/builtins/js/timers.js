// node:timers -- setTimeout/setInterval/setImmediate and their Timeout/Immediate objects,
// on deno_core's Node-style timer lists and immediate queue (the loop's timer and check
// phases).
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const require = internals.require;
  const TIMEOUT_MAX = 2 ** 31 - 1;
  const kRefed = core.kRefed;

  function validateCallback(callback) {
    if (typeof callback !== 'function') {
      throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('callback', 'Function', callback);
    }
  }

  // Timer ids handed out by [Symbol.toPrimitive], so clearTimeout(id) works.
  const knownTimersById = { __proto__: null };

  function restArgs(args, from) {
    if (args.length <= from) return undefined;
    const out = new Array(args.length - from);
    for (let i = from; i < args.length; i++) out[i - from] = args[i];
    return out;
  }

  // The async context (AsyncLocalStorage frame) a callback was scheduled in, restored
  // around it; callbacks scheduled outside any context run as they are.
  function inFrame(frame, fn) {
    return function () {
      const previous = core.getAsyncContext();
      core.setAsyncContext(frame);
      try {
        return fn.apply(this, arguments);
      } finally {
        core.setAsyncContext(previous);
      }
    };
  }

  function normalizeDelay(after) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        globalThis.process.emitWarning(
          after + ' does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.',
          'TimeoutOverflowWarning',
        );
      }
      after = 1;
    }
    return after;
  }

  class Timeout {
    constructor(callback, after, args, isRepeat, isRefed) {
      after = normalizeDelay(after);
      this._idleTimeout = after;
      this._onTimeout = callback;
      this._timerArgs = args;
      this._repeat = isRepeat ? after : null;
      const self = this;
      let run = args === undefined ? function () { self._onTimeout(); } : function () { self._onTimeout.apply(self, self._timerArgs); };
      const frame = core.getAsyncContext();
      if (frame !== undefined) run = inFrame(frame, run);
      this._timer = core.createTimer(
        run,
        after,
        undefined,
        isRepeat,
        isRefed,
        false,
      );
      this._destroyed = false;
      this._refed = isRefed;
    }
    get _idleStart() {
      return this._timer._idleStart;
    }
    ref() {
      this._refed = true;
      core.refTimer(this._timer);
      return this;
    }
    unref() {
      this._refed = false;
      core.unrefTimer(this._timer);
      return this;
    }
    hasRef() {
      return this._refed;
    }
    refresh() {
      if (!this._timer._destroyed) core.refreshTimer(this._timer);
      return this;
    }
    close() {
      clearTimeout(this);
      return this;
    }
    [Symbol.toPrimitive]() {
      const id = this._timer._timerId;
      knownTimersById[id] = this;
      return id;
    }
  }
  if (Symbol.dispose) {
    Timeout.prototype[Symbol.dispose] = function () {
      clearTimeout(this);
    };
  }

  function setTimeout(callback, after, arg1, arg2, arg3) {
    validateCallback(callback);
    let args;
    switch (arguments.length) {
      case 0:
      case 1:
      case 2:
        break;
      case 3:
        args = [arg1];
        break;
      case 4:
        args = [arg1, arg2];
        break;
      default:
        args = restArgs(arguments, 2);
    }
    return new Timeout(callback, after, args, false, true);
  }

  function setInterval(callback, repeat, arg1, arg2, arg3) {
    validateCallback(callback);
    return new Timeout(callback, repeat, restArgs(arguments, 2), true, true);
  }

  function clearTimeout(timer) {
    if (timer === null || timer === undefined) return;
    if (typeof timer === 'number' || typeof timer === 'string') {
      const known = knownTimersById[timer];
      if (known === undefined) return;
      timer = known;
    }
    if (timer instanceof Timeout) {
      if (timer._destroyed) return;
      timer._destroyed = true;
      delete knownTimersById[timer._timer._timerId];
      core.cancelTimer(timer._timer);
    }
  }

  class Immediate {
    constructor(callback, args) {
      this._idleNext = null;
      this._idlePrev = null;
      const frame = core.getAsyncContext();
      this._onImmediate = frame === undefined ? callback : inFrame(frame, callback);
      this._argv = args;
      this._destroyed = false;
      this[kRefed] = false;
      this.ref();
      core.queueImmediate(this);
    }
    ref() {
      if (!this[kRefed]) {
        this[kRefed] = true;
        if (!this._destroyed) core.immediateRefCount(true);
      }
      return this;
    }
    unref() {
      if (this[kRefed]) {
        this[kRefed] = false;
        if (!this._destroyed) core.immediateRefCount(false);
      }
      return this;
    }
    hasRef() {
      return !!this[kRefed];
    }
  }
  if (Symbol.dispose) {
    Immediate.prototype[Symbol.dispose] = function () {
      clearImmediate(this);
    };
  }

  function setImmediate(callback, arg1, arg2, arg3) {
    validateCallback(callback);
    let args;
    switch (arguments.length) {
      case 0:
      case 1:
        break;
      case 2:
        args = [arg1];
        break;
      case 3:
        args = [arg1, arg2];
        break;
      default:
        args = restArgs(arguments, 1);
    }
    return new Immediate(callback, args);
  }

  function clearImmediate(immediate) {
    if (!immediate || immediate._destroyed) return;
    core.clearImmediate(immediate);
  }

  let promises;
  return {
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval: clearTimeout,
    setImmediate,
    clearImmediate,
    Timeout,
    Immediate,
    get promises() {
      if (promises === undefined) promises = require('timers/promises');
      return promises;
    },
    active(timer) {
      if (timer instanceof Timeout) timer.refresh();
    },
    unenroll(timer) {
      clearTimeout(timer);
    },
  };
})();
