// node:path/posix -- the POSIX flavour of node:path
(function () {
  'use strict';
  return globalThis.__bootstrap.internals.require('path').posix;
})();
