// Event and EventTarget (the DOM's event model, as Node provides it globally).
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;

  const kStop = Symbol('kStop');

  class Event {
    #type;
    #bubbles;
    #cancelable;
    #composed;
    #defaultPrevented = false;
    #timeStamp;
    constructor(type, options) {
      if (arguments.length === 0) throw new (require('internal/errors').codes.ERR_MISSING_ARGS)('type');
      this.#type = String(type);
      this.#bubbles = !!(options && options.bubbles);
      this.#cancelable = !!(options && options.cancelable);
      this.#composed = !!(options && options.composed);
      this.#timeStamp = globalThis.performance ? globalThis.performance.now() : Date.now();
      this[kStop] = false;
      this.target = null;
      this.currentTarget = null;
    }
    get type() {
      return this.#type;
    }
    get bubbles() {
      return this.#bubbles;
    }
    get cancelable() {
      return this.#cancelable;
    }
    get composed() {
      return this.#composed;
    }
    get defaultPrevented() {
      return this.#cancelable && this.#defaultPrevented;
    }
    get timeStamp() {
      return this.#timeStamp;
    }
    get isTrusted() {
      return false;
    }
    get eventPhase() {
      return this.currentTarget ? 2 : 0;
    }
    get srcElement() {
      return this.target;
    }
    get returnValue() {
      return !this.defaultPrevented;
    }
    get cancelBubble() {
      return this[kStop];
    }
    composedPath() {
      return this.currentTarget ? [this.currentTarget] : [];
    }
    preventDefault() {
      this.#defaultPrevented = true;
    }
    stopPropagation() {}
    stopImmediatePropagation() {
      this[kStop] = true;
    }
  }
  Event.NONE = 0;
  Event.CAPTURING_PHASE = 1;
  Event.AT_TARGET = 2;
  Event.BUBBLING_PHASE = 3;

  const kListeners = Symbol('kListeners');

  class EventTarget {
    constructor() {
      this[kListeners] = new Map();
    }
    addEventListener(type, listener, options) {
      if (listener === null || listener === undefined) return;
      const once = !!(options && typeof options === 'object' && options.once);
      const capture = typeof options === 'boolean' ? options : !!(options && options.capture);
      const signal = options && typeof options === 'object' ? options.signal : undefined;
      if (signal && signal.aborted) return;
      let list = this[kListeners].get(type);
      if (!list) this[kListeners].set(type, (list = []));
      for (const l of list) if (l.listener === listener && l.capture === capture) return;
      const entry = { listener, once, capture, removed: false };
      list.push(entry);
      if (signal) signal.addEventListener('abort', () => this.removeEventListener(type, listener, options), { once: true });
    }
    removeEventListener(type, listener, options) {
      const list = this[kListeners].get(type);
      if (!list) return;
      const capture = typeof options === 'boolean' ? options : !!(options && options.capture);
      const i = list.findIndex((l) => l.listener === listener && l.capture === capture);
      if (i !== -1) {
        list[i].removed = true;
        list.splice(i, 1);
      }
    }
    dispatchEvent(event) {
      if (!(event instanceof Event)) {
        throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('event', 'Event', event);
      }
      const list = this[kListeners].get(event.type);
      event.target = this;
      event.currentTarget = this;
      if (list) {
        for (const entry of list.slice()) {
          if (entry.removed) continue;
          if (entry.once) this.removeEventListener(event.type, entry.listener, entry);
          try {
            const l = entry.listener;
            if (typeof l === 'function') l.call(this, event);
            else if (l && typeof l.handleEvent === 'function') l.handleEvent(event);
          } catch (err) {
            globalThis.process.nextTick(() => {
              throw err;
            });
          }
          if (event[kStop]) break;
        }
      }
      event.currentTarget = null;
      return !event.defaultPrevented;
    }
  }

  return { Event, EventTarget, kListeners };
})();
