// internal/fetch/fetch -- fetch() (Node's global fetch) over node:http's client: an Agent
// of its own that keeps connections alive, so that repeated hosts share them; redirects
// as the Fetch standard follows them; aborts; gzip/deflate decoding with node:zlib; and
// data: URLs; https: over node:https's Agent (TLS on ext_tls).
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { flatHeaders, newHeaders, appendToList, setHeadersGuard, headersList } = require('internal/fetch/headers');
  const { requestRecord, requestForFetch } = require('internal/fetch/request');
  const { newResponse, newRecord, nullBodyStatuses, redirectStatuses } = require('internal/fetch/response');
  const { newBody, bytesBody, isReplayable, bodyChunks } = require('internal/fetch/body');
  const { Buffer } = require('buffer');

  let agent = null;
  let tlsAgent = null;
  function fetchAgent(secure) {
    if (secure) {
      if (tlsAgent === null) tlsAgent = new (require('https').Agent)({ keepAlive: true, timeout: 4000 });
      return tlsAgent;
    }
    if (agent === null) {
      const { Agent } = require('internal/http/agent');
      agent = new Agent({ keepAlive: true, timeout: 4000 });
    }
    return agent;
  }

  function networkError(cause) {
    return new TypeError('fetch failed', { cause });
  }

  // One fetch: its promise, the request in flight, and what an abort must stop.
  class Fetch {
    constructor(request, resolve, reject) {
      this.request = request;
      this.resolve = resolve;
      this.reject = reject;
      this.settled = false;
      this.aborted = false;
      this.reason = undefined;
      this.clientRequest = null;
      this.responseStreams = null;
      this.requestBody = null;
      this.onAbort = null;
    }

    fail(err) {
      if (this.settled) return;
      this.settled = true;
      this.detach();
      if (this.clientRequest !== null) {
        this.clientRequest.destroy();
        this.clientRequest = null;
      }
      this.reject(err);
    }

    succeed(response) {
      if (this.settled) return;
      this.settled = true;
      this.resolve(response);
    }

    detach() {
      if (this.onAbort !== null) {
        this.request.signal.removeEventListener('abort', this.onAbort);
        this.onAbort = null;
      }
    }

    abort(reason) {
      if (this.aborted) return;
      this.aborted = true;
      this.reason = reason;
      const body = this.requestBody;
      if (body !== null && body.stream !== null) body.stream.cancel(reason).catch(() => {});
      if (!this.settled) {
        this.fail(reason);
        return;
      }
      // The response is out: its body errors with the reason.
      const streams = this.responseStreams;
      if (streams !== null) {
        const last = streams[streams.length - 1];
        last.destroy(reason);
        if (streams[0] !== last) streams[0].destroy();
      }
      this.detach();
    }
  }

  function fetch(input, init = undefined) {
    let request;
    try {
      request = requestRecord(requestForFetch(input, init));
    } catch (err) {
      return Promise.reject(err);
    }
    return new Promise((resolve, reject) => {
      const f = new Fetch(request, resolve, reject);
      const signal = request.signal;
      if (signal.aborted) {
        f.abort(signal.reason);
        return;
      }
      f.onAbort = () => f.abort(signal.reason);
      signal.addEventListener('abort', f.onAbort, { once: true });
      let url;
      try {
        url = new URL(request.url);
      } catch (err) {
        f.fail(networkError(err));
        return;
      }
      switch (url.protocol) {
        case 'http:':
        case 'https:':
          httpFetch(f, {
            url: request.url,
            method: request.method,
            headers: request.headers,
            body: request.body,
            urlList: [request.url],
            redirects: 0,
          });
          return;
        case 'data:':
          dataFetch(f, url);
          return;
        case 'about:':
          f.fail(networkError(new Error('about scheme is not supported')));
          return;
        case 'blob:':
          f.fail(networkError(new Error('invalid method')));
          return;
        case 'file:':
          f.fail(networkError(new Error('not implemented... yet...')));
          return;
        default:
          f.fail(networkError(new Error('unknown scheme')));
      }
    });
  }

  // --- http: ---------------------------------------------------------------------------------
  const defaultHeaders = [
    ['accept', '*/*'],
    ['accept-language', '*'],
    ['sec-fetch-mode', 'cors'],
    ['user-agent', 'node'],
    ['accept-encoding', 'gzip, deflate'],
  ];

  function httpFetch(f, hop) {
    const url = new URL(hop.url);
    const secure = url.protocol === 'https:';
    const list = headersList(hop.headers);
    const flat = flatHeaders(hop.headers);
    // Headers given to http.request() as a list get no Host added: fetch sends its own.
    if (!list.has('host')) flat.push('host', url.host);
    for (let i = 0; i < defaultHeaders.length; i++) {
      if (!list.has(defaultHeaders[i][0])) flat.push(defaultHeaders[i][0], defaultHeaders[i][1]);
    }
    const body = hop.body;
    if (body === null) {
      if ((hop.method === 'POST' || hop.method === 'PUT') && !list.has('content-length')) {
        flat.push('content-length', '0');
      }
    } else if (body.length !== null && !list.has('content-length')) {
      flat.push('content-length', String(body.length));
    }
    const http = require('http');
    let req;
    try {
      req = (secure ? require('https') : http).request({
        host: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
        port: url.port === '' ? (secure ? 443 : 80) : Number(url.port),
        path: url.pathname + url.search,
        method: hop.method,
        headers: flat,
        agent: fetchAgent(secure),
      });
    } catch (err) {
      f.fail(networkError(err));
      return;
    }
    f.clientRequest = req;
    req.on('error', (err) => {
      if (f.clientRequest === req) f.fail(networkError(err));
    });
    req.on('response', (res) => {
      if (f.clientRequest !== req || f.settled) {
        res.resume();
        return;
      }
      onResponse(f, hop, req, res);
    });
    f.requestBody = body;
    if (body === null) {
      req.end();
    } else if (body.kind === 'bytes' && body.stream === null && !body.used) {
      body.used = true;
      req.end(Buffer.from(body.bytes.buffer, body.bytes.byteOffset, body.bytes.length));
    } else {
      sendBody(f, req, body);
    }
  }

  async function sendBody(f, req, body) {
    try {
      for await (const chunk of bodyChunks(body)) {
        if (f.clientRequest !== req) return;
        if (!req.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length))) {
          await new Promise((resolve) => {
            const done = () => {
              req.removeListener('drain', done);
              req.removeListener('close', done);
              resolve();
            };
            req.on('drain', done);
            req.on('close', done);
          });
        }
      }
      if (f.clientRequest === req) req.end();
    } catch (err) {
      if (f.clientRequest === req) f.fail(networkError(err));
    }
  }

  const bodyHeaderNames = ['content-encoding', 'content-language', 'content-location', 'content-type', 'content-length'];

  function onResponse(f, hop, req, res) {
    const status = res.statusCode;
    const request = f.request;
    if (redirectStatuses.includes(status) && request.redirect !== 'manual') {
      res.resume();
      if (request.redirect === 'error') {
        f.fail(networkError(new Error('unexpected redirect')));
        return;
      }
      const location = res.headers.location;
      if (location !== undefined) {
        redirect(f, hop, status, location);
        return;
      }
    }
    f.clientRequest = null;
    const r = newRecord('basic');
    r.status = status;
    r.statusText = res.statusMessage || '';
    const headers = newHeaders('none');
    const raw = res.rawHeaders;
    for (let i = 0; i + 1 < raw.length; i += 2) appendToList(headers, raw[i], raw[i + 1]);
    setHeadersGuard(headers, 'immutable');
    r.headers = headers;
    r.urlList = hop.urlList.slice();
    if (hop.method === 'HEAD' || hop.method === 'CONNECT' || nullBodyStatuses.includes(status)) {
      res.resume();
      f.detach();
    } else {
      const streams = decoders(res, headers.get('content-encoding'));
      f.responseStreams = streams;
      const last = streams[streams.length - 1];
      const done = () => f.detach();
      last.once('end', done);
      last.once('error', done);
      r.body = newBody('node', {
        node: last,
        mapError: (err) => (f.aborted && err === f.reason ? err : new TypeError('terminated', { cause: err })),
        onCancel: () => {
          f.detach();
          res.destroy();
        },
      });
    }
    f.succeed(newResponse(r));
  }

  function redirect(f, hop, status, location) {
    let next;
    try {
      next = new URL(location, hop.url);
    } catch (err) {
      f.fail(networkError(err));
      return;
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      f.fail(networkError(new Error('URL scheme must be a HTTP(S) scheme')));
      return;
    }
    if (hop.redirects >= 20) {
      f.fail(networkError(new Error('redirect count exceeded')));
      return;
    }
    let body = hop.body;
    if (status !== 303 && body !== null && !isReplayable(body)) {
      f.fail(networkError(new Error('')));
      return;
    }
    let method = hop.method;
    let headers = hop.headers;
    const copy = () => {
      const h = newHeaders('none');
      for (const e of headersList(headers).values()) {
        if (e.cookies !== null) {
          for (let i = 0; i < e.cookies.length; i++) appendToList(h, e.name, e.cookies[i]);
        } else {
          appendToList(h, e.name, e.value);
        }
      }
      return h;
    };
    if (((status === 301 || status === 302) && method === 'POST') ||
        (status === 303 && method !== 'GET' && method !== 'HEAD')) {
      method = 'GET';
      body = null;
      headers = copy();
      for (const name of bodyHeaderNames) headersList(headers).delete(name);
    }
    const from = new URL(hop.url);
    if (from.origin !== next.origin) {
      if (headers === hop.headers) headers = copy();
      for (const name of ['authorization', 'proxy-authorization', 'cookie', 'host']) headersList(headers).delete(name);
    }
    if (body !== null) {
      // Sent again from its source.
      body = body.kind === 'bytes' ? bytesBody(body.bytes) : newBody('blob', { blob: body.blob, length: body.length });
    }
    f.clientRequest = null;
    const url = next.href;
    const urlList = hop.urlList.slice();
    urlList.push(url);
    httpFetch(f, { url, method, headers, body, urlList, redirects: hop.redirects + 1 });
  }

  // The response body's streams, network first: the codings undone in reverse order.
  function decoders(res, contentEncoding) {
    const streams = [res];
    if (contentEncoding === null) return streams;
    const codings = contentEncoding.toLowerCase().split(',').map((c) => c.trim()).filter((c) => c !== '');
    const chain = [];
    for (let i = codings.length - 1; i >= 0; i--) {
      const coding = codings[i];
      if (coding === 'gzip' || coding === 'x-gzip') {
        chain.push('gzip');
      } else if (coding === 'deflate') {
        chain.push('deflate');
      } else {
        // Unknown (br, zstd, ...): the body is handed over as it came.
        return streams;
      }
    }
    const zlib = require('zlib');
    const options = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
    let prev = res;
    for (const coding of chain) {
      const d = coding === 'gzip' ? zlib.createGunzip(options) : inflateAuto(zlib, options);
      prev.on('error', (err) => d.destroy(err));
      prev.pipe(d);
      streams.push(d);
      prev = d;
    }
    return streams;
  }

  // "deflate" as servers send it: zlib-wrapped, or raw deflate from some; told apart by
  // the first byte (a zlib header's low nibble is 8).
  function inflateAuto(zlib, options) {
    const { Transform } = require('stream');
    let inner = null;
    let flushed = null;
    const t = new Transform({
      transform(chunk, encoding, callback) {
        if (inner === null) {
          inner = (chunk[0] & 0x0f) === 0x08 ? zlib.createInflate(options) : zlib.createInflateRaw(options);
          inner.on('data', (data) => t.push(data));
          inner.on('error', (err) => t.destroy(err));
          inner.on('end', () => {
            if (flushed !== null) flushed();
          });
        }
        inner.write(chunk, () => callback());
      },
      flush(callback) {
        if (inner === null) {
          callback();
          return;
        }
        flushed = callback;
        inner.end();
      },
    });
    return t;
  }

  // --- data: ---------------------------------------------------------------------------------
  function dataFetch(f, url) {
    const parsed = processDataURL(url);
    if (parsed === null) {
      f.fail(networkError(new Error('failed to fetch the data URL')));
      return;
    }
    const r = newRecord('basic');
    r.status = 200;
    r.statusText = 'OK';
    appendToList(r.headers, 'content-type', parsed.mimeType);
    setHeadersGuard(r.headers, 'immutable');
    r.urlList = [url.href];
    r.body = bytesBody(parsed.body);
    f.detach();
    f.succeed(newResponse(r));
  }

  const asciiWhitespace = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;

  function percentDecode(string) {
    const bytes = Buffer.from(string, 'utf8');
    const out = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === 0x25 && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
        out.push(parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16));
        i += 2;
      } else {
        out.push(b);
      }
    }
    return new Uint8Array(out);
  }

  function isHex(b) {
    return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66);
  }

  function forgivingBase64(bytes) {
    let s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1').replace(/[\t\n\f\r ]/g, '');
    if (s.length % 4 === 0) s = s.replace(/==?$/, '');
    if (s.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(s)) return null;
    const decoded = Buffer.from(s, 'base64');
    return new Uint8Array(decoded.buffer.slice(decoded.byteOffset, decoded.byteOffset + decoded.length));
  }

  // The Fetch standard's data: URL processor: null on failure.
  function processDataURL(url) {
    let input = url.href;
    const hash = input.indexOf('#');
    if (hash !== -1) input = input.slice(0, hash);
    input = input.slice(5);
    const comma = input.indexOf(',');
    if (comma === -1) return null;
    let mimeType = input.slice(0, comma).replace(asciiWhitespace, '');
    let body = percentDecode(input.slice(comma + 1));
    const base64 = /;[\x20]*base64$/i.exec(mimeType);
    if (base64 !== null) {
      body = forgivingBase64(body);
      if (body === null) return null;
      mimeType = mimeType.slice(0, base64.index);
    }
    if (mimeType.startsWith(';')) mimeType = 'text/plain' + mimeType;
    let serialized;
    try {
      const { MIMEType } = require('internal/mime');
      serialized = String(new MIMEType(mimeType));
    } catch {
      serialized = 'text/plain;charset=US-ASCII';
    }
    return { mimeType: serialized, body };
  }

  Object.defineProperty(fetch, 'name', { value: 'fetch' });

  return { fetch, processDataURL };
})();
