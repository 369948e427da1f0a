// internal/fetch/response -- the WHATWG Fetch Response class (Node's global Response).
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const {
    newHeaders, fill, headersList, appendToList, headersGuard, setHeadersGuard, argumentCount, dictionary,
    illegalInvocation, webidlClass, byteString,
  } = require('internal/fetch/headers');
  const {
    defineBodyMethods, extractBody, bytesBody, bodyUsed, isUnusable, bodyStream, cloneBody, utf8Encode,
  } = require('internal/fetch/body');

  const customInspect = Symbol.for('nodejs.util.inspect.custom');
  const kInternal = Symbol('internal');

  const nullBodyStatuses = [101, 103, 204, 205, 304];
  const redirectStatuses = [301, 302, 303, 307, 308];
  const reasonPhraseRe = /^[\t\x20-\x7e\x80-\xff]*$/;

  // WebIDL unsigned short.
  function unsignedShort(value) {
    const n = Number(value);
    if (!Number.isFinite(n)) return 0;
    const t = Math.trunc(n) % 65536;
    return t < 0 ? t + 65536 : t;
  }

  function newRecord(type) {
    return {
      type,
      status: 200,
      statusText: '',
      headers: newHeaders('response'),
      body: null,
      urlList: [],
      // fetch's response to a request whose signal aborted
      aborted: false,
    };
  }

  // The spec's "initialize a response".
  function initialize(r, init, body) {
    if (init.status !== undefined) r.status = unsignedShort(init.status);
    if (init.statusText !== undefined) r.statusText = byteString(init.statusText);
    if (r.status < 200 || r.status > 599) {
      throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
    }
    if (!reasonPhraseRe.test(r.statusText)) throw new TypeError('Invalid statusText');
    if (init.headers !== undefined) fill(r.headers, init.headers);
    if (body !== null) {
      if (nullBodyStatuses.includes(r.status)) {
        throw new TypeError('Response constructor: Invalid response status code ' + r.status);
      }
      r.body = body[0];
      if (body[1] !== null && !r.headers.has('content-type')) appendToList(r.headers, 'content-type', body[1]);
    }
  }

  let responseRecord, isResponse, newResponse;

  class Response {
    #r;

    constructor(body = null, init = undefined) {
      if (body === kInternal) {
        this.#r = init;
        return;
      }
      init = dictionary(init);
      const r = newRecord('default');
      this.#r = r;
      initialize(r, init, body === null || body === undefined ? null : extractBody(body, false));
    }

    static error() {
      const r = newRecord('error');
      r.status = 0;
      setHeadersGuard(r.headers, 'immutable');
      return new Response(kInternal, r);
    }

    static json(data, init = undefined) {
      argumentCount(arguments.length, 1, 'Response.json');
      init = dictionary(init);
      const text = JSON.stringify(data);
      if (text === undefined) throw new TypeError('Value is not JSON serializable');
      const r = newRecord('default');
      initialize(r, init, [bytesBody(utf8Encode(text)), 'application/json']);
      return new Response(kInternal, r);
    }

    static redirect(url, status = 302) {
      argumentCount(arguments.length, 1, 'Response.redirect');
      const s = String(url);
      const { URL } = require('internal/url');
      let parsed;
      try {
        parsed = new URL(s);
      } catch (err) {
        throw new TypeError('Failed to parse URL from ' + s, { cause: err });
      }
      status = unsignedShort(status);
      if (!redirectStatuses.includes(status)) throw new RangeError('Invalid status code ' + status);
      const r = newRecord('default');
      r.status = status;
      appendToList(r.headers, 'location', parsed.href);
      setHeadersGuard(r.headers, 'immutable');
      return new Response(kInternal, r);
    }

    get type() {
      return rec(this).type;
    }
    get url() {
      const list = rec(this).urlList;
      if (list.length === 0) return '';
      const url = list[list.length - 1];
      const hash = url.indexOf('#');
      return hash === -1 ? url : url.slice(0, hash);
    }
    get redirected() {
      return rec(this).urlList.length > 1;
    }
    get status() {
      return rec(this).status;
    }
    get ok() {
      const status = rec(this).status;
      return status >= 200 && status <= 299;
    }
    get statusText() {
      return rec(this).statusText;
    }
    get headers() {
      return rec(this).headers;
    }
    get body() {
      const body = rec(this).body;
      return body === null ? null : bodyStream(body);
    }
    get bodyUsed() {
      return bodyUsed(rec(this).body);
    }

    clone() {
      const r = rec(this);
      if (isUnusable(r.body)) throw new TypeError('Response.clone: Body has already been consumed.');
      const copy = { ...r };
      const headers = newHeaders('none');
      for (const e of headersList(r.headers).values()) {
        if (e.cookies !== null) {
          for (let i = 0; i < e.cookies.length; i++) appendToList(headers, e.name, e.cookies[i]);
        } else {
          appendToList(headers, e.name, e.value);
        }
      }
      setHeadersGuard(headers, headersGuard(r.headers));
      copy.headers = headers;
      copy.urlList = r.urlList.slice();
      copy.body = r.body === null ? null : cloneBody(r.body);
      return new Response(kInternal, copy);
    }

    [customInspect](depth, options) {
      const r = this.#r;
      const shown = {
        status: r.status,
        statusText: r.statusText,
        headers: r.headers,
        body: this.body,
        bodyUsed: this.bodyUsed,
        ok: this.ok,
        redirected: this.redirected,
        type: r.type,
        url: this.url,
      };
      return 'Response ' + require('util').inspect(shown, options);
    }

    static {
      responseRecord = (res) => res.#r;
      isResponse = (value) => value !== null && typeof value === 'object' && #r in value;
      newResponse = (record) => new Response(kInternal, record);
    }
  }

  function rec(res) {
    if (!isResponse(res)) throw illegalInvocation();
    return responseRecord(res);
  }


  defineBodyMethods(Response.prototype, (value) => (isResponse(value) ? responseRecord(value) : null), illegalInvocation);
  webidlClass(Response, 'Response');
  Object.defineProperty(Response.prototype, customInspect, { enumerable: false });
  for (const name of ['error', 'json', 'redirect']) {
    Object.defineProperty(Response, name, { enumerable: true });
  }

  return {
    Response,
    responseRecord,
    isResponse,
    newResponse,
    newRecord,
    nullBodyStatuses,
    redirectStatuses,
  };
})();
