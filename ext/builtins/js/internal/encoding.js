// TextEncoder and TextDecoder (WHATWG Encoding): UTF-8 natively, plus UTF-16LE and latin1.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const require = internals.require;

  class TextEncoder {
    get encoding() {
      return 'utf-8';
    }
    encode(input = '') {
      return core.encode(String(input));
    }
    encodeInto(src, dest) {
      const bytes = core.encode(String(src));
      let n = Math.min(bytes.length, dest.length);
      // Do not cut a multi-byte sequence in half.
      while (n > 0 && n < bytes.length && (bytes[n] & 0xc0) === 0x80) n--;
      dest.set(bytes.subarray(0, n));
      const read = core.decode(bytes.subarray(0, n)).length;
      return { read, written: n };
    }
  }

  const LABELS = {
    'utf-8': 'utf-8', utf8: 'utf-8', 'unicode-1-1-utf-8': 'utf-8',
    'utf-16le': 'utf-16le', 'utf-16': 'utf-16le', ucs2: 'utf-16le',
    latin1: 'windows-1252', 'iso-8859-1': 'windows-1252', ascii: 'windows-1252', 'windows-1252': 'windows-1252', 'us-ascii': 'windows-1252',
  };

  class TextDecoder {
    #encoding;
    #fatal;
    #ignoreBOM;
    #pending = null;
    #bomSeen = false;
    constructor(label = 'utf-8', options = {}) {
      const enc = LABELS[String(label).trim().toLowerCase()];
      if (enc === undefined) {
        const err = new RangeError('The "' + label + '" encoding is not supported');
        err.code = 'ERR_ENCODING_NOT_SUPPORTED';
        throw err;
      }
      this.#encoding = enc;
      this.#fatal = !!(options && options.fatal);
      this.#ignoreBOM = !!(options && options.ignoreBOM);
    }
    get encoding() {
      return this.#encoding;
    }
    get fatal() {
      return this.#fatal;
    }
    get ignoreBOM() {
      return this.#ignoreBOM;
    }
    decode(input, options) {
      let bytes;
      if (input === undefined) bytes = new Uint8Array(0);
      else if (input instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && input instanceof SharedArrayBuffer)) bytes = new Uint8Array(input);
      else if (ArrayBuffer.isView(input)) bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
      else {
        throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('input', ['ArrayBuffer', 'ArrayBufferView'], input);
      }
      const stream = !!(options && options.stream);
      if (this.#pending !== null) {
        const joined = new Uint8Array(this.#pending.length + bytes.length);
        joined.set(this.#pending);
        joined.set(bytes, this.#pending.length);
        bytes = joined;
        this.#pending = null;
      }
      if (stream) {
        const keep = incompleteTail(bytes, this.#encoding);
        if (keep > 0) {
          this.#pending = bytes.slice(bytes.length - keep);
          bytes = bytes.subarray(0, bytes.length - keep);
        }
      }
      let text;
      if (this.#encoding === 'utf-8') {
        if (this.#fatal && !isValidUtf8(bytes)) {
          const err = new TypeError('The encoded data was not valid for encoding utf-8');
          err.code = 'ERR_ENCODING_INVALID_ENCODED_DATA';
          throw err;
        }
        text = core.decode(bytes);
        // The engine's decoder drops a leading BOM; with ignoreBOM it is part of the text.
        if (this.#ignoreBOM && !this.#bomSeen && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf &&
          text.charCodeAt(0) !== 0xfeff) {
          text = '\ufeff' + text;
        }
      } else {
        const { Buffer } = require('buffer');
        text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString(this.#encoding === 'utf-16le' ? 'utf16le' : 'latin1');
      }
      if (!this.#ignoreBOM && !this.#bomSeen && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.length > 0) this.#bomSeen = stream;
      if (!stream) this.#bomSeen = false;
      return text;
    }
  }

  // UTF-8 as the Encoding Standard decodes it without replacement: no overlong forms, no
  // surrogates, nothing past U+10FFFF, no stray continuation bytes.
  function isValidUtf8(bytes) {
    const n = bytes.length;
    let i = 0;
    while (i < n) {
      const b = bytes[i];
      if (b < 0x80) {
        i++;
        continue;
      }
      let need;
      let lower = 0x80;
      let upper = 0xbf;
      if (b >= 0xc2 && b <= 0xdf) need = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        need = 2;
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        need = 3;
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
      } else {
        return false;
      }
      if (i + need >= n) return false;
      const second = bytes[i + 1];
      if (second < lower || second > upper) return false;
      for (let k = 2; k <= need; k++) {
        const c = bytes[i + k];
        if (c < 0x80 || c > 0xbf) return false;
      }
      i += need + 1;
    }
    return true;
  }

  // How many trailing bytes start a character that is not complete yet.
  function incompleteTail(bytes, encoding) {
    const n = bytes.length;
    if (encoding === 'utf-16le') return n % 2;
    if (encoding !== 'utf-8') return 0;
    for (let back = 1; back <= 3 && back <= n; back++) {
      const b = bytes[n - back];
      if ((b & 0xc0) === 0x80) continue;
      // Only a lead byte can start a character to finish later (0xc2-0xf4).
      if (b < 0xc2 || b > 0xf4) return 0;
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > back ? back : 0;
    }
    return 0;
  }

  return { TextEncoder, TextDecoder };
})();
