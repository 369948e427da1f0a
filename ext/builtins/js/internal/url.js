// internal/url -- WHATWG URL and URLSearchParams (URL Standard parser, serializer, setters)
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;

  const { codes } = require('internal/errors');

  const EOF = -1;
  const kCtx = Symbol('context');
  const kList = Symbol('query');
  const kURL = Symbol('url');
  const inspectSym = Symbol.for('nodejs.util.inspect.custom');

  // ------------------------------------------------------------ percent-encode sets
  // bit 1 C0 control, 2 fragment, 4 query, 8 special-query, 16 path, 32 userinfo,
  // 64 component, 128 form-urlencoded. Only ASCII is tabled; everything else is encoded.
  const SETS = new Uint8Array(128);
  (function () {
    function add(chars, bits) {
      for (let i = 0; i < chars.length; i++) SETS[chars.charCodeAt(i)] |= bits;
    }
    for (let c = 0; c < 0x20; c++) SETS[c] = 0xff;
    SETS[0x7f] = 0xff;
    add(' "<>`', 2 | 4 | 8 | 16 | 32 | 64 | 128);
    SETS[0x60] &= ~(4 | 8); // '`' is not in the query sets
    add('#', 4 | 8 | 16 | 32 | 64 | 128);
    add('\'', 8 | 128);
    add('?`{}', 16 | 32 | 64 | 128);
    add('^', 16); // Node 24 (ada) also escapes '^' in paths
    add('/:;=@[\\]^|', 32 | 64 | 128);
    add('$%&+,', 64 | 128);
    add('!\'()~', 128);
  })();
  const C0 = 1;
  const FRAGMENT = 2;
  const QUERY = 4;
  const SPECIAL_QUERY = 8;
  const PATH = 16;
  const USERINFO = 32;
  const COMPONENT = 64;
  const FORM = 128;

  const HEX = '0123456789ABCDEF';
  function pctByte(b) {
    return '%' + HEX[b >> 4] + HEX[b & 15];
  }

  // UTF-8 percent-encode `s` with the given set. Lone surrogates become U+FFFD.
  function encode(s, set, spaceAsPlus) {
    const len = s.length;
    let i = 0;
    for (; i < len; i++) {
      const c = s.charCodeAt(i);
      if (c >= 128 || (SETS[c] & set) !== 0) break;
    }
    if (i === len) return s;
    let out = s.slice(0, i);
    let last = i;
    for (; i < len; i++) {
      let c = s.charCodeAt(i);
      if (c < 128) {
        if ((SETS[c] & set) === 0) continue;
        if (last < i) out += s.slice(last, i);
        out += spaceAsPlus && c === 32 ? '+' : pctByte(c);
        last = i + 1;
        continue;
      }
      if (last < i) out += s.slice(last, i);
      if (c < 0x800) {
        out += pctByte(0xc0 | (c >> 6)) + pctByte(0x80 | (c & 63));
      } else if (c >= 0xd800 && c <= 0xdfff) {
        const d = i + 1 < len ? s.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
          out += pctByte(0xf0 | (c >> 18)) + pctByte(0x80 | ((c >> 12) & 63)) +
            pctByte(0x80 | ((c >> 6) & 63)) + pctByte(0x80 | (c & 63));
        } else {
          out += '%EF%BF%BD';
        }
      } else {
        out += pctByte(0xe0 | (c >> 12)) + pctByte(0x80 | ((c >> 6) & 63)) + pctByte(0x80 | (c & 63));
      }
      last = i + 1;
    }
    if (last < len) out += s.slice(last);
    return out;
  }

  function hexVal(c) {
    if (c >= 48 && c <= 57) return c - 48;
    if (c >= 65 && c <= 70) return c - 55;
    if (c >= 97 && c <= 102) return c - 87;
    return -1;
  }

  // Decode UTF-8 bytes (array of numbers) to a string, U+FFFD for each maximal bad subpart.
  function utf8Decode(bytes) {
    let out = '';
    const n = bytes.length;
    let i = 0;
    while (i < n) {
      const b = bytes[i];
      if (b < 0x80) { out += String.fromCharCode(b); i++; continue; }
      let need = 0;
      let cp = 0;
      let lo = 0x80;
      let hi = 0xbf;
      if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; } else if (b >= 0xe0 && b <= 0xef) {
        need = 2; cp = b & 0xf;
        if (b === 0xe0) lo = 0xa0;
        if (b === 0xed) hi = 0x9f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        need = 3; cp = b & 7;
        if (b === 0xf0) lo = 0x90;
        if (b === 0xf4) hi = 0x8f;
      } else { out += '\ufffd'; i++; continue; }
      let j = i + 1;
      let ok = true;
      for (let k = 0; k < need; k++, j++) {
        const x = j < n ? bytes[j] : -1;
        if (x < lo || x > hi) { ok = false; break; }
        lo = 0x80; hi = 0xbf;
        cp = (cp << 6) | (x & 63);
      }
      if (!ok) { out += '\ufffd'; i = j; continue; }
      out += String.fromCodePoint(cp);
      i = j;
    }
    return out;
  }

  // Percent-decode a string, then decode the bytes as UTF-8.
  function percentDecode(s, plusAsSpace) {
    let has = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 37 || c >= 128 || (plusAsSpace && c === 43)) { has = true; break; }
    }
    if (!has) return s;
    const bytes = [];
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c === 37 && i + 2 < s.length + 0 && i + 2 <= s.length - 1 + 0) {
        const h = hexVal(s.charCodeAt(i + 1));
        const l = hexVal(s.charCodeAt(i + 2));
        if (h !== -1 && l !== -1) { bytes.push(h * 16 + l); i += 2; continue; }
        bytes.push(37);
      } else if (plusAsSpace && c === 43) {
        bytes.push(32);
      } else if (c < 0x80) {
        bytes.push(c);
      } else {
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
          const d = s.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
        }
        if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
        if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
        else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
        else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      }
    }
    return utf8Decode(bytes);
  }

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

  // ------------------------------------------------------------ punycode (RFC 3492)
  const BASE = 36;
  const TMIN = 1;
  const TMAX = 26;
  function adapt(delta, numPoints, first) {
    delta = first ? Math.floor(delta / 700) : delta >> 1;
    delta += Math.floor(delta / numPoints);
    let k = 0;
    while (delta > 455) { delta = Math.floor(delta / 35); k += BASE; }
    return k + Math.floor(36 * delta / (delta + 38));
  }
  function digitChar(d) {
    return String.fromCharCode(d < 26 ? d + 97 : d + 22);
  }
  function punyEncode(input) {
    const cps = Array.from(input, (ch) => ch.codePointAt(0));
    let out = '';
    for (const cp of cps) if (cp < 128) out += String.fromCharCode(cp);
    const basic = out.length;
    let h = basic;
    if (basic > 0) out += '-';
    let n = 128;
    let delta = 0;
    let bias = 72;
    while (h < cps.length) {
      let m = 0x7fffffff;
      for (const cp of cps) if (cp >= n && cp < m) m = cp;
      if ((m - n) > Math.floor((0x7fffffff - delta) / (h + 1))) return null;
      delta += (m - n) * (h + 1);
      n = m;
      for (const cp of cps) {
        if (cp < n) delta++;
        if (cp === n) {
          let q = delta;
          for (let k = BASE; ; k += BASE) {
            const t = k <= bias ? TMIN : (k >= bias + TMAX ? TMAX : k - bias);
            if (q < t) break;
            out += digitChar(t + (q - t) % (BASE - t));
            q = Math.floor((q - t) / (BASE - t));
          }
          out += digitChar(q);
          bias = adapt(delta, h + 1, h === basic);
          delta = 0;
          h++;
        }
      }
      delta++;
      n++;
    }
    return out;
  }
  function punyDecode(input) {
    const out = [];
    let b = input.lastIndexOf('-');
    if (b < 0) b = 0;
    for (let j = 0; j < b; j++) {
      const c = input.charCodeAt(j);
      if (c >= 128) return null;
      out.push(c);
    }
    let i = 0;
    let n = 128;
    let bias = 72;
    for (let idx = b > 0 ? b + 1 : 0; idx < input.length;) {
      const oldi = i;
      let w = 1;
      for (let k = BASE; ; k += BASE) {
        if (idx >= input.length) return null;
        const c = input.charCodeAt(idx++);
        const digit = c - 48 < 10 ? c - 22 : c - 65 < 26 ? c - 65 : c - 97 < 26 ? c - 97 : BASE;
        if (digit >= BASE || digit > Math.floor((0x7fffffff - i) / w)) return null;
        i += digit * w;
        const t = k <= bias ? TMIN : (k >= bias + TMAX ? TMAX : k - bias);
        if (digit < t) break;
        w *= BASE - t;
      }
      const len = out.length + 1;
      bias = adapt(i - oldi, len, oldi === 0);
      n += Math.floor(i / len);
      i %= len;
      if (n > 0x10ffff) return null;
      out.splice(i++, 0, n);
    }
    return String.fromCodePoint(...out);
  }

  function isAsciiOnly(s) {
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
    return true;
  }

  // Simplified UTS #46 ToASCII: map full-width dots, drop soft hyphens, lowercase and
  // NFC-normalize, then punycode non-ASCII labels. Returns null on failure.
  function domainToASCIIInternal(domain) {
    let d = domain;
    if (!isAsciiOnly(d)) {
      d = d.replace(/[\u3002\uff0e\uff61]/g, '.').replace(/[\u00ad\u200b\u2060\ufeff]/g, '');
      d = d.normalize('NFKC').toLowerCase().normalize('NFC');
    } else {
      d = d.toLowerCase();
    }
    // An all-ASCII domain is taken as is (Node 24 does not verify its xn-- labels).
    if (isAsciiOnly(d)) return d;
    const labels = d.split('.');
    for (let i = 0; i < labels.length; i++) {
      const l = labels[i];
      if (l.startsWith('xn--')) {
        // Next to non-ASCII labels, existing A-labels must be valid punycode.
        if (!isAsciiOnly(l) || validALabel(l) === null) return null;
      } else if (!isAsciiOnly(l)) {
        const enc = punyEncode(l);
        if (enc === null) return null;
        labels[i] = 'xn--' + enc;
      }
    }
    return labels.join('.');
  }

  // The decoded form of an A-label ("xn--..."), or null when it is not valid punycode.
  function validALabel(l) {
    const dec = punyDecode(l.slice(4));
    if (dec === null || dec === '' || isAsciiOnly(dec) || /[\u0080-\u009f]/.test(dec) ||
        punyEncode(dec) !== l.slice(4)) return null;
    return dec;
  }

  function domainToUnicodeInternal(domain) {
    const labels = domain.toLowerCase().split('.');
    for (let i = 0; i < labels.length; i++) {
      const l = labels[i];
      if (l.startsWith('xn--')) {
        // Labels that do not decode cleanly are kept as they are.
        const dec = validALabel(l);
        if (dec !== null) labels[i] = dec;
      }
    }
    return labels.join('.');
  }

  // ------------------------------------------------------------ hosts
  // forbidden host code points (bit 1) and forbidden domain code points (bit 2)
  const FORBID = new Uint8Array(128);
  (function () {
    const host = '\u0000\t\n\r #/:<>?@[\\]^|';
    for (let i = 0; i < host.length; i++) FORBID[host.charCodeAt(i)] = 3;
    for (let c = 0; c < 0x20; c++) FORBID[c] |= 2;
    FORBID[37] |= 2;
    FORBID[0x7f] |= 2;
  })();

  function parseIPv4Number(s) {
    if (s.length === 0) return NaN;
    let radix = 10;
    let start = 0;
    if (s.length >= 2 && s.charCodeAt(0) === 48 && (s.charCodeAt(1) === 120 || s.charCodeAt(1) === 88)) {
      radix = 16; start = 2;
    } else if (s.length >= 2 && s.charCodeAt(0) === 48) {
      radix = 8; start = 1;
    }
    if (start === s.length) return 0;
    let v = 0;
    for (let i = start; i < s.length; i++) {
      const c = s.charCodeAt(i);
      let d;
      if (c >= 48 && c <= 57) d = c - 48;
      else if (radix === 16) { d = hexVal(c); if (d === -1) return NaN; } else return NaN;
      if (d >= radix) return NaN;
      v = v * radix + d;
    }
    return v;
  }

  function endsInNumber(s) {
    const parts = s.split('.');
    if (parts[parts.length - 1] === '') {
      if (parts.length === 1) return false;
      parts.pop();
    }
    const last = parts[parts.length - 1];
    if (last.length > 0) {
      let digits = true;
      for (let i = 0; i < last.length; i++) {
        const c = last.charCodeAt(i);
        if (c < 48 || c > 57) { digits = false; break; }
      }
      if (digits) return true;
    }
    return !Number.isNaN(parseIPv4Number(last));
  }

  function parseIPv4(s) {
    const parts = s.split('.');
    if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
    if (parts.length > 4) return null;
    const nums = [];
    for (const p of parts) {
      const n = parseIPv4Number(p);
      if (Number.isNaN(n)) return null;
      nums.push(n);
    }
    for (let i = 0; i < nums.length - 1; i++) if (nums[i] > 255) return null;
    const last = nums[nums.length - 1];
    if (last >= Math.pow(256, 5 - nums.length)) return null;
    let v = last;
    for (let i = 0; i < nums.length - 1; i++) v += nums[i] * Math.pow(256, 3 - i);
    return ((v / 16777216) >>> 0) + '.' + ((v >>> 16) & 255) + '.' + ((v >>> 8) & 255) + '.' + (v & 255);
  }

  function parseIPv6(s) {
    const a = [0, 0, 0, 0, 0, 0, 0, 0];
    let piece = 0;
    let compress = -1;
    let p = 0;
    const len = s.length;
    const at = (i) => (i < len ? s.charCodeAt(i) : EOF);
    if (at(0) === 58) {
      if (at(1) !== 58) return null;
      p = 2;
      compress = ++piece;
    }
    while (at(p) !== EOF) {
      if (piece === 8) return null;
      if (at(p) === 58) {
        if (compress !== -1) return null;
        p++;
        compress = ++piece;
        continue;
      }
      let value = 0;
      let length = 0;
      while (length < 4 && hexVal(at(p)) !== -1) {
        value = value * 16 + hexVal(at(p));
        p++; length++;
      }
      if (at(p) === 46) {
        if (length === 0) return null;
        p -= length;
        if (piece > 6) return null;
        let seen = 0;
        while (at(p) !== EOF) {
          let v4 = -1;
          if (seen > 0) {
            if (at(p) === 46 && seen < 4) p++;
            else return null;
          }
          if (!(at(p) >= 48 && at(p) <= 57)) return null;
          while (at(p) >= 48 && at(p) <= 57) {
            const n = at(p) - 48;
            if (v4 === -1) v4 = n;
            else if (v4 === 0) return null;
            else v4 = v4 * 10 + n;
            if (v4 > 255) return null;
            p++;
          }
          a[piece] = a[piece] * 256 + v4;
          seen++;
          if (seen === 2 || seen === 4) piece++;
        }
        if (seen !== 4) return null;
        break;
      } else if (at(p) === 58) {
        p++;
        if (at(p) === EOF) return null;
      } else if (at(p) !== EOF) {
        return null;
      }
      a[piece] = value;
      piece++;
    }
    if (compress !== -1) {
      let swaps = piece - compress;
      piece = 7;
      while (piece !== 0 && swaps > 0) {
        const t = a[compress + swaps - 1];
        a[compress + swaps - 1] = a[piece];
        a[piece] = t;
        piece--; swaps--;
      }
    } else if (piece !== 8) {
      return null;
    }
    return a;
  }

  function serializeIPv6(a) {
    let best = -1;
    let bestLen = 1;
    for (let i = 0; i < 8;) {
      if (a[i] !== 0) { i++; continue; }
      let j = i;
      while (j < 8 && a[j] === 0) j++;
      if (j - i > bestLen) { best = i; bestLen = j - i; }
      i = j;
    }
    let out = '';
    let ignore0 = false;
    for (let i = 0; i < 8; i++) {
      if (ignore0 && a[i] === 0) continue;
      ignore0 = false;
      if (best === i) {
        out += i === 0 ? '::' : ':';
        ignore0 = true;
        continue;
      }
      out += a[i].toString(16);
      if (i !== 7) out += ':';
    }
    return out;
  }

  // Returns the serialized host or null on failure.
  function parseHost(input, special) {
    if (input.charCodeAt(0) === 91) {
      if (input.charCodeAt(input.length - 1) !== 93) return null;
      const a = parseIPv6(input.slice(1, -1));
      return a === null ? null : '[' + serializeIPv6(a) + ']';
    }
    if (!special) {
      for (let i = 0; i < input.length; i++) {
        const c = input.charCodeAt(i);
        if (c < 128 && (FORBID[c] & 1) !== 0) return null;
      }
      return encode(input, C0, false);
    }
    // fast path: plain lowercase ASCII domain without percent signs
    let simple = true;
    for (let i = 0; i < input.length; i++) {
      const c = input.charCodeAt(i);
      if (!((c >= 97 && c <= 122) || c === 46 || c === 45 || (c >= 48 && c <= 57) || c === 95)) {
        simple = false;
        break;
      }
    }
    let ascii;
    if (simple) {
      ascii = input;
      if (ascii.indexOf('xn--') !== -1) ascii = domainToASCIIInternal(ascii);
    } else {
      ascii = domainToASCIIInternal(percentDecode(input, false));
    }
    if (ascii === null || ascii === '') return null;
    if (!simple) {
      for (let i = 0; i < ascii.length; i++) {
        const c = ascii.charCodeAt(i);
        if (c < 128 && (FORBID[c] & 2) !== 0) return null;
      }
    }
    const last = ascii.charCodeAt(ascii.length - 1);
    if ((last >= 48 && last <= 57) || last === 46 || (last >= 97 && last <= 102) || last === 120) {
      if (endsInNumber(ascii)) return parseIPv4(ascii);
    }
    return ascii;
  }

  // ------------------------------------------------------------ the URL record
  const SPECIAL = { __proto__: null, 'ftp': 21, 'file': -1, 'http': 80, 'https': 443, 'ws': 80, 'wss': 443 };
  function isSpecialScheme(s) { return SPECIAL[s] !== undefined; }
  function defaultPort(s) { const p = SPECIAL[s]; return p === undefined || p === -1 ? null : p; }

  function newRecord() {
    return {
      scheme: '', username: '', password: '', host: null, port: null,
      path: [], opaque: false, query: null, fragment: null, special: false, href: null,
    };
  }

  function isAlpha(c) { return (c >= 65 && c <= 90) || (c >= 97 && c <= 122); }
  function isDigit(c) { return c >= 48 && c <= 57; }
  function isWinDriveLetter(s, normalizedOnly) {
    return s.length === 2 && isAlpha(s.charCodeAt(0)) &&
      (s.charCodeAt(1) === 58 || (!normalizedOnly && s.charCodeAt(1) === 124));
  }
  function startsWithWinDriveLetter(s, p) {
    if (s.length - p < 2) return false;
    if (!isAlpha(s.charCodeAt(p))) return false;
    const c1 = s.charCodeAt(p + 1);
    if (c1 !== 58 && c1 !== 124) return false;
    if (s.length - p === 2) return true;
    const c2 = s.charCodeAt(p + 2);
    return c2 === 47 || c2 === 92 || c2 === 63 || c2 === 35;
  }
  function isSingleDot(s) {
    return s === '.' || (s.length === 3 && s.toLowerCase() === '%2e');
  }
  function isDoubleDot(s) {
    if (s === '..') return true;
    if (s.length < 4 || s.length > 6) return false;
    const l = s.toLowerCase();
    return l === '.%2e' || l === '%2e.' || l === '%2e%2e';
  }
  function shortenPath(url) {
    const path = url.path;
    if (url.scheme === 'file' && path.length === 1 && isWinDriveLetter(path[0], true)) return;
    path.pop();
  }
  function hasCredentials(url) { return url.username !== '' || url.password !== ''; }

  const S_SCHEME_START = 1;
  const S_SCHEME = 2;
  const S_NO_SCHEME = 3;
  const S_SPECIAL_RELATIVE_OR_AUTHORITY = 4;
  const S_PATH_OR_AUTHORITY = 5;
  const S_RELATIVE = 6;
  const S_RELATIVE_SLASH = 7;
  const S_SPECIAL_AUTHORITY_SLASHES = 8;
  const S_SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
  const S_AUTHORITY = 10;
  const S_HOST = 11;
  const S_HOSTNAME = 12;
  const S_PORT = 13;
  const S_FILE = 14;
  const S_FILE_SLASH = 15;
  const S_FILE_HOST = 16;
  const S_PATH_START = 17;
  const S_PATH = 18;
  const S_OPAQUE_PATH = 19;
  const S_QUERY = 20;
  const S_FRAGMENT = 21;

  const FAIL = false;

  function stripInput(input, trim) {
    let start = 0;
    let end = input.length;
    if (trim) {
      while (start < end && input.charCodeAt(start) <= 0x20) start++;
      while (end > start && input.charCodeAt(end - 1) <= 0x20) end--;
    }
    let s = start === 0 && end === input.length ? input : input.slice(start, end);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 9 || c === 10 || c === 13) { s = s.replace(/[\t\n\r]/g, ''); break; }
    }
    return s;
  }

  // The basic URL parser. Returns the record, FAIL, or (with a state override) undefined.
  function basicParse(input, base, url, override) {
    input = stripInput(input, url === undefined);
    if (url === undefined) url = newRecord();
    let state = override || S_SCHEME_START;
    let buffer = '';
    let inBrackets = false;
    const len = input.length;
    for (let p = 0; ; p++) {
      const c = p < len ? input.charCodeAt(p) : EOF;
      switch (state) {
        case S_SCHEME_START:
          if (isAlpha(c)) {
            buffer += String.fromCharCode(c | 0x20);
            state = S_SCHEME;
          } else if (!override) {
            state = S_NO_SCHEME;
            p--;
          } else {
            return FAIL;
          }
          break;
        case S_SCHEME:
          if (isAlpha(c) || isDigit(c) || c === 43 || c === 45 || c === 46) {
            buffer += String.fromCharCode(c >= 65 && c <= 90 ? c | 0x20 : c);
          } else if (c === 58) {
            const special = isSpecialScheme(buffer);
            if (override) {
              if (url.special !== special) return;
              if ((hasCredentials(url) || url.port !== null) && buffer === 'file') return;
              if (url.scheme === 'file' && url.host === '') return;
            }
            url.scheme = buffer;
            url.special = special;
            if (override) {
              if (url.port === defaultPort(buffer)) url.port = null;
              return;
            }
            buffer = '';
            if (url.scheme === 'file') {
              state = S_FILE;
            } else if (special && base && base.scheme === url.scheme) {
              state = S_SPECIAL_RELATIVE_OR_AUTHORITY;
            } else if (special) {
              state = S_SPECIAL_AUTHORITY_SLASHES;
            } else if (p + 1 < len && input.charCodeAt(p + 1) === 47) {
              state = S_PATH_OR_AUTHORITY;
              p++;
            } else {
              url.path = '';
              url.opaque = true;
              state = S_OPAQUE_PATH;
            }
          } else if (!override) {
            buffer = '';
            state = S_NO_SCHEME;
            p = -1;
          } else {
            return FAIL;
          }
          break;
        case S_NO_SCHEME:
          if (!base || (base.opaque && c !== 35)) return FAIL;
          if (base.opaque && c === 35) {
            url.scheme = base.scheme;
            url.special = base.special;
            url.path = base.path;
            url.opaque = true;
            url.query = base.query;
            url.fragment = '';
            state = S_FRAGMENT;
          } else if (base.scheme !== 'file') {
            state = S_RELATIVE;
            p--;
          } else {
            state = S_FILE;
            p--;
          }
          break;
        case S_SPECIAL_RELATIVE_OR_AUTHORITY:
          if (c === 47 && p + 1 < len && input.charCodeAt(p + 1) === 47) {
            state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
            p++;
          } else {
            state = S_RELATIVE;
            p--;
          }
          break;
        case S_PATH_OR_AUTHORITY:
          if (c === 47) {
            state = S_AUTHORITY;
          } else {
            state = S_PATH;
            p--;
          }
          break;
        case S_RELATIVE:
          url.scheme = base.scheme;
          url.special = base.special;
          if (c === 47 || (url.special && c === 92)) {
            state = S_RELATIVE_SLASH;
          } else {
            url.username = base.username;
            url.password = base.password;
            url.host = base.host;
            url.port = base.port;
            url.path = base.path.slice();
            url.query = base.query;
            if (c === 63) {
              url.query = '';
              state = S_QUERY;
            } else if (c === 35) {
              url.fragment = '';
              state = S_FRAGMENT;
            } else if (c !== EOF) {
              url.query = null;
              shortenPath(url);
              state = S_PATH;
              p--;
            }
          }
          break;
        case S_RELATIVE_SLASH:
          if (url.special && (c === 47 || c === 92)) {
            state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
          } else if (c === 47) {
            state = S_AUTHORITY;
          } else {
            url.username = base.username;
            url.password = base.password;
            url.host = base.host;
            url.port = base.port;
            state = S_PATH;
            p--;
          }
          break;
        case S_SPECIAL_AUTHORITY_SLASHES:
          if (c === 47 && p + 1 < len && input.charCodeAt(p + 1) === 47) {
            p++;
          } else {
            p--;
          }
          state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
          break;
        case S_SPECIAL_AUTHORITY_IGNORE_SLASHES:
          if (c !== 47 && c !== 92) {
            state = S_AUTHORITY;
            p--;
          }
          break;
        case S_AUTHORITY: {
          // scan the whole authority at once
          let end = p;
          while (end < len) {
            const d = input.charCodeAt(end);
            if (d === 47 || d === 63 || d === 35 || (url.special && d === 92)) break;
            end++;
          }
          const auth = input.slice(p, end);
          const at = auth.lastIndexOf('@');
          if (at !== -1) {
            if (at === auth.length - 1) return FAIL; // credentials but no host
            const cred = auth.slice(0, at);
            const colon = cred.indexOf(':');
            if (colon === -1) {
              url.username += encode(cred, USERINFO, false);
            } else {
              url.username += encode(cred.slice(0, colon), USERINFO, false);
              url.password += encode(cred.slice(colon + 1), USERINFO, false);
            }
            p += at + 1;
          }
          state = S_HOST;
          p--;
          break;
        }
        case S_HOST:
        case S_HOSTNAME:
          if (override && url.scheme === 'file') {
            p--;
            state = S_FILE_HOST;
          } else if (c === 58 && !inBrackets) {
            if (buffer === '') return FAIL;
            if (override === S_HOSTNAME) return;
            const host = parseHost(buffer, url.special);
            if (host === null) return FAIL;
            url.host = host;
            buffer = '';
            state = S_PORT;
          } else if (c === EOF || c === 47 || c === 63 || c === 35 || (url.special && c === 92)) {
            p--;
            if (url.special && buffer === '') return FAIL;
            if (override && buffer === '' && (hasCredentials(url) || url.port !== null)) return;
            const host = parseHost(buffer, url.special);
            if (host === null) return FAIL;
            url.host = host;
            buffer = '';
            state = S_PATH_START;
            if (override) return;
          } else {
            if (c === 91) inBrackets = true;
            if (c === 93) inBrackets = false;
            // take a run of ordinary characters at once
            let end = p + 1;
            while (end < len) {
              const d = input.charCodeAt(end);
              if (d === 58 || d === 47 || d === 63 || d === 35 || d === 92 || d === 91 || d === 93) break;
              end++;
            }
            buffer += input.slice(p, end);
            p = end - 1;
          }
          break;
        case S_PORT:
          if (isDigit(c)) {
            buffer += String.fromCharCode(c);
          } else if (c === EOF || c === 47 || c === 63 || c === 35 || (url.special && c === 92) || override) {
            if (buffer !== '') {
              let i = 0;
              while (i < buffer.length - 1 && buffer.charCodeAt(i) === 48) i++;
              if (buffer.length - i > 5) return FAIL;
              const port = +buffer;
              if (port > 65535) return FAIL;
              url.port = port === defaultPort(url.scheme) ? null : port;
              buffer = '';
              if (override) return;
            }
            if (override) return FAIL;
            state = S_PATH_START;
            p--;
          } else {
            return FAIL;
          }
          break;
        case S_FILE:
          url.scheme = 'file';
          url.special = true;
          url.host = '';
          if (c === 47 || c === 92) {
            state = S_FILE_SLASH;
          } else if (base && base.scheme === 'file') {
            url.host = base.host;
            url.path = base.path.slice();
            url.query = base.query;
            if (c === 63) {
              url.query = '';
              state = S_QUERY;
            } else if (c === 35) {
              url.fragment = '';
              state = S_FRAGMENT;
            } else if (c !== EOF) {
              url.query = null;
              if (!startsWithWinDriveLetter(input, p)) shortenPath(url);
              else url.path = [];
              state = S_PATH;
              p--;
            }
          } else {
            state = S_PATH;
            p--;
          }
          break;
        case S_FILE_SLASH:
          if (c === 47 || c === 92) {
            state = S_FILE_HOST;
          } else {
            if (base && base.scheme === 'file') {
              url.host = base.host;
              if (!startsWithWinDriveLetter(input, p) && base.path.length > 0 &&
                  isWinDriveLetter(base.path[0], true)) {
                url.path.push(base.path[0]);
              }
            }
            state = S_PATH;
            p--;
          }
          break;
        case S_FILE_HOST:
          if (c === EOF || c === 47 || c === 92 || c === 63 || c === 35) {
            p--;
            if (!override && isWinDriveLetter(buffer, false)) {
              state = S_PATH;
            } else if (buffer === '') {
              url.host = '';
              if (override) return;
              state = S_PATH_START;
            } else {
              let host = parseHost(buffer, true);
              if (host === null) return FAIL;
              if (host === 'localhost') host = '';
              url.host = host;
              if (override) return;
              buffer = '';
              state = S_PATH_START;
            }
          } else {
            buffer += input[p];
          }
          break;
        case S_PATH_START:
          if (url.special) {
            state = S_PATH;
            if (c !== 47 && c !== 92) p--;
          } else if (!override && c === 63) {
            url.query = '';
            state = S_QUERY;
          } else if (!override && c === 35) {
            url.fragment = '';
            state = S_FRAGMENT;
          } else if (c !== EOF) {
            state = S_PATH;
            if (c !== 47) p--;
          } else if (override && url.host === null) {
            url.path.push('');
          }
          break;
        case S_PATH: {
          // gather one segment
          let end = p;
          const special = url.special;
          while (end < len) {
            const d = input.charCodeAt(end);
            if (d === 47 || (special && d === 92) || (!override && (d === 63 || d === 35))) break;
            end++;
          }
          if (end > p) buffer += input.slice(p, end);
          p = end;
          const d = p < len ? input.charCodeAt(p) : EOF;
          const slash = d === 47 || (special && d === 92);
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (!slash) url.path.push('');
          } else if (isSingleDot(buffer)) {
            if (!slash) url.path.push('');
          } else {
            if (url.scheme === 'file' && url.path.length === 0 && isWinDriveLetter(buffer, false)) {
              buffer = buffer[0] + ':';
            }
            url.path.push(encode(buffer, PATH, false));
          }
          buffer = '';
          if (d === 63) {
            url.query = '';
            state = S_QUERY;
          } else if (d === 35) {
            url.fragment = '';
            state = S_FRAGMENT;
          } else if (d === EOF) {
            return url;
          }
          break;
        }
        case S_OPAQUE_PATH: {
          let end = p;
          while (end < len) {
            const d = input.charCodeAt(end);
            if (d === 63 || d === 35) break;
            end++;
          }
          url.path += encode(input.slice(p, end), C0, false);
          p = end;
          const d = p < len ? input.charCodeAt(p) : EOF;
          if (d === 63) {
            url.query = '';
            state = S_QUERY;
          } else if (d === 35) {
            url.fragment = '';
            state = S_FRAGMENT;
          } else {
            return url;
          }
          break;
        }
        case S_QUERY: {
          let end = p;
          if (override) end = len;
          else {
            end = input.indexOf('#', p);
            if (end === -1) end = len;
          }
          url.query += encode(input.slice(p, end), url.special ? SPECIAL_QUERY : QUERY, false);
          p = end;
          if (p < len) {
            url.fragment = '';
            state = S_FRAGMENT;
          } else {
            return url;
          }
          break;
        }
        case S_FRAGMENT:
          url.fragment += encode(input.slice(p), FRAGMENT, false);
          return url;
        default:
          return FAIL;
      }
      if (p >= len) break;
    }
    return url;
  }

  function serialize(u, excludeFragment) {
    let out = u.scheme + ':';
    if (u.host !== null) {
      out += '//';
      if (u.username !== '' || u.password !== '') {
        out += u.username;
        if (u.password !== '') out += ':' + u.password;
        out += '@';
      }
      out += u.host;
      if (u.port !== null) out += ':' + u.port;
    }
    if (u.opaque) {
      out += u.path;
    } else {
      const path = u.path;
      if (u.host === null && path.length > 1 && path[0] === '') out += '/.';
      for (let i = 0; i < path.length; i++) out += '/' + path[i];
    }
    if (u.query !== null) out += '?' + u.query;
    if (!excludeFragment && u.fragment !== null) out += '#' + u.fragment;
    return out;
  }

  function pathString(u) {
    if (u.opaque) return u.path;
    let out = '';
    for (let i = 0; i < u.path.length; i++) out += '/' + u.path[i];
    return out;
  }

  function originOf(u) {
    switch (u.scheme) {
      case 'blob': {
        const inner = basicParse(pathString(u), null);
        if (inner && (inner.scheme === 'http' || inner.scheme === 'https')) return originOf(inner);
        return 'null';
      }
      case 'ftp':
      case 'http':
      case 'https':
      case 'ws':
      case 'wss':
        return u.scheme + '://' + u.host + (u.port !== null ? ':' + u.port : '');
      default:
        return 'null';
    }
  }

  function stripTrailingSpacesFromOpaquePath(u) {
    if (!u.opaque || u.fragment !== null || u.query !== null) return;
    u.path = u.path.replace(/ +$/, '');
  }

  function invalidURL(input, base) {
    const E = codes.ERR_INVALID_URL;
    const err = base === undefined ? new E(input) : new E(input, base);
    if (err.input === undefined) err.input = input;
    if (base !== undefined && err.base === undefined) err.base = base;
    return err;
  }

  // ------------------------------------------------------------ URL
  class URL {
    constructor(input, base = undefined) {
      if (arguments.length === 0) throw new (codes.ERR_MISSING_ARGS)('url');
      input = toUSV(input);
      let baseRec = null;
      if (base !== undefined) {
        base = toUSV(base);
        baseRec = basicParse(base, null);
        if (baseRec === FAIL) throw invalidURL(input, base);
      }
      const rec = basicParse(input, baseRec);
      if (rec === FAIL) throw invalidURL(input, base);
      this[kCtx] = rec;
      this[kList] = null;
    }

    static canParse(input, base = undefined) {
      if (arguments.length === 0) throw new (codes.ERR_MISSING_ARGS)('url');
      input = toUSV(input);
      let baseRec = null;
      if (base !== undefined) {
        baseRec = basicParse(toUSV(base), null);
        if (baseRec === FAIL) return false;
      }
      return basicParse(input, baseRec) !== FAIL;
    }

    static parse(input, base = undefined) {
      if (arguments.length === 0) throw new (codes.ERR_MISSING_ARGS)('url');
      input = toUSV(input);
      let baseRec = null;
      if (base !== undefined) {
        baseRec = basicParse(toUSV(base), null);
        if (baseRec === FAIL) return null;
      }
      const rec = basicParse(input, baseRec);
      if (rec === FAIL) return null;
      const u = Object.create(URL.prototype);
      u[kCtx] = rec;
      u[kList] = null;
      return u;
    }

    get href() {
      const r = ctx(this);
      if (r.href === null) r.href = serialize(r, false);
      return r.href;
    }
    set href(value) {
      const r = ctx(this);
      value = toUSV(value);
      const rec = basicParse(value, null);
      if (rec === FAIL) throw invalidURL(value);
      this[kCtx] = rec;
      const sp = this[kList];
      if (sp !== null) sp[kList] = parseForm(rec.query === null ? '' : rec.query);
      void r;
    }
    get origin() { return originOf(ctx(this)); }
    get protocol() { return ctx(this).scheme + ':'; }
    set protocol(value) {
      const r = ctx(this);
      basicParse(toUSV(value) + ':', null, r, S_SCHEME_START);
      r.href = null;
    }
    get username() { return ctx(this).username; }
    set username(value) {
      const r = ctx(this);
      if (r.host === null || r.host === '' || r.scheme === 'file') return;
      r.username = encode(toUSV(value), USERINFO, false);
      r.href = null;
    }
    get password() { return ctx(this).password; }
    set password(value) {
      const r = ctx(this);
      if (r.host === null || r.host === '' || r.scheme === 'file') return;
      r.password = encode(toUSV(value), USERINFO, false);
      r.href = null;
    }
    get host() {
      const r = ctx(this);
      if (r.host === null) return '';
      return r.port === null ? r.host : r.host + ':' + r.port;
    }
    set host(value) {
      const r = ctx(this);
      if (r.opaque) return;
      setViaOverride(r, toUSV(value), S_HOST);
    }
    get hostname() {
      const h = ctx(this).host;
      return h === null ? '' : h;
    }
    set hostname(value) {
      const r = ctx(this);
      if (r.opaque) return;
      setViaOverride(r, toUSV(value), S_HOSTNAME);
    }
    get port() {
      const p = ctx(this).port;
      return p === null ? '' : '' + p;
    }
    set port(value) {
      const r = ctx(this);
      if (r.host === null || r.host === '' || r.scheme === 'file') return;
      value = toUSV(value);
      if (value === '') {
        r.port = null;
        r.href = null;
        return;
      }
      setViaOverride(r, value, S_PORT);
    }
    get pathname() { return pathString(ctx(this)); }
    set pathname(value) {
      const r = ctx(this);
      if (r.opaque) return;
      const old = r.path;
      r.path = [];
      if (basicParse(toUSV(value), null, r, S_PATH_START) === FAIL) r.path = old;
      r.href = null;
    }
    get search() {
      const q = ctx(this).query;
      return q === null || q === '' ? '' : '?' + q;
    }
    set search(value) {
      const r = ctx(this);
      value = toUSV(value);
      r.href = null;
      const sp = this[kList];
      if (value === '') {
        r.query = null;
        if (sp !== null) sp[kList] = [];
        stripTrailingSpacesFromOpaquePath(r);
        return;
      }
      if (value.charCodeAt(0) === 63) value = value.slice(1);
      r.query = '';
      basicParse(value, null, r, S_QUERY);
      if (sp !== null) sp[kList] = parseForm(value);
    }
    get searchParams() {
      const r = ctx(this);
      let sp = this[kList];
      if (sp === null) {
        sp = new URLSearchParams();
        sp[kList] = parseForm(r.query === null ? '' : r.query);
        sp[kURL] = this;
        this[kList] = sp;
      }
      return sp;
    }
    get hash() {
      const f = ctx(this).fragment;
      return f === null || f === '' ? '' : '#' + f;
    }
    set hash(value) {
      const r = ctx(this);
      value = toUSV(value);
      r.href = null;
      if (value === '') {
        r.fragment = null;
        stripTrailingSpacesFromOpaquePath(r);
        return;
      }
      if (value.charCodeAt(0) === 35) value = value.slice(1);
      r.fragment = '';
      basicParse(value, null, r, S_FRAGMENT);
    }
    toString() { return this.href; }
    toJSON() { return this.href; }

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
      if (opts && opts.showHidden) obj[kCtx] = ctx(this);
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

  function ctx(u) {
    const r = u !== null && typeof u === 'object' ? u[kCtx] : undefined;
    if (r === undefined) throw new (codes.ERR_INVALID_THIS)('URL');
    return r;
  }

  // The spec's setters run the parser on the live record; partial changes stay.
  function setViaOverride(r, value, state) {
    basicParse(value, null, r, state);
    r.href = null;
  }

  // ------------------------------------------------------------ URLSearchParams
  function parseForm(s) {
    const list = [];
    const len = s.length;
    let start = 0;
    while (start <= len) {
      let amp = s.indexOf('&', start);
      if (amp === -1) amp = len;
      if (amp > start) {
        const eq = s.indexOf('=', start);
        let name;
        let value;
        if (eq === -1 || eq > amp) {
          name = s.slice(start, amp);
          value = '';
        } else {
          name = s.slice(start, eq);
          value = s.slice(eq + 1, amp);
        }
        list.push(percentDecode(name, true), percentDecode(value, true));
      }
      start = amp + 1;
    }
    return list;
  }

  function serializeForm(list) {
    let out = '';
    for (let i = 0; i < list.length; i += 2) {
      if (i > 0) out += '&';
      out += encode(list[i], FORM, true) + '=' + encode(list[i + 1], FORM, true);
    }
    return out;
  }

  function spList(sp) {
    const l = sp !== null && typeof sp === 'object' ? sp[kList] : undefined;
    if (l === undefined) throw new (codes.ERR_INVALID_THIS)('URLSearchParams');
    return l;
  }

  function updateURL(sp) {
    const u = sp[kURL];
    if (u === null) return;
    const r = u[kCtx];
    const q = serializeForm(sp[kList]);
    r.query = q === '' ? null : q;
    r.href = null;
    if (r.query === null) stripTrailingSpacesFromOpaquePath(r);
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

  function domainToASCII(domain) {
    if (arguments.length < 1) throw new (codes.ERR_MISSING_ARGS)('domain');
    const h = parseHost(toUSV(domain), true);
    return h === null ? '' : h;
  }

  function domainToUnicode(domain) {
    if (arguments.length < 1) throw new (codes.ERR_MISSING_ARGS)('domain');
    const h = parseHost(toUSV(domain), true);
    return h === null ? '' : domainToUnicodeInternal(h);
  }

  return {
    URL,
    URLSearchParams,
    isURL,
    domainToASCII,
    domainToUnicode,
    encodeStr: encode,
    percentDecode,
    toUSVString: toUSV,
    punycode: { encode: punyEncode, decode: punyDecode },
    domainToASCIIInternal,
    parseHost,
    sets: { C0, FRAGMENT, QUERY, SPECIAL_QUERY, PATH, USERINFO, COMPONENT, FORM },
  };
})();
