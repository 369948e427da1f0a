// node:util/types -- the type checks of internal/util/types
(function () {
  'use strict';
  return __bootstrap.internals.require('internal/util/types');
})();
