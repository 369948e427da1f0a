// node:_http_incoming -- Node's public name for http.IncomingMessage.
(function () {
  'use strict';
  const { IncomingMessage, readStart, readStop } = __bootstrap.internals.require('internal/http/incoming');
  return { IncomingMessage, readStart, readStop };
})();
