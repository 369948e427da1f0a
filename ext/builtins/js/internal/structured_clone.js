// structuredClone, through the engine's value serializer.
(function () {
  'use strict';
  const { core, internals } = globalThis.__bootstrap;
  function structuredClone(value, options) {
    if (arguments.length === 0) {
      const err = new TypeError('The "value" argument must be specified');
      err.code = 'ERR_MISSING_ARGS';
      throw err;
    }
    if (options && options.transfer && options.transfer.length) {
      throw new (internals.require('internal/errors').codes.ERR_NOT_IMPLEMENTED)('structuredClone with transfer');
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
  return { structuredClone };
})();
