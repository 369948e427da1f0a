// node:timers/promises -- promise forms of the timers, with AbortSignal support.
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;

  const errors = require('internal/errors');

  function validateOptions(options) {
    if (options === undefined) return { signal: undefined, ref: true };
    if (options === null || typeof options !== 'object') {
      throw new (errors.codes.ERR_INVALID_ARG_TYPE)('options', 'Object', options);
    }
    const { signal, ref = true } = options;
    if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
      throw new (errors.codes.ERR_INVALID_ARG_TYPE)('options.signal', 'AbortSignal', signal);
    }
    if (typeof ref !== 'boolean') throw new (errors.codes.ERR_INVALID_ARG_TYPE)('options.ref', 'boolean', ref);
    return { signal, ref };
  }

  function abortError(signal) {
    return new (errors.AbortError)(undefined, { cause: signal.reason });
  }

  function schedule(make, clear, value, options) {
    let opts;
    try {
      opts = validateOptions(options);
    } catch (err) {
      return Promise.reject(err);
    }
    const { signal, ref } = opts;
    if (signal && signal.aborted) return Promise.reject(abortError(signal));
    return new Promise((resolve, reject) => {
      let onAbort;
      const handle = make(() => {
        if (signal) signal.removeEventListener('abort', onAbort);
        resolve(value);
      });
      if (!ref) handle.unref();
      if (signal) {
        onAbort = () => {
          clear(handle);
          reject(abortError(signal));
        };
        signal.addEventListener('abort', onAbort, { once: true });
      }
    });
  }

  function setTimeout(after, value, options) {
    const timers = require('timers');
    return schedule((fn) => timers.setTimeout(fn, after), timers.clearTimeout, value, options);
  }

  function setImmediate(value, options) {
    const timers = require('timers');
    return schedule((fn) => timers.setImmediate(fn), timers.clearImmediate, value, options);
  }

  async function* setInterval(after, value, options) {
    const timers = require('timers');
    const { signal, ref } = validateOptions(options);
    if (signal && signal.aborted) throw abortError(signal);
    let pending = 0;
    let wake = null;
    const handle = timers.setInterval(() => {
      pending++;
      if (wake) {
        wake();
        wake = null;
      }
    }, after);
    if (!ref) handle.unref();
    let onAbort;
    const aborted = signal
      ? new Promise((_, reject) => {
          onAbort = () => reject(abortError(signal));
          signal.addEventListener('abort', onAbort, { once: true });
        })
      : null;
    if (aborted) aborted.catch(() => {});
    try {
      for (;;) {
        if (pending === 0) {
          const tick = new Promise((resolve) => {
            wake = resolve;
          });
          await (aborted ? Promise.race([tick, aborted]) : tick);
        }
        while (pending > 0) {
          pending--;
          yield value;
        }
      }
    } finally {
      timers.clearInterval(handle);
      if (signal) signal.removeEventListener('abort', onAbort);
    }
  }

  const scheduler = {
    wait: (delay, options) => setTimeout(delay, undefined, options),
    yield: () => setImmediate(),
  };

  return { setTimeout, setImmediate, setInterval, scheduler };
})();
