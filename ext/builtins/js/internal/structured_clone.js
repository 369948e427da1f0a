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
    if (refusesClone(value)) {
      const { DOMException } = internals.require('internal/dom_exception');
      throw new DOMException('Cannot clone object of unsupported type.', 'DataCloneError');
    }
    // With a transfer list, or for what the engine's one-step clone does not take
    // (Errors), the message path of worker_threads (ext_worker) when it is there.
    const io = internals.isPublicBuiltin('worker_threads') ? internals.require('internal/worker/io') : undefined;
    if (options !== null && typeof options === 'object' && io !== undefined) {
      const transfer = io.transferListOf({ transfer: options.transfer });
      if (transfer.length > 0) return io.deserialize(io.serialize(value, transfer));
    } else if (options && options.transfer && options.transfer.length) {
      throw new (internals.require('internal/errors').codes.ERR_NOT_IMPLEMENTED)('structuredClone with transfer');
    }
    try {
      return core.structuredClone(value);
    } catch (err) {
      if (io !== undefined) return io.deserialize(io.serialize(value, []));
      // The engine reports uncloneable values as a TypeError; the web API says DataCloneError.
      if (err instanceof TypeError) {
        const { DOMException } = internals.require('internal/dom_exception');
        throw new DOMException(err.message, 'DataCloneError');
      }
      throw err;
    }
  }
  // Whether a value holds an object marked with markAsUncloneable().
  function refusesClone(value) {
    return anyUncloneable && holdsUncloneable(value, new Set());
  }
  return { structuredClone, markAsUncloneable, refusesClone };
})();
