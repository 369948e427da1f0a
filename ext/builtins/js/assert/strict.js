// node:assert/strict -- the strict-mode assert (same object as require('assert').strict)
(function () {
  'use strict';
  const { internals } = __bootstrap;
  return internals.require('assert').strict;
})();
