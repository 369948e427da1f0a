// internal/http/incoming -- IncomingMessage. A server request is read from the batch it
// arrived in (see server/batch.rs `Batch`): its fields are prototype getters, its headers are
// built from the raw list on first read, its Readable state exists only once the body is
// read, and its socket is made on first use. The client fills its responses' fields as
// plain properties.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const net = require('net');
  const { Readable } = require('stream');
  const ReadableState = Readable.ReadableState;
  const { codes } = require('internal/errors');
  const { Buffer, buildHeaders, holdShapes, ownValue } = require('internal/http/common');

  // The methods Rust sends as an index (the `METHODS` table in server/batch.rs, same order).
  const METHOD_INDEX = ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH', 'CONNECT', 'TRACE'];

  // A batch from Rust is `[fields, text]` (see server/batch.rs `Batch`): BATCH_STRIDE Int32
  // fields per request (id, method << 8 | flags, where the method, url and headers start in
  // the text, where the headers end). A request reads its fields from offset `_fieldsAt`: on
  // QuickJS every own property written per request costs, so the common fields are
  // prototype getters, and the setters turn them into ordinary own properties when a
  // program assigns them.
  const BATCH_STRIDE = 6;
  const FIELD_META = 1;
  const FIELD_METHOD = 2;
  const FIELD_URL = 3;
  const FIELD_HEADERS = 4;
  // The meta field of a request made with `new IncomingMessage()`: method index 0 (GET)
  // in the high bits, the HTTP/1.1 version (11) in bits 2-7, no upgrade or body flag.
  const EMPTY_REQUEST_META = (0 << 8) | (11 << 2);
  // Such a request's batch: no url or headers.
  const EMPTY_BATCH = [Int32Array.of(-1, EMPTY_REQUEST_META, 0, 0, 0, 0), ''];

  // The text of a request's field (FIELD_METHOD, FIELD_URL or FIELD_HEADERS): it runs up
  // to where the next one starts.
  function batchText(req, field) {
    const fields = req._batch[0];
    const at = req._fieldsAt + field;
    return req._batch[1].slice(fields[at], fields[at + 1]);
  }

  function IncomingMessage(socket) {
    // As Node: a message read from a socket buffers as much as the socket does.
    Readable.call(this, socket ? { highWaterMark: socket.readableHighWaterMark } : undefined);
    this._batch = EMPTY_BATCH;
    this._fieldsAt = 0;
    this.socket = socket;
  }
  Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
  Object.setPrototypeOf(IncomingMessage, Readable);
  const IncomingPrototype = IncomingMessage.prototype;
  IncomingPrototype.complete = false;
  IncomingPrototype.aborted = false;
  IncomingPrototype.upgrade = false;
  IncomingPrototype.statusCode = null;
  IncomingPrototype.statusMessage = null;
  IncomingPrototype.rawTrailers = [];
  IncomingPrototype._reading = false;
  IncomingPrototype._dumped = false;
  // Looked up on every request (does it have listeners?): found here, not four
  // prototypes up.
  IncomingPrototype._events = undefined;

  // A field read from the batch; the getter is the whole read (on QuickJS every call
  // counts, so no shared reader function).
  function fromBatch(name, get) {
    return { get, set(v) { ownValue(this, name, v); }, configurable: true };
  }

  Object.defineProperties(IncomingPrototype, {
    _id: fromBatch('_id', function () { return this._batch[0][this._fieldsAt]; }),
    method: fromBatch('method', function () {
      const m = this._batch[0][this._fieldsAt + FIELD_META] >> 8;
      return m < METHOD_INDEX.length ? METHOD_INDEX[m] : batchText(this, FIELD_METHOD);
    }),
    url: fromBatch('url', function () { return batchText(this, FIELD_URL); }),
    _hasBody: fromBatch('_hasBody', function () { return (this._batch[0][this._fieldsAt + FIELD_META] & 1) === 1; }),
    httpVersion: fromBatch('httpVersion', function () {
      return ((this._batch[0][this._fieldsAt + FIELD_META] & 255) >> 2) === 10 ? '1.0' : '1.1';
    }),
    httpVersionMajor: fromBatch('httpVersionMajor', () => 1),
    httpVersionMinor: fromBatch('httpVersionMinor', function () {
      return ((this._batch[0][this._fieldsAt + FIELD_META] & 255) >> 2) === 10 ? 0 : 1;
    }),
    rawHeaders: {
      get() {
        const joined = batchText(this, FIELD_HEADERS);
        return ownValue(this, 'rawHeaders', joined === '' ? [] : joined.split('\n'));
      },
      set(v) { ownValue(this, 'rawHeaders', v); },
      configurable: true,
    },
    headers: {
      get() { return ownValue(this, 'headers', buildHeaders(this.rawHeaders)); },
      set(v) { ownValue(this, 'headers', v); },
      configurable: true,
    },
    headersDistinct: {
      get() {
        const out = {};
        const raw = this.rawHeaders;
        for (let i = 0; i < raw.length; i += 2) {
          const name = raw[i].toLowerCase();
          if (out[name] === undefined) out[name] = [raw[i + 1]];
          else out[name].push(raw[i + 1]);
        }
        return ownValue(this, 'headersDistinct', out);
      },
      set(v) { ownValue(this, 'headersDistinct', v); },
      configurable: true,
    },
    trailers: {
      get() { return ownValue(this, 'trailers', {}); },
      set(v) { ownValue(this, 'trailers', v); },
      configurable: true,
    },
    socket: {
      get() { return ownValue(this, 'socket', connectionSocket(this._id)); },
      set(v) { ownValue(this, 'socket', v); },
      configurable: true,
    },
    connection: {
      get() { return this.socket; },
      set(v) { this.socket = v; },
      configurable: true,
    },
    // The stream machinery exists only once the body is read (on('data'), pipe, read...).
    _readableState: {
      get() {
        const state = new ReadableState(undefined, this, false);
        Object.defineProperty(this, '_readableState', { value: state, writable: true, configurable: true, enumerable: false });
        return state;
      },
      set(v) {
        Object.defineProperty(this, '_readableState', { value: v, writable: true, configurable: true, enumerable: false });
      },
      configurable: true,
    },
  });

  // --- req.socket ---------------------------------------------------------------------------
  // hyper owns a server connection, so its socket is a net.Socket without a handle of its
  // own: the addresses come from Rust, destroy() drops the connection, and 'close' comes
  // when the connection ends. One object per connection, made on first use.
  const connectionSockets = new Map();

  function connectionSocket(id) {
    return socketFromFacts(ops.op_http_request_socket(id));
  }

  function socketFromFacts(facts) {
    if (facts === null) return null;
    const connId = facts[0];
    let socket = connectionSockets.get(connId);
    if (socket !== undefined) return socket;
    socket = new net.Socket();
    socket._info = facts;
    const destroyHandle = socket._destroy;
    socket._destroy = function (err, cb) {
      ops.op_http_connection_destroy(connId);
      destroyHandle.call(this, err, cb);
    };
    connectionSockets.set(connId, socket);
    const closed = ops.op_http_connection_closed(connId);
    core.unrefOpPromise(closed);
    closed.then(() => {
      connectionSockets.delete(connId);
      if (!socket.destroyed) socket.destroy();
    });
    return socket;
  }

  // The requests whose body is being read (op_http_pull), by id; the loop hands each
  // chunk to onBodyChunk, with no promise per chunk.
  const readingBodies = new Map();

  IncomingPrototype._read = function _read() {
    if (!this._hasBody) {
      this.complete = true;
      this.push(null);
      return;
    }
    if (this._reading) return;
    this._reading = true;
    readingBodies.set(this._id, this);
    ops.op_http_pull(this._id);
  };

  function onBodyChunk(id, chunk) {
    const req = readingBodies.get(id);
    if (req === undefined) return;
    readingBodies.delete(id);
    req._reading = false;
    if (chunk === null) {
      req.destroy(new (codes.ERR_BUFFER_TOO_LARGE)(Buffer.constants.MAX_LENGTH));
    } else if (chunk === false) {
      // The body was cut short (the client went away, or broke the framing): Node's
      // abortIncoming.
      req.aborted = true;
      req.emit('aborted');
      const err = new Error('aborted');
      err.code = 'ECONNRESET';
      req.destroy(err);
    } else if (chunk.length === 0) {
      req.complete = true;
      // Only a chunked body has trailers.
      if (batchText(req, FIELD_HEADERS).includes('transfer-encoding\n')) takeTrailers(req);
      req.push(null);
    } else {
      req.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
    }
  }
  ops.op_http_bodies_to(onBodyChunk);

  function takeTrailers(req) {
    const joined = ops.op_http_request_trailers(req._id);
    if (joined === '') return;
    const raw = joined.split('\n');
    ownValue(req, 'rawTrailers', raw);
    ownValue(req, 'trailers', buildHeaders(raw));
  }

  // Node keeps an old rule: a message destroyed with an error emits 'error' only when
  // someone listens for it (an aborted response must not end the process).
  IncomingPrototype._destroy = function _destroy(err, cb) {
    process.nextTick(() => cb(this.listenerCount('error') === 0 ? null : err));
  };

  // A message whose body nobody wants any more (its request was destroyed): read to the
  // end without 'data'.
  IncomingPrototype._dump = function _dump() {
    if (this._dumped) return;
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  };

  // The server's timeout reports find a request here while it is unfinished.
  IncomingPrototype._tracked = null;
  holdShapes(IncomingPrototype, ['_batch', '_fieldsAt']);

  // Node's helpers for a message's socket flow control.
  function readStart(socket) {
    if (socket && !socket._paused && socket.readable) socket.resume();
  }
  function readStop(socket) {
    if (socket) socket.pause();
  }

  return {
    IncomingMessage,
    readStart,
    readStop,
    BATCH_STRIDE,
    FIELD_META,
    FIELD_HEADERS,
    batchText,
    connectionSockets,
    socketFromFacts,
  };
})();
