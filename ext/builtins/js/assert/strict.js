// node:assert/strict -- the strict-mode assert (same object as require('assert').strict)
(function () {
  'use strict';
  const { internals } = globalThis.__bootstrap;
  return internals.require('assert').strict;
})();
