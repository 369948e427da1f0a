// node:string_decoder -- StringDecoder: decode byte chunks to strings keeping split characters intact
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;

  const { codes } = require('internal/errors');
  function BufferCtor() { return require('buffer').Buffer; }

  function normalizeEncoding(enc) {
    if (enc === undefined || enc === null || enc === '') return 'utf8';
    const e = `${enc}`.toLowerCase();
    switch (e) {
      case 'utf8': case 'utf-8': return 'utf8';
      case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
      case 'latin1': case 'binary': return 'latin1';
      case 'base64': return 'base64';
      case 'base64url': return 'base64url';
      case 'hex': return 'hex';
      case 'ascii': return 'ascii';
      default: return undefined;
    }
  }

  const kState = Symbol('kState');

  function toView(buf) {
    const Buffer = BufferCtor();
    if (Buffer.isBuffer(buf)) return buf;
    if (ArrayBuffer.isView(buf)) return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
    throw new (codes.ERR_INVALID_ARG_TYPE)('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }

  // how many bytes a UTF-8 sequence starting with `b` has (0: not a lead byte)
  function utf8Len(b) {
    if (b < 0x80) return 1;
    if ((b & 0xe0) === 0xc0) return 2;
    if ((b & 0xf0) === 0xe0) return 3;
    if ((b & 0xf8) === 0xf0) return 4;
    return 0;
  }

  // A function, not a class, as in Node: decoders of other libraries inherit from it
  // with StringDecoder.call(this, encoding).
  function StringDecoder(encoding) {
    const enc = normalizeEncoding(encoding);
    if (enc === undefined) throw new (codes.ERR_UNKNOWN_ENCODING)(encoding);
    this.encoding = enc;
    this[kState] = { bytes: [], need: 0, total: 0 };
  }
  const SDP = StringDecoder.prototype;

  SDP.write = function write(buf) {
    if (typeof buf === 'string') return buf;
    buf = toView(buf);
    switch (this.encoding) {
      case 'utf8': return writeUtf8(this[kState], buf);
      case 'utf16le': return writeUtf16(this[kState], buf);
      case 'base64':
      case 'base64url': return writeBase64(this[kState], buf, this.encoding);
      default: return buf.toString(this.encoding);
    }
  };

  SDP.end = function end(buf) {
    let out = buf === undefined ? '' : this.write(buf);
    const st = this[kState];
    if (st.bytes.length > 0) {
      const Buffer = BufferCtor();
      switch (this.encoding) {
        case 'utf16le':
          out += Buffer.from(st.bytes).toString('utf16le', 0, st.total - st.need);
          break;
        default: out += Buffer.from(st.bytes).toString(this.encoding); break;
      }
    }
    st.bytes = [];
    st.need = 0;
    st.total = 0;
    return out;
  };

  SDP.text = function text(buf, offset) {
    const st = this[kState];
    st.bytes = [];
    st.need = 0;
    st.total = 0;
    return this.write(buf.slice(offset));
  };

  function lastChar() {
    const Buffer = BufferCtor();
    const b = Buffer.alloc(4);
    const bytes = this[kState].bytes;
    for (let i = 0; i < bytes.length && i < 4; i++) b[i] = bytes[i];
    return b;
  }

  Object.defineProperties(SDP, {
    lastChar: { get: lastChar, enumerable: true, configurable: true },
    lastNeed: { get() { return this[kState].need; }, enumerable: true, configurable: true },
    lastTotal: { get() { return this[kState].total; }, enumerable: true, configurable: true },
  });

  function writeUtf8(st, buf) {
    let out = '';
    let i = 0;
    const len = buf.length;
    if (st.bytes.length > 0) {
      while (i < len && st.need > 0) {
        const b = buf[i];
        if ((b & 0xc0) !== 0x80) break;
        st.bytes.push(b);
        st.need--;
        i++;
      }
      if (st.need === 0) {
        out = BufferCtor().from(st.bytes).toString('utf8');
      } else if (i < len) {
        out = BufferCtor().from(st.bytes).toString('utf8');
      } else {
        return '';
      }
      st.bytes = [];
      st.need = 0;
      st.total = 0;
    }
    // look for an incomplete sequence at the end
    let cut = len;
    for (let k = len - 1; k >= i && k >= len - 4; k--) {
      const b = buf[k];
      if ((b & 0xc0) === 0x80) continue;
      const n = utf8Len(b);
      if (n > 1 && n > len - k) {
        cut = k;
        st.total = n;
        st.need = n - (len - k);
        for (let j = k; j < len; j++) st.bytes.push(buf[j]);
      }
      break;
    }
    if (cut > i) out += buf.toString('utf8', i, cut);
    return out;
  }

  function writeUtf16(st, buf) {
    let out = '';
    let i = 0;
    const len = buf.length;
    if (st.need > 0) {
      while (i < len && st.need > 0) { st.bytes.push(buf[i++]); st.need--; }
      if (st.need > 0) return '';
      out = BufferCtor().from(st.bytes).toString('utf16le');
      st.bytes = [];
      st.total = 0;
    }
    if (i >= len) return out;
    if ((len - i) % 2 === 0) {
      const s = buf.toString('utf16le', i, len);
      const c = s.charCodeAt(s.length - 1);
      if (c >= 0xd800 && c <= 0xdbff) {
        st.bytes = [buf[len - 2], buf[len - 1]];
        st.need = 2;
        st.total = 4;
        return out + s.slice(0, -1);
      }
      return out + s;
    }
    st.bytes = [buf[len - 1]];
    st.need = 1;
    st.total = 2;
    return out + buf.toString('utf16le', i, len - 1);
  }

  function writeBase64(st, buf, enc) {
    let data = buf;
    if (st.bytes.length > 0) {
      const Buffer = BufferCtor();
      data = Buffer.concat([Buffer.from(st.bytes), buf]);
      st.bytes = [];
    }
    const rem = data.length % 3;
    const end = data.length - rem;
    for (let j = end; j < data.length; j++) st.bytes.push(data[j]);
    st.need = rem === 0 ? 0 : 3 - rem;
    st.total = rem === 0 ? 0 : 3;
    return end > 0 ? data.toString(enc, 0, end) : '';
  }

  return { StringDecoder };
})();
