// node:_http_agent -- Node's public name for http.Agent and the global agent.
(function () {
  'use strict';
  const { Agent, globalAgent } = __bootstrap.internals.require('internal/http/agent');
  return { Agent, globalAgent };
})();
