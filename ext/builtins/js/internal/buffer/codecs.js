// internal/buffer/codecs -- byte <-> string codecs for node:buffer (utf8, hex, base64, latin1, ascii, utf16le)
(function () {
  'use strict';
  const { core } = __bootstrap;

  // Every codec below is plain JS; a native op named op_buffer_<name> with the same
  // signature replaces it when present (looked up once, at load time).
  const nativeOps = (core && core.ops) || {};
  function pick(name, js) {
    const f = nativeOps['op_buffer_' + name];
    return typeof f === 'function' ? f : js;
  }

  const fromCharCode = String.fromCharCode;
  const CHUNK = 8192;
  const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

  // --- latin1 ----------------------------------------------------------------------------

  // Uint8Array (whole view) -> string, one char per byte.
  function latin1DecodeJs(u8) {
    const n = u8.length;
    if (n <= CHUNK) return fromCharCode.apply(null, u8);
    let out = '';
    for (let i = 0; i < n; i += CHUNK) {
      out += fromCharCode.apply(null, u8.subarray(i, i + CHUNK < n ? i + CHUNK : n));
    }
    return out;
  }

  // string -> Uint8Array, low 8 bits of every UTF-16 code unit.
  function latin1EncodeJs(str) {
    const n = str.length;
    const u8 = new Uint8Array(n);
    for (let i = 0; i < n; i++) u8[i] = str.charCodeAt(i);
    return u8;
  }

  // --- ascii -----------------------------------------------------------------------------

  const HIGH_BYTE = /[\x80-\xff]/;
  const HIGH_BYTES = /[\x80-\xff]/g;
  function stripHigh(c) { return fromCharCode(c.charCodeAt(0) & 0x7f); }
  function asciiDecodeJs(u8) {
    const s = latin1Decode(u8);
    return HIGH_BYTE.test(s) ? s.replace(HIGH_BYTES, stripHigh) : s;
  }

  // --- utf16le ---------------------------------------------------------------------------

  function utf16leEncodeJs(str) {
    const n = str.length;
    if (LITTLE_ENDIAN) {
      const u16 = new Uint16Array(n);
      for (let i = 0; i < n; i++) u16[i] = str.charCodeAt(i);
      return new Uint8Array(u16.buffer, 0, n * 2);
    }
    const u8 = new Uint8Array(n * 2);
    for (let i = 0, j = 0; i < n; i++, j += 2) {
      const c = str.charCodeAt(i);
      u8[j] = c;
      u8[j + 1] = c >>> 8;
    }
    return u8;
  }

  // Uint8Array -> string; a trailing odd byte is ignored.
  function utf16leDecodeJs(u8) {
    const n = u8.length & ~1;
    if (n === 0) return '';
    if (!LITTLE_ENDIAN) {
      let out = '';
      const parts = [];
      for (let i = 0; i < n; i += 2) parts.push(u8[i] | (u8[i + 1] << 8));
      for (let i = 0; i < parts.length; i += CHUNK) {
        out += fromCharCode.apply(null, parts.slice(i, i + CHUNK));
      }
      return out;
    }
    let u16;
    if ((u8.byteOffset & 1) === 0) {
      u16 = new Uint16Array(u8.buffer, u8.byteOffset, n >>> 1);
    } else {
      const copy = new Uint8Array(n);
      copy.set(u8.subarray(0, n));
      u16 = new Uint16Array(copy.buffer, 0, n >>> 1);
    }
    const m = u16.length;
    if (m <= CHUNK) return fromCharCode.apply(null, u16);
    let out = '';
    for (let i = 0; i < m; i += CHUNK) {
      out += fromCharCode.apply(null, u16.subarray(i, i + CHUNK < m ? i + CHUNK : m));
    }
    return out;
  }

  // --- hex -------------------------------------------------------------------------------

  const HEX_CODES = new Uint8Array(512); // byte -> two ASCII codes
  const HEX_VALUE = new Int8Array(256).fill(-1); // ASCII code -> nibble or -1
  (function () {
    const digits = '0123456789abcdef';
    for (let i = 0; i < 256; i++) {
      HEX_CODES[i * 2] = digits.charCodeAt(i >>> 4);
      HEX_CODES[i * 2 + 1] = digits.charCodeAt(i & 15);
    }
    for (let i = 0; i < 16; i++) {
      HEX_VALUE[digits.charCodeAt(i)] = i;
      HEX_VALUE[digits.toUpperCase().charCodeAt(i)] = i;
    }
  })();

  function hexEncodeJs(u8) {
    const n = u8.length;
    const codes = new Uint8Array(n * 2);
    for (let i = 0, j = 0; i < n; i++, j += 2) {
      const k = u8[i] << 1;
      codes[j] = HEX_CODES[k];
      codes[j + 1] = HEX_CODES[k + 1];
    }
    return latin1Decode(codes);
  }

  // string -> Uint8Array; decoding stops at the first pair that is not valid hex.
  function hexDecodeJs(str) {
    const n = str.length >>> 1;
    const u8 = new Uint8Array(n);
    for (let i = 0, j = 0; i < n; i++, j += 2) {
      const a = str.charCodeAt(j);
      const b = str.charCodeAt(j + 1);
      const hi = a < 256 ? HEX_VALUE[a] : -1;
      const lo = b < 256 ? HEX_VALUE[b] : -1;
      if (hi < 0 || lo < 0) return u8.subarray(0, i);
      u8[i] = (hi << 4) | lo;
    }
    return u8;
  }

  // --- base64 / base64url ----------------------------------------------------------------

  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const B64_CODES = new Uint8Array(64);
  const B64URL_CODES = new Uint8Array(64);
  const B64_VALUE = new Uint8Array(256).fill(255); // accepts both alphabets
  for (let i = 0; i < 64; i++) {
    B64_CODES[i] = B64.charCodeAt(i);
    B64URL_CODES[i] = B64URL.charCodeAt(i);
    B64_VALUE[B64.charCodeAt(i)] = i;
    B64_VALUE[B64URL.charCodeAt(i)] = i;
  }

  // Uint8Array -> string; padded for base64, unpadded for base64url.
  function base64EncodeJs(u8, url) {
    const n = u8.length;
    const table = url ? B64URL_CODES : B64_CODES;
    const full = n - (n % 3);
    const outLen = url ? ((n * 4 + 2) / 3) | 0 : ((n + 2) / 3 | 0) * 4;
    const codes = new Uint8Array(outLen);
    let j = 0;
    let i = 0;
    for (; i < full; i += 3) {
      const v = (u8[i] << 16) | (u8[i + 1] << 8) | u8[i + 2];
      codes[j++] = table[v >>> 18];
      codes[j++] = table[(v >>> 12) & 63];
      codes[j++] = table[(v >>> 6) & 63];
      codes[j++] = table[v & 63];
    }
    const rest = n - full;
    if (rest === 1) {
      const v = u8[i];
      codes[j++] = table[v >>> 2];
      codes[j++] = table[(v & 3) << 4];
      if (!url) { codes[j++] = 61; codes[j++] = 61; }
    } else if (rest === 2) {
      const v = (u8[i] << 8) | u8[i + 1];
      codes[j++] = table[v >>> 10];
      codes[j++] = table[(v >>> 4) & 63];
      codes[j++] = table[(v & 15) << 2];
      if (!url) codes[j++] = 61;
    }
    return latin1Decode(codes);
  }

  // Buffer.byteLength(str, 'base64'): an upper bound Node computes from the length.
  function base64ByteLength(str) {
    let n = str.length;
    if (n > 0 && str.charCodeAt(n - 1) === 0x3d) n--;
    if (n > 1 && str.charCodeAt(n - 1) === 0x3d) n--;
    return (n * 3) >>> 2;
  }

  // Lenient decoder, as Node's: characters outside both alphabets are skipped,
  // the first '=' ends the input, output is capped at base64ByteLength(str).
  function base64DecodeJs(str) {
    const len = str.length;
    const cap = base64ByteLength(str);
    const out = new Uint8Array(cap);
    let k = 0;
    let acc = 0;
    let nb = 0; // sextets in the current group
    // Fast path over clean 4-char groups.
    let i = 0;
    const fastEnd = len - (len & 3);
    while (i < fastEnd && k + 3 <= cap) {
      const a = B64_VALUE[str.charCodeAt(i) & 0xff];
      const b = B64_VALUE[str.charCodeAt(i + 1) & 0xff];
      const c = B64_VALUE[str.charCodeAt(i + 2) & 0xff];
      const d = B64_VALUE[str.charCodeAt(i + 3) & 0xff];
      if ((a | b | c | d) & 0xc0) break;
      const v = (a << 18) | (b << 12) | (c << 6) | d;
      out[k++] = v >>> 16;
      out[k++] = (v >>> 8) & 0xff;
      out[k++] = v & 0xff;
      i += 4;
    }
    for (; i < len && k < cap; i++) {
      const ch = str.charCodeAt(i) & 0xff;
      const v = B64_VALUE[ch];
      if (v === 255) {
        if (ch === 0x3d) break;
        continue;
      }
      switch (nb) {
        case 0: acc = v; nb = 1; break;
        case 1: out[k++] = (acc << 2) | (v >>> 4); acc = v; nb = 2; break;
        case 2: out[k++] = ((acc & 15) << 4) | (v >>> 2); acc = v; nb = 3; break;
        default: out[k++] = ((acc & 3) << 6) | v; nb = 0; break;
      }
    }
    return k === cap ? out : out.subarray(0, k);
  }

  // --- utf8 ------------------------------------------------------------------------------

  const NON_ASCII = /[^\x00-\x7f]/;
  function utf8ByteLengthJs(str) {
    const n = str.length;
    if (!NON_ASCII.test(str)) return n;
    let bytes = n;
    for (let i = 0; i < n; i++) {
      const c = str.charCodeAt(i);
      if (c < 0x80) continue;
      if (c < 0x800) { bytes += 1; continue; }
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = str.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) { bytes += 2; i++; continue; }
      }
      bytes += 2;
    }
    return bytes;
  }

  // ext_builtins' op is faster than core.encode on QuickJS (see codecs.rs).
  let utf8Encode = typeof nativeOps.op_buffer_utf8_encode === 'function' ? nativeOps.op_buffer_utf8_encode
    : core && typeof core.encode === 'function' ? core.encode : null;
  let utf8DecodeFn = core && typeof core.decode === 'function' ? core.decode : null;
  if (utf8Encode === null && typeof TextEncoder === 'function') {
    const te = new TextEncoder();
    utf8Encode = (s) => te.encode(s);
  }
  if (utf8DecodeFn === null && typeof TextDecoder === 'function') {
    const td = new TextDecoder();
    utf8DecodeFn = (u8) => td.decode(u8);
  }

  // Node keeps a leading BOM and encodes lone surrogates as U+FFFD; guard against
  // native helpers that strip the BOM (deno_core's decode does) or reject surrogates.
  if (utf8DecodeFn !== null) {
    let keepsBom = true;
    try { keepsBom = utf8DecodeFn(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])).length === 2; } catch { /* keep */ }
    if (!keepsBom) {
      const inner = utf8DecodeFn;
      utf8DecodeFn = (u8) => {
        if (u8.length >= 3 && u8[0] === 0xef && u8[1] === 0xbb && u8[2] === 0xbf) {
          return '\ufeff' + inner(u8.subarray(3));
        }
        return inner(u8);
      };
    }
  }
  if (utf8Encode !== null) {
    let ok = false;
    try {
      const probe = utf8Encode('\ud800');
      ok = probe.length === 3 && probe[0] === 0xef && probe[1] === 0xbf && probe[2] === 0xbd;
    } catch { /* not ok */ }
    if (!ok) {
      const inner = utf8Encode;
      const SURROGATE = /[\ud800-\udfff]/;
      const PAIR_OR_LONE = /[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g;
      const fix = (m) => (m.length === 2 ? m : '\ufffd');
      utf8Encode = (str) => inner(SURROGATE.test(str) ? str.replace(PAIR_OR_LONE, fix) : str);
    }
  }

  // Some native codecs answer null where they cannot be exact (ext/builtins/src/codecs.rs
  // says when); the JS codec does those.
  function orJs(name, js) {
    const native = pick(name, js);
    if (native === js) return js;
    return (input) => {
      const out = native(input);
      return out === null ? js(input) : out;
    };
  }
  const latin1Decode = pick('latin1_decode', latin1DecodeJs);
  const latin1Encode = orJs('latin1_encode', latin1EncodeJs);
  const asciiDecode = pick('ascii_decode', asciiDecodeJs);
  const utf16leEncode = orJs('utf16le_encode', utf16leEncodeJs);
  const utf16leDecode = utf16leDecodeJs;
  const hexEncode = pick('hex_encode', hexEncodeJs);
  const base64Encode = pick('base64_encode', base64EncodeJs);
  const hexDecode = orJs('hex_decode', hexDecodeJs);
  const base64Decode = orJs('base64_decode', base64DecodeJs);
  const utf8ByteLength = pick('utf8_byte_length', utf8ByteLengthJs);

  // --- encoding names --------------------------------------------------------------------

  // Canonical name for an encoding argument, or undefined. '' is not an encoding.
  function normalize(enc) {
    switch (enc) {
      case 'utf8': case 'utf-8': return 'utf8';
      case 'hex': return 'hex';
      case 'base64': return 'base64';
      case 'latin1': case 'binary': return 'latin1';
      case 'ascii': return 'ascii';
      case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
      case 'base64url': return 'base64url';
    }
    if (typeof enc !== 'string') {
      if (enc === undefined) return undefined;
      enc = '' + enc;
    }
    switch (enc.toLowerCase()) {
      case 'utf8': case 'utf-8': return 'utf8';
      case 'hex': return 'hex';
      case 'base64': return 'base64';
      case 'latin1': case 'binary': return 'latin1';
      case 'ascii': return 'ascii';
      case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
      case 'base64url': return 'base64url';
    }
    return undefined;
  }

  // --- generic interface -----------------------------------------------------------------

  // string -> Uint8Array in canonical encoding `enc`.
  function encode(str, enc) {
    switch (enc) {
      case 'utf8': return utf8Encode(str);
      case 'latin1': case 'ascii': return latin1Encode(str);
      case 'hex': return hexDecode(str);
      case 'base64': case 'base64url': return base64Decode(str);
      case 'utf16le': return utf16leEncode(str);
    }
    throw new TypeError('codecs: bad encoding ' + enc);
  }

  // Uint8Array bytes [start, end) -> string in canonical encoding `enc`.
  function decode(u8, start, end, enc) {
    const view = (start === 0 && end === u8.length) ? u8 : u8.subarray(start, end);
    switch (enc) {
      case 'utf8': return utf8DecodeFn(view);
      case 'latin1': return latin1Decode(view);
      case 'ascii': return asciiDecode(view);
      case 'hex': return hexEncode(view);
      case 'base64': return base64Encode(view, false);
      case 'base64url': return base64Encode(view, true);
      case 'utf16le': return utf16leDecode(view);
    }
    throw new TypeError('codecs: bad encoding ' + enc);
  }

  // Buffer.byteLength(str, enc) for canonical `enc`.
  function byteLength(str, enc) {
    switch (enc) {
      case 'utf8': return utf8ByteLength(str);
      case 'latin1': case 'ascii': return str.length;
      case 'hex': return str.length >>> 1;
      case 'base64': case 'base64url': return base64ByteLength(str);
      case 'utf16le': return str.length * 2;
    }
    throw new TypeError('codecs: bad encoding ' + enc);
  }

  return {
    normalize, encode, decode, byteLength,
    utf8Encode, utf8Decode: utf8DecodeFn, utf8ByteLength,
    latin1Encode, latin1Decode, asciiDecode,
    utf16leEncode, utf16leDecode,
    hexEncode, hexDecode,
    base64Encode, base64Decode, base64ByteLength,
    LITTLE_ENDIAN,
  };
})();
