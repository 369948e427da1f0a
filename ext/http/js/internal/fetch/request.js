// internal/fetch/request -- the WHATWG Fetch Request class (Node's global Request).
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const {
    Headers, newHeaders, fill, headersList, appendToList, headersGuard, argumentCount, describe,
    dictionary, enumValue, illegalInvocation, webidlClass,
  } = require('internal/fetch/headers');
  const {
    defineBodyMethods, extractBody, bodyUsed, isUnusable, bodyStream, cloneBody, takeBody,
  } = require('internal/fetch/body');

  const customInspect = Symbol.for('nodejs.util.inspect.custom');
  const kFetch = Symbol('fetch');

  const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
  const normalizedMethods = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'];
  const forbiddenMethods = ['CONNECT', 'TRACE', 'TRACK'];

  const enums = {
    cache: ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'],
    credentials: ['omit', 'same-origin', 'include'],
    duplex: ['half'],
    mode: ['navigate', 'same-origin', 'no-cors', 'cors'],
    priority: ['high', 'low', 'auto'],
    redirect: ['follow', 'manual', 'error'],
    referrerPolicy: ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin', 'strict-origin',
      'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url'],
  };

  let warnedPatch = false;

  function AbortSignalClass() {
    return require('internal/abort_controller').AbortSignal;
  }

  // A signal of the request's own that follows `signal` (null: one that never aborts).
  function followingSignal(signal) {
    const { AbortController, AbortSignal } = require('internal/abort_controller');
    if (signal === null || signal === undefined) return new AbortController().signal;
    return AbortSignal.any([signal]);
  }

  function copyHeaders(from, guard) {
    const h = newHeaders('none');
    for (const e of headersList(from).values()) {
      if (e.cookies !== null) {
        for (let i = 0; i < e.cookies.length; i++) appendToList(h, e.name, e.cookies[i]);
      } else {
        appendToList(h, e.name, e.value);
      }
    }
    require('internal/fetch/headers').setHeadersGuard(h, guard);
    return h;
  }

  function parseURL(input) {
    const { URL } = require('internal/url');
    try {
      return new URL(input);
    } catch (err) {
      throw new TypeError('Failed to parse URL from ' + input, { cause: err });
    }
  }

  let requestRecord, isRequest, newRequest;

  class Request {
    #r;

    constructor(input, init = undefined) {
      if (input === kFetch) {
        // fetch(input, init): the same steps without the argument count check.
        this.#r = init;
        return;
      }
      argumentCount(arguments.length, 1, 'Request constructor');
      this.#r = construct(input, init);
    }

    get method() {
      return rec(this).method;
    }
    get url() {
      return rec(this).url;
    }
    get headers() {
      return rec(this).headers;
    }
    get destination() {
      rec(this);
      return '';
    }
    get referrer() {
      const r = rec(this).referrer;
      if (r === 'no-referrer') return '';
      if (r === 'client') return 'about:client';
      return r;
    }
    get referrerPolicy() {
      return rec(this).referrerPolicy;
    }
    get mode() {
      return rec(this).mode;
    }
    get credentials() {
      return rec(this).credentials;
    }
    get cache() {
      return rec(this).cache;
    }
    get redirect() {
      return rec(this).redirect;
    }
    get integrity() {
      return rec(this).integrity;
    }
    get keepalive() {
      return rec(this).keepalive;
    }
    get isReloadNavigation() {
      rec(this);
      return false;
    }
    get isHistoryNavigation() {
      rec(this);
      return false;
    }
    get signal() {
      return rec(this).signal;
    }
    get body() {
      const body = rec(this).body;
      return body === null ? null : bodyStream(body);
    }
    get bodyUsed() {
      return bodyUsed(rec(this).body);
    }
    get duplex() {
      rec(this);
      return 'half';
    }

    clone() {
      const r = rec(this);
      if (isUnusable(r.body)) throw new TypeError('unusable');
      const copy = { ...r };
      copy.headers = copyHeaders(r.headers, headersGuard(r.headers));
      copy.body = r.body === null ? null : cloneBody(r.body);
      copy.signal = followingSignal(r.signal);
      return new Request(kFetch, copy);
    }

    [customInspect](depth, options) {
      const r = this.#r;
      const shown = {
        method: r.method,
        url: r.url,
        headers: r.headers,
        destination: '',
        referrer: this.referrer,
        referrerPolicy: r.referrerPolicy,
        mode: r.mode,
        credentials: r.credentials,
        cache: r.cache,
        redirect: r.redirect,
        integrity: r.integrity,
        keepalive: r.keepalive,
        isReloadNavigation: false,
        isHistoryNavigation: false,
        signal: r.signal,
      };
      return 'Request ' + require('util').inspect(shown, options);
    }

    static {
      requestRecord = (req) => req.#r;
      isRequest = (value) => value !== null && typeof value === 'object' && #r in value;
      newRequest = (record) => new Request(kFetch, record);
    }
  }

  function rec(req) {
    if (!isRequest(req)) throw illegalInvocation();
    return requestRecord(req);
  }


  // The steps of `new Request(input, init)`; the result is the request's record.
  function construct(input, init, forFetch = false) {
    init = dictionary(init);
    // WebIDL converts the dictionary first, its members in order of their names.
    const cache = init.cache === undefined ? undefined : enumValue(init.cache, enums.cache);
    const credentials = init.credentials === undefined ? undefined : enumValue(init.credentials, enums.credentials);
    const duplex = init.duplex === undefined ? undefined : enumValue(init.duplex, enums.duplex);
    const mode = init.mode === undefined ? undefined : enumValue(init.mode, enums.mode);
    if (init.priority !== undefined) enumValue(init.priority, enums.priority);
    const redirect = init.redirect === undefined ? undefined : enumValue(init.redirect, enums.redirect);
    const referrerPolicy = init.referrerPolicy === undefined ? undefined :
      enumValue(init.referrerPolicy, enums.referrerPolicy);
    let signal = init.signal;
    if (signal !== undefined && signal !== null && !(signal instanceof AbortSignalClass())) {
      throw new TypeError(`RequestInit: Expected signal ("${describe(signal)}") to be an instance of AbortSignal.`);
    }

    let r;
    let inputRequest = null;
    if (isRequest(input)) {
      inputRequest = requestRecord(input);
      r = { ...inputRequest };
      if (signal === undefined) signal = inputRequest.signal;
    } else {
      const s = String(input);
      const parsed = parseURL(s);
      if (parsed.username !== '' || parsed.password !== '') {
        throw new TypeError('Request cannot be constructed from a URL that includes credentials: ' + s);
      }
      r = {
        method: 'GET',
        url: parsed.href,
        headers: null,
        body: null,
        signal: null,
        redirect: 'follow',
        mode: 'cors',
        credentials: 'same-origin',
        cache: 'default',
        referrer: 'client',
        referrerPolicy: '',
        integrity: '',
        keepalive: false,
      };
    }

    if ('window' in init && init.window !== undefined && init.window !== null) {
      throw new TypeError("'window' option 'client' must be null");
    }
    const initKeys = ['body', 'cache', 'credentials', 'duplex', 'headers', 'integrity', 'keepalive', 'method',
      'mode', 'priority', 'redirect', 'referrer', 'referrerPolicy', 'signal', 'window'];
    if (initKeys.some((k) => init[k] !== undefined)) {
      if (r.mode === 'navigate') r.mode = 'same-origin';
      r.referrer = 'client';
      r.referrerPolicy = '';
    }
    if (init.referrer !== undefined) {
      const referrer = String(init.referrer);
      if (referrer === '') {
        r.referrer = 'no-referrer';
      } else {
        const { URL } = require('internal/url');
        let parsed;
        try {
          parsed = new URL(referrer);
        } catch (err) {
          throw new TypeError(`Referrer "${referrer}" is not a valid URL.`, { cause: err });
        }
        r.referrer = parsed.protocol === 'about:' && parsed.pathname === 'client' ? 'client' : parsed.href;
      }
    }
    if (referrerPolicy !== undefined) r.referrerPolicy = referrerPolicy;
    if (mode === 'navigate') throw new TypeError('Request constructor: invalid request mode navigate.');
    if (mode !== undefined) r.mode = mode;
    if (credentials !== undefined) r.credentials = credentials;
    if (cache !== undefined) r.cache = cache;
    if (r.cache === 'only-if-cached' && r.mode !== 'same-origin') {
      throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode");
    }
    if (redirect !== undefined) r.redirect = redirect;
    if (init.integrity !== undefined) r.integrity = String(init.integrity);
    if (init.keepalive !== undefined) r.keepalive = !!init.keepalive;
    if (init.method !== undefined) {
      let method = String(init.method);
      if (!tokenRe.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
      const upper = method.toUpperCase();
      if (forbiddenMethods.includes(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
      if (normalizedMethods.includes(upper)) method = upper;
      if (method === 'patch' && !warnedPatch) {
        warnedPatch = true;
        process.emitWarning('Using `patch` is highly likely to result in a `405 Method Not Allowed`. ' +
          '`PATCH` is much more likely to succeed.', { code: 'UNDICI-FETCH-patch' });
      }
      r.method = method;
    }
    // fetch()'s own request is never seen by its caller: it can take the caller's signal
    // as it is, and leaves no listener behind on a signal that outlives the fetch.
    r.signal = forFetch && signal !== undefined && signal !== null ? signal : followingSignal(signal);

    const headers = newHeaders('none');
    if (init.headers !== undefined) {
      fill(headers, init.headers);
    } else if (inputRequest !== null) {
      for (const e of headersList(inputRequest.headers).values()) {
        if (e.cookies !== null) {
          for (let i = 0; i < e.cookies.length; i++) appendToList(headers, e.name, e.cookies[i]);
        } else {
          appendToList(headers, e.name, e.value);
        }
      }
    }
    if (r.mode === 'no-cors') {
      if (r.method !== 'GET' && r.method !== 'HEAD' && r.method !== 'POST') {
        throw new TypeError(`'${r.method} is unsupported in no-cors mode.`);
      }
      require('internal/fetch/headers').setHeadersGuard(headers, 'request-no-cors');
    } else {
      require('internal/fetch/headers').setHeadersGuard(headers, 'request');
    }
    r.headers = headers;

    const inputBody = inputRequest !== null ? inputRequest.body : null;
    const hasInitBody = init.body !== undefined && init.body !== null;
    if ((hasInitBody || inputBody !== null) && (r.method === 'GET' || r.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    let initBody = null;
    if (hasInitBody) {
      const [body, type] = extractBody(init.body, r.keepalive);
      initBody = body;
      if (type !== null && !headers.has('content-type')) appendToList(headers, 'content-type', type);
    }
    const inputOrInitBody = initBody !== null ? initBody : inputBody;
    if (inputOrInitBody !== null && (inputOrInitBody.kind === 'stream' || inputOrInitBody.kind === 'iterable')) {
      if (initBody !== null && duplex === undefined) {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
    }
    let finalBody = inputOrInitBody;
    if (initBody === null && inputBody !== null) {
      if (isUnusable(inputBody)) {
        throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      }
      finalBody = takeBody(inputBody);
    }
    r.body = finalBody;
    return r;
  }

  defineBodyMethods(Request.prototype, (value) => (isRequest(value) ? requestRecord(value) : null), illegalInvocation);
  webidlClass(Request, 'Request');
  Object.defineProperty(Request.prototype, customInspect, { enumerable: false });

  // fetch(input, init): a Request's record, built as the constructor builds one.
  function requestForFetch(input, init) {
    return newRequest(construct(input, init, true));
  }

  return { Request, requestRecord, isRequest, requestForFetch, Headers };
})();
