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
  const { validateHeaderName, validateHeaderValue } = require('internal/http/common');
  // Taken once, as Node's primordials: a global and its property are two lookups per use
  // on QuickJS, and the per-request path uses these.
  const ObjectKeys = Object.keys;
  const ArrayIsArray = Array.isArray;

  function OutgoingMessage() {
    LegacyStream.call(this);
  }
  Object.setPrototypeOf(OutgoingMessage.prototype, LegacyStream.prototype);
  Object.setPrototypeOf(OutgoingMessage, LegacyStream);

  const OutgoingPrototype = OutgoingMessage.prototype;
  OutgoingPrototype._headers = null;

  function headSent(res) {
    return res._flat !== null || res._streaming;
  }

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
