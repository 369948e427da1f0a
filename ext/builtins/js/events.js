// node:events -- EventEmitter plus the static once/on/listener-limit helpers of node:events
(function () {
  'use strict';
  const { internals, core } = __bootstrap;
  const require = internals.require;

  // --- Shared symbols and module state ---------------------------------------------------
  const kCapture = Symbol('kCapture');
  const kShapeMode = Symbol('shapeMode');
  const kErrorMonitor = Symbol('events.errorMonitor');
  const kRejection = Symbol.for('nodejs.rejection');
  const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
  const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
  const kWatermarkData = Symbol.for('nodejs.watermarkData');
  const kFirstEventParam = Symbol('nodejs.kFirstEventParam');

  let defaultMaxListeners = 10;
  let captureDefault = false; // mirrors EventEmitter.prototype[kCapture]

  const hasOwn = Object.prototype.hasOwnProperty;
  const ownKeys = Reflect.ownKeys;

  const { codes } = require('internal/errors');
  const validators = require('internal/validators');
  function makeAbortError(signal) {
    const AbortError = require('internal/errors').AbortError;
    return new AbortError(undefined, { cause: signal === undefined || signal === null ? undefined : signal.reason });
  }
  function inspectValue(value, opts) {
    const util = require('util');
    return util.inspect(value, opts);
  }
  function disposeSymbol() {
    return Symbol.dispose || Symbol.for('nodejs.dispose');
  }

  // The symbol Node's EventTarget uses to let listeners ignore stopImmediatePropagation;
  // only available when the runtime exposes internal/event_target.
  let resistStopPropagation;
  function listenerFlagsOnce() {
    if (resistStopPropagation === undefined) {
      resistStopPropagation = null;
      try {
        const et = require('internal/event_target');
        if (et && typeof et.kResistStopPropagation === 'symbol') resistStopPropagation = et.kResistStopPropagation;
      } catch {
        // not provided by this runtime
      }
    }
    const flags = { __proto__: null, once: true };
    if (resistStopPropagation !== null) flags[resistStopPropagation] = true;
    return flags;
  }

  function throwListenerType(listener) {
    throw new (codes.ERR_INVALID_ARG_TYPE)('listener', 'Function', listener);
  }

  function checkMaxListenersArg(n, name) {
    if (typeof n !== 'number' || n < 0 || n !== n) validators.validateNumber(n, name, 0);
  }

  // ---------------------------------------------------------------------------
  // EventEmitter
  //
  // _events maps an event name to either a single listener function or, for two or
  // more listeners, an array. Arrays are treated as copy-on-write for every change
  // except appending: emit walks the array it saw at the start up to its starting
  // length, so appends beyond that length and replacement arrays made by removal or
  // prepending never disturb an emit in progress, and emit never needs to copy.
  // ---------------------------------------------------------------------------
  function EventEmitter(opts) {
    // Node's constructor defers to EventEmitter.init; honour a patched init, otherwise
    // do the same work inline (emitters are created per request, so this path is hot).
    if (EventEmitter.init !== initEmitter) {
      EventEmitter.init.call(this, opts);
      return;
    }
    const events = this._events;
    if (events === undefined || events === Object.getPrototypeOf(this)._events) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
      this[kShapeMode] = false;
    } else {
      this[kShapeMode] = true;
    }
    // Only a missing or falsy limit becomes an own `undefined`; an inherited limit stays inherited.
    if (!this._maxListeners) this._maxListeners = undefined;
    if (opts != null && opts.captureRejections) {
      if (typeof opts.captureRejections !== 'boolean') {
        validators.validateBoolean(opts.captureRejections, 'options.captureRejections');
      }
      this[kCapture] = true;
    } else {
      this[kCapture] = captureDefault;
    }
  }

  EventEmitter.prototype._events = undefined;
  EventEmitter.prototype._eventsCount = 0;
  EventEmitter.prototype._maxListeners = undefined;
  Object.defineProperty(EventEmitter.prototype, kCapture, {
    __proto__: null,
    value: false,
    writable: true,
    enumerable: false,
    configurable: false,
  });

  const initEmitter = [function (opts) {
    const events = this._events;
    if (events === undefined || events === Object.getPrototypeOf(this)._events) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
      this[kShapeMode] = false;
    } else {
      this[kShapeMode] = true;
    }
    // Only a missing or falsy limit becomes an own `undefined`; an inherited limit stays inherited.
    if (!this._maxListeners) this._maxListeners = undefined;
    if (opts != null && opts.captureRejections) {
      if (typeof opts.captureRejections !== 'boolean') {
        validators.validateBoolean(opts.captureRejections, 'options.captureRejections');
      }
      this[kCapture] = true;
    } else {
      this[kCapture] = captureDefault;
    }
  }][0];

  function getMaxListenersOf(that) {
    const m = that._maxListeners;
    return m === undefined ? defaultMaxListeners : m;
  }

  function warnLeak(target, type, existing, max) {
    existing.warned = true;
    const proc = globalThis.process;
    let where;
    try {
      where = inspectValue(target, { depth: -1 });
    } catch {
      const ctor = target != null ? target.constructor : undefined;
      where = '[' + (ctor && ctor.name ? ctor.name : 'Object') + ']';
    }
    const w = new Error(
      'Possible EventEmitter memory leak detected. ' + existing.length + ' ' + String(type) +
      ' listeners added to ' + where + '. MaxListeners is ' + max +
      '. Use emitter.setMaxListeners() to increase limit');
    w.name = 'MaxListenersExceededWarning';
    w.emitter = target;
    w.type = type;
    w.count = existing.length;
    if (proc && typeof proc.emitWarning === 'function') proc.emitWarning(w);
  }

  function addListenerImpl(target, type, listener, prepend) {
    if (typeof listener !== 'function') throwListenerType(listener);
    let events = target._events;
    let existing;
    if (events === undefined) {
      events = target._events = { __proto__: null };
      target._eventsCount = 0;
    } else {
      if (events.newListener !== undefined) {
        const orig = listener.listener;
        target.emit('newListener', type, orig !== undefined && orig !== null ? orig : listener);
        // A 'newListener' listener may have replaced _events.
        events = target._events;
      }
      existing = events[type];
    }

    if (existing === undefined) {
      events[type] = listener;
      ++target._eventsCount;
      return target;
    }
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      const next = [listener];
      for (let i = 0; i < existing.length; i++) next.push(existing[i]);
      if (existing.warned) next.warned = true;
      existing = events[type] = next;
    } else {
      existing.push(listener);
    }
    const m = getMaxListenersOf(target);
    if (m > 0 && existing.length > m && !existing.warned) warnLeak(target, type, existing, m);
    return target;
  }

  EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
    checkMaxListenersArg(n, 'setMaxListeners');
    this._maxListeners = n;
    return this;
  };

  EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
    return getMaxListenersOf(this);
  };

  // Promise returned by a listener while capturing rejections.
  function addCatch(that, promise, type, args) {
    if (!that[kCapture]) return;
    try {
      const then = promise.then;
      if (typeof then === 'function') {
        then.call(promise, undefined, function (err) {
          core.queueNextTick({ callback: emitUnhandledRejectionOrErr, args: [that, err, type, args] });
        });
      }
    } catch (err) {
      that.emit('error', err);
    }
  }

  function emitUnhandledRejectionOrErr(ee, err, type, args) {
    const handler = ee[kRejection];
    if (typeof handler === 'function') {
      handler.apply(ee, [err, type].concat(args));
    } else {
      const prev = ee[kCapture];
      try {
        ee[kCapture] = false;
        ee.emit('error', err);
      } finally {
        ee[kCapture] = prev;
      }
    }
  }

  // 'error' with no 'error' listener: the error itself is thrown, anything else is
  // wrapped in ERR_UNHANDLED_ERROR.
  function throwUnhandled(er) {
    if (er instanceof Error) {
      throw er; // Unhandled 'error' event
    }
    let stringified;
    try {
      stringified = inspectValue(er);
    } catch {
      try {
        stringified = typeof er === 'symbol' ? er.toString() : String(er);
      } catch {
        stringified = Object.prototype.toString.call(er);
      }
    }
    // internal/errors renders its argument itself; Node's message always carries the
    // inspected value, 'Unhandled error. (undefined)' included, so pin it here.
    const err = new (codes.ERR_UNHANDLED_ERROR)(er === undefined ? stringified : er);
    const message = 'Unhandled error. (' + stringified + ')';
    if (err.message !== message) {
      const stack = err.stack;
      err.message = message;
      if (typeof stack === 'string') {
        const nl = stack.indexOf('\n');
        try {
          err.stack = err.name + ' [' + err.code + ']: ' + message + (nl < 0 ? '' : stack.slice(nl));
        } catch {
          // stack not writable
        }
      }
    }
    err.context = er;
    throw err; // Unhandled 'error' event
  }

  function emitSlow(that, type, args) {
    // args: the arguments after `type`, as an array
    const events = that._events;
    if (type === 'error') {
      let doError = true;
      if (events !== undefined) {
        if (events[kErrorMonitor] !== undefined) {
          that.emit.apply(that, [kErrorMonitor].concat(args));
        }
        doError = events.error === undefined;
      }
      if (doError) throwUnhandled(args.length > 0 ? args[0] : undefined);
    }
    if (events === undefined) return false;
    const handler = events[type];
    if (handler === undefined) return false;
    if (typeof handler === 'function') {
      const result = handler.apply(that, args);
      if (result !== undefined && result !== null) addCatch(that, result, type, args);
    } else {
      const len = handler.length;
      for (let i = 0; i < len; i++) {
        const result = handler[i].apply(that, args);
        if (result !== undefined && result !== null) addCatch(that, result, type, args);
      }
    }
    return true;
  }

  // Rest parameters plus apply is the cheapest exact form under QuickJS: the rest array
  // is refcounted and freed on return, while `arguments` costs a heavier object and
  // switching over fn.call(...) costs a property lookup and native frame per listener.
  EventEmitter.prototype.emit = function emit(type, ...args) {
    if (type === 'error') return emitSlow(this, type, args);
    const events = this._events;
    if (events === undefined) return false;
    const handler = events[type];
    if (handler === undefined) return false;
    if (typeof handler === 'function') {
      const result = handler.apply(this, args);
      if (result !== undefined && result !== null) addCatch(this, result, type, args);
      return true;
    }
    const len = handler.length;
    for (let i = 0; i < len; i++) {
      const result = handler[i].apply(this, args);
      if (result !== undefined && result !== null) addCatch(this, result, type, args);
    }
    return true;
  };

  EventEmitter.prototype.addListener = function addListener(type, listener) {
    return addListenerImpl(this, type, listener, false);
  };
  EventEmitter.prototype.on = EventEmitter.prototype.addListener;

  EventEmitter.prototype.prependListener = function prependListener(type, listener) {
    return addListenerImpl(this, type, listener, true);
  };

  // The once() wrapper is a plain closure named `wrapper` (length 0) carrying `.listener`.
  function onceWrap(target, type, listener) {
    let done = false;
    const wrapper = function wrapper(...args) {
      if (done) return undefined;
      done = true;
      target.removeListener(type, wrapper);
      return Reflect.apply(listener, target, args);
    };
    wrapper.listener = listener;
    return wrapper;
  }

  EventEmitter.prototype.once = function once(type, listener) {
    if (typeof listener !== 'function') throwListenerType(listener);
    this.on(type, onceWrap(this, type, listener));
    return this;
  };

  EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
    if (typeof listener !== 'function') throwListenerType(listener);
    this.prependListener(type, onceWrap(this, type, listener));
    return this;
  };

  EventEmitter.prototype.removeListener = function removeListener(type, listener) {
    if (typeof listener !== 'function') throwListenerType(listener);
    const events = this._events;
    if (events === undefined) return this;
    const list = events[type];
    if (list === undefined) return this;

    if (list === listener || list.listener === listener) {
      this._eventsCount -= 1;
      if (this[kShapeMode]) {
        events[type] = undefined;
      } else if (this._eventsCount === 0) {
        this._events = { __proto__: null };
      } else {
        delete events[type];
        if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
      }
    } else if (typeof list !== 'function') {
      let position = -1;
      for (let i = list.length - 1; i >= 0; i--) {
        if (list[i] === listener || list[i].listener === listener) {
          position = i;
          break;
        }
      }
      if (position < 0) return this;
      if (list.length === 2) {
        events[type] = list[position === 0 ? 1 : 0];
      } else {
        const next = [];
        for (let i = 0; i < list.length; i++) {
          if (i !== position) next.push(list[i]);
        }
        if (list.warned) next.warned = true;
        events[type] = next;
      }
      if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
    }
    return this;
  };
  EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

  EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
    const events = this._events;
    if (events === undefined) return this;

    // Not listening for removeListener, no need to emit
    if (events.removeListener === undefined) {
      if (arguments.length === 0) {
        this._events = { __proto__: null };
        this._eventsCount = 0;
      } else if (events[type] !== undefined) {
        if (--this._eventsCount === 0) this._events = { __proto__: null };
        else delete events[type];
      }
      this[kShapeMode] = false;
      return this;
    }

    // Emit removeListener for all listeners on all events
    if (arguments.length === 0) {
      const keys = ownKeys(events);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (key === 'removeListener') continue;
        this.removeAllListeners(key);
      }
      this.removeAllListeners('removeListener');
      this._events = { __proto__: null };
      this._eventsCount = 0;
      this[kShapeMode] = false;
      return this;
    }

    const listeners = events[type];
    if (typeof listeners === 'function') {
      this.removeListener(type, listeners);
    } else if (listeners !== undefined) {
      // LIFO order
      for (let i = listeners.length - 1; i >= 0; i--) {
        this.removeListener(type, listeners[i]);
      }
    }
    return this;
  };

  function listenersImpl(target, type, unwrap) {
    const events = target._events;
    if (events === undefined) return [];
    const evlistener = events[type];
    if (evlistener === undefined) return [];
    if (typeof evlistener === 'function') {
      if (unwrap) {
        const orig = evlistener.listener;
        return [typeof orig === 'function' ? orig : evlistener];
      }
      return [evlistener];
    }
    const n = evlistener.length;
    const ret = new Array(n);
    for (let i = 0; i < n; i++) {
      const fn = evlistener[i];
      if (unwrap) {
        const orig = fn.listener;
        ret[i] = typeof orig === 'function' ? orig : fn;
      } else {
        ret[i] = fn;
      }
    }
    return ret;
  }

  EventEmitter.prototype.listeners = function listeners(type) {
    return listenersImpl(this, type, true);
  };

  EventEmitter.prototype.rawListeners = function rawListeners(type) {
    return listenersImpl(this, type, false);
  };

  function listenerCount(type, listener) {
    const events = this._events;
    if (events !== undefined) {
      const evlistener = events[type];
      if (typeof evlistener === 'function') {
        if (listener != null) {
          return listener === evlistener || listener === evlistener.listener ? 1 : 0;
        }
        return 1;
      } else if (evlistener !== undefined) {
        if (listener != null) {
          let matching = 0;
          for (let i = 0, l = evlistener.length; i < l; i++) {
            if (evlistener[i] === listener || evlistener[i].listener === listener) matching++;
          }
          return matching;
        }
        return evlistener.length;
      }
    }
    return 0;
  }
  EventEmitter.prototype.listenerCount = listenerCount;

  // In shape mode (subclasses that preset _events) this includes the preset names
  // even while they have no listener, exactly as Node does; node:stream's Readable
  // filters those in its own override.
  EventEmitter.prototype.eventNames = function eventNames() {
    if (this._eventsCount === 0) return [];
    // In shape mode removed events keep their key with an undefined value; skip those.
    const events = this._events;
    const keys = ownKeys(events);
    const names = [];
    for (let i = 0; i < keys.length; i++) {
      if (events[keys[i]] !== undefined) names.push(keys[i]);
    }
    return names;
  };

  // --- Static properties -----------------------------------------------------------------
  function isEventTarget(obj) {
    const ET = globalThis.EventTarget;
    return typeof ET === 'function' && obj !== null && typeof obj === 'object' && obj instanceof ET;
  }

  // Best effort: EventTarget implementations keep listeners behind private state.
  function eventTargetListeners(target, type) {
    // Shapes recognised: a Map of type -> linked list root ({ next: { listener, next } }),
    // or { listeners: { [type]: [{ callback }] } }, held under an own symbol.
    const syms = Object.getOwnPropertySymbols(target);
    for (let i = 0; i < syms.length; i++) {
      const data = target[syms[i]];
      if (data === null || typeof data !== 'object') continue;
      let list;
      if (typeof data.get === 'function' && typeof data.has === 'function') {
        list = data.get(type);
      } else {
        const map = data.listeners;
        if (map === null || typeof map !== 'object') continue;
        list = hasOwn.call(map, type) ? map[type] : undefined;
      }
      if (list === undefined || list === null) continue;
      const out = [];
      if (typeof list === 'object' && 'next' in list && !Array.isArray(list)) {
        // linked list of handlers: { next: { listener, next } }
        let handler = list.next;
        while (handler != null && handler.listener !== undefined) {
          let fn = handler.listener;
          if (fn !== null && typeof fn === 'object' && typeof fn.deref === 'function' &&
              typeof fn.handleEvent !== 'function') {
            fn = fn.deref();
          }
          out.push(fn);
          handler = handler.next;
        }
      } else if (Array.isArray(list)) {
        for (let j = 0; j < list.length; j++) {
          const entry = list[j];
          const cb = entry && (entry.callback !== undefined ? entry.callback : entry.listener);
          if (cb !== undefined && cb !== null) out.push(cb);
        }
      }
      return out;
    }
    return [];
  }

  function getEventListeners(emitterOrTarget, type) {
    if (typeof emitterOrTarget.listeners === 'function') {
      return emitterOrTarget.listeners(type);
    }
    if (isEventTarget(emitterOrTarget)) return eventTargetListeners(emitterOrTarget, type);
    throw new (codes.ERR_INVALID_ARG_TYPE)('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
  }

  function getMaxListeners(emitterOrTarget) {
    if (emitterOrTarget != null && typeof emitterOrTarget.getMaxListeners === 'function') {
      return getMaxListenersOf(emitterOrTarget);
    }
    if (emitterOrTarget != null && typeof emitterOrTarget[kMaxEventTargetListeners] === 'number') {
      return emitterOrTarget[kMaxEventTargetListeners];
    }
    // Our EventTarget does not preset the per-target limit; it starts at the default.
    if (isEventTarget(emitterOrTarget)) return defaultMaxListeners;
    throw new (codes.ERR_INVALID_ARG_TYPE)('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
  }

  function addAbortListener(signal, listener) {
    if (signal === undefined) {
      throw new (codes.ERR_INVALID_ARG_TYPE)('signal', 'AbortSignal', signal);
    }
    const v = validators;
    v.validateAbortSignal(signal, 'signal');
    v.validateFunction(listener, 'listener');
    let remove;
    if (signal.aborted) {
      const qm = globalThis.queueMicrotask;
      if (typeof qm === 'function') qm(() => listener());
      else Promise.resolve().then(() => listener());
    } else {
      signal.addEventListener('abort', listener, listenerFlagsOnce());
      remove = () => {
        signal.removeEventListener('abort', listener);
      };
    }
    return {
      __proto__: null,
      [disposeSymbol()]() {
        if (remove !== undefined) remove();
      },
    };
  }

  function eventTargetAgnosticRemoveListener(emitter, name, listener, flags) {
    if (typeof emitter.removeListener === 'function') {
      emitter.removeListener(name, listener);
    } else if (typeof emitter.removeEventListener === 'function') {
      emitter.removeEventListener(name, listener, flags);
    } else {
      throw new (codes.ERR_INVALID_ARG_TYPE)('emitter', 'EventEmitter', emitter);
    }
  }

  function eventTargetAgnosticAddListener(emitter, name, listener, flags) {
    if (typeof emitter.on === 'function') {
      if (flags != null && flags.once) emitter.once(name, listener);
      else emitter.on(name, listener);
    } else if (typeof emitter.addEventListener === 'function') {
      emitter.addEventListener(name, listener, flags);
    } else {
      throw new (codes.ERR_INVALID_ARG_TYPE)('emitter', 'EventEmitter', emitter);
    }
  }

  async function once(emitter, name, options = {}) {
    const v = validators;
    v.validateObject(options, 'options');
    const signal = options.signal;
    v.validateAbortSignal(signal, 'options.signal');
    if (signal != null && signal.aborted) throw makeAbortError(signal);
    return new Promise((resolve, reject) => {
      const errorListener = (err) => {
        emitter.removeListener(name, resolver);
        if (signal != null) eventTargetAgnosticRemoveListener(signal, 'abort', abortListener);
        reject(err);
      };
      const resolver = (...args) => {
        if (typeof emitter.removeListener === 'function') {
          emitter.removeListener('error', errorListener);
        }
        if (signal != null) eventTargetAgnosticRemoveListener(signal, 'abort', abortListener);
        resolve(args);
      };
      const flags = listenerFlagsOnce();
      eventTargetAgnosticAddListener(emitter, name, resolver, flags);
      if (name !== 'error' && typeof emitter.once === 'function') {
        // Only EventEmitters have 'error' semantics; EventTargets do not.
        emitter.once('error', errorListener);
      }
      function abortListener() {
        eventTargetAgnosticRemoveListener(emitter, name, resolver);
        eventTargetAgnosticRemoveListener(emitter, 'error', errorListener);
        reject(makeAbortError(signal));
      }
      if (signal != null) eventTargetAgnosticAddListener(signal, 'abort', abortListener, flags);
    });
  }

  const AsyncIteratorPrototype = Object.getPrototypeOf(
    Object.getPrototypeOf(async function* () {}).prototype);

  function iterResult(value, done) {
    return { value, done };
  }

  // Small FIFO that does not shift arrays (shift is O(n)).
  function Queue() {
    this.items = [];
    this.head = 0;
  }
  Queue.prototype.isEmpty = function () {
    return this.head === this.items.length;
  };
  Queue.prototype.push = function (item) {
    this.items.push(item);
  };
  Queue.prototype.shift = function () {
    const items = this.items;
    const item = items[this.head];
    items[this.head] = undefined;
    this.head++;
    if (this.head === items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > items.length) {
      this.items = items.slice(this.head);
      this.head = 0;
    }
    return item;
  };

  function on(emitter, event, options = {}) {
    const v = validators;
    v.validateObject(options, 'options');
    const signal = options.signal;
    v.validateAbortSignal(signal, 'options.signal');
    if (signal != null && signal.aborted) throw makeAbortError(signal);
    // Both spellings are accepted, as in Node.
    let highWatermark = options.highWaterMark;
    if (highWatermark === undefined || highWatermark === null) highWatermark = options.highWatermark;
    if (highWatermark === undefined || highWatermark === null) highWatermark = Number.MAX_SAFE_INTEGER;
    v.validateInteger(highWatermark, 'options.highWaterMark', 1);
    let lowWatermark = options.lowWaterMark;
    if (lowWatermark === undefined || lowWatermark === null) lowWatermark = options.lowWatermark;
    if (lowWatermark === undefined || lowWatermark === null) lowWatermark = 1;
    v.validateInteger(lowWatermark, 'options.lowWaterMark', 1);

    const unconsumedEvents = new Queue();
    const unconsumedPromises = new Queue();
    let paused = false;
    let error = null;
    let finished = false;
    let size = 0;
    const registered = [];

    const iterator = Object.setPrototypeOf({
      next() {
        // First, hand out events that arrived before anyone asked.
        if (size) {
          const value = unconsumedEvents.shift();
          size--;
          if (paused && size < lowWatermark) {
            emitter.resume();
            paused = false;
          }
          return Promise.resolve(iterResult(value, false));
        }
        // Then a pending error, once.
        if (error) {
          const p = Promise.reject(error);
          error = null;
          return p;
        }
        if (finished) return closeHandler();
        return new Promise(function (resolve, reject) {
          unconsumedPromises.push({ resolve, reject });
        });
      },

      return() {
        return closeHandler();
      },

      throw(err) {
        if (!err || !(err instanceof Error)) {
          throw new (codes.ERR_INVALID_ARG_TYPE)('EventEmitter.AsyncIterator', 'Error', err);
        }
        errorHandler(err);
      },

      [Symbol.asyncIterator]() {
        return this;
      },

      [kWatermarkData]: {
        get size() {
          return size;
        },
        get low() {
          return lowWatermark;
        },
        get high() {
          return highWatermark;
        },
        get isPaused() {
          return paused;
        },
      },
    }, AsyncIteratorPrototype);

    function register(target, name, handler) {
      eventTargetAgnosticAddListener(target, name, handler, undefined);
      registered.push(target, name, handler);
    }

    register(emitter, event, options[kFirstEventParam] ? eventHandler : function (...args) {
      return eventHandler(args);
    });
    if (event !== 'error' && typeof emitter.on === 'function') {
      register(emitter, 'error', errorHandler);
    }
    const closeEvents = options.close;
    if (closeEvents != null && closeEvents.length) {
      for (let i = 0; i < closeEvents.length; i++) register(emitter, closeEvents[i], closeHandler);
    }

    const abortDisposable = signal ? addAbortListener(signal, abortListener) : null;

    return iterator;

    function abortListener() {
      errorHandler(makeAbortError(signal));
    }

    function eventHandler(value) {
      if (unconsumedPromises.isEmpty()) {
        size++;
        if (!paused && size > highWatermark) {
          paused = true;
          emitter.pause();
        }
        unconsumedEvents.push(value);
      } else {
        unconsumedPromises.shift().resolve(iterResult(value, false));
      }
    }

    function errorHandler(err) {
      if (unconsumedPromises.isEmpty()) error = err;
      else unconsumedPromises.shift().reject(err);
      closeHandler();
    }

    function closeHandler() {
      if (abortDisposable !== null) abortDisposable[disposeSymbol()]();
      while (registered.length > 0) {
        const handler = registered.pop();
        const name = registered.pop();
        const target = registered.pop();
        eventTargetAgnosticRemoveListener(target, name, handler, undefined);
      }
      finished = true;
      const done = iterResult(undefined, true);
      while (!unconsumedPromises.isEmpty()) unconsumedPromises.shift().resolve(done);
      return Promise.resolve(done);
    }
  }

  let EventEmitterAsyncResourceClass;
  function lazyEventEmitterAsyncResource() {
    if (EventEmitterAsyncResourceClass !== undefined) return EventEmitterAsyncResourceClass;
    const kAsyncResource = Symbol('kAsyncResource');
    const kEventEmitter = Symbol('kEventEmitter');
    // async_hooks requires events, so it is taken when the class is first used.
    function asyncResourceClass() {
      return require('async_hooks').AsyncResource;
    }

    function makeAsyncResource(emitter, type, options) {
      const Base = asyncResourceClass();
      class EventEmitterReferencingAsyncResource extends Base {
        constructor(ee, t, opts) {
          super(t, opts);
          this[kEventEmitter] = ee;
        }
        get eventEmitter() {
          if (this[kEventEmitter] === undefined) {
            throw new (codes.ERR_INVALID_THIS)('EventEmitterReferencingAsyncResource');
          }
          return this[kEventEmitter];
        }
      }
      return new EventEmitterReferencingAsyncResource(emitter, type, options);
    }

    class EventEmitterAsyncResource extends EventEmitter {
      constructor(options = undefined) {
        let name;
        if (typeof options === 'string') {
          name = options;
          options = undefined;
        } else {
          if (new.target === EventEmitterAsyncResource) {
            validators.validateString(options && options.name, 'options.name');
          }
          name = (options && options.name) || new.target.name;
        }
        super(options);
        this[kAsyncResource] = makeAsyncResource(this, name, options);
      }

      emit(event, ...args) {
        if (this[kAsyncResource] === undefined) {
          throw new (codes.ERR_INVALID_THIS)('EventEmitterAsyncResource');
        }
        const resource = this[kAsyncResource];
        return resource.runInAsyncScope(super.emit, this, event, ...args);
      }

      emitDestroy() {
        if (this[kAsyncResource] === undefined) {
          throw new (codes.ERR_INVALID_THIS)('EventEmitterAsyncResource');
        }
        this[kAsyncResource].emitDestroy();
      }

      get asyncId() {
        if (this[kAsyncResource] === undefined) {
          throw new (codes.ERR_INVALID_THIS)('EventEmitterAsyncResource');
        }
        return this[kAsyncResource].asyncId();
      }

      get triggerAsyncId() {
        if (this[kAsyncResource] === undefined) {
          throw new (codes.ERR_INVALID_THIS)('EventEmitterAsyncResource');
        }
        return this[kAsyncResource].triggerAsyncId();
      }

      get asyncResource() {
        if (this[kAsyncResource] === undefined) {
          throw new (codes.ERR_INVALID_THIS)('EventEmitterAsyncResource');
        }
        return this[kAsyncResource];
      }
    }
    EventEmitterAsyncResourceClass = EventEmitterAsyncResource;
    return EventEmitterAsyncResource;
  }

  // Property order follows Node's module (it is observable through Object.keys).
  EventEmitter.addAbortListener = addAbortListener;
  EventEmitter.once = once;
  EventEmitter.on = on;
  EventEmitter.getEventListeners = getEventListeners;
  EventEmitter.getMaxListeners = getMaxListeners;
  // Static listenerCount(emitterOrTarget, type): the emitter's own method, else an
  // EventTarget's listener count, else a type error.
  EventEmitter.listenerCount = function listenerCount(emitterOrTarget, type) {
    if (typeof emitterOrTarget.listenerCount === 'function') {
      return emitterOrTarget.listenerCount(type);
    }
    if (isEventTarget(emitterOrTarget)) return eventTargetListeners(emitterOrTarget, type).length;
    throw new (codes.ERR_INVALID_ARG_TYPE)('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
  };
  EventEmitter.EventEmitter = EventEmitter;
  EventEmitter.usingDomains = false;
  EventEmitter.captureRejectionSymbol = kRejection;
  Object.defineProperty(EventEmitter, 'captureRejections', {
    __proto__: null,
    get: function get() {
      return EventEmitter.prototype[kCapture];
    },
    set: function set(value) {
      if (typeof value !== 'boolean') validators.validateBoolean(value, 'EventEmitter.captureRejections');
      EventEmitter.prototype[kCapture] = value;
      captureDefault = value;
    },
    enumerable: true,
    configurable: false,
  });
  Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
    __proto__: null,
    get: lazyEventEmitterAsyncResource,
    set: undefined,
    enumerable: true,
    configurable: true,
  });
  EventEmitter.errorMonitor = kErrorMonitor;
  Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
    __proto__: null,
    get: function get() {
      return defaultMaxListeners;
    },
    set: function set(arg) {
      checkMaxListenersArg(arg, 'defaultMaxListeners');
      defaultMaxListeners = arg;
    },
    enumerable: true,
    configurable: false,
  });
  Object.defineProperty(EventEmitter, 'kMaxEventTargetListeners', {
    __proto__: null,
    value: kMaxEventTargetListeners,
    enumerable: false,
    configurable: false,
    writable: false,
  });
  Object.defineProperty(EventEmitter, 'kMaxEventTargetListenersWarned', {
    __proto__: null,
    value: kMaxEventTargetListenersWarned,
    enumerable: false,
    configurable: false,
    writable: false,
  });

  // Function expressions assigned to properties stay anonymous, as in Node.
  const staticFns = [
    function (n = defaultMaxListeners, ...eventTargets) {
      checkMaxListenersArg(n, 'setMaxListeners');
      if (eventTargets.length === 0) {
        defaultMaxListeners = n;
        return;
      }
      for (let i = 0; i < eventTargets.length; i++) {
        const target = eventTargets[i];
        if (isEventTarget(target)) {
          target[kMaxEventTargetListeners] = n;
          target[kMaxEventTargetListenersWarned] = false;
        } else if (target != null && typeof target.setMaxListeners === 'function') {
          target.setMaxListeners(n);
        } else {
          throw new (codes.ERR_INVALID_ARG_TYPE)('eventTargets', ['EventEmitter', 'EventTarget'], target);
        }
      }
    },
  ];
  EventEmitter.setMaxListeners = staticFns[0];
  EventEmitter.init = initEmitter;

  return EventEmitter;
})();
