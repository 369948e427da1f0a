// node:async_hooks -- AsyncLocalStorage and AsyncResource on the engine's continuation-
// preserved data (what Node 24 builds them on: AsyncContextFrame). A frame is an immutable
// Map from storage to store; promise jobs carry the frame that was current when they were
// queued, process.nextTick and timers carry theirs (see timers.js). The low-level hooks
// API (createHook, executionAsyncId) throws ERR_NOT_IMPLEMENTED.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const V = require('internal/validators');
  const getFrame = core.getAsyncContext;
  const setFrame = core.setAsyncContext;

  // Runs fn with `frame` current, then puts the previous one back.
  function runInFrame(frame, fn, thisArg, args) {
    const previous = getFrame();
    setFrame(frame);
    try {
      return Reflect.apply(fn, thisArg, args);
    } finally {
      setFrame(previous);
    }
  }

  function withStore(frame, storage, store) {
    const next = new Map(frame instanceof Map ? frame : undefined);
    next.set(storage, store);
    return next;
  }

  class AsyncLocalStorage {
    #defaultValue;
    #name;
    constructor(options = {}) {
      V.validateObject(options, 'options');
      this.#defaultValue = options.defaultValue;
      this.#name = options.name === undefined ? '' : `${options.name}`;
    }
    get name() {
      return this.#name;
    }
    static bind(fn) {
      return AsyncResource.bind(fn);
    }
    static snapshot() {
      const frame = getFrame();
      return function runInAsyncScope(fn, ...args) {
        return runInFrame(frame, fn, this, args);
      };
    }
    disable() {
      const frame = getFrame();
      if (frame instanceof Map && frame.has(this)) {
        const next = new Map(frame);
        next.delete(this);
        setFrame(next);
      }
    }
    getStore() {
      const frame = getFrame();
      if (frame instanceof Map && frame.has(this)) return frame.get(this);
      return this.#defaultValue;
    }
    enterWith(store) {
      setFrame(withStore(getFrame(), this, store));
    }
    run(store, callback, ...args) {
      return runInFrame(withStore(getFrame(), this, store), callback, undefined, args);
    }
    exit(callback, ...args) {
      return this.run(undefined, callback, ...args);
    }
    withScope(store) {
      const previous = getFrame();
      this.enterWith(store);
      return {
        [Symbol.dispose]() {
          setFrame(previous);
        },
      };
    }
  }

  let nextAsyncId = 2; // 1 is the top level, as in Node
  let warnedAsyncResource = false;
  function warnAsyncResourceProperty() {
    if (warnedAsyncResource) return;
    warnedAsyncResource = true;
    process.emitWarning('The asyncResource property on bound functions is deprecated', 'DeprecationWarning', 'DEP0172');
  }

  class AsyncResource {
    #frame;
    #asyncId;
    #triggerAsyncId;
    constructor(type, options = {}) {
      V.validateString(type, 'type');
      let trigger = typeof options === 'number' ? options : options.triggerAsyncId;
      if (trigger === undefined) trigger = 1;
      else if (!Number.isSafeInteger(trigger) || trigger < -1) throw new codes.ERR_INVALID_ASYNC_ID('triggerAsyncId', trigger);
      this.#frame = getFrame();
      this.#asyncId = nextAsyncId++;
      this.#triggerAsyncId = trigger;
    }
    static bind(fn, type, thisArg) {
      type = type || fn.name || 'bound-anonymous-fn';
      return new AsyncResource(type).bind(fn, thisArg);
    }
    runInAsyncScope(fn, thisArg, ...args) {
      return runInFrame(this.#frame, fn, thisArg, args);
    }
    emitDestroy() {
      return this;
    }
    asyncId() {
      return this.#asyncId;
    }
    triggerAsyncId() {
      return this.#triggerAsyncId;
    }
    bind(fn, thisArg) {
      V.validateFunction(fn, 'fn');
      const resource = this;
      const bound = thisArg === undefined
        ? function (...args) { return resource.runInAsyncScope(fn, this, ...args); }
        : function (...args) { return resource.runInAsyncScope(fn, thisArg, ...args); };
      Object.defineProperties(bound, {
        length: { value: fn.length, configurable: true },
        asyncResource: {
          get() {
            warnAsyncResourceProperty();
            return resource;
          },
          configurable: true,
          enumerable: true,
        },
      });
      return bound;
    }
  }

  const notImplemented = (name) => require('internal/errors').notImplementedFunction(`async_hooks.${name}()`);

  return {
    AsyncLocalStorage,
    createHook: notImplemented('createHook'),
    executionAsyncId: notImplemented('executionAsyncId'),
    triggerAsyncId: notImplemented('triggerAsyncId'),
    executionAsyncResource: notImplemented('executionAsyncResource'),
    asyncWrapProviders: Object.freeze({ __proto__: null }),
    AsyncResource,
  };
})();
