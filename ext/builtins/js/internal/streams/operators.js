// internal/streams/operators -- Readable.prototype.map/filter/forEach/toArray/some/every/find/reduce/take/drop/flatMap
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { codes, AbortError } = require('internal/errors');
  const validators = require('internal/validators');

  const kEmpty = Symbol('kEmpty');
  function nop() {}

  function validateOptions(options) {
    if (options != null) validators.validateObject(options, 'options');
    const signal = options != null ? options.signal : undefined;
    if (signal != null) validators.validateAbortSignal(signal, 'options.signal');
    return signal;
  }

  function checkAborted(signal) {
    if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
  }

  function linkedController(outer) {
    const AC = globalThis.AbortController;
    if (!AC) return { signal: outer, abort: nop };
    const ac = new AC();
    if (outer) {
      if (outer.aborted) ac.abort(outer.reason);
      else outer.addEventListener('abort', function () { ac.abort(outer.reason); }, { once: true });
    }
    return ac;
  }

  function map(fn, options) {
    validators.validateFunction(fn, 'fn');
    const outerSignal = validateOptions(options);
    let concurrency = 1;
    if (options != null && options.concurrency != null) concurrency = Math.floor(options.concurrency);
    validators.validateInteger(concurrency, 'options.concurrency', 1);
    let highWaterMark = concurrency - 1;
    if (options != null && options.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
    validators.validateInteger(highWaterMark, 'options.highWaterMark', 0);
    const window = concurrency + highWaterMark;
    const stream = this;
    return async function* map() {
      const ac = linkedController(outerSignal);
      const signalOpt = { signal: ac.signal };
      const pending = [];
      let iterError = null;
      try {
        for await (const val of stream) {
          checkAborted(outerSignal);
          let p;
          try {
            p = fn(val, signalOpt);
          } catch (err) {
            p = Promise.reject(err);
          }
          if (p === kEmpty) continue;
          if (p && typeof p.then === 'function') p.then(undefined, nop);
          pending.push(p);
          while (pending.length >= window || (concurrency === 1 && pending.length)) {
            const v = await pending.shift();
            checkAborted(outerSignal);
            if (v !== kEmpty) yield v;
          }
        }
        while (pending.length) {
          const v = await pending.shift();
          checkAborted(outerSignal);
          if (v !== kEmpty) yield v;
        }
      } catch (err) {
        iterError = err;
        throw err;
      } finally {
        ac.abort(iterError || undefined);
      }
    }.call(this);
  }

  function filter(fn, options) {
    validators.validateFunction(fn, 'fn');
    async function filterFn(value, opts) {
      if (await fn(value, opts)) return value;
      return kEmpty;
    }
    return map.call(this, filterFn, options);
  }

  function flatMap(fn, options) {
    const values = map.call(this, fn, options);
    return async function* flatMap() {
      for await (const val of values) yield* val;
    }.call(this);
  }

  async function forEach(fn, options) {
    validators.validateFunction(fn, 'fn');
    async function forEachFn(value, opts) {
      await fn(value, opts);
      return kEmpty;
    }
    // eslint-disable-next-line no-unused-vars
    for await (const unused of map.call(this, forEachFn, options));
  }

  async function toArray(options) {
    const signal = validateOptions(options);
    const result = [];
    for await (const val of this) {
      checkAborted(signal);
      result.push(val);
    }
    return result;
  }

  async function some(fn, options) {
    // eslint-disable-next-line no-unused-vars
    for await (const unused of filter.call(this, fn, options)) return true;
    return false;
  }

  async function every(fn, options) {
    validators.validateFunction(fn, 'fn');
    return !(await some.call(this, async function (v, o) { return !(await fn(v, o)); }, options));
  }

  async function find(fn, options) {
    for await (const result of filter.call(this, fn, options)) return result;
    return undefined;
  }

  async function reduce(reducer, initialValue, options) {
    validators.validateFunction(reducer, 'reducer');
    const signal = validateOptions(options);
    let hasInitialValue = arguments.length > 1;
    checkAborted(signal);
    const ac = linkedController(signal);
    const opts = { signal: ac.signal };
    let gotAnyItemFromStream = false;
    try {
      for await (const value of this) {
        gotAnyItemFromStream = true;
        checkAborted(signal);
        if (!hasInitialValue) {
          initialValue = value;
          hasInitialValue = true;
        } else {
          initialValue = await reducer(initialValue, value, opts);
        }
      }
      if (!gotAnyItemFromStream && !hasInitialValue) {
        const err = new TypeError('Reduce of an empty stream requires an initial value');
        err.code = 'ERR_INVALID_ARGS';
        throw err;
      }
    } finally {
      ac.abort();
    }
    return initialValue;
  }

  function toIntegerOrInfinity(number) {
    number = Number(number);
    if (number !== number) return 0;
    if (number < 0) throw new codes.ERR_OUT_OF_RANGE('number', '>= 0', number);
    return number === Infinity ? number : Math.trunc(number);
  }

  function drop(number, options) {
    const signal = validateOptions(options);
    number = toIntegerOrInfinity(number);
    return async function* drop() {
      checkAborted(signal);
      for await (const val of this) {
        checkAborted(signal);
        if (number-- <= 0) yield val;
      }
    }.call(this);
  }

  function take(number, options) {
    const signal = validateOptions(options);
    number = toIntegerOrInfinity(number);
    return async function* take() {
      checkAborted(signal);
      if (number <= 0) return;
      for await (const val of this) {
        checkAborted(signal);
        if (number-- > 0) yield val;
        if (number <= 0) return;
      }
    }.call(this);
  }

  return {
    streamReturningOperators: { drop, filter, flatMap, map, take },
    promiseReturningOperators: { every, forEach, reduce, toArray, some, find },
  };
})();
