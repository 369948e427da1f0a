// node:_http_server -- Node's public name for http.Server, ServerResponse and STATUS_CODES.
(function () {
  'use strict';
  const { STATUS_CODES, Server, ServerResponse } = __bootstrap.internals.require('internal/http/server');
  return { STATUS_CODES, Server, ServerResponse };
})();
