// node:path/posix -- the POSIX flavour of node:path
(function () {
  'use strict';
  return __bootstrap.internals.require('path').posix;
})();
