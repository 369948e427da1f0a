// internal/fetch/headers -- the WHATWG Fetch Headers class (Node's global Headers): a header
// list keyed by lower-cased name, guards, and the WebIDL argument checks shared by the
// other fetch classes (internal/fetch/webidl-style errors as Node's undici words them).
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;

  const customInspect = Symbol.for('nodejs.util.inspect.custom');

  // --- WebIDL-style errors, worded as Node 24's fetch words them -----------------------------
  function illegalInvocation() {
    const err = new TypeError('Illegal invocation');
    err.code = 'ERR_INVALID_THIS';
    return err;
  }

  function argumentCount(count, min, context) {
    if (count >= min) return;
    throw new TypeError(`${context}: ${min} argument${min === 1 ? '' : 's'} required, but${count ? ' only' : ''} ${count} found.`);
  }

  function describe(value) {
    if (typeof value === 'string') return `"${value}"`;
    return require('util').inspect(value);
  }

  // A dictionary argument: undefined, null or an object.
  function dictionary(value) {
    if (value === undefined || value === null) return {};
    if (typeof value !== 'object' && typeof value !== 'function') {
      throw new TypeError(`undefined: Expected ${describe(value)} to be one of: Null, Undefined, Object.`);
    }
    return value;
  }

  function enumValue(value, allowed) {
    const s = String(value);
    if (!allowed.includes(s)) {
      throw new TypeError(`undefined: ${s} is not an accepted type. Expected one of ${allowed.join(', ')}.`);
    }
    return s;
  }

  // WebIDL ByteString: every code unit must fit in a byte.
  function byteString(value) {
    if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    const s = String(value);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 255) {
        throw new TypeError(`Cannot convert argument to a ByteString because the character at index ${i} ` +
          `has a value of ${c} which is greater than 255.`);
      }
    }
    return s;
  }

  // --- header names and values ---------------------------------------------------------------
  const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
  const invalidValueRe = /[\0\r\n]/;
  const edgeWhitespaceRe = /^[\t\n\r ]+|[\t\n\r ]+$/g;

  function isValidHeaderName(name) {
    return tokenRe.test(name);
  }

  function normalizeValue(value) {
    return value.replace(edgeWhitespaceRe, '');
  }

  function checkName(name, context) {
    if (!tokenRe.test(name)) throw new TypeError(`${context}: "${name}" is an invalid header name.`);
  }

  function checkValue(value, context) {
    if (invalidValueRe.test(value)) throw new TypeError(`${context}: "${value}" is an invalid header value.`);
  }

  // --- Headers -------------------------------------------------------------------------------
  // The list: lower-cased name -> { name (as first given), value (combined), cookies }.
  // `set-cookie` values stay separate (cookies) and are combined only for get().
  let headersList, headersGuard, setHeadersGuard, appendToList, newHeaders, sortedPairs, isHeaders;
  const kInternalInit = Symbol('internal');

  class Headers {
    #list = new Map();
    #guard = 'none';
    #sorted = null;

    constructor(init = undefined) {
      if (init === kInternalInit) return;
      if (init !== undefined) fill(this, init);
    }

    append(name, value) {
      if (!isHeaders(this)) throw illegalInvocation();
      argumentCount(arguments.length, 2, 'Headers.append');
      appendHeader(this, byteString(name), byteString(value), 'Headers.append');
    }

    delete(name) {
      if (!isHeaders(this)) throw illegalInvocation();
      argumentCount(arguments.length, 1, 'Headers.delete');
      name = byteString(name);
      checkName(name, 'Headers.delete');
      if (this.#guard === 'immutable') throw new TypeError('immutable');
      const key = name.toLowerCase();
      if (this.#list.delete(key)) this.#sorted = null;
    }

    get(name) {
      if (!isHeaders(this)) throw illegalInvocation();
      argumentCount(arguments.length, 1, 'Headers.get');
      name = byteString(name);
      checkName(name, 'Headers.get');
      const e = this.#list.get(name.toLowerCase());
      return e === undefined ? null : e.value;
    }

    has(name) {
      if (!isHeaders(this)) throw illegalInvocation();
      argumentCount(arguments.length, 1, 'Headers.has');
      name = byteString(name);
      checkName(name, 'Headers.has');
      return this.#list.has(name.toLowerCase());
    }

    set(name, value) {
      if (!isHeaders(this)) throw illegalInvocation();
      argumentCount(arguments.length, 2, 'Headers.set');
      name = byteString(name);
      value = normalizeValue(byteString(value));
      checkName(name, 'Headers.set');
      checkValue(value, 'Headers.set');
      if (this.#guard === 'immutable') throw new TypeError('immutable');
      const key = name.toLowerCase();
      const e = this.#list.get(key);
      if (e === undefined) {
        this.#list.set(key, { name, value, cookies: key === 'set-cookie' ? [value] : null });
        this.#sorted = null;
      } else {
        e.value = value;
        if (e.cookies !== null) e.cookies = [value];
      }
    }

    getSetCookie() {
      if (!isHeaders(this)) throw illegalInvocation();
      const e = this.#list.get('set-cookie');
      return e === undefined ? [] : e.cookies.slice();
    }

    keys() {
      if (!isHeaders(this)) throw illegalInvocation();
      return new HeadersIterator(this, 'key');
    }

    values() {
      if (!isHeaders(this)) throw illegalInvocation();
      return new HeadersIterator(this, 'value');
    }

    entries() {
      if (!isHeaders(this)) throw illegalInvocation();
      return new HeadersIterator(this, 'key+value');
    }

    forEach(callback, thisArg = undefined) {
      if (!isHeaders(this)) throw illegalInvocation();
      argumentCount(arguments.length, 1, 'Headers.forEach');
      if (typeof callback !== 'function') {
        throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
      }
      const pairs = sortedPairs(this);
      for (let i = 0; i < pairs.length; i++) {
        callback.call(thisArg, pairs[i][1], pairs[i][0], this);
      }
    }

    [customInspect](depth, options) {
      const util = require('util');
      const shown = {};
      for (const e of this.#list.values()) shown[e.name] = e.value;
      return 'Headers ' + util.inspect(shown, options);
    }

    static {
      headersList = (h) => h.#list;
      headersGuard = (h) => h.#guard;
      setHeadersGuard = (h, guard) => {
        h.#guard = guard;
      };
      // Appends a name and value already checked (or trusted, as from the network).
      appendToList = (h, name, value) => {
        const key = name.toLowerCase();
        const e = h.#list.get(key);
        if (e === undefined) {
          h.#list.set(key, { name, value, cookies: key === 'set-cookie' ? [value] : null });
          h.#sorted = null;
        } else {
          e.value = e.value + ', ' + value;
          if (e.cookies !== null) e.cookies.push(value);
        }
      };
      newHeaders = (guard) => {
        const h = new Headers(kInternalInit);
        h.#guard = guard;
        return h;
      };
      // The sort-and-combine of the spec: names sorted (code units of the lower-cased
      // names), `set-cookie` once per value. Cached until the list changes.
      sortedPairs = (h) => {
        if (h.#sorted !== null) return h.#sorted;
        const keys = Array.from(h.#list.keys()).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        const pairs = [];
        for (let i = 0; i < keys.length; i++) {
          const e = h.#list.get(keys[i]);
          if (e.cookies !== null) {
            for (let j = 0; j < e.cookies.length; j++) pairs.push([keys[i], e.cookies[j]]);
          } else {
            pairs.push([keys[i], e.value]);
          }
        }
        h.#sorted = pairs;
        return pairs;
      };
      isHeaders = (h) => h !== null && typeof h === 'object' && #list in h;
    }
  }

  function appendHeader(headers, name, value, context) {
    value = normalizeValue(value);
    checkName(name, context);
    checkValue(value, context);
    if (headersGuard(headers) === 'immutable') throw new TypeError('immutable');
    appendToList(headers, name, value);
  }

  // The constructor's init: a sequence of pairs (any iterable) or a record.
  function fill(headers, init) {
    if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
      throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: ' +
        'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
    }
    if (isHeaders(init)) {
      for (const e of headersList(init).values()) {
        if (e.cookies !== null) {
          for (let i = 0; i < e.cookies.length; i++) appendToList(headers, e.name, e.cookies[i]);
        } else {
          appendToList(headers, e.name, e.value);
        }
      }
      return;
    }
    const iterator = init[Symbol.iterator];
    if (iterator !== undefined && iterator !== null) {
      if (typeof iterator !== 'function') {
        throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: ' +
          'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
      }
      const pairs = [];
      let index = 0;
      for (const pair of { [Symbol.iterator]: () => iterator.call(init) }) {
        if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') ||
            typeof pair[Symbol.iterator] !== 'function') {
          throw new TypeError(`Headers constructor: init[${index}] (${describe(pair)}) is not iterable.`);
        }
        const items = [];
        for (const item of pair) items.push(byteString(item));
        if (items.length !== 2) {
          throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${items.length}.`);
        }
        pairs.push(items);
        index++;
      }
      for (let i = 0; i < pairs.length; i++) appendHeader(headers, pairs[i][0], pairs[i][1], 'Headers.append');
      return;
    }
    const keys = Reflect.ownKeys(init);
    const pairs = [];
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const desc = Reflect.getOwnPropertyDescriptor(init, key);
      if (desc === undefined || !desc.enumerable) continue;
      if (typeof key === 'symbol') {
        throw new TypeError(`Headers constructor: Key ${key.toString()} in init is a symbol, which cannot be converted to a ByteString.`);
      }
      pairs.push([byteString(key), byteString(init[key])]);
    }
    for (let i = 0; i < pairs.length; i++) appendHeader(headers, pairs[i][0], pairs[i][1], 'Headers.append');
  }

  // --- iterators: live, as WebIDL pair iterators are (each step sorts the current list) ------
  const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

  class HeadersIterator {
    #target;
    #kind;
    #index = 0;
    constructor(target, kind) {
      this.#target = target;
      this.#kind = kind;
    }
    next() {
      if (this === null || typeof this !== 'object' || !(#target in this)) {
        throw new TypeError("'next' called on an object that does not implement interface Headers Iterator.");
      }
      const pairs = sortedPairs(this.#target);
      if (this.#index >= pairs.length) return { value: undefined, done: true };
      const pair = pairs[this.#index++];
      const kind = this.#kind;
      const value = kind === 'key' ? pair[0] : kind === 'value' ? pair[1] : [pair[0], pair[1]];
      return { value, done: false };
    }
  }
  Object.setPrototypeOf(HeadersIterator.prototype, IteratorPrototype);
  delete HeadersIterator.prototype.constructor;
  Object.defineProperty(HeadersIterator.prototype, 'next', { enumerable: true });
  Object.defineProperty(HeadersIterator.prototype, Symbol.toStringTag, {
    value: 'Headers Iterator', configurable: true,
  });

  // WebIDL: operations and attributes are enumerable; the iterator is entries.
  function webidlClass(C, name) {
    const proto = C.prototype;
    for (const key of Object.getOwnPropertyNames(proto)) {
      if (key === 'constructor') continue;
      Object.defineProperty(proto, key, { enumerable: true });
    }
    Object.defineProperty(proto, Symbol.toStringTag, { value: name, configurable: true });
  }
  Object.defineProperty(Headers.prototype, Symbol.iterator, {
    value: Headers.prototype.entries, writable: true, configurable: true, enumerable: false,
  });
  webidlClass(Headers, 'Headers');
  Object.defineProperty(Headers.prototype, customInspect, { enumerable: false });

  // A flat [name, value, ...] list for node:http's client, in list order; set-cookie
  // values one by one.
  function flatHeaders(h) {
    const flat = [];
    for (const e of headersList(h).values()) {
      if (e.cookies !== null) {
        for (let i = 0; i < e.cookies.length; i++) flat.push(e.name, e.cookies[i]);
      } else {
        flat.push(e.name, e.value);
      }
    }
    return flat;
  }

  return {
    Headers,
    isHeaders,
    fill,
    headersList,
    headersGuard,
    setHeadersGuard,
    appendToList,
    newHeaders,
    flatHeaders,
    sortedPairs,
    isValidHeaderName,
    // shared WebIDL helpers
    illegalInvocation,
    argumentCount,
    describe,
    dictionary,
    enumValue,
    byteString,
    webidlClass,
  };
})();
