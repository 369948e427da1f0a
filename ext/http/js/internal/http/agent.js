// internal/http/agent -- http.Agent: pools connected sockets per host:port and hands each
// to one request at a time, as in Node. Once a request goes out on a socket, hyper speaks
// HTTP/1.1 over it (ext_http's client ops): the socket's HTTP connection is started here,
// once per socket, and released when the socket closes.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const EventEmitter = require('events');
  const net = require('net');
  const { validateNumber, validateOneOf, validateString } = require('internal/validators');

  function Agent(options) {
    if (!(this instanceof Agent)) return new Agent(options);
    EventEmitter.call(this);
    this.defaultPort = 80;
    this.protocol = 'http:';
    this.options = { __proto__: null, ...options };
    if (this.options.noDelay === undefined) this.options.noDelay = true;
    // `path` is the HTTP target; net must not take it for a Unix socket.
    this.options.path = null;
    this.requests = { __proto__: null };
    this.sockets = { __proto__: null };
    this.freeSockets = { __proto__: null };
    this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
    this.keepAlive = this.options.keepAlive || false;
    this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
    this.maxFreeSockets = this.options.maxFreeSockets || 256;
    this.scheduling = this.options.scheduling || 'lifo';
    this.maxTotalSockets = this.options.maxTotalSockets;
    this.totalSocketCount = 0;
    // How much earlier than a server's `Keep-Alive: timeout=N` a free socket is dropped.
    this.agentKeepAliveTimeoutBuffer = this.options.agentKeepAliveTimeoutBuffer !== undefined
      ? this.options.agentKeepAliveTimeoutBuffer : 1000;
    validateOneOf(this.scheduling, 'scheduling', ['fifo', 'lifo']);
    if (this.maxTotalSockets !== undefined) validateNumber(this.maxTotalSockets, 'maxTotalSockets', 1);
    else this.maxTotalSockets = Infinity;
    this.on('free', onFree);
  }
  Object.setPrototypeOf(Agent.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(Agent, EventEmitter);
  Agent.defaultMaxSockets = Infinity;

  // A socket is done with its request (its socket emitted 'free'): the next queued request
  // gets it, or it waits in the free pool if keep-alive allows, or it is closed.
  function onFree(socket, options) {
    const agent = this;
    const name = agent.getName(options);
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const requests = agent.requests[name];
    if (requests !== undefined && requests.length > 0) {
      const req = requests.shift();
      setRequestSocket(agent, req, socket);
      if (requests.length === 0) delete agent.requests[name];
      return;
    }
    const req = socket._httpMessage;
    if (!req || !req.shouldKeepAlive || !agent.keepAlive) {
      socket.destroy();
      return;
    }
    const freeSockets = agent.freeSockets[name] || [];
    const freeLen = freeSockets.length;
    let count = freeLen;
    if (agent.sockets[name]) count += agent.sockets[name].length;
    if (agent.totalSocketCount > agent.maxTotalSockets || count > agent.maxSockets ||
      freeLen >= agent.maxFreeSockets || !agent.keepSocketAlive(socket)) {
      socket.destroy();
      return;
    }
    agent.freeSockets[name] = freeSockets;
    socket._httpMessage = null;
    agent.removeSocket(socket, options);
    socket.once('error', freeSocketErrorListener);
    freeSockets.push(socket);
  }

  // An error on an idle socket: it leaves the pool.
  function freeSocketErrorListener() {
    this.destroy();
    this.emit('agentRemove');
  }

  Agent.prototype.getName = function getName(options = {}) {
    let name = options.host || 'localhost';
    name += ':';
    if (options.port) name += options.port;
    name += ':';
    if (options.localAddress) name += options.localAddress;
    if (options.family === 4 || options.family === 6) name += ':' + options.family;
    if (options.socketPath) name += ':' + options.socketPath;
    return name;
  };

  Agent.prototype.createConnection = function createConnection(...args) {
    return net.createConnection(...args);
  };

  Agent.prototype.keepSocketAlive = function keepSocketAlive(socket) {
    socket.setKeepAlive(true, this.keepAliveMsecs);
    socket.unref();
    let agentTimeout = this.options.timeout || 0;
    let canKeep = true;
    const res = socket._httpMessage ? socket._httpMessage.res : null;
    if (res) {
      // The server's `Keep-Alive: timeout=N`: the socket is dropped a little before it.
      const hint = res.headers['keep-alive'];
      const m = hint ? /^timeout=(\d+)/.exec(hint) : null;
      if (m !== null) {
        let serverTimeout = Number.parseInt(m[1], 10) * 1000 - this.agentKeepAliveTimeoutBuffer;
        if (serverTimeout <= 0) canKeep = false;
        else if (serverTimeout < agentTimeout) agentTimeout = serverTimeout;
      }
    }
    if (socket.timeout !== agentTimeout) socket.setTimeout(agentTimeout);
    return canKeep;
  };

  Agent.prototype.reuseSocket = function reuseSocket(socket, req) {
    socket.removeListener('error', freeSocketErrorListener);
    req.reusedSocket = true;
    socket.ref();
  };

  // addRequest(req, options), or the old addRequest(req, host, port, localAddress).
  Agent.prototype.addRequest = function addRequest(req, options, port, localAddress) {
    if (typeof options === 'string') options = { __proto__: null, host: options, port, localAddress };
    options = { __proto__: null, ...options, ...this.options };
    if (options.socketPath) options.path = options.socketPath;
    normalizeServerName(options, req);
    const name = this.getName(options);
    if (!this.sockets[name]) this.sockets[name] = [];
    const freeSockets = this.freeSockets[name];
    let socket;
    if (freeSockets) {
      while (freeSockets.length && freeSockets[0].destroyed) freeSockets.shift();
      socket = this.scheduling === 'fifo' ? freeSockets.shift() : freeSockets.pop();
      if (!freeSockets.length) delete this.freeSockets[name];
    }
    const freeLen = freeSockets ? freeSockets.length : 0;
    const sockLen = freeLen + this.sockets[name].length;
    if (socket) {
      this.reuseSocket(socket, req);
      setRequestSocket(this, req, socket);
      this.sockets[name].push(socket);
    } else if (sockLen < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
      this.createSocket(req, options, (err, s) => {
        if (err) req.onSocket(s, err);
        else setRequestSocket(this, req, s);
      });
    } else {
      // Over the limit: the request waits for a socket to be freed or closed.
      if (!this.requests[name]) this.requests[name] = [];
      req._agentRequestOptions = options;
      this.requests[name].push(req);
    }
  };

  Agent.prototype.createSocket = function createSocket(req, options, cb) {
    options = { __proto__: null, ...options, ...this.options };
    if (options.socketPath) options.path = options.socketPath;
    normalizeServerName(options, req);
    const name = this.getName(options);
    options._agentKey = name;
    options.encoding = null;
    let created = false;
    const oncreate = (err, s) => {
      if (created) return;
      created = true;
      if (err) {
        cb(err);
        return;
      }
      // hyper reads the socket once a request goes out on it; the Readable must not.
      s.pause();
      if (!this.sockets[name]) this.sockets[name] = [];
      this.sockets[name].push(s);
      this.totalSocketCount++;
      installListeners(this, s, options);
      cb(null, s);
    };
    if (this.keepAlive) {
      options.keepAlive = this.keepAlive;
      options.keepAliveInitialDelay = this.keepAliveMsecs;
    }
    let socket;
    try {
      socket = this.createConnection(options, oncreate);
    } catch (err) {
      process.nextTick(oncreate, err);
      return;
    }
    if (socket) oncreate(null, socket);
  };

  function installListeners(agent, s, options) {
    function onFreeSocket() {
      agent.emit('free', s, options);
    }
    s.on('free', onFreeSocket);
    // The only place a socket leaves the agent: closing it takes it out of the pool.
    function onClose() {
      agent.totalSocketCount--;
      agent.removeSocket(s, options);
    }
    s.on('close', onClose);
    function onTimeout() {
      const sockets = agent.freeSockets;
      if (Object.keys(sockets).some((name) => sockets[name].includes(s))) s.destroy();
    }
    s.on('timeout', onTimeout);
    // A socket taken over for good (an upgrade) leaves the pool without closing.
    function onRemove() {
      agent.totalSocketCount--;
      agent.removeSocket(s, options);
      s.removeListener('close', onClose);
      s.removeListener('free', onFreeSocket);
      s.removeListener('timeout', onTimeout);
      s.removeListener('agentRemove', onRemove);
    }
    s.on('agentRemove', onRemove);
  }

  Agent.prototype.removeSocket = function removeSocket(s, options) {
    const name = this.getName(options);
    const sets = [this.sockets];
    // A closed socket leaves the free pool too.
    if (!s.writable) sets.push(this.freeSockets);
    for (const sockets of sets) {
      const list = sockets[name];
      if (list) {
        const index = list.indexOf(s);
        if (index !== -1) {
          list.splice(index, 1);
          if (list.length === 0) delete sockets[name];
        }
      }
    }
    let req;
    if (this.requests[name] && this.requests[name].length) {
      req = this.requests[name][0];
    } else {
      // A request waiting for another origin may have its socket now.
      for (const key of Object.keys(this.requests)) {
        if (this.sockets[key] && this.sockets[key].length) break;
        req = this.requests[key][0];
        options = req._agentRequestOptions;
        break;
      }
    }
    if (req && options) {
      req._agentRequestOptions = undefined;
      // A request waits and a socket went away: a new one for it.
      this.createSocket(req, options, (err, socket) => {
        if (err) req.onSocket(socket, err);
        else socket.emit('free');
      });
    }
  };

  Agent.prototype.destroy = function destroy() {
    for (const set of [this.freeSockets, this.sockets]) {
      for (const name of Object.keys(set)) {
        for (const socket of set[name].slice()) socket.destroy();
      }
    }
  };

  // The TLS server name a connection would use: the Host header's name if there is one
  // (it must be a string), never an IP address.
  function normalizeServerName(options, req) {
    if (options.servername || options.servername === '') return;
    let servername = options.host;
    const hostHeader = req.getHeader('host');
    if (hostHeader) {
      validateString(hostHeader, 'options.headers.host');
      if (hostHeader[0] === '[') {
        const index = hostHeader.indexOf(']');
        servername = index === -1 ? hostHeader : hostHeader.substring(1, index);
      } else {
        servername = hostHeader.split(':', 1)[0];
      }
    }
    if (net.isIP(servername)) servername = '';
    options.servername = servername;
  }

  function setRequestSocket(agent, req, socket) {
    req.onSocket(socket);
    const agentTimeout = agent.options.timeout || 0;
    if (req.timeout === undefined || req.timeout === agentTimeout) return;
    socket.setTimeout(req.timeout);
  }

  const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

  // --- the HTTP connection of a socket -----------------------------------------------------
  // Started once per socket, the first time a request is ready to go out on it.
  function connectionOf(socket) {
    if (socket._httpConn !== undefined) return socket._httpConn;
    const rid = ops.op_http_client_start(socket._rid);
    socket._httpConn = rid;
    socket.once('close', () => releaseConnection(socket));
    const closed = ops.op_http_client_wait_closed(rid);
    // An idle pooled connection must not keep the process alive (Node unrefs it too);
    // while an exchange is under way it does (holdConnection), as Node's reading socket.
    core.unrefOpPromise(closed);
    socket._httpClosed = closed;
    closed.then(() => {
      if (!socket.destroyed) socket.destroy();
    });
    return rid;
  }

  // Whether the socket's HTTP connection keeps the process alive: yes while a request
  // waits for or reads its response.
  function holdConnection(socket, hold) {
    const closed = socket._httpClosed;
    if (closed === undefined || socket._httpHeld === hold) return;
    socket._httpHeld = hold;
    if (hold) core.refOpPromise(closed);
    else core.unrefOpPromise(closed);
  }

  function releaseConnection(socket) {
    if (socket._httpConn !== undefined) {
      core.tryClose(socket._httpConn);
      socket._httpConn = -1;
    }
  }

  return { Agent, globalAgent, connectionOf, releaseConnection, holdConnection };
})();
