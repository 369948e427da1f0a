// internal/http/client -- http.ClientRequest, request and get.
//
// A request's socket is a real net.Socket, connected by the Agent as in Node; once it is
// connected, hyper speaks HTTP/1.1 over it (ext_http's client ops) and JS never reads it.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const { validateNumber } = require('internal/validators');
  const {
    tokenRe, Buffer, kHighWaterMark, waitForDrain, checkChunk, encodeChunk, lastChunk, writeAfterEnd,
  } = require('internal/http/common');
  const { IncomingMessage } = require('internal/http/incoming');
  const { OutgoingMessage } = require('internal/http/outgoing');
  const { Agent, globalAgent, connectionOf, holdConnection } = require('internal/http/agent');

  function hangUpError() {
    const err = new Error('socket hang up');
    err.code = 'ECONNRESET';
    return err;
  }

  // --- ClientRequest -----------------------------------------------------------------------
  // Node's check: a request path is printable latin-1 without spaces.
  const INVALID_PATH = /[^\u0021-\u00ff]/;

  function urlToOptions(url) {
    const o = {
      // What a program added to the URL object (e.g. `headers`) comes along, as in Node.
      ...url,
      protocol: url.protocol,
      hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
      hash: url.hash,
      search: url.search,
      pathname: url.pathname,
      path: `${url.pathname || ''}${url.search || ''}`,
      href: url.href,
    };
    if (url.port !== '') o.port = Number(url.port);
    if (url.username || url.password) {
      o.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
    }
    return o;
  }

  function ClientRequest(input, options, cb) {
    OutgoingMessage.call(this);
    if (typeof input === 'string') {
      input = urlToOptions(new URL(input));
    } else if (input instanceof URL) {
      input = urlToOptions(input);
    } else {
      cb = options;
      options = input;
      input = null;
    }
    if (typeof options === 'function') {
      cb = options;
      options = input || {};
    } else {
      options = Object.assign(input || {}, options);
    }

    let agent = options.agent;
    const defaultAgent = options._defaultAgent || globalAgent;
    if (agent === false) {
      agent = new Agent();
    } else if (agent === null || agent === undefined) {
      if (typeof options.createConnection !== 'function') agent = defaultAgent;
    } else if (typeof agent.addRequest !== 'function') {
      throw new (codes.ERR_INVALID_ARG_TYPE)('options.agent', ['Agent-like Object', 'undefined', 'false'], agent);
    }
    this.agent = agent;

    const protocol = options.protocol || defaultAgent.protocol;
    let expectedProtocol = defaultAgent.protocol;
    if (this.agent && this.agent.protocol) expectedProtocol = this.agent.protocol;
    if (protocol !== expectedProtocol) {
      throw new (codes.ERR_INVALID_PROTOCOL)(protocol, expectedProtocol);
    }

    const defaultPort = options.defaultPort || (this.agent && this.agent.defaultPort) || 80;
    const port = options.port = options.port || defaultPort || 80;
    const host = options.host = validateHost(options.hostname, 'hostname') ||
      validateHost(options.host, 'host') || 'localhost';

    if (options.path) {
      const path = String(options.path);
      if (INVALID_PATH.test(path)) throw new (codes.ERR_UNESCAPED_CHARACTERS)('Request path');
    }
    let method = options.method;
    if (method !== null && method !== undefined && typeof method !== 'string') {
      throw new (codes.ERR_INVALID_ARG_TYPE)('options.method', 'string', method);
    }
    method = method ? method.toUpperCase() : 'GET';
    if (!tokenRe.test(method)) throw new (codes.ERR_INVALID_HTTP_TOKEN)('Method', method);

    this.method = method;
    this.path = options.path || '/';
    this.host = host;
    this.protocol = protocol;
    this._port = port;
    if (options.timeout !== undefined) {
      validateNumber(options.timeout, 'timeout', 0);
      this.timeout = options.timeout;
    }
    this.maxHeadersCount = null;
    this.reusedSocket = false;
    this.aborted = false;
    this.res = null;
    this.socket = null;
    // As Node: a request through an agent asks for keep-alive unless the agent neither
    // keeps sockets nor limits them (then each request has a connection of its own).
    this.shouldKeepAlive = !!this.agent && (this.agent.keepAlive || Number.isFinite(this.agent.maxSockets));
    this.timeoutCb = null;
    this._ended = false;
    this.useChunkedEncodingByDefault = !(method === 'GET' || method === 'HEAD' || method === 'DELETE' ||
      method === 'OPTIONS' || method === 'TRACE' || method === 'CONNECT');
    this._headers = null;
    this._chunks = [];
    this._pendingBytes = 0;
    this._drainOnStart = false;
    this._needDrain = false;
    this._ending = false;
    this._exchange = -1;
    this._connectionGone = false;
    this._destroyError = undefined;
    // The header store shared with ServerResponse sees the head as sent once
    // `_streaming` is set (the first write, end or flushHeaders).
    this._flat = null;
    this._streaming = false;
    this.finished = false;
    this._done = false;
    this.destroyed = false;

    if (typeof cb === 'function') this.once('response', cb);

    const insecure = options.insecureHTTPParser;
    if (insecure !== undefined && typeof insecure !== 'boolean') {
      throw new (codes.ERR_INVALID_ARG_TYPE)('options.insecureHTTPParser', 'boolean', insecure);
    }

    // Headers given as an array go out as they are: no Host or Authorization is added
    // (Node's _storeHeader); pairs ([name, value], ...) or a flat [name, value, ...].
    const headers = options.headers;
    const headersArray = Array.isArray(headers);
    if (headersArray) {
      if (headers.length > 0 && Array.isArray(headers[0])) {
        for (const entry of headers) this.appendHeader(entry[0], entry[1]);
      } else {
        if (headers.length % 2 !== 0) throw new (codes.ERR_INVALID_ARG_VALUE)('headers', headers);
        for (let i = 0; i < headers.length; i += 2) this.appendHeader(headers[i], headers[i + 1]);
      }
    } else if (headers) {
      for (const key of Object.keys(headers)) this.setHeader(key, headers[key]);
    }
    if (!headersArray && host && !this.getHeader('host') && options.setHost !== false) {
      let hostHeader = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
      if (port && +port !== defaultPort) hostHeader += ':' + port;
      this.setHeader('Host', hostHeader);
    }
    if (!headersArray && options.auth && !this.getHeader('Authorization')) {
      this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
    }
    if (options.signal) {
      const signal = options.signal;
      const onAbort = () => this.destroy(abortError(signal));
      if (signal.aborted) process.nextTick(onAbort);
      else signal.addEventListener('abort', onAbort, { once: true });
    }

    if (this.agent) {
      this.agent.addRequest(this, options);
    } else {
      const socket = options.createConnection(options);
      if (socket) {
        socket.pause();
        this.onSocket(socket);
      }
    }
  }
  Object.setPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
  Object.setPrototypeOf(ClientRequest, OutgoingMessage);
  const RequestPrototype = ClientRequest.prototype;

  function validateHost(host, name) {
    if (host !== null && host !== undefined && typeof host !== 'string') {
      throw new (codes.ERR_INVALID_ARG_TYPE)(`options.${name}`, ['string', 'undefined', 'null'], host);
    }
    return host;
  }

  function abortError(signal) {
    const err = new Error('The operation was aborted');
    err.name = 'AbortError';
    err.code = 'ABORT_ERR';
    if (signal && signal.reason !== undefined) err.cause = signal.reason;
    return err;
  }

  Object.defineProperties(RequestPrototype, {
    headersSent: { get() { return this._streaming; }, configurable: true },
    writableEnded: { get() { return this.finished; }, configurable: true },
    writableFinished: { get() { return this._done; }, configurable: true },
    writableNeedDrain: { get() { return this._needDrain || this._drainOnStart; }, configurable: true },
    writableHighWaterMark: { get() { return kHighWaterMark; }, configurable: true },
    connection: { get() { return this.socket; }, configurable: true },
  });

  // The header store is OutgoingMessage's; a request looks it up one prototype nearer, as
  // a response does.
  for (const name of ['setHeader', 'appendHeader', 'getHeader', 'getHeaders', 'getHeaderNames',
    'getRawHeaderNames', 'hasHeader', 'removeHeader', 'setHeaders']) {
    RequestPrototype[name] = OutgoingMessage.prototype[name];
  }

  RequestPrototype.onSocket = function onSocket(socket, err) {
    process.nextTick(onSocketNT, this, socket, err);
  };

  function onSocketNT(req, socket, err) {
    if (req.destroyed || err) {
      // Destroyed before it got its socket (Node's onSocketNT): an agent's socket that is
      // still good goes back to it; otherwise the socket goes down with the error.
      req.destroyed = true;
      if (!err) err = req._destroyError;
      if (socket) {
        if (!err && req.agent && !socket.destroyed) {
          freeAfter(req, socket);
        } else {
          socket.destroy(err);
          // As Node's finished(socket): the socket's own error, if it had one, is the one.
          const done = () => destroyedBeforeSocket(req, err || socket.errored || undefined);
          // finished() listens for the socket's error too: it is reported here, not thrown.
          socket.on('error', () => {});
          if (socket.closed) process.nextTick(done);
          else socket.once('close', done);
          return;
        }
      }
      destroyedBeforeSocket(req, err);
      return;
    }
    req.socket = socket;
    socket._httpMessage = req;
    req._onSocketClose = () => socketClosed(req, socket);
    socket.once('close', req._onSocketClose);
    req._onSocketError = (e) => {
      // Later errors of the socket must not fire again (its close sees this).
      socket._hadError = true;
      req.emit('error', e);
    };
    socket.on('error', req._onSocketError);
    if (req.timeout !== undefined || (req.agent && req.agent.options && req.agent.options.timeout)) {
      listenSocketTimeout(req);
    }
    req.emit('socket', socket);
    if (socket.connecting) socket.once('connect', () => maybeStart(req));
    else maybeStart(req);
  }

  // An aborted request ends quietly; one destroyed otherwise says the socket hung up.
  function destroyedBeforeSocket(req, err) {
    if (!req.aborted && !err) err = hangUpError();
    if (err) req.emit('error', err);
    emitCloseOnce(req);
  }

  // The agent's listener takes it from here (its pool or the next queued request).
  function freeAfter(req, socket) {
    socket.emit('free');
  }

  function emitCloseOnce(req) {
    if (req._closed) return;
    req._closed = true;
    req.emit('close');
  }

  function emitErrorAndClose(req, err) {
    req.emit('error', err);
    emitCloseOnce(req);
  }

  // Node's socketCloseListener.
  function socketClosed(req, socket) {
    detachSocket(req, socket);
    const res = req.res;
    if (res !== null && !res.complete && req._exchange !== -1 && !res.destroyed && !req.destroyed) {
      // The connection ended (the server closed it, or hyper did after a `Connection:
      // close` exchange) with the body perhaps all received: hyper still holds what
      // arrived. It is read to its end, or to the error that says it was cut short
      // (readResponse), and only then is the response complete or aborted.
      req._connectionGone = true;
      // Nobody may be reading: pull what hyper holds, so that the end or the break is
      // known now, as Node knows it when the socket closes.
      res.read(0);
      return;
    }
    if (req._exchange !== -1) {
      core.tryClose(req._exchange);
      req._exchange = -1;
    }
    req.destroyed = true;
    if (res !== null) {
      if (!res.complete) abortResponse(res);
    } else if (!socket._hadError) {
      // The socket closed before a response began: the request learns it here.
      socket._hadError = true;
      req.emit('error', hangUpError());
    }
    emitCloseOnce(req);
  }

  // Node: a response cut short emits 'aborted', then an error only for those who listen
  // (a response is destroyed with it; its 'error' goes nowhere without a listener).
  function abortResponse(res) {
    res.destroy(hangUpErrorAborted());
  }

  function hangUpErrorAborted() {
    const err = new Error('aborted');
    err.code = 'ECONNRESET';
    return err;
  }

  function detachSocket(req, socket) {
    if (req._onSocketClose) socket.removeListener('close', req._onSocketClose);
    if (req._onSocketError) socket.removeListener('error', req._onSocketError);
    socket.removeListener('timeout', emitRequestTimeout);
    socket.removeListener('timeout', responseOnTimeout);
    req._onSocketClose = req._onSocketError = null;
  }

  function headerList(req) {
    const flat = [];
    const h = req._headers;
    let hasConnection = false;
    if (h !== null) {
      for (const key in h) {
        const e = h[key];
        const v = e[1];
        if (key === 'connection') {
          hasConnection = true;
          if (/(^|,)\s*close\s*(,|$)/i.test(String(v))) req.shouldKeepAlive = false;
        }
        if (Array.isArray(v)) for (let i = 0; i < v.length; i++) flat.push(e[0], '' + v[i]);
        else flat.push(e[0], '' + v);
      }
    }
    if (!hasConnection) flat.push('Connection', req.shouldKeepAlive ? 'keep-alive' : 'close');
    return flat;
  }

  // Sends the request once the socket is connected and there is something to send (the
  // head goes with the first write, end or flushHeaders, as in Node).
  function maybeStart(req) {
    const socket = req.socket;
    if (req._exchange !== -1 || req.destroyed || socket === null || socket.connecting || socket.destroyed) return;
    if (!req._streaming) return;
    let rid;
    try {
      const conn = connectionOf(socket);
      const chunks = req._chunks;
      req._chunks = [];
      const whole = req._ending && chunks.length <= 1;
      const first = chunks.length === 0 ? null : chunks.length === 1 ? chunks[0] : concatChunks(chunks);
      const head = headerList(req);
      // A body sent whole by a method that would otherwise be chunked says its length,
      // even when empty (Node's _storeHeader).
      if (whole && req.useChunkedEncodingByDefault && !req.hasHeader('content-length') &&
        !req.hasHeader('transfer-encoding')) {
        head.push('Content-Length', String(first === null ? 0 : Buffer.byteLength(first)));
      }
      rid = ops.op_http_client_request(conn, req.method, req.path, head, first, !whole);
      if (!whole && req._ending) ops.op_http_client_end(rid, null);
    } catch (err) {
      req.destroyed = true;
      socket.destroy();
      emitErrorAndClose(req, err);
      return;
    }
    req._exchange = rid;
    req._pendingBytes = 0;
    holdConnection(socket, true);
    if (req._drainOnStart) {
      req._drainOnStart = false;
      waitForDrain(req, ops.op_http_client_drained, rid);
    }
    if (req._ending) process.nextTick(emitFinish, req);
    ops.op_http_client_response(rid).then((head) => onResponse(req, head), () => {
      if (!req.destroyed) {
        req.destroyed = true;
        socket.destroy();
      }
    });
  }

  function concatChunks(chunks) {
    const B = Buffer;
    return B.concat(chunks.map((c) => (typeof c === 'string' ? B.from(c) : c)));
  }

  function emitFinish(req) {
    if (req._done) return;
    req._done = true;
    req.emit('finish');
  }

  function onResponse(req, head) {
    if (req.destroyed) return;
    const socket = req.socket;
    const res = new IncomingMessage(socket);
    res.statusCode = head[0];
    res.statusMessage = head[1];
    res.httpVersion = head[2] === 10 ? '1.0' : '1.1';
    res.httpVersionMajor = 1;
    res.httpVersionMinor = head[2] === 10 ? 0 : 1;
    res.rawHeaders = head[3] === '' ? [] : head[3].split('\n');
    res.method = null;
    res.url = '';
    res.req = req;
    res._head = head;
    res._read = readResponse;
    res._destroy = destroyResponse;
    if (socket) socket.on('timeout', responseOnTimeout);
    res.on('end', responseOnEnd);
    req.res = res;
    const connection = res.headers.connection;
    if (head[2] === 10 || (connection !== undefined && /(^|,)\s*close\s*(,|$)/i.test(connection))) {
      req.shouldKeepAlive = false;
    }
    // A response to a request that is still being sent: Node ends the request's stream.
    const hadListener = req.emit('response', res);
    if (!hadListener) res.resume();
  }

  function readResponse() {
    const res = this;
    const head = res._head;
    if (head !== null) {
      res._head = null;
      const first = head[4];
      if (first !== null) res.push(Buffer.from(first.buffer, first.byteOffset, first.length));
      if (head[5]) {
        responseDone(res);
        return;
      }
      if (first !== null) return;
    }
    if (res._reading) return;
    const req = res.req;
    if (req._exchange === -1) return;
    res._reading = true;
    ops.op_http_client_read(req._exchange).then((chunk) => {
      res._reading = false;
      if (res.destroyed) return;
      if (chunk.length === 0) responseDone(res);
      else res.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
    }, () => {
      res._reading = false;
      // The connection broke mid-body.
      if (req._exchange !== -1) {
        core.tryClose(req._exchange);
        req._exchange = -1;
      }
      if (req._connectionGone) {
        // The socket's close has come already and left this to the read.
        if (!res.destroyed) abortResponse(res);
        emitCloseOnce(req);
      } else if (req.socket !== null && !req.socket.destroyed) {
        // The socket's close reports it.
        req.socket.destroy();
      }
    });
  }

  // Node's IncomingMessage._destroy for a response: one cut short is 'aborted' and takes
  // its socket down with the error (which reaches the request's 'error'); the response
  // itself emits 'error' only when someone listens for it.
  function destroyResponse(err, cb) {
    const res = this;
    if (!res.readableEnded || !res.complete) {
      res.aborted = true;
      res.emit('aborted');
    }
    const socket = res.socket;
    if (socket && !socket.destroyed && res.aborted) {
      socket.destroy(err);
      // Node waits with finished(socket), which sees the socket closed already and calls
      // back on the next tick.
      process.nextTick(() => process.nextTick(errorIfListened, res, err, cb));
    } else {
      process.nextTick(errorIfListened, res, err, cb);
    }
  }

  function errorIfListened(res, err, cb) {
    cb(res.listenerCount('error') === 0 ? null : err);
  }

  // The body ended (Node's responseOnEnd): a socket that stays open goes back to the
  // agent once the request is sent too, after the request's 'close'; the response's
  // 'close' follows.
  function responseDone(res) {
    const req = res.req;
    res.complete = true;
    if (req._exchange !== -1) {
      core.tryClose(req._exchange);
      req._exchange = -1;
    }
    res.push(null);
  }

  // Listens before anyone else can (as Node's responseOnEnd), so that the socket is back
  // in the pool by the time the program's 'end' listeners' next ticks run.
  function responseOnEnd() {
    const res = this;
    const req = res.req;
    const socket = req.socket;
    if (socket !== null) {
      socket.removeListener('timeout', emitRequestTimeout);
      socket.removeListener('timeout', responseOnTimeout);
    }
    req._ended = true;
    if (socket === null) return;
    holdConnection(socket, false);
    if (!req.shouldKeepAlive || !req.agent) {
      detachSocket(req, socket);
      process.nextTick(() => {
        emitCloseOnce(req);
        socket.destroy();
        if (!res.destroyed) res.destroy();
      });
    } else if (req._done && !res.aborted) {
      responseKeepAlive(req);
    } else {
      req.once('finish', () => {
        if (req.shouldKeepAlive && req._ended) responseKeepAlive(req);
      });
    }
  }

  function responseKeepAlive(req) {
    const socket = req.socket;
    if (req.timeoutCb) {
      socket.setTimeout(0, req.timeoutCb);
      req.timeoutCb = null;
    }
    detachSocket(req, socket);
    req.destroyed = true;
    const res = req.res;
    // The response must not take the freed socket down when it is destroyed.
    if (res) res.socket = null;
    process.nextTick(() => {
      emitCloseOnce(req);
      freeAfter(req, socket);
      if (res && !res.destroyed) res.destroy();
    });
  }

  RequestPrototype.write = function write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (this.finished) return writeAfterEnd(this, callback);
    if (chunk === null) throw new (codes.ERR_STREAM_NULL_VALUES)();
    checkChunk(chunk);
    chunk = encodeChunk(chunk, encoding);
    this._streaming = true;
    let buffered;
    if (this._exchange !== -1) {
      buffered = ops.op_http_client_write(this._exchange, chunk);
    } else {
      this._chunks.push(chunk);
      this._pendingBytes += chunk.length;
      buffered = this._pendingBytes;
      maybeStart(this);
    }
    if (typeof callback === 'function') process.nextTick(callback);
    if (buffered <= kHighWaterMark) return true;
    // Backpressure: false until hyper has taken enough, then 'drain' (see body.rs).
    if (this._exchange !== -1) waitForDrain(this, ops.op_http_client_drained, this._exchange);
    else this._drainOnStart = true;
    return false;
  };

  RequestPrototype.end = function end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (this.finished) {
      if (typeof callback === 'function') process.nextTick(callback);
      return this;
    }
    chunk = lastChunk(chunk, encoding);
    this.finished = true;
    this._streaming = true;
    if (typeof callback === 'function') this.once('finish', callback);
    if (this._exchange !== -1) {
      ops.op_http_client_end(this._exchange, chunk);
      process.nextTick(emitFinish, this);
    } else {
      if (chunk !== null) this._chunks.push(chunk);
      this._ending = true;
      maybeStart(this);
    }
    return this;
  };

  RequestPrototype.flushHeaders = function flushHeaders() {
    if (this._streaming) return;
    this._streaming = true;
    maybeStart(this);
  };

  RequestPrototype.abort = function abort() {
    if (this.aborted) return;
    this.aborted = true;
    process.nextTick(() => this.emit('abort'));
    this.destroy();
  };

  RequestPrototype.destroy = function destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    if (this.res !== null) this.res._dump();
    // Without a socket yet, onSocketNT reports it once the socket comes.
    this._destroyError = err;
    if (this.socket !== null) this.socket.destroy(err);
    return this;
  };

  // The socket's idle timeout is the request's 'timeout' (and the response's, once there
  // is one), as in Node.
  function emitRequestTimeout() {
    const req = this._httpMessage;
    if (req) req.emit('timeout');
  }

  function responseOnTimeout() {
    const req = this._httpMessage;
    if (req && req.res) req.res.emit('timeout');
  }

  function listenSocketTimeout(req) {
    if (req.timeoutCb) return;
    req.timeoutCb = emitRequestTimeout;
    if (req.socket) req.socket.once('timeout', emitRequestTimeout);
    else req.on('socket', (socket) => socket.once('timeout', emitRequestTimeout));
  }

  function setSocketTimeout(socket, msecs) {
    if (socket.connecting) socket.once('connect', () => socket.setTimeout(msecs));
    else socket.setTimeout(msecs);
  }

  RequestPrototype.setTimeout = function setTimeout(msecs, callback) {
    if (this._ended) return this;
    listenSocketTimeout(this);
    validateNumber(msecs, 'msecs', 0);
    if (typeof callback === 'function') this.once('timeout', callback);
    if (this.socket) setSocketTimeout(this.socket, msecs);
    else this.once('socket', (socket) => setSocketTimeout(socket, msecs));
    return this;
  };
  RequestPrototype.clearTimeout = function clearTimeout(callback) {
    this.setTimeout(0, callback);
  };
  RequestPrototype.setNoDelay = function setNoDelay(noDelay) {
    if (this.socket !== null) this.socket.setNoDelay(noDelay);
    else this.once('socket', (s) => s.setNoDelay(noDelay));
  };
  RequestPrototype.setSocketKeepAlive = function setSocketKeepAlive(enable, delay) {
    if (this.socket !== null) this.socket.setKeepAlive(enable, delay);
    else this.once('socket', (s) => s.setKeepAlive(enable, delay));
  };
  RequestPrototype.cork = function cork() {};
  RequestPrototype.uncork = function uncork() {};

  function request(url, options, cb) {
    return new ClientRequest(url, options, cb);
  }

  function get(url, options, cb) {
    const req = request(url, options, cb);
    req.end();
    return req;
  }


  return { ClientRequest, request, get };
})();
