// structuredClone, through the engine's value serializer.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;

  // worker_threads.markAsUncloneable(): objects structuredClone must refuse. The engine's
  // serializer does not know them, so while any exist the value is walked first.
  const uncloneable = new WeakSet();
  let anyUncloneable = false;
  function markAsUncloneable(object) {
    if ((typeof object === 'object' && object !== null) || typeof object === 'function') {
      uncloneable.add(object);
      anyUncloneable = true;
    }
  }
  function holdsUncloneable(value, seen) {
    if (value === null || typeof value !== 'object' || seen.has(value)) return false;
    if (uncloneable.has(value)) return true;
    seen.add(value);
    if (value instanceof Map) {
      for (const [k, v] of value) if (holdsUncloneable(k, seen) || holdsUncloneable(v, seen)) return true;
      return false;
    }
    if (value instanceof Set) {
      for (const v of value) if (holdsUncloneable(v, seen)) return true;
      return false;
    }
    if (ArrayBuffer.isView(value)) return false;
    for (const key of Object.keys(value)) if (holdsUncloneable(value[key], seen)) return true;
    return false;
  }

  function structuredClone(value, options) {
    if (arguments.length === 0) {
      const err = new TypeError('The "value" argument must be specified');
      err.code = 'ERR_MISSING_ARGS';
      throw err;
    }
    if (options && options.transfer && options.transfer.length) {
      throw new (internals.require('internal/errors').codes.ERR_NOT_IMPLEMENTED)('structuredClone with transfer');
    }
    if (anyUncloneable && holdsUncloneable(value, new Set())) {
      const { DOMException } = internals.require('internal/dom_exception');
      throw new DOMException('Cannot clone object of unsupported type.', 'DataCloneError');
    }
    try {
      return core.structuredClone(value);
    } catch (err) {
      // The engine reports uncloneable values as a TypeError; the web API says DataCloneError.
      if (err instanceof TypeError) {
        const { DOMException } = internals.require('internal/dom_exception');
        throw new DOMException(err.message, 'DataCloneError');
      }
      throw err;
    }
  }
  return { structuredClone, markAsUncloneable };
})();
