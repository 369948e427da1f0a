// internal/http/common -- what node:http's server and client share: the method list,
// header validation, the request-header object Node builds from raw headers, chunk
// checks and encoding, and the small QuickJS helpers the per-request path is built on.
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const ObjectCreate = Object.create;

  const { Buffer } = require('buffer');

  const METHODS = [
    'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK',
    'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS',
    'PATCH', 'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT',
    'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE',
  ];

  // --- header validation ------------------------------------------------------------------
  const tokenRe = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
  const invalidCharRe = /[^\t\x20-\x7e\x80-\xff]/;

  function validateHeaderName(name, label) {
    if (typeof name !== 'string' || !name || !tokenRe.test(name)) {
      throw new (codes.ERR_INVALID_HTTP_TOKEN)(label || 'Header name', name);
    }
  }
  function validateHeaderValue(name, value) {
    if (value === undefined) throw new (codes.ERR_HTTP_INVALID_HEADER_VALUE)(value, name);
    if (invalidCharRe.test(String(value))) throw new (codes.ERR_INVALID_CHAR)('header content', name);
  }

  const { isUint8Array } = require('internal/util/types');

  // Node's rules for repeated request headers: some keep the first value, set-cookie
  // collects an array, cookie joins with '; ', the rest join with ', '.
  const dropDuplicates = {
    __proto__: null,
    'age': true, 'authorization': true, 'content-length': true, 'content-type': true,
    'etag': true, 'expires': true, 'from': true, 'host': true, 'if-modified-since': true,
    'if-unmodified-since': true, 'last-modified': true, 'location': true,
    'max-forwards': true, 'proxy-authorization': true, 'referer': true,
    'retry-after': true, 'server': true, 'user-agent': true,
  };

  function buildHeaders(raw) {
    const headers = { __proto__: null };
    for (let i = 0; i < raw.length; i += 2) {
      const name = raw[i].toLowerCase();
      const value = raw[i + 1];
      const prev = headers[name];
      if (prev === undefined) {
        headers[name] = name === 'set-cookie' ? [value] : value;
      } else if (name === 'set-cookie') {
        prev.push(value);
      } else if (dropDuplicates[name] !== true) {
        headers[name] = prev + (name === 'cookie' ? '; ' : ', ') + value;
      }
    }
    // Node's req.headers has Object.prototype (but no inherited surprises).
    return Object.assign({}, headers);
  }


  // QuickJS shares an object layout (a "shape") only while a live object has it. A request
  // dies before the next one is made, so without these holders every request and response
  // would build its layout again, one property at a time. Each holder keeps one step of
  // the layout the server path gives its objects (in that order) alive for the process:
  // the prototype keeps them, as a local of this module function would be freed.
  const kShapeHolders = Symbol('shapeHolders');
  function holdShapes(proto, names) {
    const holders = [];
    for (let n = 0; n <= names.length; n++) {
      const obj = ObjectCreate(proto);
      for (let i = 0; i < n; i++) obj[names[i]] = null;
      holders.push(obj);
    }
    Object.defineProperty(proto, kShapeHolders, { value: holders });
  }

  function ownValue(obj, name, value) {
    Object.defineProperty(obj, name, { value, writable: true, configurable: true, enumerable: true });
    return value;
  }


  function checkChunk(chunk) {
    if (typeof chunk !== 'string' && !isUint8Array(chunk)) {
      throw new (codes.ERR_INVALID_ARG_TYPE)('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
    }
  }

  function encodeChunk(chunk, encoding) {
    if (typeof chunk === 'string' && encoding && encoding !== 'utf8' && encoding !== 'utf-8') {
      return Buffer.from(chunk, encoding);
    }
    return chunk;
  }

  function toBuffer(chunk) {
    return typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
  }

  // end()'s chunk, checked and encoded; null when there is none.
  function lastChunk(chunk, encoding) {
    if (chunk === undefined || chunk === null) return null;
    checkChunk(chunk);
    return encodeChunk(chunk, encoding);
  }

  // write() after end(): Node reports ERR_STREAM_WRITE_AFTER_END to the callback and as
  // 'error', and write() returns false.
  function writeAfterEnd(msg, callback) {
    const err = new (codes.ERR_STREAM_WRITE_AFTER_END)();
    process.nextTick(() => {
      if (typeof callback === 'function') callback(err);
      msg.emit('error', err);
    });
    return false;
  }

  // As a net.Socket's default in Node 22 and later (HIGH_WATER_MARK in body.rs).
  const kHighWaterMark = 65536;

  function waitForDrain(msg, drainedOp, id) {
    if (msg._needDrain) return;
    msg._needDrain = true;
    drainedOp(id).then(() => {
      msg._needDrain = false;
      msg.emit('drain');
    });
  }


  return {
    METHODS,
    tokenRe,
    invalidCharRe,
    Buffer,
    validateHeaderName,
    validateHeaderValue,
    buildHeaders,
    holdShapes,
    ownValue,
    checkChunk,
    encodeChunk,
    toBuffer,
    lastChunk,
    writeAfterEnd,
    kHighWaterMark,
    waitForDrain,
  };
})();
