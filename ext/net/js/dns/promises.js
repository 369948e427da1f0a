// node:dns/promises -- node:dns's promise API.
(function () {
  'use strict';
  return __bootstrap.internals.require('dns').promises;
})();
