// node:buffer -- Buffer (a Uint8Array subclass), Blob/File, atob/btoa, isUtf8/isAscii, transcode
(function () {
  'use strict';
  const { internals, core } = __bootstrap;
  const require = internals.require;
  const codecs = require('internal/buffer/codecs');

  const { normalize, utf8Encode, utf8Decode, latin1Decode, hexEncode } = codecs;

  const kMaxLength = 9007199254740991; // 2 ** 53 - 1, as Node 22+ on 64-bit
  const kStringMaxLength = 536870888; // (1 << 29) - 24, V8's limit on 64-bit
  let INSPECT_MAX_BYTES = 50;
  const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

  const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
  const taToStringTag = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;
  const taFill = TypedArrayProto.fill;
  const u8IndexOf = TypedArrayProto.indexOf;
  const u8LastIndexOf = TypedArrayProto.lastIndexOf;
  const isView = ArrayBuffer.isView;
  const hasSAB = typeof SharedArrayBuffer === 'function';
  const sabByteLength = hasSAB
    ? Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : null;
  const abByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;

  const { isUint8Array } = require('internal/util/types');
  function isTypedArray(v) { return taToStringTag.call(v) !== undefined; }
  function isAnyArrayBuffer(v) {
    if (v instanceof ArrayBuffer || (hasSAB && v instanceof SharedArrayBuffer)) return true;
    if (v === null || typeof v !== 'object') return false;
    if (core && typeof core.isAnyArrayBuffer === 'function') return core.isAnyArrayBuffer(v);
    try { abByteLength.call(v); return true; } catch { /* not an ArrayBuffer */ }
    if (hasSAB) { try { sabByteLength.call(v); return true; } catch { /* no */ } }
    return false;
  }

  // --- errors ----------------------------------------------------------------------------

  const { codes } = require('internal/errors');
  function argType(name, expected, actual) { return new (codes.ERR_INVALID_ARG_TYPE)(name, expected, actual); }
  function outOfRange(name, range, received) { return new (codes.ERR_OUT_OF_RANGE)(name, range, received); }
  function unknownEncoding(enc) { return new (codes.ERR_UNKNOWN_ENCODING)(enc); }
  function outOfBounds(name) {
    const C = codes.ERR_BUFFER_OUT_OF_BOUNDS;
    return name === undefined ? new C() : new C(name);
  }
  function codedError(Base, code, message) {
    const err = new Base(message);
    Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
    const s = err.stack;
    if (typeof s === 'string') {
      const prefix = Base.prototype.name + ': ';
      if (s.startsWith(prefix)) {
        Object.defineProperty(err, 'stack', {
          value: Base.prototype.name + ' [' + code + ']: ' + s.slice(prefix.length),
          writable: true, configurable: true,
        });
      }
    }
    return err;
  }
  function notImplemented(what) {
    const C = codes.ERR_NOT_IMPLEMENTED;
    if (typeof C === 'function') return new C(what);
    return codedError(Error, 'ERR_NOT_IMPLEMENTED', 'The ' + what + ' method is not implemented');
  }
  function invalidCharacter(message) {
    const { DOMException } = require('internal/dom_exception');
    return new DOMException(message, 'InvalidCharacterError');
  }

  function validateNumber(value, name, min, max) {
    if (typeof value !== 'number') throw argType(name, 'number', value);
    if ((min != null && value < min) || (max != null && value > max) ||
        ((min != null || max != null) && value !== value)) {
      throw outOfRange(name,
        (min != null ? '>= ' + min : '') + (min != null && max != null ? ' && ' : '') +
        (max != null ? '<= ' + max : ''), value);
    }
  }
  function validateInteger(value, name, min, max) {
    if (typeof value !== 'number') throw argType(name, 'number', value);
    if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
    if (value < min || value > max) throw outOfRange(name, '>= ' + min + ' && <= ' + max, value);
  }
  function validateOffset(value, name, min = 0, max = kMaxLength) {
    validateInteger(value, name, min, max);
  }

  // --- the Buffer class ------------------------------------------------------------------

  class FastBuffer extends Uint8Array {
    // eslint-disable-next-line no-useless-constructor
    constructor(bufferOrLength, byteOffset, length) { super(bufferOrLength, byteOffset, length); }
  }

  // DEP0005, as Node: once, for a call from outside node_modules, or from anywhere with
  // --pending-deprecation (or NODE_PENDING_DEPRECATION=1).
  let warnedDeprecated = false;
  function pendingDeprecation() {
    return require('internal/options').getOptionValue('--pending-deprecation') === true ||
      globalThis.process.env.NODE_PENDING_DEPRECATION === '1';
  }
  // The first frame of the stack outside nodus's builtins is in a node_modules folder.
  function calledFromNodeModules() {
    const stack = new Error().stack;
    if (typeof stack !== 'string') return false;
    const lines = stack.split('\n');
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i];
      if (line.includes('ext:')) continue;
      return /[\\/]node_modules[\\/]/.test(line);
    }
    return false;
  }
  function Buffer(arg, encodingOrOffset, length) {
    if (!warnedDeprecated && (pendingDeprecation() || !calledFromNodeModules())) {
      warnedDeprecated = true;
      globalThis.process.emitWarning('Buffer() is deprecated due to security and usability issues. ' +
        'Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
      'DeprecationWarning', 'DEP0005');
    }
    if (typeof arg === 'number') {
      if (typeof encodingOrOffset === 'string') {
        throw argType('string', 'string', arg);
      }
      return Buffer.alloc(arg);
    }
    return Buffer.from(arg, encodingOrOffset, length);
  }

  Object.defineProperty(Buffer, 'prototype', { value: FastBuffer.prototype, writable: false });
  Object.defineProperty(FastBuffer.prototype, 'constructor', {
    value: Buffer, writable: true, enumerable: false, configurable: true,
  });
  Object.setPrototypeOf(Buffer, Uint8Array);
  // TypedArray methods that build a new array (subarray, map, filter...) go straight
  // to FastBuffer instead of through the deprecated Buffer() call path.
  Object.defineProperty(Buffer, Symbol.species, {
    get() { return FastBuffer; }, configurable: true,
  });

  Buffer.poolSize = 64 * 1024;

  // Wrap a Uint8Array's memory as a Buffer without copying.
  function wrap(u8) {
    if (u8 instanceof FastBuffer) return u8;
    return new FastBuffer(u8.buffer, u8.byteOffset, u8.length);
  }

  function fromString(string, encoding) {
    let enc;
    if (typeof encoding !== 'string' || encoding.length === 0) {
      if (string.length === 0) return new FastBuffer(0);
      enc = 'utf8';
    } else {
      enc = normalize(encoding);
      if (enc === undefined) throw unknownEncoding(encoding);
      if (string.length === 0) return new FastBuffer(0);
    }
    if (enc === 'utf8') {
      const u8 = utf8Encode(string);
      return new FastBuffer(u8.buffer, u8.byteOffset, u8.length);
    }
    const u8 = codecs.encode(string, enc);
    return new FastBuffer(u8.buffer, u8.byteOffset, u8.length);
  }

  function fromArrayBuffer(obj, byteOffset, length) {
    if (byteOffset === undefined) {
      byteOffset = 0;
    } else {
      byteOffset = +byteOffset;
      if (byteOffset !== byteOffset) byteOffset = 0;
      // The typed-array constructor rejects negative offsets (V8 wording, as Node shows it).
      if (byteOffset <= -1) {
        throw new RangeError('Start offset ' + byteOffset + ' is outside the bounds of the buffer');
      }
    }
    const maxLength = obj.byteLength - byteOffset;
    if (maxLength < 0) throw outOfBounds('offset');
    if (length === undefined) {
      length = maxLength;
    } else {
      length = +length;
      if (length > 0) {
        if (length > maxLength) throw outOfBounds('length');
      } else {
        length = 0;
      }
    }
    return new FastBuffer(obj, byteOffset, length);
  }

  function fromArrayLike(obj) {
    const len = obj.length;
    if (!(len > 0)) return new FastBuffer(0);
    const b = new FastBuffer(len);
    b.set(obj, 0);
    return b;
  }

  function fromObject(obj) {
    if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
      if (typeof obj.length !== 'number') return new FastBuffer(0);
      return fromArrayLike(obj);
    }
    if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
    return undefined;
  }

  Buffer.from = function from(value, encodingOrOffset, length) {
    if (typeof value === 'string') return fromString(value, encodingOrOffset);
    if (typeof value === 'object' && value !== null) {
      if (isUint8Array(value)) return fromArrayLike(value);
      if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
      const valueOf = value.valueOf && value.valueOf();
      if (valueOf != null && valueOf !== value &&
          (typeof valueOf === 'string' || typeof valueOf === 'object')) {
        return from(valueOf, encodingOrOffset, length);
      }
      const b = fromObject(value);
      if (b) return b;
      if (typeof value[Symbol.toPrimitive] === 'function') {
        const primitive = value[Symbol.toPrimitive]('string');
        if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
      }
    }
    throw argType('first argument',
      ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
  };

  Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
    if (!isTypedArray(view)) throw argType('view', ['TypedArray'], view);
    const viewLength = view.length;
    if (viewLength === 0) return new FastBuffer(0);
    if (offset !== undefined || length !== undefined) {
      if (offset !== undefined) {
        validateInteger(offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
        if (offset >= viewLength) return new FastBuffer(0);
      } else {
        offset = 0;
      }
      let end;
      if (length !== undefined) {
        validateInteger(length, 'length', 0, Number.MAX_SAFE_INTEGER);
        end = offset + length;
      } else {
        end = viewLength;
      }
      view = TypedArrayProto.subarray.call(view, offset, end);
    }
    const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    return fromArrayLike(bytes);
  };

  Buffer.of = function of(...items) {
    const b = new FastBuffer(items.length);
    for (let i = 0; i < items.length; i++) b[i] = items[i];
    return b;
  };

  Buffer.alloc = function alloc(size, fill, encoding) {
    validateNumber(size, 'size', 0, kMaxLength);
    if (fill !== undefined && fill !== 0 && size > 0) {
      const buf = new FastBuffer(size);
      return _fill(buf, fill, 0, buf.length, encoding);
    }
    return new FastBuffer(size);
  };

  Buffer.allocUnsafe = function allocUnsafe(size) {
    validateNumber(size, 'size', 0, kMaxLength);
    return new FastBuffer(size);
  };

  Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
    validateNumber(size, 'size', 0, kMaxLength);
    return new FastBuffer(size);
  };

  function SlowBuffer(size) {
    validateNumber(size, 'size', 0, kMaxLength);
    return new FastBuffer(size);
  }
  Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
  Object.setPrototypeOf(SlowBuffer, Uint8Array);

  Buffer.isBuffer = function isBuffer(b) { return b instanceof Buffer; };

  Buffer.isEncoding = function isEncoding(encoding) {
    return typeof encoding === 'string' && encoding.length !== 0 &&
      normalize(encoding) !== undefined;
  };

  // Compare two byte views: -1, 0 or 1.
  function compareBytes(a, b) {
    const al = a.length;
    const bl = b.length;
    const n = al < bl ? al : bl;
    let i = 0;
    if (n > 64) {
      // Find the first difference natively: compare latin1 strings chunk by chunk.
      for (; i < n; i += 8192) {
        const e = i + 8192 < n ? i + 8192 : n;
        const sa = latin1Decode(a.subarray(i, e));
        const sb = latin1Decode(b.subarray(i, e));
        if (sa !== sb) return sa < sb ? -1 : 1;
      }
    } else {
      for (; i < n; i++) {
        const x = a[i];
        const y = b[i];
        if (x !== y) return x < y ? -1 : 1;
      }
    }
    return al < bl ? -1 : al > bl ? 1 : 0;
  }

  function asBytes(v) {
    return v instanceof Uint8Array ? v : new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  }

  Buffer.compare = function compare(buf1, buf2) {
    if (!isUint8Array(buf1)) throw argType('buf1', ['Buffer', 'Uint8Array'], buf1);
    if (!isUint8Array(buf2)) throw argType('buf2', ['Buffer', 'Uint8Array'], buf2);
    if (buf1 === buf2) return 0;
    return compareBytes(buf1, buf2);
  };

  Buffer.byteLength = function byteLength(string, encoding) {
    if (typeof string !== 'string') {
      if (isView(string)) return string.byteLength;
      if (isAnyArrayBuffer(string)) return string.byteLength;
      throw argType('string', ['string', 'Buffer', 'ArrayBuffer'], string);
    }
    if (string.length === 0) return 0;
    if (encoding) {
      const enc = normalize(encoding);
      if (enc !== undefined) return codecs.byteLength(string, enc);
    }
    return codecs.utf8ByteLength(string);
  };

  Buffer.concat = function concat(list, length) {
    if (!Array.isArray(list)) throw argType('list', 'Array', list);
    const n = list.length;
    if (n === 0) return new FastBuffer(0);
    if (length === undefined) {
      length = 0;
      for (let i = 0; i < n; i++) {
        const l = list[i].length;
        if (l) length += l;
      }
    } else {
      validateOffset(length, 'length');
    }
    const buffer = new FastBuffer(length);
    let pos = 0;
    for (let i = 0; i < n; i++) {
      const buf = list[i];
      if (!isUint8Array(buf)) {
        throw argType('list[' + i + ']', ['Buffer', 'Uint8Array'], buf);
      }
      const room = length - pos;
      if (room <= 0) continue;
      const bl = buf.length;
      if (bl <= room) {
        buffer.set(buf, pos);
        pos += bl;
      } else {
        buffer.set(buf.subarray(0, room), pos);
        pos += room;
      }
    }
    return buffer;
  };

  // --- instance methods ------------------------------------------------------------------

  const proto = Buffer.prototype;

  Object.defineProperty(proto, 'parent', {
    enumerable: true,
    configurable: true,
    get() { return this instanceof Buffer ? this.buffer : undefined; },
  });
  Object.defineProperty(proto, 'offset', {
    enumerable: true,
    configurable: true,
    get() { return this instanceof Buffer ? this.byteOffset : undefined; },
  });

  // Per-encoding slice/write helpers (also exposed as buf.<enc>Slice / buf.<enc>Write).
  function writeBytes(buf, bytes, offset, length) {
    let n = bytes.length;
    if (n > length) n = length;
    if (n <= 0) return 0;
    buf.set(n === bytes.length ? bytes : bytes.subarray(0, n), offset);
    return n;
  }

  function utf8Write(buf, string, offset, length) {
    if (string.length === 0 || length <= 0) return 0;
    const bytes = utf8Encode(string);
    let n = bytes.length;
    if (n > length) {
      n = length;
      // Never write a partial character.
      while (n > 0 && (bytes[n] & 0xc0) === 0x80) n--;
    }
    if (n === 0) return 0;
    buf.set(n === bytes.length ? bytes : bytes.subarray(0, n), offset);
    return n;
  }

  function latin1Write(buf, string, offset, length) {
    if (length <= 0) return 0;
    if (string.length > length) string = string.slice(0, length);
    return writeBytes(buf, codecs.latin1Encode(string), offset, length);
  }

  function utf16leWrite(buf, string, offset, length) {
    length &= ~1;
    if (length <= 0) return 0;
    if (string.length * 2 > length) string = string.slice(0, length >>> 1);
    return writeBytes(buf, codecs.utf16leEncode(string), offset, length);
  }

  function hexWrite(buf, string, offset, length) {
    if (length <= 0) return 0;
    if (string.length > length * 2) string = string.slice(0, length * 2);
    return writeBytes(buf, codecs.hexDecode(string), offset, length);
  }

  function base64Write(buf, string, offset, length) {
    if (length <= 0) return 0;
    return writeBytes(buf, codecs.base64Decode(string), offset, length);
  }

  function writeWith(buf, string, offset, length, enc) {
    switch (enc) {
      case 'utf8': return utf8Write(buf, string, offset, length);
      case 'latin1': case 'ascii': return latin1Write(buf, string, offset, length);
      case 'utf16le': return utf16leWrite(buf, string, offset, length);
      case 'hex': return hexWrite(buf, string, offset, length);
      default: return base64Write(buf, string, offset, length);
    }
  }

  function sliceWith(buf, start, end, enc) {
    if (enc === 'utf8') {
      return utf8Decode(start === 0 && end === buf.length ? buf : buf.subarray(start, end));
    }
    return codecs.decode(buf, start, end, enc);
  }

  proto.toString = function toString(encoding, start, end) {
    const len = this.length;
    if (arguments.length === 0) return utf8Decode(this);
    if (start <= 0) {
      start = 0;
    } else if (start >= len) {
      return '';
    } else {
      start = Math.trunc(start) || 0;
    }
    if (end === undefined || end > len) {
      end = len;
    } else {
      end = Math.trunc(end) || 0;
    }
    if (end <= start) return '';
    if (encoding === undefined) return sliceWith(this, start, end, 'utf8');
    const enc = normalize(encoding);
    if (enc === undefined) throw unknownEncoding(encoding);
    return sliceWith(this, start, end, enc);
  };

  proto.toLocaleString = proto.toString;

  proto.equals = function equals(otherBuffer) {
    if (!isUint8Array(otherBuffer)) {
      throw argType('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
    }
    if (this === otherBuffer) return true;
    const len = this.length;
    if (len !== otherBuffer.length) return false;
    return len === 0 || compareBytes(this, otherBuffer) === 0;
  };

  proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    if (!isUint8Array(target)) throw argType('target', ['Buffer', 'Uint8Array'], target);
    if (arguments.length === 1) return compareBytes(this, target);
    if (targetStart === undefined) targetStart = 0;
    else validateOffset(targetStart, 'targetStart');
    if (targetEnd === undefined) targetEnd = target.length;
    else validateOffset(targetEnd, 'targetEnd', 0, target.length);
    if (sourceStart === undefined) sourceStart = 0;
    else validateOffset(sourceStart, 'sourceStart');
    if (sourceEnd === undefined) sourceEnd = this.length;
    else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
    if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
    if (targetStart >= targetEnd) return 1;
    if (sourceStart > this.length) {
      throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "sourceStart" is out of range.');
    }
    if (targetStart > target.length) {
      throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "targetStart" is out of range.');
    }
    const srcLen = sourceEnd - sourceStart;
    const tgtLen = targetEnd - targetStart;
    let n = srcLen < tgtLen ? srcLen : tgtLen;
    if (n > this.length - sourceStart) n = this.length - sourceStart;
    const r = n > 0
      ? compareBytes(this.subarray(sourceStart, sourceStart + n), target.subarray(targetStart, targetStart + n))
      : 0;
    if (r !== 0) return r;
    return srcLen > tgtLen ? 1 : srcLen < tgtLen ? -1 : 0;
  };

  // --- search ----------------------------------------------------------------------------

  // Node's IndexOfOffset: normalize a start offset for a needle of `needleLen` bytes.
  function searchStart(length, offset, needleLen, forward) {
    if (offset < 0) {
      if (offset + length >= 0) return length + offset;
      if (forward || needleLen === 0) return 0;
      return -1;
    }
    if (offset + needleLen <= length) return offset;
    if (needleLen === 0) return length;
    if (forward) return -1;
    return length - 1;
  }

  function matchesAt(hay, needle, pos, nlen) {
    for (let j = 1; j < nlen; j++) {
      if (hay[pos + j] !== needle[j]) return false;
    }
    return true;
  }

  // Byte search of `needle` in `hay`, starting at/ending at `from`. Candidates come
  // from a native scan for the first byte; when those keep failing, switch to a
  // native string search over latin1 windows of the haystack.
  function searchBytes(hay, needle, from, forward) {
    const hlen = hay.length;
    const nlen = needle.length;
    const first = needle[0];
    let misses = 0;
    if (forward) {
      const last = hlen - nlen;
      let i = from;
      while (i <= last) {
        i = u8IndexOf.call(hay, first, i);
        if (i === -1 || i > last) return -1;
        if (matchesAt(hay, needle, i, nlen)) return i;
        i++;
        if (++misses > 16 && nlen > 1) return searchWindows(hay, needle, i, true);
      }
      return -1;
    }
    let i = from;
    if (i > hlen - nlen) i = hlen - nlen;
    while (i >= 0) {
      i = u8LastIndexOf.call(hay, first, i);
      if (i === -1) return -1;
      if (matchesAt(hay, needle, i, nlen)) return i;
      i--;
      if (++misses > 16 && nlen > 1) return searchWindows(hay, needle, i, false);
    }
    return -1;
  }

  const WINDOW = 65536;
  function searchWindows(hay, needle, from, forward) {
    const hlen = hay.length;
    const nlen = needle.length;
    const ns = latin1Decode(needle);
    if (forward) {
      for (let s = from; s <= hlen - nlen; s += WINDOW) {
        const e = s + WINDOW + nlen - 1 < hlen ? s + WINDOW + nlen - 1 : hlen;
        const r = latin1Decode(hay.subarray(s, e)).indexOf(ns);
        if (r !== -1) return s + r;
      }
      return -1;
    }
    let top = from; // greatest allowed match start
    while (top >= 0) {
      const s = top - WINDOW + 1 > 0 ? top - WINDOW + 1 : 0;
      const r = latin1Decode(hay.subarray(s, top + nlen)).lastIndexOf(ns);
      if (r !== -1) return s + r;
      top = s - 1;
    }
    return -1;
  }

  // Search in 16-bit units (ucs2): only even positions match.
  function searchUnits(hay, needle, from, forward) {
    const hlen = hay.length & ~1;
    const nlen = needle.length & ~1;
    if (hlen < 2 || nlen < 2) return -1;
    let i = from & ~1;
    if (forward) {
      for (; i + nlen <= hlen; i += 2) {
        let j = 0;
        while (j < nlen && hay[i + j] === needle[j]) j++;
        if (j === nlen) return i;
      }
      return -1;
    }
    if (i > hlen - nlen) i = (hlen - nlen) & ~1;
    for (; i >= 0; i -= 2) {
      let j = 0;
      while (j < nlen && hay[i + j] === needle[j]) j++;
      if (j === nlen) return i;
    }
    return -1;
  }

  function indexOfBytes(buffer, needle, byteOffset, enc, forward) {
    const hlen = buffer.length;
    const nlen = needle.length;
    const start = searchStart(hlen, Math.trunc(byteOffset), nlen, forward);
    if (nlen === 0) return start;
    if (hlen === 0 || start <= -1) return -1;
    if ((forward && nlen + start > hlen) || nlen > hlen) return -1;
    if (enc === 'utf16le') return searchUnits(buffer, needle, start, forward);
    return searchBytes(buffer, needle, start, forward);
  }

  function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
    if (typeof byteOffset === 'string') {
      encoding = byteOffset;
      byteOffset = undefined;
    } else if (byteOffset > 0x7fffffff) {
      byteOffset = 0x7fffffff;
    } else if (byteOffset < -0x80000000) {
      byteOffset = -0x80000000;
    }
    byteOffset = +byteOffset;
    if (byteOffset !== byteOffset) byteOffset = dir ? 0 : buffer.length;

    if (typeof val === 'number') {
      const len = buffer.length;
      const start = searchStart(len, Math.trunc(byteOffset), 1, dir);
      if (start <= -1 || len === 0) return -1;
      const byte = (val >>> 0) & 0xff;
      return dir ? u8IndexOf.call(buffer, byte, start) : u8LastIndexOf.call(buffer, byte, start);
    }

    let enc;
    if (encoding === undefined) {
      enc = 'utf8';
    } else {
      enc = normalize(encoding);
    }
    if (typeof val === 'string') {
      if (enc === undefined) throw unknownEncoding(encoding);
      return indexOfBytes(buffer, codecs.encode(val, enc), byteOffset, enc, dir);
    }
    if (isUint8Array(val)) {
      return indexOfBytes(buffer, val, byteOffset, enc === undefined ? 'utf8' : enc, dir);
    }
    throw argType('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
  }

  proto.indexOf = function indexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
  };
  proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
  };
  proto.includes = function includes(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, true) !== -1;
  };

  // --- fill ------------------------------------------------------------------------------

  // Repeat `pattern` over buf[offset, end) by doubling with copyWithin.
  function fillPattern(buf, pattern, offset, end) {
    const total = end - offset;
    const plen = pattern.length;
    if (plen >= total) {
      buf.set(plen === total ? pattern : pattern.subarray(0, total), offset);
      return;
    }
    buf.set(pattern, offset);
    let filled = plen;
    while (filled < total) {
      const n = filled <= total - filled ? filled : total - filled;
      buf.copyWithin(offset + filled, offset, offset + n);
      filled += n;
    }
  }

  function _fill(buf, value, offset, end, encoding) {
    let enc;
    if (typeof value === 'string') {
      if (offset === undefined || typeof offset === 'string') {
        encoding = offset;
        offset = 0;
        end = buf.length;
      } else if (typeof end === 'string') {
        encoding = end;
        end = buf.length;
      }
      enc = encoding == null ? 'utf8' : normalize(encoding);
      if (enc === undefined) {
        if (encoding === '') {
          enc = 'utf8';
        } else {
          if (typeof encoding !== 'string') throw argType('encoding', 'string', encoding);
          throw unknownEncoding(encoding);
        }
      }
      if (value.length === 0) {
        value = 0;
      } else if (value.length === 1) {
        if (enc === 'utf8') {
          const code = value.charCodeAt(0);
          if (code < 128) value = code;
        } else if (enc === 'latin1') {
          value = value.charCodeAt(0);
        }
      }
    }

    if (offset === undefined) {
      offset = 0;
      end = buf.length;
    } else {
      validateOffset(offset, 'offset');
      if (end === undefined) end = buf.length;
      else validateOffset(end, 'end', 0, buf.length);
      if (offset >= end) return buf;
    }

    if (typeof value === 'number') {
      if (end - offset + offset > buf.length) throw outOfBounds();
      taFill.call(buf, value, offset, end);
      return buf;
    }
    let bytes;
    if (typeof value === 'string') {
      bytes = codecs.encode(value, enc);
    } else if (isView(value)) {
      bytes = asBytes(value);
    } else {
      taFill.call(buf, (value >>> 0) & 255, offset, end);
      return buf;
    }
    if (bytes.length === 0) {
      const C = codes.ERR_INVALID_ARG_VALUE;
      throw new C('value', value);
    }
    if (end > buf.length) throw outOfBounds();
    fillPattern(buf, bytes, offset, end);
    return buf;
  }

  proto.fill = function fill(value, offset, end, encoding) {
    return _fill(this, value, offset, end, encoding);
  };

  function notString() {
    return codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
  }

  // --- write -----------------------------------------------------------------------------

  proto.write = function write(string, offset, length, encoding) {
    if (offset === undefined) {
      if (typeof string !== 'string') throw notString();
      return utf8Write(this, string, 0, this.length);
    }
    if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      length = this.length;
      offset = 0;
    } else {
      validateOffset(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateOffset(length, 'length', 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    if (typeof string !== 'string') throw notString();
    if (!encoding || encoding === 'utf8') return utf8Write(this, string, offset, length);
    const enc = normalize(encoding);
    if (enc === undefined) throw unknownEncoding(encoding);
    return writeWith(this, string, offset, length, enc);
  };

  // --- copy / slice ----------------------------------------------------------------------

  function toInteger(n, defaultVal) {
    n = +n;
    if (n === n && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
      return n % 1 === 0 ? n : Math.floor(n);
    }
    return defaultVal;
  }

  function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
    if (!isView(source)) throw argType('source', ['Buffer', 'Uint8Array'], source);
    if (!isView(target)) throw argType('target', ['Buffer', 'Uint8Array'], target);
    if (targetStart === undefined) {
      targetStart = 0;
    } else {
      targetStart = Number.isInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
      if (targetStart < 0) throw outOfRange('targetStart', '>= 0', targetStart);
    }
    const srcByteLen = source.byteLength;
    if (sourceStart === undefined) {
      sourceStart = 0;
    } else {
      sourceStart = Number.isInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
      if (sourceStart < 0 || sourceStart > srcByteLen) {
        throw outOfRange('sourceStart', '>= 0 && <= ' + srcByteLen, sourceStart);
      }
    }
    if (sourceEnd === undefined) {
      sourceEnd = srcByteLen;
    } else {
      sourceEnd = Number.isInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
      if (sourceEnd < 0) throw outOfRange('sourceEnd', '>= 0', sourceEnd);
    }
    const tgtByteLen = target.byteLength;
    if (targetStart >= tgtByteLen || sourceStart >= sourceEnd) return 0;
    if (sourceEnd - sourceStart > tgtByteLen - targetStart) {
      sourceEnd = sourceStart + tgtByteLen - targetStart;
    }
    let nb = sourceEnd - sourceStart;
    const sourceLen = srcByteLen - sourceStart;
    if (nb > sourceLen) nb = sourceLen;
    if (nb <= 0) return 0;
    const src = asBytes(source);
    const dst = asBytes(target);
    dst.set(src.subarray(sourceStart, sourceStart + nb), targetStart);
    return nb;
  }

  proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
    return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
  };

  function adjustOffset(offset, length) {
    offset = Math.trunc(offset);
    if (offset === 0) return 0;
    if (offset < 0) {
      offset += length;
      return offset > 0 ? offset : 0;
    }
    if (offset < length) return offset;
    return offset !== offset ? 0 : length;
  }

  proto.slice = function slice(start, end) {
    const srcLength = this.length;
    start = adjustOffset(start, srcLength);
    end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
    const newLength = end > start ? end - start : 0;
    return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
  };

  proto.toJSON = function toJSON() {
    const n = this.length;
    const data = new Array(n);
    for (let i = 0; i < n; i++) data[i] = this[i];
    return { type: 'Buffer', data };
  };

  // --- swap ------------------------------------------------------------------------------

  function invalidSize(bits) { return new (codes.ERR_INVALID_BUFFER_SIZE)(bits); }

  proto.swap16 = function swap16() {
    const len = this.length;
    if (len % 2 !== 0) throw invalidSize('16-bits');
    for (let i = 0; i < len; i += 2) {
      const t = this[i];
      this[i] = this[i + 1];
      this[i + 1] = t;
    }
    return this;
  };

  proto.swap32 = function swap32() {
    const len = this.length;
    if (len % 4 !== 0) throw invalidSize('32-bits');
    for (let i = 0; i < len; i += 4) {
      const a = this[i];
      const b = this[i + 1];
      this[i] = this[i + 3];
      this[i + 1] = this[i + 2];
      this[i + 2] = b;
      this[i + 3] = a;
    }
    return this;
  };

  proto.swap64 = function swap64() {
    const len = this.length;
    if (len % 8 !== 0) throw invalidSize('64-bits');
    for (let i = 0; i < len; i += 8) {
      for (let j = 0; j < 4; j++) {
        const t = this[i + j];
        this[i + j] = this[i + 7 - j];
        this[i + 7 - j] = t;
      }
    }
    return this;
  };

  // --- inspect ---------------------------------------------------------------------------

  proto[customInspectSymbol] = function inspect(recurseTimes, ctx) {
    const max = INSPECT_MAX_BYTES;
    const len = this.length;
    const actualMax = max < len ? max : len;
    const remaining = len - max;
    const hex = hexEncode(this.subarray(0, actualMax));
    let str = '';
    for (let i = 0; i < hex.length; i += 2) {
      str += (i === 0 ? '' : ' ') + hex.slice(i, i + 2);
    }
    if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
    if (ctx) {
      const keys = ctx.showHidden ? Object.getOwnPropertyNames(this) : Object.keys(this);
      const obj = { __proto__: null };
      let extras = false;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (/^(0|[1-9][0-9]*)$/.test(key) && +key < 4294967295) continue;
        extras = true;
        obj[key] = this[key];
      }
      if (extras) {
        const util = require('util');
        if (len !== 0) str += ', ';
        str += util.inspect(obj, Object.assign({}, ctx, { breakLength: Infinity, compact: true }))
          .slice(27, -2);
      }
    }
    return '<' + this.constructor.name + ' ' + str + '>';
  };
  proto.inspect = proto[customInspectSymbol];

  // --- encoding-specific slice/write methods (buf.hexSlice etc.) -------------------------

  const encMethods = [
    ['utf8', 'utf8'], ['latin1', 'latin1'], ['ascii', 'ascii'], ['ucs2', 'utf16le'],
    ['utf16le', 'utf16le'], ['hex', 'hex'], ['base64', 'base64'], ['base64url', 'base64url'],
  ];
  for (let i = 0; i < encMethods.length; i++) {
    const name = encMethods[i][0];
    const enc = encMethods[i][1];
    proto[name + 'Slice'] = function (start, end) {
      const len = this.length;
      start = start === undefined ? 0 : start;
      end = end === undefined ? len : end;
      if (start < 0 || end > len || start > end) {
        if (start > end && start <= len && end >= 0) return '';
        throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
      }
      return sliceWith(this, start, end, enc);
    };
    proto[name + 'Write'] = function (string, offset, length) {
      if (typeof string !== 'string') throw notString();
      const len = this.length;
      offset = offset === undefined ? 0 : offset >>> 0;
      if (offset > len) throw outOfBounds('offset');
      const room = len - offset;
      length = length === undefined ? room : length >>> 0;
      if (length > room) length = room;
      return writeWith(this, string, offset, length, enc);
    };
  }

  // --- numeric read/write ----------------------------------------------------------------

  function boundsError(value, length, type) {
    if (Math.floor(value) !== value) {
      validateNumber(value, type || 'offset');
      throw outOfRange(type || 'offset', 'an integer', value);
    }
    if (length < 0) throw outOfBounds();
    throw outOfRange(type || 'offset', '>= ' + (type ? 1 : 0) + ' and <= ' + length, value);
  }

  function checkBounds(buf, offset, byteLength1) {
    validateNumber(offset, 'offset');
    if (buf[offset] === undefined || buf[offset + byteLength1] === undefined) {
      boundsError(offset, buf.length - (byteLength1 + 1));
    }
  }

  // byteLength1 is the byte count minus one, as in the range text Node prints.
  function checkInt(value, min, max, buf, offset, byteLength1) {
    if (value > max || value < min) {
      const n = typeof min === 'bigint' ? 'n' : '';
      let range;
      if (byteLength1 > 3) {
        const bits = (byteLength1 + 1) * 8;
        if (min === 0 || min === 0n) {
          range = '>= 0' + n + ' and < 2' + n + ' ** ' + bits + n;
        } else {
          range = '>= -(2' + n + ' ** ' + (bits - 1) + n + ') and < 2' + n + ' ** ' + (bits - 1) + n;
        }
      } else {
        range = '>= ' + min + n + ' and <= ' + max + n;
      }
      throw outOfRange('value', range, value);
    }
    checkBounds(buf, offset, byteLength1);
  }

  // Reads. `n` bytes starting at offset, validated like Node.
  function readCheck(buf, offset, n) {
    validateNumber(offset, 'offset');
    if (buf[offset] === undefined || buf[offset + n - 1] === undefined) {
      boundsError(offset, buf.length - n);
    }
  }

  function readUIntLEn(buf, offset, n) {
    readCheck(buf, offset, n);
    let v = 0;
    let mul = 1;
    for (let i = 0; i < n; i++) { v += buf[offset + i] * mul; mul *= 256; }
    return v;
  }
  function readUIntBEn(buf, offset, n) {
    readCheck(buf, offset, n);
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 256 + buf[offset + i];
    return v;
  }
  const SIGN = [0, 0x80, 0x8000, 0x800000, 0x80000000, 0x8000000000, 0x800000000000];
  const FULL = [0, 0x100, 0x10000, 0x1000000, 0x100000000, 0x10000000000, 0x1000000000000];
  function toSigned(v, n) { return v >= SIGN[n] ? v - FULL[n] : v; }

  proto.readUInt8 = function readUInt8(offset = 0) {
    validateNumber(offset, 'offset');
    const v = this[offset];
    if (v === undefined) boundsError(offset, this.length - 1);
    return v;
  };
  proto.readInt8 = function readInt8(offset = 0) {
    validateNumber(offset, 'offset');
    const v = this[offset];
    if (v === undefined) boundsError(offset, this.length - 1);
    return v | (v & 0x80) * 0x1fffffe;
  };
  proto.readUInt16LE = function readUInt16LE(offset = 0) {
    validateNumber(offset, 'offset');
    const a = this[offset];
    const b = this[offset + 1];
    if (a === undefined || b === undefined) boundsError(offset, this.length - 2);
    return a + b * 256;
  };
  proto.readUInt16BE = function readUInt16BE(offset = 0) {
    validateNumber(offset, 'offset');
    const a = this[offset];
    const b = this[offset + 1];
    if (a === undefined || b === undefined) boundsError(offset, this.length - 2);
    return a * 256 + b;
  };
  proto.readInt16LE = function readInt16LE(offset = 0) {
    const v = this.readUInt16LE(offset);
    return v | (v & 0x8000) * 0x1fffe;
  };
  proto.readInt16BE = function readInt16BE(offset = 0) {
    const v = this.readUInt16BE(offset);
    return v | (v & 0x8000) * 0x1fffe;
  };
  proto.readUInt32LE = function readUInt32LE(offset = 0) {
    validateNumber(offset, 'offset');
    const a = this[offset];
    const d = this[offset + 3];
    if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
    return a + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + d * 0x1000000;
  };
  proto.readUInt32BE = function readUInt32BE(offset = 0) {
    validateNumber(offset, 'offset');
    const a = this[offset];
    const d = this[offset + 3];
    if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
    return a * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + d;
  };
  proto.readInt32LE = function readInt32LE(offset = 0) {
    return this.readUInt32LE(offset) | 0;
  };
  proto.readInt32BE = function readInt32BE(offset = 0) {
    return this.readUInt32BE(offset) | 0;
  };

  function checkByteLength(byteLength) {
    boundsError(byteLength, 6, 'byteLength');
  }
  proto.readUIntLE = function readUIntLE(offset, byteLength) {
    if (offset === undefined) throw argType('offset', 'number', offset);
    if (typeof byteLength === 'number' && byteLength >= 1 && byteLength <= 6 && byteLength % 1 === 0) {
      return readUIntLEn(this, offset, byteLength);
    }
    return checkByteLength(byteLength);
  };
  proto.readUIntBE = function readUIntBE(offset, byteLength) {
    if (offset === undefined) throw argType('offset', 'number', offset);
    if (typeof byteLength === 'number' && byteLength >= 1 && byteLength <= 6 && byteLength % 1 === 0) {
      return readUIntBEn(this, offset, byteLength);
    }
    return checkByteLength(byteLength);
  };
  proto.readIntLE = function readIntLE(offset, byteLength) {
    if (offset === undefined) throw argType('offset', 'number', offset);
    if (typeof byteLength === 'number' && byteLength >= 1 && byteLength <= 6 && byteLength % 1 === 0) {
      return toSigned(readUIntLEn(this, offset, byteLength), byteLength);
    }
    return checkByteLength(byteLength);
  };
  proto.readIntBE = function readIntBE(offset, byteLength) {
    if (offset === undefined) throw argType('offset', 'number', offset);
    if (typeof byteLength === 'number' && byteLength >= 1 && byteLength <= 6 && byteLength % 1 === 0) {
      return toSigned(readUIntBEn(this, offset, byteLength), byteLength);
    }
    return checkByteLength(byteLength);
  };

  function readBig(buf, offset, le, signed) {
    validateNumber(offset, 'offset');
    const first = buf[offset];
    const last = buf[offset + 7];
    if (first === undefined || last === undefined) boundsError(offset, buf.length - 8);
    let lo;
    let hi;
    if (le) {
      lo = first + buf[offset + 1] * 0x100 + buf[offset + 2] * 0x10000 + buf[offset + 3] * 0x1000000;
      hi = buf[offset + 4] + buf[offset + 5] * 0x100 + buf[offset + 6] * 0x10000 + last * 0x1000000;
    } else {
      hi = first * 0x1000000 + buf[offset + 1] * 0x10000 + buf[offset + 2] * 0x100 + buf[offset + 3];
      lo = buf[offset + 4] * 0x1000000 + buf[offset + 5] * 0x10000 + buf[offset + 6] * 0x100 + last;
    }
    if (signed) hi |= 0;
    return (BigInt(hi) << 32n) + BigInt(lo);
  }
  proto.readBigUInt64LE = function readBigUInt64LE(offset = 0) { return readBig(this, offset, true, false); };
  proto.readBigUInt64BE = function readBigUInt64BE(offset = 0) { return readBig(this, offset, false, false); };
  proto.readBigInt64LE = function readBigInt64LE(offset = 0) { return readBig(this, offset, true, true); };
  proto.readBigInt64BE = function readBigInt64BE(offset = 0) { return readBig(this, offset, false, true); };

  // Floats go through a shared scratch array.
  const f32 = new Float32Array(1);
  const f32b = new Uint8Array(f32.buffer);
  const f64 = new Float64Array(1);
  const f64b = new Uint8Array(f64.buffer);
  const hostLE = codecs.LITTLE_ENDIAN;

  function readFloatAny(buf, offset, n, le) {
    validateNumber(offset, 'offset');
    const first = buf[offset];
    const last = buf[offset + n - 1];
    if (first === undefined || last === undefined) boundsError(offset, buf.length - n);
    const scratch = n === 4 ? f32b : f64b;
    if (le === hostLE) {
      for (let i = 0; i < n; i++) scratch[i] = buf[offset + i];
    } else {
      for (let i = 0; i < n; i++) scratch[n - 1 - i] = buf[offset + i];
    }
    return n === 4 ? f32[0] : f64[0];
  }
  function writeFloatAny(buf, val, offset, n, le) {
    val = +val;
    checkBounds(buf, offset, n - 1);
    let scratch;
    if (n === 4) { f32[0] = val; scratch = f32b; } else { f64[0] = val; scratch = f64b; }
    if (le === hostLE) {
      for (let i = 0; i < n; i++) buf[offset + i] = scratch[i];
    } else {
      for (let i = 0; i < n; i++) buf[offset + i] = scratch[n - 1 - i];
    }
    return offset + n;
  }
  proto.readFloatLE = function readFloatLE(offset = 0) { return readFloatAny(this, offset, 4, true); };
  proto.readFloatBE = function readFloatBE(offset = 0) { return readFloatAny(this, offset, 4, false); };
  proto.readDoubleLE = function readDoubleLE(offset = 0) { return readFloatAny(this, offset, 8, true); };
  proto.readDoubleBE = function readDoubleBE(offset = 0) { return readFloatAny(this, offset, 8, false); };
  proto.writeFloatLE = function writeFloatLE(val, offset = 0) { return writeFloatAny(this, val, offset, 4, true); };
  proto.writeFloatBE = function writeFloatBE(val, offset = 0) { return writeFloatAny(this, val, offset, 4, false); };
  proto.writeDoubleLE = function writeDoubleLE(val, offset = 0) { return writeFloatAny(this, val, offset, 8, true); };
  proto.writeDoubleBE = function writeDoubleBE(val, offset = 0) { return writeFloatAny(this, val, offset, 8, false); };

  // Integer writes.
  function writeU8(buf, value, offset, min, max) {
    value = +value;
    validateNumber(offset, 'offset');
    if (value > max || value < min) {
      throw outOfRange('value', '>= ' + min + ' and <= ' + max, value);
    }
    if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
    buf[offset] = value;
    return offset + 1;
  }

  function writeLEn(buf, value, offset, n, min, max) {
    value = +value;
    checkInt(value, min, max, buf, offset, n - 1);
    if (n <= 4) {
      for (let i = 0; i < n; i++) { buf[offset++] = value; value >>>= 8; }
      return offset;
    }
    const hi = Math.floor(value * 2 ** -32);
    let lo = value;
    for (let i = 0; i < 4; i++) { buf[offset++] = lo; lo >>>= 8; }
    buf[offset++] = hi;
    if (n === 6) buf[offset++] = hi >>> 8;
    return offset;
  }
  function writeBEn(buf, value, offset, n, min, max) {
    value = +value;
    checkInt(value, min, max, buf, offset, n - 1);
    let end = offset + n;
    if (n <= 4) {
      for (let i = 0; i < n; i++) { buf[--end] = value; value >>>= 8; }
      return offset + n;
    }
    const hi = Math.floor(value * 2 ** -32);
    let lo = value;
    for (let i = 0; i < 4; i++) { buf[--end] = lo; lo >>>= 8; }
    buf[--end] = hi;
    if (n === 6) buf[--end] = hi >>> 8;
    return offset + n;
  }

  const UMAX = [0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff];
  const SMAX = [0, 0x7f, 0x7fff, 0x7fffff, 0x7fffffff, 0x7fffffffff, 0x7fffffffffff];

  proto.writeUInt8 = function writeUInt8(value, offset = 0) { return writeU8(this, value, offset, 0, 0xff); };
  proto.writeInt8 = function writeInt8(value, offset = 0) { return writeU8(this, value, offset, -0x80, 0x7f); };
  proto.writeUInt16LE = function writeUInt16LE(value, offset = 0) { return writeLEn(this, value, offset, 2, 0, 0xffff); };
  proto.writeUInt16BE = function writeUInt16BE(value, offset = 0) { return writeBEn(this, value, offset, 2, 0, 0xffff); };
  proto.writeInt16LE = function writeInt16LE(value, offset = 0) { return writeLEn(this, value, offset, 2, -0x8000, 0x7fff); };
  proto.writeInt16BE = function writeInt16BE(value, offset = 0) { return writeBEn(this, value, offset, 2, -0x8000, 0x7fff); };
  proto.writeUInt32LE = function writeUInt32LE(value, offset = 0) { return writeLEn(this, value, offset, 4, 0, 0xffffffff); };
  proto.writeUInt32BE = function writeUInt32BE(value, offset = 0) { return writeBEn(this, value, offset, 4, 0, 0xffffffff); };
  proto.writeInt32LE = function writeInt32LE(value, offset = 0) {
    return writeLEn(this, value, offset, 4, -0x80000000, 0x7fffffff);
  };
  proto.writeInt32BE = function writeInt32BE(value, offset = 0) {
    return writeBEn(this, value, offset, 4, -0x80000000, 0x7fffffff);
  };

  function writeVar(buf, value, offset, byteLength, le, signed) {
    if (typeof byteLength === 'number' && byteLength >= 1 && byteLength <= 6 && byteLength % 1 === 0) {
      const max = signed ? SMAX[byteLength] : UMAX[byteLength];
      const min = signed ? -max - 1 : 0;
      if (byteLength === 1) return writeU8(buf, value, offset, min, max);
      return le ? writeLEn(buf, value, offset, byteLength, min, max)
        : writeBEn(buf, value, offset, byteLength, min, max);
    }
    return checkByteLength(byteLength);
  }
  proto.writeUIntLE = function writeUIntLE(value, offset, byteLength) { return writeVar(this, value, offset, byteLength, true, false); };
  proto.writeUIntBE = function writeUIntBE(value, offset, byteLength) { return writeVar(this, value, offset, byteLength, false, false); };
  proto.writeIntLE = function writeIntLE(value, offset, byteLength) { return writeVar(this, value, offset, byteLength, true, true); };
  proto.writeIntBE = function writeIntBE(value, offset, byteLength) { return writeVar(this, value, offset, byteLength, false, true); };

  function writeBig(buf, value, offset, min, max, le) {
    checkInt(value, min, max, buf, offset, 7);
    let lo = Number(value & 0xffffffffn);
    let hi = Number((value >> 32n) & 0xffffffffn);
    if (le) {
      for (let i = 0; i < 4; i++) { buf[offset + i] = lo; lo >>>= 8; }
      for (let i = 4; i < 8; i++) { buf[offset + i] = hi; hi >>>= 8; }
    } else {
      for (let i = 7; i >= 4; i--) { buf[offset + i] = lo; lo >>>= 8; }
      for (let i = 3; i >= 0; i--) { buf[offset + i] = hi; hi >>>= 8; }
    }
    return offset + 8;
  }
  const U64MAX = 0xffffffffffffffffn;
  const I64MIN = -(2n ** 63n);
  const I64MAX = 2n ** 63n - 1n;
  proto.writeBigUInt64LE = function writeBigUInt64LE(value, offset = 0) { return writeBig(this, value, offset, 0n, U64MAX, true); };
  proto.writeBigUInt64BE = function writeBigUInt64BE(value, offset = 0) { return writeBig(this, value, offset, 0n, U64MAX, false); };
  proto.writeBigInt64LE = function writeBigInt64LE(value, offset = 0) { return writeBig(this, value, offset, I64MIN, I64MAX, true); };
  proto.writeBigInt64BE = function writeBigInt64BE(value, offset = 0) { return writeBig(this, value, offset, I64MIN, I64MAX, false); };

  // Lowercase "Uint" aliases.
  const aliases = [
    'readUInt8', 'readUInt16LE', 'readUInt16BE', 'readUInt32LE', 'readUInt32BE', 'readUIntLE', 'readUIntBE',
    'readBigUInt64LE', 'readBigUInt64BE',
    'writeUInt8', 'writeUInt16LE', 'writeUInt16BE', 'writeUInt32LE', 'writeUInt32BE', 'writeUIntLE', 'writeUIntBE',
    'writeBigUInt64LE', 'writeBigUInt64BE',
  ];
  for (let i = 0; i < aliases.length; i++) {
    proto[aliases[i].replace('UInt', 'Uint')] = proto[aliases[i]];
  }

  // --- atob / btoa -----------------------------------------------------------------------

  function btoa(input) {
    if (arguments.length === 0) throw new (codes.ERR_MISSING_ARGS)('input');
    input = '' + input;
    if (/[^\x00-\xff]/.test(input)) throw invalidCharacter('Invalid character');
    return codecs.base64Encode(codecs.latin1Encode(input), false);
  }

  function atob(input) {
    if (arguments.length === 0) throw new (codes.ERR_MISSING_ARGS)('input');
    input = '' + input;
    // WHATWG forgiving-base64: drop ASCII whitespace, validate, decode.
    let s = input.replace(/[\t\n\f\r ]+/g, '');
    if (s.length % 4 === 0) {
      if (s.endsWith('==')) s = s.slice(0, -2);
      else if (s.endsWith('=')) s = s.slice(0, -1);
    }
    if (/[^A-Za-z0-9+/]/.test(s)) throw invalidCharacter('Invalid character');
    if (s.length % 4 === 1) {
      throw invalidCharacter('The string to be decoded is not correctly encoded.');
    }
    return latin1Decode(codecs.base64Decode(s));
  }

  // --- isUtf8 / isAscii ------------------------------------------------------------------

  function bytesOfInput(input) {
    if (isView(input)) return asBytes(input);
    if (isAnyArrayBuffer(input)) return new Uint8Array(input);
    throw argType('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }

  function strictUtf8(u8) {
    const n = u8.length;
    let i = 0;
    while (i < n) {
      const c = u8[i];
      if (c < 0x80) { i++; continue; }
      let need;
      let min;
      if (c >= 0xc2 && c <= 0xdf) { need = 1; min = 0x80; } else if (c >= 0xe0 && c <= 0xef) { need = 2; min = 0x800; } else if (c >= 0xf0 && c <= 0xf4) { need = 3; min = 0x10000; } else return false;
      if (i + need >= n) return false;
      let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
      for (let j = 1; j <= need; j++) {
        const d = u8[i + j];
        if (d === undefined || (d & 0xc0) !== 0x80) return false;
        cp = (cp << 6) | (d & 0x3f);
      }
      if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
      i += need + 1;
    }
    return true;
  }

  function isUtf8(input) {
    const u8 = bytesOfInput(input);
    const s = utf8Decode(u8);
    if (s.indexOf('\ufffd') === -1) return true;
    return strictUtf8(u8);
  }

  function isAscii(input) {
    const u8 = bytesOfInput(input);
    return !/[\x80-\xff]/.test(latin1Decode(u8));
  }

  // --- transcode -------------------------------------------------------------------------

  function transcode(source, fromEncoding, toEncoding) {
    if (!isUint8Array(source)) throw argType('source', ['Buffer', 'Uint8Array'], source);
    if (source.length === 0) return new FastBuffer(0);
    const from = normalize(fromEncoding) || fromEncoding;
    const to = normalize(toEncoding) || toEncoding;
    const ok = { utf8: 1, utf16le: 1, latin1: 1, ascii: 1 };
    if (!ok[from] || !ok[to]) {
      const err = new Error('Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]');
      err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
      err.errno = 1;
      throw err;
    }
    let str = codecs.decode(source, 0, source.length, from);
    if (to === 'latin1') str = str.replace(/[\ud800-\udbff][\udc00-\udfff]|[^\x00-\xff]/g, '?');
    else if (to === 'ascii') str = str.replace(/[\ud800-\udbff][\udc00-\udfff]|[^\x00-\x7f]/g, '?');
    return wrap(codecs.encode(str, to));
  }

  // --- Blob / File -----------------------------------------------------------------------

  const kBytes = Symbol('kBytes');
  const kType = Symbol('kType');

  function blobPart(part, endings) {
    if (typeof part === 'string') {
      if (endings === 'native') part = part.replace(/\r?\n/g, '\n');
      return utf8Encode(part);
    }
    if (part instanceof Blob) return part[kBytes];
    if (isView(part)) return new Uint8Array(part.buffer, part.byteOffset, part.byteLength).slice();
    if (isAnyArrayBuffer(part)) return new Uint8Array(part).slice();
    return utf8Encode('' + part);
  }

  class Blob {
    constructor(sources = [], options) {
      if (sources === null || typeof sources[Symbol.iterator] !== 'function' ||
          typeof sources === 'string') {
        // WebIDL sequence conversion failure: a plain TypeError that carries a code.
        const err = new TypeError('Value cannot be converted to sequence.');
        err.code = 'ERR_INVALID_ARG_TYPE';
        throw err;
      }
      if (options !== undefined && (options === null || typeof options !== 'object') &&
          typeof options !== 'function') {
        throw argType('options', 'Object', options);
      }
      let endings = 'transparent';
      let type = '';
      if (options) {
        if (options.endings !== undefined) endings = '' + options.endings;
        if (options.type !== undefined) type = '' + options.type;
      }
      if (endings !== 'transparent' && endings !== 'native') {
        const C = codes.ERR_INVALID_ARG_VALUE;
        throw new C('options.endings', endings);
      }
      const parts = [];
      let total = 0;
      for (const part of sources) {
        const b = blobPart(part, endings);
        parts.push(b);
        total += b.length;
      }
      const bytes = new Uint8Array(total);
      let pos = 0;
      for (let i = 0; i < parts.length; i++) { bytes.set(parts[i], pos); pos += parts[i].length; }
      this[kBytes] = bytes;
      this[kType] = /[^\u0020-\u007e]/.test(type) ? '' : type.toLowerCase();
    }

    get size() { return this[kBytes].length; }
    get type() { return this[kType]; }

    slice(start = 0, end = this.size, contentType = '') {
      const size = this.size;
      start = +start || 0;
      end = +end;
      if (end !== end) end = 0;
      if (start < 0) start = Math.max(size + start, 0); else start = Math.min(start, size);
      if (end < 0) end = Math.max(size + end, 0); else end = Math.min(end, size);
      const blob = new Blob();
      blob[kBytes] = this[kBytes].subarray(Math.trunc(start), Math.max(Math.trunc(end), Math.trunc(start)));
      const t = '' + contentType;
      blob[kType] = /[^\u0020-\u007e]/.test(t) ? '' : t.toLowerCase();
      return blob;
    }

    text() {
      return Promise.resolve(utf8Decode(this[kBytes]));
    }

    arrayBuffer() {
      return Promise.resolve(this[kBytes].slice().buffer);
    }

    bytes() {
      return Promise.resolve(this[kBytes].slice());
    }

    stream() {
      const RS = globalThis.ReadableStream;
      if (typeof RS !== 'function') throw notImplemented('Blob.stream');
      const bytes = this[kBytes];
      return new RS({
        type: 'bytes',
        start(controller) {
          if (bytes.length > 0) controller.enqueue(bytes.slice());
          controller.close();
        },
      });
    }

    [customInspectSymbol](depth, options) {
      if (depth < 0) return this;
      const util = require('util');
      return 'Blob ' + util.inspect({ size: this.size, type: this.type },
        Object.assign({}, options, { depth: options && options.depth == null ? null : options && options.depth - 1 }));
    }
  }
  Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });
  for (const k of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'bytes', 'stream']) {
    const d = Object.getOwnPropertyDescriptor(Blob.prototype, k);
    d.enumerable = true;
    delete Blob.prototype[k];
    Object.defineProperty(Blob.prototype, k, d);
  }

  const kName = Symbol('kName');
  const kLastModified = Symbol('kLastModified');
  class File extends Blob {
    constructor(fileBits, fileName, options = {}) {
      if (arguments.length < 2) {
        throw new (codes.ERR_MISSING_ARGS)('fileBits', 'fileName');
      }
      super(fileBits, options);
      let lastModified = options && options.lastModified;
      if (lastModified !== undefined) {
        lastModified = +lastModified;
        if (lastModified !== lastModified) lastModified = 0;
      } else {
        lastModified = Date.now();
      }
      this[kName] = '' + fileName;
      this[kLastModified] = lastModified;
    }
    get name() { return this[kName]; }
    get lastModified() { return this[kLastModified]; }
    [customInspectSymbol](depth, options) {
      if (depth < 0) return this;
      const util = require('util');
      return 'File ' + util.inspect({ size: this.size, type: this.type, name: this.name,
        lastModified: this.lastModified }, options);
    }
  }
  Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });

  function resolveObjectURL(url) {
    url = '' + url;
    return undefined;
  }

  // --- exports ---------------------------------------------------------------------------

  const constants = {};
  Object.defineProperties(constants, {
    MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
    MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
  });

  const exportsObj = {
    Buffer,
    SlowBuffer,
    transcode,
    isUtf8,
    isAscii,
    kMaxLength,
    kStringMaxLength,
    btoa,
    atob,
    constants,
    INSPECT_MAX_BYTES: 50,
    Blob,
    resolveObjectURL,
    File,
  };
  Object.defineProperty(exportsObj, 'INSPECT_MAX_BYTES', {
    configurable: true,
    enumerable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(val) {
      validateNumber(val, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = val;
    },
  });

  return exportsObj;
})();
