// internal/url -- WHATWG URL and URLSearchParams. The parser is ada, Node 24's own (the
// ada-url crate), behind ops (src/whatwg_url.rs); a URL is its href and the offsets of its
// components, which the getters slice, as Node 24 keeps them (ada's url_aggregator).
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const require = internals.require;
  const {
    op_url_parse,
    op_url_parse_with_base,
    op_url_reparse,
    op_url_get_serialization,
    op_url_domain_to_ascii,
    op_url_domain_to_unicode,
    op_url_idna_to_ascii,
    op_url_parse_search_params,
    op_url_serialize_search_params,
  } = core.ops;

  const { codes } = require('internal/errors');

  const kCtx = Symbol('context');
  const kList = Symbol('query');
  const kURL = Symbol('url');
  const inspectSym = Symbol.for('nodejs.util.inspect.custom');

  function toUSV(s) {
    s = `${s}`;
    let i = 0;
    const len = s.length;
    for (; i < len; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) break;
    }
    if (i === len) return s;
    let out = s.slice(0, i);
    for (; i < len; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) { out += s[i] + s[i + 1]; i++; continue; }
      }
      out += c >= 0xd800 && c <= 0xdfff ? '\ufffd' : s[i];
    }
    return out;
  }

  // ------------------------------------------------------------ URL
  // The status of a parse or setter op (see src/whatwg_url.rs): the href is the input
  // string, another string (op_url_get_serialization), or there is no URL.
  const UNCHANGED = 0;
  const FAILED = 2;
  // The setters, as op_url_reparse numbers them.
  const SET_PROTOCOL = 1;
  const SET_USERNAME = 2;
  const SET_PASSWORD = 3;
  const SET_HOST = 4;
  const SET_HOSTNAME = 5;
  const SET_PORT = 6;
  const SET_PATHNAME = 7;
  const SET_SEARCH = 8;
  const SET_HASH = 9;
  // An absent port, query or fragment.
  const OMITTED = 4294967295;
  // What the ops write: the components of the URL they made.
  const components = new Uint32Array(9);

  // A URL's href and components, with Node 24's names (ada's url_aggregator), which
  // util.inspect shows with showHidden. scheme_type: 0 http, 1 not special, 2 https,
  // 3 ws, 4 ftp, 5 wss, 6 file.
  class URLContext {
    constructor(href) {
      const c = components;
      this.href = href;
      this.protocol_end = c[0];
      this.username_end = c[1];
      this.host_start = c[2];
      this.host_end = c[3];
      this.pathname_start = c[5];
      this.search_start = c[6];
      this.hash_start = c[7];
      this.port = c[4];
      this.scheme_type = c[8];
    }

    get hasPort() { return this.port !== OMITTED; }
    get hasSearch() { return this.search_start !== OMITTED; }
    get hasHash() { return this.hash_start !== OMITTED; }
  }

  // A copy of a context for util.inspect with showHidden, with its getters as own
  // hidden properties, which is how Node's inspect shows the ones of URLContext's
  // prototype.
  function contextForInspect(r) {
    const copy = Object.create(URLContext.prototype);
    for (const k of Object.keys(r)) copy[k] = r[k];
    for (const k of ['hasPort', 'hasSearch', 'hasHash']) {
      const d = Object.getOwnPropertyDescriptor(URLContext.prototype, k);
      Object.defineProperty(copy, k, { get: d.get, enumerable: false, configurable: true });
    }
    return copy;
  }

  // The context of `input` parsed against `base` (a string or undefined), or null.
  function parse(input, base) {
    const status = base === undefined ? op_url_parse(input, components)
      : op_url_parse_with_base(input, base, components);
    if (status === FAILED) return null;
    return new URLContext(status === UNCHANGED ? input : op_url_get_serialization());
  }

  function invalidURL(input, base) {
    const E = codes.ERR_INVALID_URL;
    const err = base === undefined ? new E(input) : new E(input, base);
    if (err.input === undefined) err.input = input;
    if (base !== undefined && err.base === undefined) err.base = base;
    return err;
  }

  // The context of a URL, or ERR_INVALID_THIS. The getters take `this[kCtx]` first, as
  // a call costs on an interpreter, and come here for what is not a URL.
  function ctx(u) {
    const r = u !== null && typeof u === 'object' ? u[kCtx] : undefined;
    if (r === undefined) throw new (codes.ERR_INVALID_THIS)('URL');
    return r;
  }

  // Runs a setter; the URL is left as it was when the setter does not apply.
  function update(u, setter, value) {
    const r = ctx(u);
    value = `${value}`;
    const href = op_url_reparse(r.href, setter, value, components);
    if (href !== null) setContext(u, new URLContext(href));
  }

  function setContext(u, r) {
    u[kCtx] = r;
    const sp = u[kList];
    if (sp !== null) sp[kList] = r.hasSearch ? parseForm(searchOf(r).slice(1)) : [];
  }

  // The query with its '?', or '' when there is none or it is empty.
  function searchOf(r) {
    if (r.search_start === OMITTED) return '';
    const end = r.hash_start === OMITTED ? r.href.length : r.hash_start;
    return end - r.search_start <= 1 ? '' : r.href.slice(r.search_start, end);
  }

  function hostOf(r) {
    let start = r.host_start;
    if (r.href.charCodeAt(start) === 64 /* @ */) start++;
    // An empty host may be followed by the '/.' that keeps a path from reading as a host.
    return start === r.host_end ? '' : r.href.slice(start, r.pathname_start);
  }

  function pathnameOf(r) {
    const end = r.search_start !== OMITTED ? r.search_start
      : r.hash_start !== OMITTED ? r.hash_start : r.href.length;
    return r.href.slice(r.pathname_start, end);
  }

  class URL {
    constructor(input, base = undefined) {
      if (arguments.length === 0) throw new (codes.ERR_MISSING_ARGS)('url');
      input = `${input}`;
      if (base !== undefined) base = `${base}`;
      const r = parse(input, base);
      if (r === null) throw invalidURL(input, base);
      this[kCtx] = r;
      this[kList] = null;
    }

    static canParse(input, base = undefined) {
      if (arguments.length === 0) throw new (codes.ERR_MISSING_ARGS)('url');
      input = `${input}`;
      if (base === undefined) return op_url_parse(input, components) !== FAILED;
      return op_url_parse_with_base(input, `${base}`, components) !== FAILED;
    }

    static parse(input, base = undefined) {
      if (arguments.length === 0) throw new (codes.ERR_MISSING_ARGS)('url');
      input = `${input}`;
      if (base !== undefined) base = `${base}`;
      const r = parse(input, base);
      if (r === null) return null;
      const u = Object.create(URL.prototype);
      u[kCtx] = r;
      u[kList] = null;
      return u;
    }

    get href() { return (this[kCtx] || ctx(this)).href; }
    set href(value) {
      ctx(this);
      value = `${value}`;
      const r = parse(value, undefined);
      if (r === null) throw invalidURL(value);
      setContext(this, r);
    }
    get origin() {
      const r = this[kCtx] || ctx(this);
      const type = r.scheme_type;
      if (type !== 1) return type === 6 ? 'null' : r.href.slice(0, r.protocol_end) + '//' + hostOf(r);
      if (r.protocol_end === 5 && r.href.startsWith('blob:')) {
        const path = pathnameOf(r);
        const inner = path.length > 0 ? parse(path, undefined) : null;
        if (inner !== null && (inner.scheme_type === 0 || inner.scheme_type === 2)) {
          return inner.href.slice(0, inner.protocol_end) + '//' + hostOf(inner);
        }
      }
      return 'null';
    }
    get protocol() {
      const r = this[kCtx] || ctx(this);
      return r.href.slice(0, r.protocol_end);
    }
    set protocol(value) { update(this, SET_PROTOCOL, value); }
    get username() {
      const r = this[kCtx] || ctx(this);
      return r.protocol_end + 2 < r.username_end ? r.href.slice(r.protocol_end + 2, r.username_end) : '';
    }
    set username(value) { update(this, SET_USERNAME, value); }
    get password() {
      const r = this[kCtx] || ctx(this);
      return r.host_start - r.username_end > 0 ? r.href.slice(r.username_end + 1, r.host_start) : '';
    }
    set password(value) { update(this, SET_PASSWORD, value); }
    get host() { return hostOf((this[kCtx] || ctx(this))); }
    set host(value) { update(this, SET_HOST, value); }
    get hostname() {
      const r = this[kCtx] || ctx(this);
      let start = r.host_start;
      if (r.href.charCodeAt(start) === 64 /* @ */) start++;
      return r.href.slice(start, r.host_end);
    }
    set hostname(value) { update(this, SET_HOSTNAME, value); }
    get port() {
      const r = this[kCtx] || ctx(this);
      return r.port === OMITTED ? '' : `${r.port}`;
    }
    set port(value) { update(this, SET_PORT, value); }
    get pathname() { return pathnameOf((this[kCtx] || ctx(this))); }
    set pathname(value) { update(this, SET_PATHNAME, value); }
    get search() { return searchOf((this[kCtx] || ctx(this))); }
    set search(value) { update(this, SET_SEARCH, value); }
    get searchParams() {
      const r = this[kCtx] || ctx(this);
      let sp = this[kList];
      if (sp === null) {
        sp = new URLSearchParams();
        sp[kList] = r.hasSearch ? parseForm(searchOf(r).slice(1)) : [];
        sp[kURL] = this;
        this[kList] = sp;
      }
      return sp;
    }
    get hash() {
      const r = this[kCtx] || ctx(this);
      if (r.hash_start === OMITTED || r.href.length - r.hash_start <= 1) return '';
      return r.href.slice(r.hash_start);
    }
    set hash(value) { update(this, SET_HASH, value); }
    toString() { return (this[kCtx] || ctx(this)).href; }
    toJSON() { return (this[kCtx] || ctx(this)).href; }

    [inspectSym](depth, opts, inspect) {
      if (typeof depth === 'number' && depth < 0) return this;
      if (typeof inspect !== 'function') inspect = require('util').inspect;
      const ctor = (this.constructor && typeof this.constructor === 'function') ? this.constructor : URL;
      const obj = Object.create({ constructor: ctor });
      obj.href = this.href;
      obj.origin = this.origin;
      obj.protocol = this.protocol;
      obj.username = this.username;
      obj.password = this.password;
      obj.host = this.host;
      obj.hostname = this.hostname;
      obj.port = this.port;
      obj.pathname = this.pathname;
      obj.search = this.search;
      obj.searchParams = this.searchParams;
      obj.hash = this.hash;
      if (opts && opts.showHidden) obj[kCtx] = contextForInspect((this[kCtx] || ctx(this)));
      return ctor.name + ' ' + inspect(obj, Object.assign({}, opts, { customInspect: true }));
    }

    static createObjectURL(obj) {
      const bufferMod = require('buffer');
      const Blob = bufferMod && bufferMod.Blob;
      if (typeof Blob !== 'function' || !(obj instanceof Blob)) {
        throw new (codes.ERR_INVALID_ARG_TYPE)('obj', 'Blob', obj);
      }
      let id = '';
      const cr = globalThis.crypto;
      if (cr && typeof cr.randomUUID === 'function') id = cr.randomUUID();
      else id = Math.random().toString(16).slice(2) + Date.now().toString(16);
      const url = 'blob:nodedata:' + id;
      blobStore.set(url, obj);
      return url;
    }

    static revokeObjectURL(url) {
      if (arguments.length === 0) throw new (codes.ERR_MISSING_ARGS)('url');
      blobStore.delete(`${url}`);
    }
  }
  const blobStore = new Map();

  Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
  for (const k of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
    'pathname', 'search', 'searchParams', 'hash', 'toString', 'toJSON']) {
    const d = Object.getOwnPropertyDescriptor(URL.prototype, k);
    d.enumerable = true;
    Object.defineProperty(URL.prototype, k, d);
  }
  for (const k of ['canParse', 'parse', 'createObjectURL', 'revokeObjectURL']) {
    const d = Object.getOwnPropertyDescriptor(URL, k);
    d.enumerable = true;
    Object.defineProperty(URL, k, d);
  }

  // ------------------------------------------------------------ URLSearchParams
  // application/x-www-form-urlencoded, by the form_urlencoded crate: the list is the
  // names and values one after the other.
  function parseForm(s) {
    return op_url_parse_search_params(s);
  }

  function serializeForm(list) {
    return op_url_serialize_search_params(list);
  }

  function spList(sp) {
    const l = sp !== null && typeof sp === 'object' ? sp[kList] : undefined;
    if (l === undefined) throw new (codes.ERR_INVALID_THIS)('URLSearchParams');
    return l;
  }

  // A change to the list of a URL's searchParams sets the URL's search, as Node's
  // `url.search = params.toString()`; the list stays (parsing its serialization gives
  // it back).
  function updateURL(sp) {
    const u = sp[kURL];
    if (u === null) return;
    const r = u[kCtx];
    const href = op_url_reparse(r.href, SET_SEARCH, serializeForm(sp[kList]), components);
    if (href !== null) u[kCtx] = new URLContext(href);
  }

  class URLSearchParams {
    constructor(init = undefined) {
      this[kList] = [];
      this[kURL] = null;
      if (init === undefined || init === null) return;
      if (typeof init === 'object' || typeof init === 'function') {
        const method = init[Symbol.iterator];
        if (method === this[Symbol.iterator] && init instanceof URLSearchParams) {
          this[kList] = init[kList].slice();
          return;
        }
        if (method != null) {
          if (typeof method !== 'function') throw new (codes.ERR_ARG_NOT_ITERABLE)('Query pairs');
          const list = this[kList];
          for (const pair of init) {
            if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') ||
                typeof pair[Symbol.iterator] !== 'function') {
              throw new (codes.ERR_INVALID_TUPLE)('Each query pair', '[name, value]');
            }
            const arr = Array.from(pair);
            if (arr.length !== 2) throw new (codes.ERR_INVALID_TUPLE)('Each query pair', '[name, value]');
            list.push(toUSV(arr[0]), toUSV(arr[1]));
          }
        } else {
          const list = this[kList];
          const keys = Reflect.ownKeys(init);
          for (const key of keys) {
            if (typeof key !== 'string') continue;
            const d = Reflect.getOwnPropertyDescriptor(init, key);
            if (d === undefined || !d.enumerable) continue;
            const name = toUSV(key);
            const value = toUSV(init[key]);
            let found = false;
            for (let i = 0; i < list.length; i += 2) {
              if (list[i] === name) { list[i + 1] = value; found = true; break; }
            }
            if (!found) list.push(name, value);
          }
        }
      } else {
        let s = toUSV(init);
        if (s.charCodeAt(0) === 63) s = s.slice(1);
        this[kList] = parseForm(s);
      }
    }

    get size() { return spList(this).length / 2; }

    append(name, value) {
      const list = spList(this);
      if (arguments.length < 2) throw new (codes.ERR_MISSING_ARGS)('name', 'value');
      list.push(toUSV(name), toUSV(value));
      updateURL(this);
    }

    delete(name, value = undefined) {
      const list = spList(this);
      if (arguments.length < 1) throw new (codes.ERR_MISSING_ARGS)('name');
      name = toUSV(name);
      const out = [];
      if (value !== undefined) {
        value = toUSV(value);
        for (let i = 0; i < list.length; i += 2) {
          if (!(list[i] === name && list[i + 1] === value)) out.push(list[i], list[i + 1]);
        }
      } else {
        for (let i = 0; i < list.length; i += 2) if (list[i] !== name) out.push(list[i], list[i + 1]);
      }
      this[kList] = out;
      updateURL(this);
    }

    get(name) {
      const list = spList(this);
      if (arguments.length < 1) throw new (codes.ERR_MISSING_ARGS)('name');
      name = toUSV(name);
      for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
      return null;
    }

    getAll(name) {
      const list = spList(this);
      if (arguments.length < 1) throw new (codes.ERR_MISSING_ARGS)('name');
      name = toUSV(name);
      const out = [];
      for (let i = 0; i < list.length; i += 2) if (list[i] === name) out.push(list[i + 1]);
      return out;
    }

    has(name, value = undefined) {
      const list = spList(this);
      if (arguments.length < 1) throw new (codes.ERR_MISSING_ARGS)('name');
      name = toUSV(name);
      if (value !== undefined) value = toUSV(value);
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
      }
      return false;
    }

    set(name, value) {
      const list = spList(this);
      if (arguments.length < 2) throw new (codes.ERR_MISSING_ARGS)('name', 'value');
      name = toUSV(name);
      value = toUSV(value);
      const out = [];
      let found = false;
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] === name) {
          if (!found) { out.push(name, value); found = true; }
        } else {
          out.push(list[i], list[i + 1]);
        }
      }
      if (!found) out.push(name, value);
      this[kList] = out;
      updateURL(this);
    }

    sort() {
      const list = spList(this);
      const pairs = [];
      for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1], i]);
      pairs.sort((a, b) => {
        const x = a[0];
        const y = b[0];
        if (x !== y) {
          const n = x.length < y.length ? x.length : y.length;
          for (let i = 0; i < n; i++) {
            const d = x.charCodeAt(i) - y.charCodeAt(i);
            if (d !== 0) return d;
          }
          if (x.length !== y.length) return x.length - y.length;
        }
        return a[2] - b[2];
      });
      const out = [];
      for (const p of pairs) out.push(p[0], p[1]);
      this[kList] = out;
      updateURL(this);
    }

    forEach(callback, thisArg = undefined) {
      spList(this);
      if (typeof callback !== 'function') {
        throw new (codes.ERR_INVALID_ARG_TYPE)('callback', 'Function', callback);
      }
      for (let i = 0; i < this[kList].length; i += 2) {
        const list = this[kList];
        callback.call(thisArg, list[i + 1], list[i], this);
      }
    }

    entries() { spList(this); return new SearchParamsIterator(this, 'key+value'); }
    keys() { spList(this); return new SearchParamsIterator(this, 'key'); }
    values() { spList(this); return new SearchParamsIterator(this, 'value'); }

    toString() { return serializeForm(spList(this)); }

    [inspectSym](depth, opts, inspect) {
      const list = spList(this);
      if (typeof inspect !== 'function') inspect = require('util').inspect;
      if (typeof depth === 'number' && depth < 0) return '[Object]';
      const parts = [];
      for (let i = 0; i < list.length; i += 2) {
        parts.push(inspect(list[i], opts) + ' => ' + inspect(list[i + 1], opts));
      }
      return formatBraces('URLSearchParams', parts, opts);
    }
  }
  URLSearchParams.prototype[Symbol.iterator] = URLSearchParams.prototype.entries;
  Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
    value: 'URLSearchParams', configurable: true,
  });
  for (const k of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'size', 'sort', 'entries',
    'forEach', 'keys', 'values', 'toString']) {
    const d = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, k);
    d.enumerable = true;
    Object.defineProperty(URLSearchParams.prototype, k, d);
  }

  function formatBraces(name, parts, opts) {
    if (parts.length === 0) return name + ' {}';
    const breakLength = opts && typeof opts.breakLength === 'number' ? opts.breakLength : 80;
    let total = name.length + 4;
    for (const p of parts) total += p.length + 2;
    if (total <= breakLength) return name + ' { ' + parts.join(', ') + ' }';
    return name + ' {\n  ' + parts.join(',\n  ') + ' }';
  }

  const kTarget = Symbol('target');
  const kKind = Symbol('kind');
  const kIndex = Symbol('index');
  const iterProto = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
  function SearchParamsIterator(target, kind) {
    this[kTarget] = target;
    this[kKind] = kind;
    this[kIndex] = 0;
  }
  SearchParamsIterator.prototype = Object.create(iterProto, {
    next: {
      value: function next() {
        const target = this !== null && typeof this === 'object' ? this[kTarget] : undefined;
        if (target === undefined) throw new (codes.ERR_INVALID_THIS)('URLSearchParamsIterator');
        const list = target[kList];
        const i = this[kIndex];
        if (i >= list.length) return { value: undefined, done: true };
        this[kIndex] = i + 2;
        const kind = this[kKind];
        const value = kind === 'key' ? list[i] : kind === 'value' ? list[i + 1] : [list[i], list[i + 1]];
        return { value, done: false };
      },
      writable: true, enumerable: true, configurable: true,
    },
    [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true },
    [inspectSym]: {
      value: function (depth, opts, inspect) {
        if (typeof inspect !== 'function') inspect = require('util').inspect;
        const list = this[kTarget][kList];
        const kind = this[kKind];
        const parts = [];
        for (let i = this[kIndex]; i < list.length; i += 2) {
          if (kind === 'key') parts.push(inspect(list[i], opts));
          else if (kind === 'value') parts.push(inspect(list[i + 1], opts));
          else parts.push('[ ' + inspect(list[i], opts) + ', ' + inspect(list[i + 1], opts) + ' ]');
        }
        return formatBraces('URLSearchParams Iterator', parts, opts);
      },
      configurable: true, writable: true,
    },
  });
  delete SearchParamsIterator.prototype.constructor;

  // ------------------------------------------------------------ helpers for node:url
  function isURL(v) {
    return v != null && typeof v === 'object' && v[kCtx] !== undefined;
  }

  // url.domainToASCII(): the hostname a special URL gets from `domain` ('' if none).
  function domainToASCII(domain) {
    if (arguments.length < 1) throw new (codes.ERR_MISSING_ARGS)('domain');
    return op_url_domain_to_ascii(`${domain}`);
  }

  // url.domainToUnicode(): as domainToASCII, then ada's IDNA to Unicode.
  function domainToUnicode(domain) {
    if (arguments.length < 1) throw new (codes.ERR_MISSING_ARGS)('domain');
    return op_url_domain_to_unicode(`${domain}`);
  }

  // UTS #46 ToASCII of a hostname for the legacy url.parse(), or null when it fails. An
  // all-ASCII one is only lower-cased, as Node 24 does (it does not check xn-- labels).
  function domainToASCIIInternal(domain) {
    for (let i = 0; i < domain.length; i++) {
      if (domain.charCodeAt(i) >= 128) return op_url_idna_to_ascii(domain);
    }
    return domain.toLowerCase();
  }

  return {
    URL,
    URLSearchParams,
    isURL,
    domainToASCII,
    domainToUnicode,
    domainToASCIIInternal,
  };
})();
