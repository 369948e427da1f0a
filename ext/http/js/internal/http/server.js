// internal/http/server -- http.Server and ServerResponse on hyper (ext_http).
//
// Per request the JS work is kept small: requests arrive in batches from an event source,
// the IncomingMessage/ServerResponse objects hold a few plain fields, and `res.end(body)`
// queues the whole response, which goes to Rust with the others of its batch in one op.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const EventEmitter = require('events');
  const net = require('net');
  const { normalizeListenArgs, closeClusterHandle } = require('internal/net');
  const { codes } = require('internal/errors');
  const {
    Buffer, validateHeaderName, invalidCharRe, holdShapes, ownValue, encodeChunk, toBuffer,
    lastChunk, writeAfterEnd, checkChunk, kHighWaterMark, waitForDrain,
  } = require('internal/http/common');
  const {
    IncomingMessage, BATCH_STRIDE, FIELD_META, FIELD_HEADERS, batchText, connectionSockets, socketFromFacts,
  } = require('internal/http/incoming');
  const {
    OutgoingMessage, headSent, headersSentError, pushHeader, validNames, validValues, storedFlat,
  } = require('internal/http/outgoing');
  // Taken once, as Node's primordials: a global and its property are two lookups per use
  // on QuickJS, and the per-request path uses these.
  const ObjectCreate = Object.create;
  const ObjectKeys = Object.keys;
  const ArrayIsArray = Array.isArray;
  const IncomingPrototype = IncomingMessage.prototype;

  const STATUS_CODES = {
    100: 'Continue',
    101: 'Switching Protocols',
    102: 'Processing',
    103: 'Early Hints',
    200: 'OK',
    201: 'Created',
    202: 'Accepted',
    203: 'Non-Authoritative Information',
    204: 'No Content',
    205: 'Reset Content',
    206: 'Partial Content',
    207: 'Multi-Status',
    208: 'Already Reported',
    226: 'IM Used',
    300: 'Multiple Choices',
    301: 'Moved Permanently',
    302: 'Found',
    303: 'See Other',
    304: 'Not Modified',
    305: 'Use Proxy',
    307: 'Temporary Redirect',
    308: 'Permanent Redirect',
    400: 'Bad Request',
    401: 'Unauthorized',
    402: 'Payment Required',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    406: 'Not Acceptable',
    407: 'Proxy Authentication Required',
    408: 'Request Timeout',
    409: 'Conflict',
    410: 'Gone',
    411: 'Length Required',
    412: 'Precondition Failed',
    413: 'Payload Too Large',
    414: 'URI Too Long',
    415: 'Unsupported Media Type',
    416: 'Range Not Satisfiable',
    417: 'Expectation Failed',
    418: "I'm a Teapot",
    421: 'Misdirected Request',
    422: 'Unprocessable Entity',
    423: 'Locked',
    424: 'Failed Dependency',
    425: 'Too Early',
    426: 'Upgrade Required',
    428: 'Precondition Required',
    429: 'Too Many Requests',
    431: 'Request Header Fields Too Large',
    451: 'Unavailable For Legal Reasons',
    500: 'Internal Server Error',
    501: 'Not Implemented',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout',
    505: 'HTTP Version Not Supported',
    506: 'Variant Also Negotiates',
    507: 'Insufficient Storage',
    508: 'Loop Detected',
    509: 'Bandwidth Limit Exceeded',
    510: 'Not Extended',
    511: 'Network Authentication Required',
  };


  // Two own properties per response; the rest of the state starts on the prototype
  // (see IncomingMessage for why). The head is "sent" (headersSent) once writeHead stored
  // it (`_flat`), a write started the stream (`_streaming`) or end() queued the response
  // (`_flat` is ENDED).
  function ServerResponse(req) {
    this._id = req._id;
    this.req = req;
  }
  Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
  Object.setPrototypeOf(ServerResponse, OutgoingMessage);
  const ResponsePrototype = ServerResponse.prototype;

  holdShapes(ResponsePrototype, ['_id', 'req', '_flat']);
  ResponsePrototype.statusCode = 200;
  ResponsePrototype.statusMessage = undefined;
  ResponsePrototype._headers = null;
  ResponsePrototype.sendDate = true;
  ResponsePrototype.chunkedEncoding = false;
  ResponsePrototype.shouldKeepAlive = true;
  ResponsePrototype.useChunkedEncodingByDefault = true;
  ResponsePrototype.writable = true;
  ResponsePrototype._flat = null;
  ResponsePrototype._streaming = false;
  // True from end() until 'finish' was emitted, when there are listeners to tell.
  ResponsePrototype._finishPending = false;
  ResponsePrototype._needDrain = false;
  ResponsePrototype._corked = 0;
  ResponsePrototype._corkedChunks = null;

  Object.defineProperties(ResponsePrototype, {
    headersSent: { get() { return headSent(this); }, configurable: true },
    // end() marks the response by its head (`_flat = ENDED`): one own property written
    // per response instead of two. A program that sets it true ends the response for
    // write() and end() too, as when it was a plain property.
    finished: {
      get() { return this._flat === ENDED; },
      set(v) {
        if (v) this._flat = ENDED;
        ownValue(this, 'finished', v);
      },
      configurable: true,
    },
    writableEnded: { get() { return this.finished; }, configurable: true },
    writableFinished: { get() { return this.finished && !this._finishPending; }, configurable: true },
    writableNeedDrain: { get() { return this._needDrain; }, configurable: true },
    writableHighWaterMark: { get() { return kHighWaterMark; }, configurable: true },
    socket: {
      get() { return this.req.socket; },
      set(v) { Object.defineProperty(this, 'socket', { value: v, writable: true, configurable: true, enumerable: true }); },
      configurable: true,
    },
    connection: { get() { return this.socket; }, configurable: true },
  });

  for (const name of ['setHeader', 'appendHeader', 'getHeader', 'getHeaders', 'getHeaderNames',
    'getRawHeaderNames', 'hasHeader', 'removeHeader', 'setHeaders']) {
    ResponsePrototype[name] = OutgoingMessage.prototype[name];
  }

  // The head of a response that has ended (see `finished`).
  const ENDED = Object.freeze([]);

  // eslint-disable-next-line no-unused-vars -- written to keep a shape alive (see writeHead)
  let lastHeaderObject = null;
  let lastPair = null;
  let lastPairName = -1;
  let lastPairValue = -1;

  ResponsePrototype.writeHead = function writeHead(statusCode, reason, obj) {
    // headSent(), inline: a call costs as much as a dozen property reads on QuickJS.
    if (this._flat !== null || this._streaming) throw headersSentError('write');
    // Node truncates the code (`statusCode | 0`): 200.5 is 200, '200x' is invalid.
    const code = statusCode | 0;
    if (code < 100 || code > 999) {
      throw new (codes.ERR_HTTP_INVALID_STATUS_CODE)(statusCode);
    }
    if (typeof reason === 'string') {
      checkStatusMessage(reason);
      this.statusMessage = reason;
    } else {
      obj = reason;
    }
    if (this.statusCode !== code) this.statusCode = code;
    let flat;
    if (obj === undefined || obj === null) {
      flat = storedFlat(this._headers);
    } else if (ArrayIsArray(obj)) {
      // [[name, value], ...] or [name, value, name, value, ...]
      if (this._headers !== null) {
        if (obj.length && ArrayIsArray(obj[0])) {
          for (let i = 0; i < obj.length; i++) this.setHeader(obj[i][0], obj[i][1]);
        } else {
          for (let i = 0; i + 1 < obj.length; i += 2) this.appendHeader(obj[i], obj[i + 1]);
        }
        flat = storedFlat(this._headers);
      } else {
        flat = [];
        if (obj.length && ArrayIsArray(obj[0])) {
          for (let i = 0; i < obj.length; i++) pushHeader(flat, obj[i][0], obj[i][1]);
        } else {
          if (obj.length % 2 !== 0) throw new (codes.ERR_INVALID_ARG_VALUE)('headers', obj);
          for (let i = 0; i < obj.length; i += 2) pushHeader(flat, obj[i], obj[i + 1]);
        }
      }
    } else if (this._headers !== null) {
      // Headers set before merge with these (these win); Node skips an empty name here.
      const keys = ObjectKeys(obj);
      for (let i = 0; i < keys.length; i++) if (keys[i]) this.setHeader(keys[i], obj[keys[i]]);
      flat = storedFlat(this._headers);
    } else {
      // The common case: no setHeader() before, a plain object here. Own keys only, as
      // Node (and Object.keys is much cheaper than for-in on QuickJS).
      const keys = ObjectKeys(obj);
      const count = keys.length;
      flat = null;
      if (count === 1) {
        // One known header, most likely the one the last response had: that response's
        // list again (lists are only read once stored), else a literal of its tokens.
        const value = obj[keys[0]];
        const nameToken = typeof value === 'string' ? validNames[keys[0]] : undefined;
        const valueToken = nameToken === undefined ? undefined : validValues[value];
        if (valueToken !== undefined) {
          if (lastPairName !== nameToken || lastPairValue !== valueToken) {
            lastPair = [nameToken, valueToken];
            lastPairName = nameToken;
            lastPairValue = valueToken;
          }
          flat = lastPair;
        }
      }
      if (flat === null) {
        flat = [];
        for (let i = 0; i < count; i++) {
          const name = keys[i];
          const value = obj[name];
          // pushHeader's token case, inline.
          const nameToken = typeof value === 'string' ? validNames[name] : undefined;
          const valueToken = nameToken === undefined ? undefined : validValues[value];
          if (valueToken !== undefined) flat.push(nameToken, valueToken);
          else pushHeader(flat, name, value);
        }
      }
      // Keeps the object's shape alive until the next writeHead, whose literal most likely
      // has the same keys (see holdShapes).
      lastHeaderObject = obj;
    }
    this._flat = flat;
    return this;
  };
  ResponsePrototype.writeHeader = ResponsePrototype.writeHead;

  function takeCorked(res) {
    const chunks = res._corkedChunks;
    res._corkedChunks = null;
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
  }


  // Whole responses wait here (five values each, see op_http_respond) and go to Rust in
  // one op: after the batch of requests that produced them, or at the end of the current
  // macrotask for responses ended later (a timer, I/O callback, promise).
  const queueMicrotask = globalThis.queueMicrotask;
  let queued = [];
  let dispatching = false;
  let flushScheduled = false;

  function flushResponses() {
    flushScheduled = false;
    if (queued.length === 0) return;
    const responses = queued;
    queued = [];
    ops.op_http_respond(responses);
  }

  // Node checks the reason phrase when the head is made (writeHead, or the implicit
  // head of write()/end()): it must not split the status line.
  function checkStatusMessage(message) {
    if (message !== undefined && invalidCharRe.test(String(message))) {
      throw new (codes.ERR_INVALID_CHAR)('statusMessage');
    }
  }

  // The implicit head of write()/end() without writeHead(): Node's _implicitHeader runs
  // writeHead(this.statusCode), which throws for a code out of range.
  function checkImplicitHead(res) {
    const statusCode = res.statusCode;
    if (statusCode !== 200) {
      const code = statusCode | 0;
      if (code < 100 || code > 999) throw new (codes.ERR_HTTP_INVALID_STATUS_CODE)(statusCode);
    }
    checkStatusMessage(res.statusMessage);
  }

  function startStream(res) {
    if (res._flat === null) checkImplicitHead(res);
    ops.op_http_write_head(res._id, res.statusCode, res.statusMessage, res._flat !== null ? res._flat : storedFlat(res._headers));
    res._streaming = true;
    res.chunkedEncoding = true;
  }

  function emitFinishNT(res) {
    res._finishPending = false;
    res.emit('finish');
    res.emit('close');
    const req = res.req;
    if (req._events !== undefined) req.emit('close');
  }

  ResponsePrototype.write = function write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (this._flat === ENDED) return writeAfterEnd(this, callback);
    if (chunk === null) throw new (codes.ERR_STREAM_NULL_VALUES)();
    checkChunk(chunk);
    if (!this._streaming) startStream(this);
    if (this._corked > 0) {
      // Held until uncork(), then sent as one chunk.
      (this._corkedChunks || (this._corkedChunks = [])).push(toBuffer(encodeChunk(chunk, encoding)));
      if (typeof callback === 'function') process.nextTick(callback);
      return true;
    }
    const buffered = ops.op_http_write(this._id, encodeChunk(chunk, encoding));
    if (typeof callback === 'function') process.nextTick(callback);
    if (buffered <= kHighWaterMark) return true;
    // Backpressure: false until hyper has taken enough, then 'drain' (see body.rs).
    waitForDrain(this, ops.op_http_drained, this._id);
    return false;
  };

  ResponsePrototype.end = function end(chunk, encoding, callback) {
    const flat = this._flat;
    // A string without an encoding (the common case) goes as it is, with no more checks.
    if (typeof chunk !== 'string' || encoding !== undefined) {
      if (typeof chunk === 'function') {
        callback = chunk;
        chunk = undefined;
      } else if (typeof encoding === 'function') {
        callback = encoding;
        encoding = undefined;
      }
      if (flat !== ENDED) chunk = lastChunk(chunk, encoding);
    }
    if (flat === ENDED) {
      if (typeof callback === 'function') process.nextTick(callback);
      return this;
    }
    // Two reads, not a call, on the common path (a call costs on QuickJS).
    if (flat === null && (this.statusCode !== 200 || this.statusMessage !== undefined) && !this._streaming) {
      checkImplicitHead(this);
    }
    // Only what changes is written: each new own property costs on QuickJS.
    this._flat = ENDED;
    if (this._corked !== 0) this._corked = 0;
    const req = this.req;
    if (this._tracked !== null || req._tracked !== null) untrack(this);
    if (this._streaming) {
      if (this._corkedChunks !== null) {
        // end() uncorks: what was held goes out with the last chunk.
        if (chunk !== null) this._corkedChunks.push(toBuffer(chunk));
        chunk = takeCorked(this);
      }
      ops.op_http_end(this._id, chunk, this._trailers);
    } else {
      // The head's headers are what writeHead stored, else what setHeader() collected.
      queued.push(this._id, this.statusCode, this.statusMessage, flat !== null ? flat : storedFlat(this._headers), chunk);
      if (!dispatching && !flushScheduled) {
        flushScheduled = true;
        queueMicrotask(flushResponses);
      }
    }
    if (typeof callback === 'function') this.once('finish', callback);
    if (this._events !== undefined || req._events !== undefined) {
      this._finishPending = true;
      process.nextTick(emitFinishNT, this);
    }
    return this;
  };

  ResponsePrototype.flushHeaders = function flushHeaders() {
    if (!this._streaming && !this.finished) startStream(this);
  };
  ResponsePrototype.setTimeout = function setTimeout(msecs, callback) {
    if (typeof callback === 'function') this.on('timeout', callback);
    setSocketTimeout(this.req, this, msecs);
    return this;
  };
  ResponsePrototype._tracked = null;
  // Looked up on every response (are there listeners?): found here, not four prototypes up.
  ResponsePrototype._events = undefined;
  // A 'timeout' listener on a response makes it known to the server's timeout reports
  // (Node emits on the socket's current response); nothing is kept per response otherwise.
  for (const name of ['on', 'addListener', 'prependListener']) {
    const base = EventEmitter.prototype[name];
    ResponsePrototype[name] = function (event, listener) {
      const r = base.call(this, event, listener);
      if (event === 'timeout' && !this.finished) {
        const b = this.req._batch;
        if (b !== undefined && b._server !== undefined) trackMessage(b._server, this);
      }
      return r;
    };
  }
  ResponsePrototype.cork = function cork() {
    this._corked++;
  };
  ResponsePrototype.uncork = function uncork() {
    if (this._corked === 0 || --this._corked > 0 || this._corkedChunks === null || this.finished) return;
    const buffered = ops.op_http_write(this._id, takeCorked(this));
    if (buffered > kHighWaterMark) waitForDrain(this, ops.op_http_drained, this._id);
  };
  // Kept for the end of a streamed (chunked) response, as Node sends them; a response
  // sent whole has a Content-Length and no trailers. Each call replaces the last one's.
  ResponsePrototype._trailers = null;
  ResponsePrototype.addTrailers = function addTrailers(headers) {
    const flat = [];
    const isArray = ArrayIsArray(headers);
    const keys = ObjectKeys(headers);
    for (let i = 0; i < keys.length; i++) {
      const field = isArray ? headers[keys[i]][0] : keys[i];
      let value = isArray ? headers[keys[i]][1] : headers[keys[i]];
      validateHeaderName(field, 'Trailer name');
      if (ArrayIsArray(value) && value.length > 1) {
        for (let j = 0; j < value.length; j++) {
          if (invalidCharRe.test(String(value[j]))) throw new (codes.ERR_INVALID_CHAR)('trailer content', field);
          flat.push(field, String(value[j]));
        }
      } else {
        if (ArrayIsArray(value)) value = value.join('; ');
        if (invalidCharRe.test(String(value))) throw new (codes.ERR_INVALID_CHAR)('trailer content', field);
        flat.push(field, String(value));
      }
    }
    this._trailers = flat;
  };
  // hyper sends `100 Continue` when the body is first read: start reading it.
  ResponsePrototype.writeContinue = function writeContinue(callback) {
    const req = this.req;
    if (req._hasBody && !req._reading && !req.complete) req.read(0);
    if (typeof callback === 'function') process.nextTick(callback);
  };
  // hyper sends no informational responses but the 100 it sends itself.
  ResponsePrototype.writeProcessing = function writeProcessing() {
    throw new (codes.ERR_NOT_IMPLEMENTED)('response.writeProcessing()');
  };
  ResponsePrototype.assignSocket = function assignSocket() {};
  ResponsePrototype.detachSocket = function detachSocket() {};
  ResponsePrototype.destroy = function destroy(err) {
    if (!this.finished) this.end();
    if (err) process.nextTick(() => this.emit('error', err));
    return this;
  };

  // A server request's timeout is its connection's, as the response's (Node: the socket's
  // idle timeout; 'timeout' comes on req while its body is still arriving).
  IncomingPrototype.setTimeout = function setTimeout(msecs, callback) {
    if (typeof callback === 'function') this.on('timeout', callback);
    setSocketTimeout(this, this, msecs);
    return this;
  };

  // --- Server -------------------------------------------------------------------------------
  function Server(options, requestListener) {
    if (!(this instanceof Server)) return new Server(options, requestListener);
    if (typeof options === 'function') {
      requestListener = options;
      options = undefined;
    } else if (options !== undefined && options !== null && typeof options !== 'object') {
      throw new (codes.ERR_INVALID_ARG_TYPE)('options', 'object', options);
    }
    net.Server.call(this);
    if (typeof requestListener === 'function') this.on('request', requestListener);
    this._rid = -1;
    this._address = null;
    this._ref = true;
    this._pending = null;
    this._holding = false;
    this._closing = false;
    this.listening = false;
    this._timeout = 0;
    this._tracked = null;
    this._trackAll = false;
    this._eventsRid = -1;
    this._watchingClientErrors = false;
    this.keepAliveTimeout = 5000;
    this.maxHeadersCount = null;
    this.maxHeaderSize = undefined;
    this.maxRequestsPerSocket = 0;
    this.requestTimeout = 300000;
    this.headersTimeout = 60000;
    if (options !== undefined && options !== null) {
      if (options.requestTimeout !== undefined) this.requestTimeout = timeoutOption(options.requestTimeout, 'requestTimeout');
      // Node: headersTimeout defaults to the smaller of 60 s and requestTimeout.
      this.headersTimeout = options.headersTimeout !== undefined
        ? timeoutOption(options.headersTimeout, 'headersTimeout')
        : Math.min(60000, this.requestTimeout || 60000);
      if (options.keepAliveTimeout !== undefined) this.keepAliveTimeout = timeoutOption(options.keepAliveTimeout, 'keepAliveTimeout');
      if (options.maxHeaderSize !== undefined) {
        require('internal/validators').validateInteger(options.maxHeaderSize, 'maxHeaderSize', 0);
      }
      this.maxHeaderSize = options.maxHeaderSize;
    }
  }
  Object.setPrototypeOf(Server.prototype, net.Server.prototype);
  Object.setPrototypeOf(Server, net.Server);

  function timeoutOption(value, name) {
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      throw new (codes.ERR_INVALID_ARG_TYPE)('options.' + name, 'number', value);
    }
    if (value < 0) throw new (codes.ERR_OUT_OF_RANGE)('options.' + name, '>= 0', value);
    return value;
  }

  // --- timeouts and client errors (server/events.rs `ServerEvent`) ---------------------------------
  // server.timeout: the idle timeout of connections accepted from now on (as in Node).
  Object.defineProperty(Server.prototype, 'timeout', {
    get() { return this._timeout; },
    set(v) {
      this._timeout = v;
      if (this._rid !== -1) applyServerTimeout(this);
    },
    configurable: true,
    enumerable: true,
  });

  function applyServerTimeout(server) {
    const ms = timeoutMs(server._timeout);
    ops.op_http_server_timeout(server._rid, ms);
    if (ms > 0) {
      server._trackAll = true;
      if (server._tracked === null) server._tracked = new Map();
      watchEvents(server);
    }
  }

  // The message ('timeout' goes to it) of a request by id, while it is unfinished.
  function trackMessage(server, msg) {
    if (server._tracked === null) server._tracked = new Map();
    const id = msg._id;
    const had = server._tracked.get(id);
    // A response knows its request; a request alone is kept only until its response is.
    if (had === undefined || (had instanceof IncomingMessage && msg instanceof ServerResponse)) {
      server._tracked.set(id, msg);
      msg._tracked = server._tracked;
    }
  }

  function untrack(res) {
    const map = res._tracked !== null ? res._tracked : res.req._tracked;
    map.delete(res._id);
  }

  function setSocketTimeout(req, msg, msecs) {
    if (typeof msecs !== 'number' || !(msecs >= 0) || msecs === Infinity) {
      throw new (codes.ERR_OUT_OF_RANGE)('msecs', 'a non-negative finite number', msecs);
    }
    const server = req._batch !== undefined ? req._batch._server : undefined;
    if (server === undefined || server._rid === -1) return;
    const ms = Math.trunc(msecs);
    ops.op_http_set_timeout(server._rid, req._id, ms > 2147483647 ? 2147483647 : ms);
    if (ms > 0) {
      if (!(msg instanceof ServerResponse && msg.finished)) trackMessage(server, msg);
      watchEvents(server);
    }
  }

  // Waits for the server's timeouts and client errors while something may produce them;
  // unref'd, as Node's socket timers are.
  function watchEvents(server) {
    const rid = server._rid;
    if (rid === -1 || server._eventsRid === rid) return;
    server._eventsRid = rid;
    (async () => {
      for (;;) {
        const p = ops.op_http_events(rid);
        core.unrefOpPromise(p);
        let events;
        try {
          events = await p;
        } catch (_) {
          events = null;
        }
        if (events === null) break;
        for (let i = 0; i < events.length; i++) {
          const e = events[i];
          try {
            if (e[0] === 0) onSocketTimeout(server, rid, e[1], e[2]);
            else onClientError(server, rid, e);
          } catch (err) {
            internals.triggerUncaughtException(err, false);
          }
        }
      }
      if (server._eventsRid === rid) server._eventsRid = -1;
    })();
  }

  // Node's socketOnTimeout: 'timeout' on the request while its body is arriving, on the
  // unfinished response, and on the server; nobody listening destroys the socket.
  function onSocketTimeout(server, rid, connId, reqId) {
    let socket = connectionSockets.get(connId);
    if (socket === undefined) socket = socketFromFacts(ops.op_http_connection_socket(rid, connId));
    if (socket === null || socket.destroyed) return;
    let req;
    let res;
    const msg = reqId >= 0 && server._tracked !== null ? server._tracked.get(reqId) : undefined;
    if (msg instanceof ServerResponse) {
      res = msg;
      req = msg.req;
    } else if (msg !== undefined) {
      req = msg;
    }
    const reqTimeout = req !== undefined && req._hasBody && !req.complete && req.emit('timeout', socket);
    const resTimeout = res !== undefined && !res.finished && res.emit('timeout', socket);
    const serverTimeout = server.emit('timeout', socket);
    if (!reqTimeout && !resTimeout && !serverTimeout) socket.destroy();
  }

  // A parse error has already been answered (400/413/431) and its connection closed: the
  // listener gets Node's error and a socket that is closed. A request timeout leaves the
  // socket open for the listener to answer (writeThrough).
  function onClientError(server, rid, e) {
    if (server.listenerCount('clientError') === 0) {
      server._watchingClientErrors = false;
      ops.op_http_watch_client_errors(rid, false);
      return;
    }
    const code = e[2];
    let err;
    if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
      err = new (codes.ERR_HTTP_REQUEST_TIMEOUT)();
    } else {
      err = new Error('Parse Error: ' + e[3]);
      err.bytesParsed = e[4];
      err.code = code;
      err.reason = e[3];
      const raw = e[5];
      err.rawPacket = raw === null ? Buffer.alloc(0) : Buffer.from(raw.buffer, raw.byteOffset, raw.length);
    }
    const socket = socketFromFacts(e[1]);
    if (code === 'ERR_HTTP_REQUEST_TIMEOUT') writeThrough(socket, e[1][0]);
    server.emit('clientError', err, socket);
  }

  // The socket of a request timeout stays open for the listener's own answer (Node
  // leaves it to the listener): what it writes goes straight to the connection, and
  // ending it closes the connection.
  function writeThrough(socket, connId) {
    const send = (chunk, encoding) => {
      ops.op_http_connection_write(connId, typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk);
    };
    socket._write = (chunk, encoding, cb) => {
      send(chunk, encoding);
      cb();
    };
    socket._writev = (chunks, cb) => {
      for (let i = 0; i < chunks.length; i++) send(chunks[i].chunk, chunks[i].encoding);
      cb();
    };
    socket._final = (cb) => {
      cb();
      socket.destroy();
    };
  }

  function watchClientErrors(server) {
    if (server._rid === -1 || server._watchingClientErrors) return;
    server._watchingClientErrors = true;
    ops.op_http_watch_client_errors(server._rid, true);
    watchEvents(server);
  }

  // A 'clientError' listener turns the reports on (they cost a copy per request head).
  for (const name of ['on', 'addListener', 'prependListener']) {
    const base = EventEmitter.prototype[name];
    Server.prototype[name] = function (event, listener) {
      const r = base.call(this, event, listener);
      if (event === 'clientError') watchClientErrors(this);
      return r;
    };
  }

  function emitListeningNT(server) {
    if (server._rid !== -1) server.emit('listening');
  }
  function emitCloseNT(server) {
    server.emit('close');
  }

  function dispatch(server, b) {
    const events = server._events;
    const handler = events === undefined ? undefined : events.request;
    // One plain listener (the common case): call it without emit's argument array, and
    // as a method of the server (`this` is the server, as in Node) rather than through
    // Function.prototype.call, which costs a native call more per request on QuickJS.
    const direct = typeof handler === 'function' ? handler : null;
    if (direct !== null && server._requestListener !== direct) {
      Object.defineProperty(server, '_requestListener', { value: direct, writable: true, configurable: true });
    }
    const announce = events !== undefined && events.connection !== undefined;
    // Responses for 'timeout' while the server has an idle timeout (server.timeout).
    const track = server._trackAll ? server._tracked : null;
    b._server = server;
    const fields = b[0];
    dispatching = true;
    const fieldCount = fields.length;
    for (let i = 0; i < fieldCount; i += BATCH_STRIDE) {
      // The server's requests and responses, made without their constructors (see
      // holdShapes): two own properties each.
      const req = ObjectCreate(IncomingPrototype);
      req._batch = b;
      req._fieldsAt = i;
      const flags = fields[i + FIELD_META] & 255;
      try {
        // 'connection' comes before the first request of each connection (Node emits it
        // on accept; nodus learns of a connection with its first request).
        if (announce) announceConnection(server, req);
        // flags bit 1: the request asks to switch protocols (see server/batch.rs `Batch`).
        if ((flags & 2) !== 0 && emitUpgrade(server, req)) continue;
        const res = ObjectCreate(ResponsePrototype);
        res._id = fields[i];
        res.req = req;
        if (track !== null) trackMessage(server, res);
        // flags bit 0: a body follows; only then can an Expect header matter.
        if ((flags & 1) !== 0 && hasExpect(batchText(req, FIELD_HEADERS)) && handleExpect(server, req, res)) continue;
        if (direct !== null) server._requestListener(req, res);
        else server.emit('request', req, res);
      } catch (err) {
        dispatching = false;
        flushResponses();
        internals.triggerUncaughtException(err, false);
        dispatching = true;
      }
    }
    dispatching = false;
    flushResponses();
  }

  // 'upgrade' (or 'connect' for CONNECT) with the connection's socket, if the server
  // listens for it; false if the request is to be served as an ordinary one (an upgrade
  // nobody listens for, as in Node 24). A CONNECT nobody listens for drops the connection.
  function emitUpgrade(server, req) {
    const isConnect = req.method === 'CONNECT';
    const event = isConnect ? 'connect' : 'upgrade';
    if (server.listenerCount(event) === 0) {
      if (!isConnect) return false;
      req.socket.destroy();
      return true;
    }
    const socket = require('internal/http/upgrade').upgradeSocket(req, isConnect);
    req.upgrade = true;
    req.socket = socket;
    server.emit(event, req, socket, Buffer.alloc(0));
    return true;
  }

  // The joined header string of a request names `expect` (names are lower-cased).
  function hasExpect(joined) {
    return joined.startsWith('expect\n') || joined.includes('\nexpect\n');
  }

  // Expect: 100-continue goes to 'checkContinue' listeners (whose res.writeContinue()
  // lets the body come); any other expectation to 'checkExpectation', or is refused with
  // 417, as in Node. True if the request was handled here.
  function handleExpect(server, req, res) {
    const expect = String(req.headers.expect).toLowerCase();
    if (expect === '100-continue') {
      if (server.listenerCount('checkContinue') === 0) return false;
      server.emit('checkContinue', req, res);
      return true;
    }
    if (server.listenerCount('checkExpectation') > 0) {
      server.emit('checkExpectation', req, res);
    } else {
      res.writeHead(417);
      res.end();
    }
    return true;
  }

  function announceConnection(server, req) {
    const socket = req.socket;
    if (socket !== null && socket.server === null) {
      socket.server = socket._server = server;
      server.emit('connection', socket);
    }
  }

  // The loop hands the requests of listener `rid` to dispatch in batches, with no promise
  // per batch; the promise of op_http_served keeps the loop alive until the server ends.
  async function serve(server, rid) {
    ops.op_http_deliver_to(rid, (batch) => dispatch(server, batch));
    const p = ops.op_http_served(rid);
    if (!server._ref) {
      core.unrefOpPromise(p);
      holdWhileConnected(server);
    }
    server._pending = p;
    try {
      await p;
    } catch (_) {
      // Closed by tryClose.
    }
    server._pending = null;
    core.tryClose(rid);
    if (server._rid === rid) {
      server._rid = -1;
      server._closing = false;
      server.listening = false;
      process.nextTick(emitCloseNT, server);
    }
  }

  // Node: the sockets of an unref'd server still keep the loop alive. While the server
  // is unref'd, wait (unref'd) for a connection, then (ref'd) for the last one to end.
  async function holdWhileConnected(server) {
    const rid = server._rid;
    if (server._holding || rid === -1) return;
    server._holding = true;
    try {
      while (!server._ref && server._rid === rid) {
        const opened = ops.op_http_connections(rid, true);
        core.unrefOpPromise(opened);
        await opened;
        if (server._ref || server._rid !== rid) break;
        await ops.op_http_connections(rid, false);
      }
    } catch (_) {
      // The server was closed.
    }
    server._holding = false;
  }

  Server.prototype.listen = function listen(...args) {
    if (normalizeListenArgs(args).path !== undefined) {
      throw new (codes.ERR_NOT_IMPLEMENTED)('server.listen() on a path (Unix domain socket)');
    }
    return net.Server.prototype.listen.apply(this, args);
  };

  // net.Server's listen() ends here with the listener to serve (-1: none, connections
  // come through _adoptConnection).
  Server.prototype._listenOn = function _listenOn(listenerRid, address) {
    this._address = address;
    // hyper keeps these from here on (server/service.rs `server_config` says how).
    this._rid = ops.op_http_serve(
      listenerRid,
      timeoutMs(this.keepAliveTimeout),
      timeoutMs(this.headersTimeout),
      timeoutMs(this.requestTimeout),
      timeoutMs(this._timeout),
      headerSlots(this.maxHeadersCount),
      headSizeLimit(this.maxHeaderSize),
    );
    if (timeoutMs(this._timeout) > 0) applyServerTimeout(this);
    if (this.listenerCount('clientError') > 0) watchClientErrors(this);
    this.listening = true;
    process.nextTick(emitListeningNT, this);
    serve(this, this._rid);
  };
  Server.prototype._listenRoundRobin = function _listenRoundRobin(address, handle) {
    this._clusterHandle = handle;
    this._listenOn(-1, address);
  };
  Server.prototype._adoptConnection = function _adoptConnection(fd) {
    try {
      ops.op_http_adopt(this._rid, fd);
    } catch (_) {
      return false;
    }
    return true;
  };

  // Node's default for --max-http-header-size (http.maxHeaderSize), which nodus does not
  // read.
  const kMaxHeaderSize = 16384;

  // The head size limit for hyper: 0 or unset means http.maxHeaderSize, as in Node;
  // anything past the op's 31-bit argument is as good as no limit.
  function headSizeLimit(size) {
    return Math.min(size || kMaxHeaderSize, 2147483647);
  }

  // How many request headers hyper may parse, from maxHeadersCount (0: its default of
  // 100, which it keeps on the stack). Node's default is 2000, but a bigger table costs
  // an allocation per request, so a server has it only by setting maxHeadersCount; 0
  // ("no limit" in Node) gets 4096, as many as a 16 KiB head can hold.
  function headerSlots(count) {
    if (count === 0) return 4096;
    const n = Math.floor(Number(count));
    return n > 100 ? Math.min(n, 65536) : 0;
  }

  function timeoutMs(value) {
    const ms = Math.floor(Number(value));
    return ms > 0 && ms < 2147483647 ? ms : 0;
  }

  Server.prototype.address = function address() {
    const a = this._address;
    if (this._rid === -1 || a === null) return null;
    return { address: a.address, family: a.family, port: a.port };
  };

  Server.prototype.close = function close(callback) {
    if (this._rid === -1 || this._closing) {
      if (typeof callback === 'function') {
        this.once('close', () => callback(new (codes.ERR_SERVER_NOT_RUNNING)()));
      }
      if (this._rid === -1) {
        // A cluster worker's listen() may still wait for the primary: it sees this.
        this.listening = false;
        process.nextTick(emitCloseNT, this);
      }
      return this;
    }
    if (typeof callback === 'function') this.once('close', callback);
    this._closing = true;
    this.listening = false;
    closeClusterHandle(this);
    flushResponses();
    ops.op_http_close(this._rid);
    return this;
  };

  Server.prototype.closeIdleConnections = function closeIdleConnections() {
    flushResponses();
    if (this._rid !== -1) ops.op_http_close_idle_connections(this._rid);
  };
  Server.prototype.closeAllConnections = function closeAllConnections() {
    flushResponses();
    if (this._rid !== -1) ops.op_http_close_connections(this._rid);
  };
  Server.prototype.ref = function ref() {
    this._ref = true;
    if (this._pending !== null) core.refOpPromise(this._pending);
    return this;
  };
  Server.prototype.unref = function unref() {
    this._ref = false;
    if (this._pending !== null) {
      core.unrefOpPromise(this._pending);
      holdWhileConnected(this);
    }
    return this;
  };
  Server.prototype.setTimeout = function setTimeout(msecs, callback) {
    this.timeout = msecs;
    if (typeof callback === 'function') this.on('timeout', callback);
    return this;
  };
  Server.prototype.getConnections = function getConnections(cb) {
    const count = this._rid === -1 ? 0 : ops.op_http_connection_count(this._rid);
    if (typeof cb === 'function') process.nextTick(cb, null, count);
    return this;
  };
  if (typeof Symbol.asyncDispose === 'symbol') {
    Server.prototype[Symbol.asyncDispose] = function () {
      return new Promise((resolve) => this.close(() => resolve()));
    };
  }

  function createServer(options, requestListener) {
    return new Server(options, requestListener);
  }

  return { STATUS_CODES, Server, ServerResponse, createServer, kMaxHeaderSize };
})();
