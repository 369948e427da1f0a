// The global navigator object, as Node provides it.
(function () {
  'use strict';
  const { core } = __bootstrap;
  class Navigator {
    get hardwareConcurrency() {
      return Math.max(1, core.ops.op_os_cpus().length);
    }
    get language() {
      return 'en-US';
    }
    get languages() {
      return ['en-US'];
    }
    get platform() {
      return 'linux';
    }
    get userAgent() {
      return 'Node.js/' + globalThis.process.version.slice(1, globalThis.process.version.indexOf('.'));
    }
  }
  Object.defineProperty(Navigator.prototype, Symbol.toStringTag, { value: 'Navigator', configurable: true });
  return new Navigator();
})();
