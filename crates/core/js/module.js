// node:module -- the Module class of the CommonJS loader, as Node exports it.
(function () {
  'use strict';
  return __bootstrap.internals.require('internal/modules/cjs').Module;
})();
