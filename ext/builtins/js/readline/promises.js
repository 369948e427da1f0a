// node:readline/promises -- readline's Interface with question() returning a promise.
// The Readline cursor helper class throws ERR_NOT_IMPLEMENTED.
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const readline = require('readline');
  const { codes, AbortError } = require('internal/errors');

  class Interface extends readline.Interface {
    question(query, options) {
      return new Promise((resolve, reject) => {
        const signal = options && options.signal;
        if (signal !== undefined && signal.aborted) {
          reject(new AbortError(undefined, { cause: signal.reason }));
          return;
        }
        if (signal !== undefined) {
          signal.addEventListener('abort', () => reject(new AbortError(undefined, { cause: signal.reason })), { once: true });
        }
        super.question(query, options, resolve);
      });
    }
  }

  class Readline {
    constructor() {
      throw new codes.ERR_NOT_IMPLEMENTED('readline/promises.Readline');
    }
  }

  function createInterface(input, output, completer, terminal) {
    return new Interface(input, output, completer, terminal);
  }

  return { Interface, Readline, createInterface };
})();
