// node:_http_outgoing -- Node's public name for http.OutgoingMessage and the header checks.
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const { OutgoingMessage } = internals.require('internal/http/outgoing');
  const { validateHeaderName, validateHeaderValue } = internals.require('internal/http/common');
  return { OutgoingMessage, validateHeaderName, validateHeaderValue };
})();
