// internal/webstreams/strategies -- ByteLengthQueuingStrategy and CountQueuingStrategy
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const { ERR_INVALID_ARG_TYPE, ERR_MISSING_OPTION, ERR_INVALID_THIS } = codes;
  const { kInspect, inspectWith } = require('internal/webstreams/util');

  // One size function per realm for each class, as the spec has it.
  const byteLengthSize = { size(chunk) { return chunk.byteLength; } }.size;
  const countSize = { size() { return 1; } }.size;

  function readInit(init) {
    if (init === null || typeof init !== 'object') throw new ERR_INVALID_ARG_TYPE('init', 'Object', init);
    const hwm = init.highWaterMark;
    if (hwm === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
    return +hwm;
  }

  class ByteLengthQueuingStrategy {
    #highWaterMark;
    constructor(init) {
      this.#highWaterMark = readInit(init);
    }
    get highWaterMark() {
      if (!ByteLengthQueuingStrategy.#is(this)) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
      return this.#highWaterMark;
    }
    get size() {
      if (!ByteLengthQueuingStrategy.#is(this)) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
      return byteLengthSize;
    }
    static #is(o) {
      return o !== null && typeof o === 'object' && #highWaterMark in o;
    }
    [kInspect](depth, options, inspect) {
      return inspectWith(this, 'ByteLengthQueuingStrategy', { highWaterMark: this.#highWaterMark }, depth, options, inspect);
    }
  }

  class CountQueuingStrategy {
    #highWaterMark;
    constructor(init) {
      this.#highWaterMark = readInit(init);
    }
    get highWaterMark() {
      if (!CountQueuingStrategy.#is(this)) throw new ERR_INVALID_THIS('CountQueuingStrategy');
      return this.#highWaterMark;
    }
    get size() {
      if (!CountQueuingStrategy.#is(this)) throw new ERR_INVALID_THIS('CountQueuingStrategy');
      return countSize;
    }
    static #is(o) {
      return o !== null && typeof o === 'object' && #highWaterMark in o;
    }
    [kInspect](depth, options, inspect) {
      return inspectWith(this, 'CountQueuingStrategy', { highWaterMark: this.#highWaterMark }, depth, options, inspect);
    }
  }

  for (const C of [ByteLengthQueuingStrategy, CountQueuingStrategy]) {
    Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
  }

  return { ByteLengthQueuingStrategy, CountQueuingStrategy };
})();
