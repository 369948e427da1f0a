// internal/http/outgoing -- OutgoingMessage, the base of ServerResponse and ClientRequest:
// the header store (setHeader and friends, with Node's rules) and the cache of header
// names and values that passed validation, with their tokens for a response head.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const { Stream: LegacyStream } = require('stream');
  const { codes } = require('internal/errors');
  const { validateHeaderName, validateHeaderValue, invalidCharRe, Buffer } = require('internal/http/common');
  const { isUint8Array } = require('internal/util/types');
  const { getDefaultHighWaterMark } = require('stream');
  // Taken once, as Node's primordials: a global and its property are two lookups per use
  // on QuickJS, and the per-request path uses these.
  const ObjectKeys = Object.keys;
  const ArrayIsArray = Array.isArray;

  // A message of its own (`new OutgoingMessage()`, or a program's subclass) is Node's
  // generic one: what it writes goes to `this.socket` (any writable stream) once it has
  // one, and waits in `outputData` until then; its subclass says how the head looks
  // (`_implicitHeader`, `_header`). ServerResponse and ClientRequest have their own
  // write paths (hyper frames their messages) and keep only the header store from here.
  function OutgoingMessage(options) {
    LegacyStream.call(this);
    this.outputData = [];
    this.outputSize = 0;
    this.writable = true;
    this.destroyed = false;
    this.errored = null;
    this.chunkedEncoding = false;
    this.shouldKeepAlive = true;
    this.useChunkedEncodingByDefault = true;
    this.sendDate = false;
    this._hasBody = true;
    this._trailer = '';
    this._contentLength = null;
    this.finished = false;
    this._headerSent = false;
    this._header = null;
    this.socket = null;
    this._outputHighWaterMark = options && options.highWaterMark !== undefined
      ? options.highWaterMark : getDefaultHighWaterMark();
  }
  Object.setPrototypeOf(OutgoingMessage.prototype, LegacyStream.prototype);
  Object.setPrototypeOf(OutgoingMessage, LegacyStream);

  const OutgoingPrototype = OutgoingMessage.prototype;
  OutgoingPrototype._headers = null;
  OutgoingPrototype._flat = null;
  OutgoingPrototype._streaming = false;

  function headSent(res) {
    return (res._flat !== null && res._flat !== undefined) || res._streaming === true || !!res._header;
  }

  // --- the generic message's stream side (Node's OutgoingMessage) ---------------------------
  Object.defineProperties(OutgoingPrototype, {
    writableObjectMode: { get() { return false; }, configurable: true },
    writableHighWaterMark: {
      get() { return this.socket ? this.socket.writableHighWaterMark : this._outputHighWaterMark; },
      configurable: true,
    },
    writableLength: {
      get() { return (this.outputSize || 0) + (this.socket ? this.socket.writableLength : 0); },
      configurable: true,
    },
    writableEnded: { get() { return this.finished; }, configurable: true },
    writableFinished: {
      get() {
        return this.finished && !this.outputSize && (!this.socket || this.socket.writableLength === 0);
      },
      configurable: true,
    },
    writableCorked: { get() { return this.socket ? this.socket.writableCorked : 0; }, configurable: true },
    headersSent: { get() { return !!this._header; }, configurable: true },
    connection: {
      get() { return this.socket; },
      set(v) { this.socket = v; },
      configurable: true,
    },
  });

  function nop() {}

  // Node's onError: the callback, then 'error', on the next tick, unless destroyed.
  function reportError(msg, err, callback) {
    if (msg.destroyed) return;
    process.nextTick(() => {
      callback(err);
      if (typeof msg.emit === 'function' && !msg.destroyed) msg.emit('error', err);
    });
  }

  OutgoingPrototype._implicitHeader = function _implicitHeader() {
    throw new (codes.ERR_METHOD_NOT_IMPLEMENTED)('_implicitHeader()');
  };

  OutgoingPrototype.setTimeout = function setTimeout(msecs, callback) {
    if (callback) this.on('timeout', callback);
    if (!this.socket) this.once('socket', (socket) => socket.setTimeout(msecs));
    else this.socket.setTimeout(msecs);
    return this;
  };

  OutgoingPrototype.destroy = function destroy(error) {
    if (this.destroyed) return this;
    this.destroyed = true;
    this.errored = error;
    if (this.socket) this.socket.destroy(error);
    else this.once('socket', (socket) => socket.destroy(error));
    return this;
  };

  function byteLengthOf(chunk, encoding) {
    return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
  }

  function writeGeneric(msg, chunk, encoding, callback, fromEnd) {
    if (typeof callback !== 'function') callback = nop;
    if (chunk === null) throw new (codes.ERR_STREAM_NULL_VALUES)();
    if (typeof chunk !== 'string' && !isUint8Array(chunk)) {
      throw new (codes.ERR_INVALID_ARG_TYPE)('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
    }
    let err;
    if (msg.finished) err = new (codes.ERR_STREAM_WRITE_AFTER_END)();
    else if (msg.destroyed) err = new (codes.ERR_STREAM_DESTROYED)('write');
    if (err) {
      if (!msg.destroyed) reportError(msg, err, callback);
      else process.nextTick(callback, err);
      return false;
    }
    if (!msg._header) {
      if (fromEnd) msg._contentLength = byteLengthOf(chunk, encoding);
      msg._implicitHeader();
    }
    if (!msg._hasBody) {
      process.nextTick(callback);
      return true;
    }
    if (msg.chunkedEncoding && chunk.length !== 0) {
      msg._send(byteLengthOf(chunk, encoding).toString(16), 'latin1', null);
      msg._send('\r\n', 'latin1', null);
      msg._send(chunk, encoding, null);
      return msg._send('\r\n', 'latin1', callback);
    }
    return msg._send(chunk, encoding, callback);
  }

  OutgoingPrototype.write = function write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = null;
    }
    return writeGeneric(this, chunk, encoding, callback, false);
  };

  // The head goes out in front of the first data.
  OutgoingPrototype._send = function _send(data, encoding, callback) {
    if (!this._headerSent && this._header !== null) {
      if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
        data = this._header + data;
      } else {
        this.outputData.unshift({ data: this._header, encoding: 'latin1', callback: null });
        this.outputSize += this._header.length;
      }
      this._headerSent = true;
    }
    return this._writeRaw(data, encoding, callback);
  };

  OutgoingPrototype._writeRaw = function _writeRaw(data, encoding, callback) {
    const conn = this.socket;
    if (conn && conn.destroyed) return false;
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = null;
    }
    if (conn && conn._httpMessage === this && conn.writable) {
      if (this.outputData.length) this._flushOutput(conn);
      return conn.write(data, encoding, callback);
    }
    this.outputData.push({ data, encoding, callback });
    this.outputSize += data.length;
    return this.outputSize < this.writableHighWaterMark;
  };

  OutgoingPrototype._flushOutput = function _flushOutput(socket) {
    const data = this.outputData;
    this.outputData = [];
    this.outputSize = 0;
    let ret;
    for (const { data: d, encoding, callback } of data) ret = socket.write(d, encoding, callback);
    return ret;
  };

  OutgoingPrototype._finish = function _finish() {
    this.emit('prefinish');
  };

  OutgoingPrototype.end = function end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = null;
      encoding = null;
    } else if (typeof encoding === 'function') {
      callback = encoding;
      encoding = null;
    }
    if (chunk) {
      if (this.finished) {
        reportError(this, new (codes.ERR_STREAM_WRITE_AFTER_END)(), typeof callback === 'function' ? callback : nop);
        return this;
      }
      writeGeneric(this, chunk, encoding, null, true);
    } else if (this.finished) {
      if (typeof callback === 'function') {
        if (!this.writableFinished) this.on('finish', callback);
        else callback(new (codes.ERR_STREAM_ALREADY_FINISHED)('end'));
      }
      return this;
    } else if (!this._header) {
      this._contentLength = 0;
      this._implicitHeader();
    }
    if (typeof callback === 'function') this.once('finish', callback);
    const finish = () => {
      if (this.socket && this.socket._hadError) return;
      this.emit('finish');
    };
    if (this._hasBody && this.chunkedEncoding) {
      this._send('0\r\n' + this._trailer + '\r\n', 'latin1', finish);
    } else if (!this._headerSent || this.writableLength || chunk) {
      this._send('', 'latin1', finish);
    } else {
      process.nextTick(finish);
    }
    this.finished = true;
    if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) this._finish();
    return this;
  };

  OutgoingPrototype.addTrailers = function addTrailers(headers) {
    this._trailer = '';
    const isArray = ArrayIsArray(headers);
    for (const key of ObjectKeys(headers)) {
      const field = isArray ? headers[key][0] : key;
      let value = isArray ? headers[key][1] : headers[key];
      validateHeaderName(field, 'Trailer name');
      if (ArrayIsArray(value) && value.length > 1) {
        for (const v of value) {
          if (invalidCharRe.test(String(v))) throw new (codes.ERR_INVALID_CHAR)('trailer content', field);
          this._trailer += field + ': ' + v + '\r\n';
        }
      } else {
        if (ArrayIsArray(value)) value = value.join('; ');
        if (invalidCharRe.test(String(value))) throw new (codes.ERR_INVALID_CHAR)('trailer content', field);
        this._trailer += field + ': ' + value + '\r\n';
      }
    }
  };

  OutgoingPrototype.flushHeaders = function flushHeaders() {
    if (!this._header) this._implicitHeader();
    this._send('');
  };

  OutgoingPrototype.cork = function cork() {
    if (this.socket) this.socket.cork();
  };
  OutgoingPrototype.uncork = function uncork() {
    if (this.socket) this.socket.uncork();
  };

  function headersSentError(action) {
    return new (codes.ERR_HTTP_HEADERS_SENT)(action);
  }

  OutgoingPrototype.setHeader = function setHeader(name, value) {
    if (headSent(this)) throw headersSentError('set');
    checkHeader(name, value);
    if (this._headers === null) this._headers = { __proto__: null };
    this._headers[name.toLowerCase()] = [name, value];
    return this;
  };
  OutgoingPrototype.appendHeader = function appendHeader(name, value) {
    if (headSent(this)) throw headersSentError('append');
    checkHeader(name, value);
    if (this._headers === null) this._headers = { __proto__: null };
    const key = name.toLowerCase();
    const prev = this._headers[key];
    if (prev === undefined) {
      this._headers[key] = [name, value];
    } else {
      const list = ArrayIsArray(prev[1]) ? prev[1] : [prev[1]];
      prev[1] = list.concat(value);
    }
    return this;
  };
  OutgoingPrototype.getHeader = function getHeader(name) {
    if (typeof name !== 'string') throw new (codes.ERR_INVALID_ARG_TYPE)('name', 'string', name);
    if (this._headers === null) return undefined;
    const entry = this._headers[name.toLowerCase()];
    return entry === undefined ? undefined : entry[1];
  };
  OutgoingPrototype.getHeaders = function getHeaders() {
    const out = { __proto__: null };
    const h = this._headers;
    if (h !== null) for (const key in h) out[key] = h[key][1];
    return out;
  };
  OutgoingPrototype.getHeaderNames = function getHeaderNames() {
    return this._headers === null ? [] : ObjectKeys(this._headers);
  };
  OutgoingPrototype.getRawHeaderNames = function getRawHeaderNames() {
    const out = [];
    const h = this._headers;
    if (h !== null) for (const key in h) out.push(h[key][0]);
    return out;
  };
  OutgoingPrototype.hasHeader = function hasHeader(name) {
    if (typeof name !== 'string') throw new (codes.ERR_INVALID_ARG_TYPE)('name', 'string', name);
    return this._headers !== null && this._headers[name.toLowerCase()] !== undefined;
  };
  OutgoingPrototype.removeHeader = function removeHeader(name) {
    if (typeof name !== 'string') throw new (codes.ERR_INVALID_ARG_TYPE)('name', 'string', name);
    if (headSent(this)) throw headersSentError('remove');
    if (this._headers !== null) delete this._headers[name.toLowerCase()];
  };
  OutgoingPrototype.setHeaders = function setHeaders(headers) {
    if (headers instanceof Map) {
      for (const [k, v] of headers) this.setHeader(k, v);
    } else if (headers !== null && typeof headers === 'object') {
      for (const k of ObjectKeys(headers)) this.setHeader(k, headers[k]);
    }
    return this;
  };


  // Header names and values that passed validation before, each with its token for a
  // response head: the id Rust keeps it under (see tokens.rs), or the string itself when
  // Rust's table is full. A lookup is much cheaper than the regular expressions on
  // QuickJS, and servers send the same few headers again and again. Bounded, so that
  // varying values cannot grow them without limit.
  const CACHE_LIMIT = 512;
  const validNames = { __proto__: null };
  let validNameCount = 0;
  const validValues = { __proto__: null };
  let validValueCount = 0;

  function clear(table) {
    for (const key in table) delete table[key];
  }

  function headerToken(text, isName) {
    const id = ops.op_http_header_token(text, isName);
    return id >= 0 ? id : text;
  }

  function checkHeader(name, value) {
    // Only strings are remembered: 123 must not pass because '123' did.
    if (typeof name !== 'string' || validNames[name] === undefined) {
      validateHeaderName(name);
      if (validNameCount === CACHE_LIMIT) {
        clear(validNames);
        validNameCount = 0;
      }
      validNames[name] = headerToken(name, true);
      validNameCount++;
    }
    if (typeof value === 'number' || (typeof value === 'string' && validValues[value] !== undefined)) return;
    validateHeaderValue(name, value);
    if (typeof value === 'string' && value.length <= 128) {
      if (validValueCount === CACHE_LIMIT) {
        clear(validValues);
        validValueCount = 0;
      }
      validValues[value] = headerToken(value, false);
      validValueCount++;
    }
  }

  // Appends a header (a value or an array of values) to a flat [name, value, ...] list,
  // validating it as Node does.
  function pushHeader(flat, name, value) {
    // A name and string value that passed checkHeader before go in as their tokens.
    if (typeof value === 'string') {
      const nameToken = validNames[name];
      const valueToken = nameToken === undefined ? undefined : validValues[value];
      if (valueToken !== undefined) {
        flat.push(nameToken, valueToken);
        return;
      }
    }
    if (ArrayIsArray(value)) {
      for (let i = 0; i < value.length; i++) {
        checkHeader(name, value[i]);
        flat.push(name, '' + value[i]);
      }
    } else {
      checkHeader(name, value);
      flat.push(name, '' + value);
    }
  }

  // The headers stored by setHeader() as a flat list (they were validated when set).
  const NO_HEADERS = Object.freeze([]);

  function storedFlat(h) {
    if (h === null) return NO_HEADERS;
    const flat = [];
    for (const key in h) {
      const e = h[key];
      const v = e[1];
      if (ArrayIsArray(v)) {
        for (let i = 0; i < v.length; i++) flat.push(e[0], '' + v[i]);
      } else {
        flat.push(e[0], '' + v);
      }
    }
    return flat;
  }

  return {
    OutgoingMessage,
    headSent,
    headersSentError,
    checkHeader,
    pushHeader,
    validNames,
    validValues,
    storedFlat,
  };
})();
