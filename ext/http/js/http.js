// node:http -- the HTTP/1.1 server on hyper (internal/http/server) and the client on a
// socket the Agent connects (internal/http/client, internal/http/agent). The pieces are
// laid out as Node's own library is, and reachable under its names (_http_agent,
// _http_client, _http_common, _http_incoming, _http_outgoing, _http_server).
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { METHODS, validateHeaderName, validateHeaderValue } = require('internal/http/common');
  const { IncomingMessage } = require('internal/http/incoming');
  const { OutgoingMessage } = require('internal/http/outgoing');
  const { STATUS_CODES, Server, ServerResponse, createServer, kMaxHeaderSize } = require('internal/http/server');
  const { Agent, globalAgent } = require('internal/http/agent');
  const { ClientRequest, request, get } = require('internal/http/client');

  return {
    METHODS,
    STATUS_CODES,
    Agent,
    ClientRequest,
    IncomingMessage,
    OutgoingMessage,
    Server,
    ServerResponse,
    createServer,
    globalAgent,
    request,
    get,
    validateHeaderName: (name, label) => validateHeaderName(name, label),
    validateHeaderValue: (name, value) => validateHeaderValue(name, value),
    maxHeaderSize: kMaxHeaderSize,
    setMaxIdleHTTPParsers() {},
  };
})();
