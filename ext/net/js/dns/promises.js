// node:dns/promises -- node:dns's promise API.
(function () {
  'use strict';
  return globalThis.__bootstrap.internals.require('dns').promises;
})();
