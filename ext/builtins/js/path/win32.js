// node:path/win32 -- the Windows flavour of node:path
(function () {
  'use strict';
  return __bootstrap.internals.require('path').win32;
})();
