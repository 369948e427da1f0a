// node:querystring -- parse and build application/x-www-form-urlencoded style query strings
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;

  const HEX = '0123456789ABCDEF';
  function pct(b) { return '%' + HEX[b >> 4] + HEX[b & 15]; }

  // ASCII characters left alone by querystring.escape: A-Z a-z 0-9 - . _ ~ ! ' ( ) *
  const NO_ESCAPE = new Uint8Array(128);
  (function () {
    const keep = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!\'()*';
    for (let i = 0; i < keep.length; i++) NO_ESCAPE[keep.charCodeAt(i)] = 1;
  })();

  function uriError() {
    const codes = require('internal/errors').codes;
    return new codes.ERR_INVALID_URI();
  }

  function encodeWith(str, table) {
    const len = str.length;
    let i = 0;
    while (i < len) {
      const c = str.charCodeAt(i);
      if (c >= 128 || table[c] === 0) break;
      i++;
    }
    if (i === len) return str;
    let out = str.slice(0, i);
    let last = i;
    for (; i < len; i++) {
      let c = str.charCodeAt(i);
      if (c < 128) {
        if (table[c] === 1) continue;
        if (last < i) out += str.slice(last, i);
        out += pct(c);
        last = i + 1;
        continue;
      }
      if (last < i) out += str.slice(last, i);
      if (c < 0x800) {
        out += pct(0xc0 | (c >> 6)) + pct(0x80 | (c & 63));
      } else if (c < 0xd800 || c >= 0xe000) {
        out += pct(0xe0 | (c >> 12)) + pct(0x80 | ((c >> 6) & 63)) + pct(0x80 | (c & 63));
      } else {
        const d = i + 1 < len ? str.charCodeAt(i + 1) : 0;
        if (c > 0xdbff || d < 0xdc00 || d > 0xdfff) throw uriError();
        i++;
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        out += pct(0xf0 | (c >> 18)) + pct(0x80 | ((c >> 12) & 63)) +
          pct(0x80 | ((c >> 6) & 63)) + pct(0x80 | (c & 63));
      }
      last = i + 1;
    }
    if (last < len) out += str.slice(last);
    return out;
  }

  function qsEscape(str) {
    if (typeof str !== 'string') {
      if (typeof str === 'object') str = String(str);
      else str += '';
    }
    return encodeWith(str, NO_ESCAPE);
  }

  function hexVal(c) {
    if (c >= 48 && c <= 57) return c - 48;
    if (c >= 65 && c <= 70) return c - 55;
    if (c >= 97 && c <= 102) return c - 87;
    return -1;
  }

  function unescapeBuffer(s, decodeSpaces) {
    const Buffer = require('buffer').Buffer;
    s = `${s}`;
    const out = Buffer.allocUnsafe(s.length);
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 43 && decodeSpaces) { out[n++] = 32; continue; }
      if (c === 37 && i + 2 < s.length) {
        const h = hexVal(s.charCodeAt(i + 1));
        const l = hexVal(s.charCodeAt(i + 2));
        if (h !== -1 && l !== -1) { out[n++] = h * 16 + l; i += 2; continue; }
      }
      out[n++] = c;
    }
    return out.slice(0, n);
  }

  function qsUnescape(s, decodeSpaces) {
    try {
      return decodeURIComponent(s);
    } catch {
      return unescapeBuffer(s, decodeSpaces).toString();
    }
  }

  function stringifyPrimitive(v) {
    if (typeof v === 'string') return v;
    if (typeof v === 'number' && isFinite(v)) return '' + v;
    if (typeof v === 'bigint') return '' + v;
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    return '';
  }

  function encodeValue(v, encode, custom) {
    if (custom) return encode(stringifyPrimitive(v));
    if (typeof v === 'string') return v.length > 0 ? encode(v) : '';
    if (typeof v === 'number' && isFinite(v)) return Math.abs(v) < 1e21 ? '' + v : encode('' + v);
    if (typeof v === 'bigint') return '' + v;
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    return '';
  }

  function stringify(obj, sep, eq, options) {
    sep = sep || '&';
    eq = eq || '=';
    let encode = qsEscape;
    if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
    const custom = encode !== qsEscape;
    if (obj === null || typeof obj !== 'object') return '';
    const keys = Object.keys(obj);
    let out = '';
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      const v = obj[k];
      const ks = encodeValue(k, encode, custom) + eq;
      if (Array.isArray(v)) {
        if (v.length === 0) continue;
        if (out) out += sep;
        for (let j = 0; j < v.length; j++) {
          if (j) out += sep;
          out += ks + encodeValue(v[j], encode, custom);
        }
      } else {
        if (out) out += sep;
        out += ks + encodeValue(v, encode, custom);
      }
    }
    return out;
  }

  function decodeStr(s, decoder) {
    try {
      return decoder(s);
    } catch {
      return qsUnescape(s, true);
    }
  }

  function parse(qs, sep, eq, options) {
    const obj = { __proto__: null };
    if (typeof qs !== 'string' || qs.length === 0) return obj;
    sep = sep ? `${sep}` : '&';
    eq = eq ? `${eq}` : '=';
    let maxKeys = 1000;
    if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
    let pairs = maxKeys > 0 ? maxKeys : Infinity;
    let decode = qsUnescape;
    if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
    const custom = decode !== qsUnescape;
    const len = qs.length;
    let start = 0;
    while (start <= len && pairs > 0) {
      let end = qs.indexOf(sep, start);
      if (end === -1) end = len;
      pairs--;
      if (end > start) {
        const piece = qs.slice(start, end);
        const e = piece.indexOf(eq);
        let key;
        let value;
        if (e === -1) {
          key = piece;
          value = '';
        } else {
          key = piece.slice(0, e);
          value = piece.slice(e + eq.length);
        }
        if (key.indexOf('+') !== -1) key = key.replace(/\+/g, '%20');
        if (value.indexOf('+') !== -1) value = value.replace(/\+/g, '%20');
        if (key.length > 0 && (custom || key.indexOf('%') !== -1)) key = decodeStr(key, decode);
        if (value.length > 0 && (custom || value.indexOf('%') !== -1)) value = decodeStr(value, decode);
        const cur = obj[key];
        if (cur === undefined) obj[key] = value;
        else if (typeof cur === 'string') obj[key] = [cur, value];
        else cur.push(value);
      }
      start = end + sep.length;
    }
    return obj;
  }

  return {
    unescapeBuffer,
    unescape: qsUnescape,
    escape: qsEscape,
    stringify,
    encode: stringify,
    parse,
    decode: parse,
  };
})();
