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

  function Agent(options) {
    if (!(this instanceof Agent)) return new Agent(options);
    EventEmitter.call(this);
    this.defaultPort = 80;
    this.protocol = 'http:';
    this.options = { __proto__: null, ...options };
    if (this.options.noDelay === undefined) this.options.noDelay = true;
    this.options.path = null;
    this.requests = { __proto__: null };
    this.sockets = { __proto__: null };
    this.freeSockets = { __proto__: null };
    this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
    this.keepAlive = this.options.keepAlive || false;
    this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
    this.maxFreeSockets = this.options.maxFreeSockets || 256;
    this.scheduling = this.options.scheduling || 'lifo';
    this.maxTotalSockets = this.options.maxTotalSockets || Infinity;
    this.totalSocketCount = 0;
    this.on('free', onFree);
  }
  Object.setPrototypeOf(Agent.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(Agent, EventEmitter);
  Agent.defaultMaxSockets = Infinity;

  Agent.prototype.getName = function getName(options = {}) {
    let name = options.host || 'localhost';
    name += ':';
    if (options.port) name += options.port;
    name += ':';
    if (options.localAddress) name += options.localAddress;
    if (options.family === 4 || options.family === 6) name += ':' + options.family;
    return name;
  };

  Agent.prototype.createConnection = function createConnection(...args) {
    return net.createConnection(...args);
  };

  Agent.prototype.keepSocketAlive = function keepSocketAlive(socket) {
    socket.setKeepAlive(true, this.keepAliveMsecs);
    socket.unref();
    if (this.options.timeout > 0) socket.setTimeout(this.options.timeout);
    return true;
  };

  Agent.prototype.reuseSocket = function reuseSocket(socket, req) {
    req.reusedSocket = true;
    socket.ref();
  };

  function listOf(table, name) {
    let list = table[name];
    if (list === undefined) list = table[name] = [];
    return list;
  }

  function removeFrom(table, name, socket) {
    const list = table[name];
    if (list === undefined) return false;
    const i = list.indexOf(socket);
    if (i === -1) return false;
    list.splice(i, 1);
    if (list.length === 0) delete table[name];
    return true;
  }

  function connectionOptions(agent, req, options) {
    const o = { __proto__: null, ...agent.options, ...options };
    // `path` is the HTTP target here; for net it would mean a Unix socket.
    if (o.socketPath) o.path = o.socketPath;
    else delete o.path;
    o.host = req.host;
    o.port = req._port;
    o.servername = undefined;
    return o;
  }

  Agent.prototype.addRequest = function addRequest(req, options) {
    const o = connectionOptions(this, req, options);
    const name = this.getName(o);
    const free = this.freeSockets[name];
    if (free !== undefined && free.length > 0) {
      const socket = this.scheduling === 'fifo' ? free.shift() : free.pop();
      if (free.length === 0) delete this.freeSockets[name];
      if (socket._httpTimeoutListener) socket.setTimeout(0);
      this.reuseSocket(socket, req);
      listOf(this.sockets, name).push(socket);
      req.onSocket(socket);
      return;
    }
    const inUse = this.sockets[name] ? this.sockets[name].length : 0;
    if (inUse < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
      this.createSocket(req, o, (err, socket) => {
        if (err) req.onSocket(socket, err);
        else req.onSocket(socket);
      });
      return;
    }
    listOf(this.requests, name).push(req);
  };

  Agent.prototype.createSocket = function createSocket(req, options, cb) {
    const o = { __proto__: null, ...options, _agentKey: this.getName(options) };
    const name = o._agentKey;
    let socket;
    try {
      socket = this.createConnection(o);
    } catch (err) {
      process.nextTick(cb, err);
      return;
    }
    // hyper reads the socket once it is connected; the Readable must not.
    socket.pause();
    socket._httpAgentName = name;
    this.totalSocketCount++;
    listOf(this.sockets, name).push(socket);
    socket.once('close', () => {
      const removed = removeFrom(this.sockets, name, socket) || removeFrom(this.freeSockets, name, socket);
      if (removed) this.totalSocketCount--;
      releaseConnection(socket);
      // A queued request may now get a socket of its own.
      const queue = this.requests[name];
      if (queue !== undefined && queue.length > 0) {
        const next = queue.shift();
        if (queue.length === 0) delete this.requests[name];
        this.addRequest(next, next._agentOptions);
      }
    });
    cb(null, socket);
  };

  function onFree(socket, options) {
    const agent = this;
    const name = socket._httpAgentName;
    const req = socket._httpMessage;
    socket._httpMessage = null;
    const queue = agent.requests[name];
    if (queue !== undefined && queue.length > 0 && !socket.destroyed) {
      const next = queue.shift();
      if (queue.length === 0) delete agent.requests[name];
      // Node hands a queued request the socket without calling reuseSocket().
      socket.ref();
      next.onSocket(socket);
      return;
    }
    const keep = req && req.shouldKeepAlive && agent.keepAlive && !socket.destroyed;
    const freeCount = agent.freeSockets[name] ? agent.freeSockets[name].length : 0;
    if (keep && freeCount < agent.maxFreeSockets && agent.keepSocketAlive(socket)) {
      removeFrom(agent.sockets, name, socket);
      listOf(agent.freeSockets, name).push(socket);
      if (!socket._httpTimeoutListener) {
        socket._httpTimeoutListener = () => {
          if (agent.freeSockets[name] && agent.freeSockets[name].includes(socket)) socket.destroy();
        };
        socket.on('timeout', socket._httpTimeoutListener);
      }
    } else {
      socket.destroy();
    }
  }

  Agent.prototype.destroy = function destroy() {
    for (const table of [this.freeSockets, this.sockets]) {
      for (const name of Object.keys(table)) {
        for (const socket of table[name].slice()) socket.destroy();
      }
    }
  };

  const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

  // --- the HTTP connection of a socket -----------------------------------------------------
  // Started once per socket, the first time a request is ready to go out on it.
  function connectionOf(socket) {
    if (socket._httpConn !== undefined) return socket._httpConn;
    const rid = ops.op_http_client_start(socket._rid);
    socket._httpConn = rid;
    const closed = ops.op_http_client_wait_closed(rid);
    // An idle pooled connection must not keep the process alive (Node unrefs it too).
    core.unrefOpPromise(closed);
    closed.then(() => {
      if (!socket.destroyed) socket.destroy();
    });
    return rid;
  }

  function releaseConnection(socket) {
    if (socket._httpConn !== undefined) {
      core.tryClose(socket._httpConn);
      socket._httpConn = -1;
    }
  }

  return { Agent, globalAgent, connectionOf, releaseConnection };
})();
