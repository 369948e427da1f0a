// node:url -- WHATWG URL re-exports, file URL helpers and the legacy url.parse/format/resolve API
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;

  const iu = require('internal/url');
  const { URL, URLSearchParams, isURL } = iu;

  const { codes } = require('internal/errors');
  function qs() { return require('querystring'); }
  function platformIsWin() {
    const p = globalThis.process;
    return !!(p && p.platform === 'win32');
  }

  // --- legacy Url ------------------------------------------------------------------------
  function Url() {
    this.protocol = null;
    this.slashes = null;
    this.auth = null;
    this.host = null;
    this.port = null;
    this.hostname = null;
    this.hash = null;
    this.search = null;
    this.query = null;
    this.pathname = null;
    this.path = null;
    this.href = null;
  }

  const hostlessProtocol = new Set(['javascript', 'javascript:']);
  const unsafeProtocol = hostlessProtocol;
  const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher',
    'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
  const simplePathRe = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
  const protocolRe = /^[a-z0-9.+-]+:/i;
  const portRe = /:[0-9]*$/;
  const hostAuthRe = /^\/\/[^@/]+@[^@/]+/;
  const forbiddenHost = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
  const forbiddenHostV6 = /[\0\t\n\r #%/<>?@\\^|]/;

  function isWs(c) {
    return c === 32 || c === 9 || c === 10 || c === 11 || c === 12 || c === 13 || c === 0xa0 ||
      c === 0xfeff;
  }

  // DEP0169: the first url.parse()-based call warns, unless it comes from a dependency
  // (the nearest caller outside the runtime lives under node_modules).
  let urlParseWarned = false;
  function calledFromNodeModules() {
    let stack;
    try { stack = new Error().stack; } catch { return false; }
    if (typeof stack !== 'string') return false;
    const lines = stack.split('\n');
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i];
      if (!/^\s+at /.test(line)) continue;
      if (/\(?(ext:|node:|\[nodus)/.test(line.replace(/^\s+at [^(]*\(/, '('))) continue;
      if (/^\s+at (ext:|node:|\[nodus)/.test(line)) continue;
      return /[\\/]node_modules[\\/]/.test(line);
    }
    return false;
  }
  function warnUrlParse() {
    if (urlParseWarned) return;
    if (calledFromNodeModules()) return;
    urlParseWarned = true;
    const p = globalThis.process;
    if (p && typeof p.emitWarning === 'function') {
      p.emitWarning('`url.parse()` behavior is not standardized and prone to errors that have ' +
        'security implications. Use the WHATWG URL API instead. CVEs are not issued for ' +
        '`url.parse()` vulnerabilities.', 'DeprecationWarning', 'DEP0169');
    }
  }

  function urlParse(url, parseQueryString, slashesDenoteHost) {
    warnUrlParse();
    if (url !== null && typeof url === 'object' && url instanceof Url) return url;
    const u = new Url();
    u.parse(url, parseQueryString, slashesDenoteHost);
    return u;
  }

  // characters escaped automatically in the part after the host
  const AUTO_ESCAPE = { __proto__: null, 9: '%09', 10: '%0A', 13: '%0D', 32: '%20', 34: '%22',
    39: '%27', 60: '%3C', 62: '%3E', 92: '%5C', 94: '%5E', 96: '%60', 123: '%7B', 124: '%7C',
    125: '%7D' };
  function autoEscape(rest) {
    let out = '';
    let last = 0;
    for (let i = 0; i < rest.length; i++) {
      const e = AUTO_ESCAPE[rest.charCodeAt(i)];
      if (e !== undefined) {
        if (i > last) out += rest.slice(last, i);
        out += e;
        last = i + 1;
      }
    }
    if (last === 0) return rest;
    if (last < rest.length) out += rest.slice(last);
    return out;
  }

  Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
    if (typeof url !== 'string') throw new (codes.ERR_INVALID_ARG_TYPE)('url', 'string', url);
    // backslashes before the query/hash count as slashes; trim whitespace
    let start = 0;
    let end = url.length;
    while (start < end && isWs(url.charCodeAt(start))) start++;
    while (end > start && isWs(url.charCodeAt(end - 1))) end--;
    let rest = url.slice(start, end);
    if (/[\t\n\r]/.test(rest)) rest = rest.replace(/[\t\n\r]/g, '');
    let split = rest.length;
    for (let i = 0; i < rest.length; i++) {
      const c = rest.charCodeAt(i);
      if (c === 63 || c === 35) { split = i; break; }
    }
    if (rest.lastIndexOf('\\', split) !== -1) {
      rest = rest.slice(0, split).replace(/\\/g, '/') + rest.slice(split);
    }
    let hasHash = false;
    for (let i = 0; i < rest.length; i++) if (rest.charCodeAt(i) === 35) { hasHash = true; break; }

    if (!slashesDenoteHost && !hasHash) {
      const m = simplePathRe.exec(rest);
      if (m !== null) {
        this.path = rest;
        this.href = rest;
        this.pathname = m[1];
        if (m[2]) {
          this.search = m[2];
          this.query = parseQueryString ? qs().parse(this.search.slice(1)) : this.search.slice(1);
        } else if (parseQueryString) {
          this.search = null;
          this.query = { __proto__: null };
        }
        return this;
      }
    }

    let proto = protocolRe.exec(rest);
    let lowerProto;
    if (proto !== null) {
      proto = proto[0];
      lowerProto = proto.toLowerCase();
      this.protocol = lowerProto;
      rest = rest.slice(proto.length);
    }

    let slashes;
    if (slashesDenoteHost || proto || hostAuthRe.test(rest)) {
      slashes = rest.charCodeAt(0) === 47 && rest.charCodeAt(1) === 47;
      if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
        rest = rest.slice(2);
        this.slashes = true;
      }
    }

    if (!hostlessProtocol.has(lowerProto) &&
        (slashes || (proto && !slashedProtocol.has(proto)))) {
      let hostEnd = -1;
      let atSign = -1;
      let nonHost = -1;
      for (let i = 0; i < rest.length; i++) {
        switch (rest.charCodeAt(i)) {
          case 9: case 10: case 13: case 32: case 34: case 37: case 39: case 59: case 60: case 62:
          case 92: case 94: case 96: case 123: case 124: case 125:
            if (nonHost === -1) nonHost = i;
            break;
          case 35: case 47: case 63:
            if (nonHost === -1) nonHost = i;
            hostEnd = i;
            break;
          case 64:
            atSign = i;
            nonHost = -1;
            break;
          default:
            break;
        }
        if (hostEnd !== -1) break;
      }
      let hs = 0;
      if (atSign !== -1) {
        this.auth = decodeURIComponent(rest.slice(0, atSign));
        hs = atSign + 1;
      }
      if (nonHost === -1) {
        this.host = rest.slice(hs);
        rest = '';
      } else {
        this.host = rest.slice(hs, nonHost);
        rest = rest.slice(nonHost);
      }
      this.parseHost();
      if (typeof this.hostname !== 'string') this.hostname = '';
      const hostname = this.hostname;
      const ipv6 = hostname.charCodeAt(0) === 91 && hostname.charCodeAt(hostname.length - 1) === 93;
      if (!ipv6) {
        for (let i = 0; i < hostname.length; i++) {
          const c = hostname.charCodeAt(i);
          const ok = (c >= 97 && c <= 122) || c === 46 || (c >= 65 && c <= 90) ||
            (c >= 48 && c <= 57) || c === 45 || c === 43 || c === 95 || c > 127;
          if (!ok) {
            this.hostname = hostname.slice(0, i);
            rest = '/' + hostname.slice(i) + rest;
            break;
          }
        }
      }
      if (this.hostname === '' && this.port !== null) throw new (codes.ERR_INVALID_URL)(url);
      if (this.hostname.length > 255) this.hostname = '';
      else this.hostname = this.hostname.toLowerCase();
      if (this.hostname !== '') {
        if (ipv6) {
          if (forbiddenHostV6.test(this.hostname)) throw new (codes.ERR_INVALID_URL)(url);
        } else {
          const ascii = iu.domainToASCIIInternal(this.hostname);
          if (ascii === null) throw new (codes.ERR_INVALID_URL)(url);
          this.hostname = ascii;
          if (forbiddenHost.test(this.hostname)) throw new (codes.ERR_INVALID_URL)(url);
        }
      }
      const p = this.port ? ':' + this.port : '';
      this.host = (this.hostname || '') + p;
      if (ipv6) {
        this.hostname = this.hostname.slice(1, -1);
        if (rest[0] !== '/') rest = '/' + rest;
      }
    }

    if (!unsafeProtocol.has(lowerProto)) rest = autoEscape(rest);

    let q = -1;
    let h = -1;
    for (let i = 0; i < rest.length; i++) {
      const c = rest.charCodeAt(i);
      if (c === 35) {
        this.hash = rest.slice(i);
        h = i;
        break;
      } else if (c === 63 && q === -1) {
        q = i;
      }
    }
    if (q !== -1) {
      if (h === -1) {
        this.search = rest.slice(q);
        this.query = rest.slice(q + 1);
      } else {
        this.search = rest.slice(q, h);
        this.query = rest.slice(q + 1, h);
      }
      if (parseQueryString) this.query = qs().parse(this.query);
    } else if (parseQueryString) {
      this.search = null;
      this.query = { __proto__: null };
    }
    const first = q !== -1 && (h === -1 || q < h) ? q : h;
    if (first === -1) {
      if (rest.length > 0) this.pathname = rest;
    } else if (first > 0) {
      this.pathname = rest.slice(0, first);
    }
    if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
    if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
    this.href = this.format();
    return this;
  };

  Url.prototype.parseHost = function parseHost() {
    let host = this.host;
    const m = portRe.exec(host);
    if (m !== null) {
      const port = m[0];
      if (port !== ':') this.port = port.slice(1);
      host = host.slice(0, host.length - port.length);
    }
    if (host) this.hostname = host;
  };

  // A-Z a-z 0-9 - . _ ~ ! $ & ' ( ) * + , ; = : survive in the auth part
  const AUTH_KEEP = new Uint8Array(128);
  (function () {
    const keep = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&\'()*+,;=:';
    for (let i = 0; i < keep.length; i++) AUTH_KEEP[keep.charCodeAt(i)] = 1;
  })();
  function encodeAuth(s) {
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 128 && AUTH_KEEP[c] === 1) out += s[i];
      else if (c < 128) out += '%' + (c < 16 ? '0' : '') + c.toString(16).toUpperCase();
      else {
        let ch = s[i];
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) { ch += s[i + 1]; i++; }
        out += encodeURIComponent(ch);
      }
    }
    return out;
  }

  Url.prototype.format = function format() {
    let auth = this.auth || '';
    if (auth) auth = encodeAuth(auth) + '@';
    let protocol = this.protocol || '';
    let pathname = this.pathname || '';
    let hash = this.hash || '';
    let host = '';
    let query = '';
    if (this.host) {
      host = auth + this.host;
    } else if (this.hostname) {
      const hn = this.hostname;
      host = auth + (hn.indexOf(':') !== -1 && !(hn[0] === '[' && hn[hn.length - 1] === ']') ?
        '[' + hn + ']' : hn);
      if (this.port) host += ':' + this.port;
    }
    if (this.query !== null && typeof this.query === 'object') query = qs().stringify(this.query);
    let search = this.search || (query && ('?' + query)) || '';
    if (protocol && protocol.charCodeAt(protocol.length - 1) !== 58) protocol += ':';
    if (pathname.indexOf('#') !== -1 || pathname.indexOf('?') !== -1) {
      pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));
    }
    if (this.slashes || slashedProtocol.has(protocol)) {
      if (this.slashes || host) {
        if (pathname && pathname.charCodeAt(0) !== 47) pathname = '/' + pathname;
        host = '//' + host;
      } else if (protocol.length >= 4 && protocol.slice(0, 4).toLowerCase() === 'file') {
        host = '//';
      }
    }
    if (search.indexOf('#') !== -1) search = search.replace(/#/g, '%23');
    if (hash && hash.charCodeAt(0) !== 35) hash = '#' + hash;
    if (search && search.charCodeAt(0) !== 63) search = '?' + search;
    return protocol + host + pathname + search + hash;
  };

  Url.prototype.resolve = function resolve(relative) {
    return this.resolveObject(urlParse(relative, false, true)).format();
  };

  Url.prototype.resolveObject = function resolveObject(relative) {
    if (typeof relative === 'string') {
      const rel = new Url();
      rel.parse(relative, false, true);
      relative = rel;
    }
    const result = new Url();
    for (const k of Object.keys(this)) result[k] = this[k];
    result.hash = relative.hash;
    if (relative.href === '') {
      result.href = result.format();
      return result;
    }
    if (relative.slashes && !relative.protocol) {
      for (const k of Object.keys(relative)) if (k !== 'protocol') result[k] = relative[k];
      if (slashedProtocol.has(result.protocol) && result.hostname && !result.pathname) {
        result.path = result.pathname = '/';
      }
      result.href = result.format();
      return result;
    }
    if (relative.protocol && relative.protocol !== result.protocol) {
      if (!slashedProtocol.has(relative.protocol)) {
        for (const k of Object.keys(relative)) result[k] = relative[k];
        result.href = result.format();
        return result;
      }
      result.protocol = relative.protocol;
      if (!relative.host && !/^file:?$/.test(relative.protocol) &&
          !hostlessProtocol.has(relative.protocol)) {
        const relPath = (relative.pathname || '').split('/');
        while (relPath.length && !(relative.host = relPath.shift()));
        if (!relative.host) relative.host = '';
        if (!relative.hostname) relative.hostname = '';
        if (relPath[0] !== '') relPath.unshift('');
        if (relPath.length < 2) relPath.unshift('');
        result.pathname = relPath.join('/');
      } else {
        result.pathname = relative.pathname;
      }
      result.search = relative.search;
      result.query = relative.query;
      result.host = relative.host || '';
      result.auth = relative.auth;
      result.hostname = relative.hostname || relative.host;
      result.port = relative.port;
      if (result.pathname || result.search) {
        result.path = (result.pathname || '') + (result.search || '');
      }
      result.slashes = result.slashes || relative.slashes;
      result.href = result.format();
      return result;
    }

    const isSourceAbs = result.pathname && result.pathname.charAt(0) === '/';
    const isRelAbs = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
    let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
    const removeAllDots = mustEndAbs;
    let srcPath = (result.pathname && result.pathname.split('/')) || [];
    const relPath = (relative.pathname && relative.pathname.split('/')) || [];
    const noLeadingSlashes = result.protocol && !slashedProtocol.has(result.protocol);

    if (noLeadingSlashes) {
      result.hostname = '';
      result.port = null;
      if (result.host) {
        if (srcPath[0] === '') srcPath[0] = result.host;
        else srcPath.unshift(result.host);
      }
      result.host = '';
      if (relative.protocol) {
        relative.hostname = null;
        relative.port = null;
        if (relative.host) {
          if (relPath[0] === '') relPath[0] = relative.host;
          else relPath.unshift(relative.host);
        }
        relative.host = null;
      }
      mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
    }

    if (isRelAbs) {
      if (relative.host || relative.host === '') {
        if (result.host !== relative.host) result.auth = null;
        result.host = relative.host;
        result.port = relative.port;
      }
      if (relative.hostname || relative.hostname === '') {
        if (result.hostname !== relative.hostname) result.auth = null;
        result.hostname = relative.hostname;
      }
      result.search = relative.search;
      result.query = relative.query;
      srcPath = relPath;
    } else if (relPath.length) {
      if (!srcPath) srcPath = [];
      srcPath.pop();
      srcPath = srcPath.concat(relPath);
      result.search = relative.search;
      result.query = relative.query;
    } else if (relative.search !== null && relative.search !== undefined) {
      if (noLeadingSlashes) {
        result.hostname = result.host = srcPath.shift();
        const auth = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : false;
        if (auth) {
          result.auth = auth.shift();
          result.host = result.hostname = auth.shift();
        }
      }
      result.search = relative.search;
      result.query = relative.query;
      if (result.pathname !== null || result.search !== null) {
        result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
      }
      result.href = result.format();
      return result;
    }

    if (!srcPath.length) {
      result.pathname = null;
      result.path = result.search ? '/' + result.search : null;
      result.href = result.format();
      return result;
    }

    let last = srcPath.slice(-1)[0];
    const hasTrailingSlash = (
      ((result.host || relative.host || srcPath.length > 1) && (last === '.' || last === '..')) ||
      last === '');

    let up = 0;
    for (let i = srcPath.length - 1; i >= 0; i--) {
      last = srcPath[i];
      if (last === '.') {
        srcPath.splice(i, 1);
      } else if (last === '..') {
        srcPath.splice(i, 1);
        up++;
      } else if (up) {
        srcPath.splice(i, 1);
        up--;
      }
    }
    if (!mustEndAbs && !removeAllDots) {
      while (up--) srcPath.unshift('..');
    }
    if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) {
      srcPath.unshift('');
    }
    if (hasTrailingSlash && (srcPath.join('/').slice(-1) !== '/')) srcPath.push('');

    const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');
    if (noLeadingSlashes) {
      result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
      const auth = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : false;
      if (auth) {
        result.auth = auth.shift();
        result.host = result.hostname = auth.shift();
      }
    }
    mustEndAbs = mustEndAbs || (result.host && srcPath.length);
    if (mustEndAbs && !isAbsolute) srcPath.unshift('');
    if (srcPath.length > 0) {
      result.pathname = srcPath.join('/');
    } else {
      result.pathname = null;
      result.path = null;
    }
    if (result.pathname !== null || result.search !== null) {
      result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
    }
    result.auth = relative.auth || result.auth;
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  };

  function urlFormat(urlObject, options) {
    if (typeof urlObject === 'string') {
      urlObject = urlParse(urlObject);
    } else if (urlObject === null || typeof urlObject !== 'object') {
      throw new (codes.ERR_INVALID_ARG_TYPE)('urlObject', ['Object', 'string'], urlObject);
    } else if (isURL(urlObject)) {
      let fragment = true;
      let unicode = false;
      let search = true;
      let auth = true;
      if (options) {
        if (options === null || typeof options !== 'object') {
          throw new (codes.ERR_INVALID_ARG_TYPE)('options', 'Object', options);
        }
        if (options.fragment !== undefined) fragment = !!options.fragment;
        if (options.unicode !== undefined) unicode = !!options.unicode;
        if (options.search !== undefined) search = !!options.search;
        if (options.auth !== undefined) auth = !!options.auth;
      }
      const u = urlObject;
      let out = u.protocol;
      const hasHost = u.host !== '' || u.protocol === 'file:' || /^[a-z][a-z0-9+.-]*:\/\//i.test(u.href);
      if (hasHost) {
        out += '//';
        if (auth && (u.username || u.password)) {
          out += u.username + (u.password ? ':' + u.password : '') + '@';
        }
        const special = /^(?:https?|wss?|ftp|file):$/.test(u.protocol);
        out += unicode && special ? iu.domainToUnicode(u.hostname) : u.hostname;
        if (u.port) out += ':' + u.port;
      }
      out += u.pathname;
      if (search) out += u.search;
      if (fragment) out += u.hash;
      return out;
    }
    return Url.prototype.format.call(urlObject);
  }

  function urlResolve(source, relative) {
    return urlParse(source, false, true).resolve(relative);
  }

  function urlResolveObject(source, relative) {
    if (!source) return relative;
    return urlParse(source, false, true).resolveObject(relative);
  }

  // --- file URLs -------------------------------------------------------------------------
  function fileURLToPath(path, options) {
    const windows = options && options.windows !== undefined ? !!options.windows : platformIsWin();
    if (typeof path === 'string') path = new URL(path);
    else if (!isURL(path)) throw new (codes.ERR_INVALID_ARG_TYPE)('path', ['string', 'URL'], path);
    if (path.protocol !== 'file:') throw new (codes.ERR_INVALID_URL_SCHEME)('file');
    const hostname = path.hostname;
    let pathname = path.pathname;
    if (windows) {
      for (let n = 0; n < pathname.length; n++) {
        if (pathname[n] === '%') {
          const third = pathname.charCodeAt(n + 2) | 0x20;
          if ((pathname[n + 1] === '2' && third === 102) || (pathname[n + 1] === '5' && third === 99)) {
            throw new (codes.ERR_INVALID_FILE_URL_PATH)('must not include encoded \\ or / characters');
          }
        }
      }
      pathname = decodeURIComponent(pathname.replace(/\//g, '\\'));
      if (hostname !== '') return '\\\\' + iu.domainToUnicode(hostname) + pathname;
      const letter = pathname.charCodeAt(1) | 0x20;
      const sep = pathname[2];
      if (letter < 97 || letter > 122 || sep !== ':') {
        throw new (codes.ERR_INVALID_FILE_URL_PATH)('must be absolute');
      }
      return pathname.slice(1);
    }
    if (hostname !== '') {
      const p = globalThis.process;
      throw new (codes.ERR_INVALID_FILE_URL_HOST)(p && p.platform ? p.platform : 'linux');
    }
    for (let n = 0; n < pathname.length; n++) {
      if (pathname[n] === '%') {
        const third = pathname.charCodeAt(n + 2) | 0x20;
        if (pathname[n + 1] === '2' && third === 102) {
          throw new (codes.ERR_INVALID_FILE_URL_PATH)('must not include encoded / characters');
        }
      }
    }
    return decodeURIComponent(pathname);
  }

  function encodePathChars(s, windows) {
    if (s.indexOf('%') !== -1) s = s.replace(/%/g, '%25');
    if (!windows && s.indexOf('\\') !== -1) s = s.replace(/\\/g, '%5C');
    if (s.indexOf('\n') !== -1) s = s.replace(/\n/g, '%0A');
    if (s.indexOf('\r') !== -1) s = s.replace(/\r/g, '%0D');
    if (s.indexOf('\t') !== -1) s = s.replace(/\t/g, '%09');
    return s;
  }

  function pathToFileURL(filepath, options) {
    const windows = options && options.windows !== undefined ? !!options.windows : platformIsWin();
    const path = require('path');
    if (typeof filepath !== 'string') {
      throw new (codes.ERR_INVALID_ARG_TYPE)('path', 'string', filepath);
    }
    if (windows && filepath.startsWith('\\\\')) {
      const outURL = new URL('file://');
      const i = filepath.indexOf('\\', 2);
      if (i === -1) {
        throw new (codes.ERR_INVALID_ARG_VALUE)('path', filepath, 'Missing UNC resource path');
      }
      if (i === 2) {
        throw new (codes.ERR_INVALID_ARG_VALUE)('path', filepath, 'Empty UNC servername');
      }
      outURL.hostname = iu.domainToASCII(filepath.slice(2, i));
      outURL.pathname = encodePathChars(filepath.slice(i).replace(/\\/g, '/'), true)
        .replace(/\?/g, '%3F').replace(/#/g, '%23');
      return outURL;
    }
    let resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
    const last = filepath.charCodeAt(filepath.length - 1);
    if ((last === 47 || (windows && last === 92)) &&
        resolved[resolved.length - 1] !== (windows ? '\\' : '/')) {
      resolved += '/';
    }
    if (windows) resolved = resolved.replace(/\\/g, '/');
    let enc = encodePathChars(resolved, windows);
    if (enc.indexOf('?') !== -1) enc = enc.replace(/\?/g, '%3F');
    if (enc.indexOf('#') !== -1) enc = enc.replace(/#/g, '%23');
    return new URL('file://' + (enc.charCodeAt(0) === 47 ? '' : '/') + enc);
  }

  function urlToHttpOptions(url) {
    const { hostname, pathname, port, username, password, search } = url;
    const options = {
      __proto__: null,
      ...url,
      protocol: url.protocol,
      hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
      hash: url.hash,
      search: search,
      pathname: pathname,
      path: `${pathname || ''}${search || ''}`,
      href: url.href,
    };
    if (port !== '') options.port = Number(port);
    if (username || password) {
      options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
    }
    return options;
  }

  return {
    Url,
    parse: urlParse,
    resolve: urlResolve,
    resolveObject: urlResolveObject,
    format: urlFormat,
    URL,
    URLSearchParams,
    domainToASCII: iu.domainToASCII,
    domainToUnicode: iu.domainToUnicode,
    pathToFileURL,
    fileURLToPath,
    urlToHttpOptions,
  };
})();
