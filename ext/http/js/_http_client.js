// node:_http_client -- Node's public name for http.ClientRequest.
(function () {
  'use strict';
  const { ClientRequest } = __bootstrap.internals.require('internal/http/client');
  return { ClientRequest };
})();
