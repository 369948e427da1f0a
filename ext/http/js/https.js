// node:https -- loads, so that packages which require it for their TLS paths (ws, many
// HTTP clients) work over plain HTTP; everything that needs TLS throws ERR_NOT_IMPLEMENTED
// until nodus has TLS. The Agent is http's, with https' defaults.
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const http = require('http');
  const { notImplementedFunction } = require('internal/errors');

  const notImplemented = (name) => notImplementedFunction(`https.${name}`);

  function Agent(options) {
    if (!(this instanceof Agent)) return new Agent(options);
    http.Agent.call(this, options);
    this.defaultPort = 443;
    this.protocol = 'https:';
    this.options.defaultPort = 443;
    this.options.protocol = 'https:';
  }
  Object.setPrototypeOf(Agent.prototype, http.Agent.prototype);
  Object.setPrototypeOf(Agent, http.Agent);

  return {
    Agent,
    globalAgent: new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 }),
    Server: notImplemented('Server'),
    createServer: notImplemented('createServer()'),
    get: notImplemented('get()'),
    request: notImplemented('request()'),
  };
})();
