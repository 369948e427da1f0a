// AbortController and AbortSignal, on EventTarget.
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { Event, EventTarget } = require('internal/event_target');

  const kCreate = Symbol('kCreate');

  function domAbort(message, name) {
    const { DOMException } = require('internal/dom_exception');
    return new DOMException(message, name);
  }

  class AbortSignal extends EventTarget {
    #aborted = false;
    #reason = undefined;
    #onabort = null;
    #onabortRegistered = false;
    constructor(key) {
      if (key !== kCreate) throw new (require('internal/errors').codes.ERR_ILLEGAL_CONSTRUCTOR)();
      super();
    }
    // An event handler attribute: registered as a listener when first set, so it runs in
    // registration order with the others, as in the DOM.
    get onabort() {
      return this.#onabort;
    }
    set onabort(handler) {
      this.#onabort = typeof handler === 'function' ? handler : null;
      if (!this.#onabortRegistered) {
        this.#onabortRegistered = true;
        this.addEventListener('abort', (event) => {
          if (this.#onabort !== null) this.#onabort.call(this, event);
        });
      }
    }
    get aborted() {
      return this.#aborted;
    }
    get reason() {
      return this.#reason;
    }
    throwIfAborted() {
      if (this.#aborted) throw this.#reason;
    }
    static abort(reason) {
      const s = new AbortSignal(kCreate);
      s.#aborted = true;
      s.#reason = reason === undefined ? domAbort('This operation was aborted', 'AbortError') : reason;
      return s;
    }
    static timeout(ms) {
      const s = new AbortSignal(kCreate);
      const t = globalThis.setTimeout(() => abortSignal(s, domAbort('The operation was aborted due to timeout', 'TimeoutError')), ms);
      t.unref();
      return s;
    }
    static any(signals) {
      const s = new AbortSignal(kCreate);
      for (const other of signals) {
        if (other.aborted) {
          abortSignal(s, other.reason);
          return s;
        }
      }
      for (const other of signals) other.addEventListener('abort', () => abortSignal(s, other.reason), { once: true });
      return s;
    }
    static [kCreate]() {
      return new AbortSignal(kCreate);
    }
    static _abort(signal, reason) {
      if (signal.#aborted) return;
      signal.#aborted = true;
      signal.#reason = reason;
      signal.dispatchEvent(new Event('abort'));
    }
  }

  function abortSignal(signal, reason) {
    AbortSignal._abort(signal, reason);
  }

  class AbortController {
    #signal = AbortSignal[kCreate]();
    get signal() {
      return this.#signal;
    }
    abort(reason) {
      abortSignal(this.#signal, reason === undefined ? domAbort('This operation was aborted', 'AbortError') : reason);
    }
  }

  return { AbortController, AbortSignal };
})();
