// node:path -- POSIX and Windows path manipulation (exports the posix flavour with .win32/.posix)
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;

  const SLASH = 47; // '/'
  const BSLASH = 92; // '\\'
  const DOT = 46;
  const COLON = 58;

  const { codes } = require('internal/errors');

  function checkString(value, name) {
    if (typeof value !== 'string') {
      throw new (codes.ERR_INVALID_ARG_TYPE)(name, 'string', value);
    }
  }

  function isPosixSep(c) { return c === SLASH; }
  function isWinSep(c) { return c === SLASH || c === BSLASH; }
  function isLetter(c) { return (c >= 65 && c <= 90) || (c >= 97 && c <= 122); }

  function cwd() {
    const p = globalThis.process;
    return p && typeof p.cwd === 'function' ? p.cwd() : '/';
  }

  // Collapse '.', '..' and repeated separators of a root-less path. Returns the segments
  // joined by `sep` without leading or trailing separators ('' when nothing remains).
  function collapse(path, aboveRoot, isSep, sep) {
    let out = '';
    let popable = 0; // trailing normal segments in `out` that a '..' may remove
    let segStart = 0;
    const len = path.length;
    for (let i = 0; i <= len; i++) {
      if (i < len && !isSep(path.charCodeAt(i))) continue;
      const n = i - segStart;
      if (n === 0 || (n === 1 && path.charCodeAt(segStart) === DOT)) {
        segStart = i + 1;
        continue;
      }
      if (n === 2 && path.charCodeAt(segStart) === DOT && path.charCodeAt(segStart + 1) === DOT) {
        if (popable > 0) {
          const j = out.lastIndexOf(sep);
          out = j === -1 ? '' : out.slice(0, j);
          popable--;
        } else if (aboveRoot) {
          out = out.length > 0 ? out + sep + '..' : '..';
        }
      } else {
        out = out.length > 0 ? out + sep + path.slice(segStart, i) : path.slice(segStart, i);
        popable++;
      }
      segStart = i + 1;
    }
    return out;
  }

  // Shared tail logic for basename/extname/parse: locate the last segment of path[from..].
  // Returns [segStart, segEnd] with segEnd === -1 when there is no segment.
  function lastSegment(path, from, isSep) {
    let end = path.length;
    while (end > from && isSep(path.charCodeAt(end - 1))) end--;
    if (end === from) return [from, -1];
    let start = end;
    while (start > from && !isSep(path.charCodeAt(start - 1))) start--;
    return [start, end];
  }

  // Index of the extension dot inside path[start..end), or -1.
  function extDot(path, start, end) {
    const dot = path.lastIndexOf('.', end - 1);
    if (dot <= start) return -1; // no dot, or a leading dot ('.bashrc', '.')
    if (dot === start + 1 && end === start + 2 && path.charCodeAt(start) === DOT) return -1; // '..'
    return dot;
  }

  function basenameImpl(path, suffix, from, isSep) {
    const seg = lastSegment(path, from, isSep);
    if (seg[1] === -1) {
      // Node quirk: a separator-only path with an applicable suffix comes back whole
      return suffix !== undefined && suffix.length > 0 && suffix.length <= path.length ?
        path.slice(from) : '';
    }
    const name = path.slice(seg[0], seg[1]);
    if (suffix !== undefined && suffix.length > 0 && suffix.length < name.length &&
        name.endsWith(suffix)) {
      return name.slice(0, name.length - suffix.length);
    }
    return name;
  }

  function extnameImpl(path, from, isSep) {
    const seg = lastSegment(path, from, isSep);
    if (seg[1] === -1) return '';
    const dot = extDot(path, seg[0], seg[1]);
    return dot === -1 ? '' : path.slice(dot, seg[1]);
  }

  function formatImpl(sep, obj) {
    if (obj === null || typeof obj !== 'object') {
      throw new (codes.ERR_INVALID_ARG_TYPE)('pathObject', 'Object', obj);
    }
    const dir = obj.dir || obj.root;
    let base = obj.base;
    if (!base) {
      const ext = obj.ext;
      base = (obj.name || '') + (ext ? (ext.charCodeAt(0) === DOT ? ext : '.' + ext) : '');
    }
    if (!dir) return base;
    return dir === obj.root ? dir + base : dir + sep + base;
  }

  // --- glob matching ---------------------------------------------------------------------
  const globCache = new Map();
  function globToRegExp(pattern, win) {
    const key = (win ? 'w' : 'p') + pattern;
    let re = globCache.get(key);
    if (re !== undefined) return re;
    const sepClass = win ? '[\\\\/]' : '\\/';
    const notSep = win ? '[^\\\\/]' : '[^/]';
    let src = '';
    let braces = 0;
    const len = pattern.length;
    for (let i = 0; i < len; i++) {
      const c = pattern[i];
      if (c === '*') {
        if (pattern[i + 1] === '*') {
          let j = i + 2;
          const atStart = i === 0 || pattern[i - 1] === '/' || (win && pattern[i - 1] === '\\');
          const atEnd = j === len || pattern[j] === '/' || (win && pattern[j] === '\\');
          if (atStart && atEnd) {
            if (j === len) {
              src += '(?:(?!\\.)' + notSep + '*(?:' + sepClass + '(?!\\.)' + notSep + '*)*)?';
            } else {
              src += '(?:(?!\\.)' + notSep + '*' + sepClass + ')*';
            }
            i = j; // skip the separator after '**' as well
            continue;
          }
          i++;
        }
        const prev = i === 0 ? '/' : pattern[i - 1];
        src += (prev === '/' || (win && prev === '\\') ? '(?!\\.)' : '') + notSep + '*';
      } else if (c === '?') {
        src += notSep;
      } else if (c === '[') {
        const close = pattern.indexOf(']', i + 2);
        if (close === -1) { src += '\\['; continue; }
        let body = pattern.slice(i + 1, close);
        let neg = false;
        if (body[0] === '!' || body[0] === '^') { neg = true; body = body.slice(1); }
        body = body.replace(/\\/g, '\\\\').replace(/\]/g, '\\]');
        src += (neg ? '[^' : '[') + body + ']';
        i = close;
      } else if (c === '{') {
        src += '(?:';
        braces++;
      } else if (c === '}' && braces > 0) {
        src += ')';
        braces--;
      } else if (c === ',' && braces > 0) {
        src += '|';
      } else if (c === '/' || (win && c === '\\')) {
        src += sepClass;
      } else if (c === '\\' && !win && i + 1 < len) {
        i++;
        src += pattern[i].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      } else {
        src += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      }
    }
    while (braces-- > 0) src += ')';
    re = new RegExp('^' + src + sepClass + '?$', win ? 'i' : '');
    if (globCache.size > 256) globCache.clear();
    globCache.set(key, re);
    return re;
  }

  function matchesGlobImpl(path, pattern, win) {
    checkString(path, 'path');
    checkString(pattern, 'pattern');
    return globToRegExp(pattern, win).test(path);
  }

  // --- posix -----------------------------------------------------------------------------
  const posix = {
    resolve(...args) {
      let resolved = '';
      let absolute = false;
      for (let i = args.length - 1; i >= -1 && !absolute; i--) {
        const p = i >= 0 ? args[i] : cwd();
        checkString(p, `paths[${i}]`);
        if (p.length === 0) continue;
        resolved = resolved.length > 0 ? p + '/' + resolved : p;
        absolute = p.charCodeAt(0) === SLASH;
      }
      const tail = collapse(resolved, !absolute, isPosixSep, '/');
      if (absolute) return '/' + tail;
      return tail.length > 0 ? tail : '.';
    },

    normalize(path) {
      checkString(path, 'path');
      const len = path.length;
      if (len === 0) return '.';
      const absolute = path.charCodeAt(0) === SLASH;
      const trailing = path.charCodeAt(len - 1) === SLASH;
      let out = collapse(path, !absolute, isPosixSep, '/');
      if (out.length === 0) {
        if (absolute) return '/';
        return trailing ? './' : '.';
      }
      if (trailing) out += '/';
      return absolute ? '/' + out : out;
    },

    isAbsolute(path) {
      checkString(path, 'path');
      return path.length > 0 && path.charCodeAt(0) === SLASH;
    },

    join(...args) {
      let joined;
      for (let i = 0; i < args.length; i++) {
        const a = args[i];
        checkString(a, 'path');
        if (a.length > 0) joined = joined === undefined ? a : joined + '/' + a;
      }
      if (joined === undefined) return '.';
      return posix.normalize(joined);
    },

    relative(from, to) {
      checkString(from, 'from');
      checkString(to, 'to');
      if (from === to) return '';
      from = posix.resolve(from);
      to = posix.resolve(to);
      if (from === to) return '';
      // both are normalized absolute paths now
      const f = from === '/' ? [] : from.slice(1).split('/');
      const t = to === '/' ? [] : to.slice(1).split('/');
      const n = f.length < t.length ? f.length : t.length;
      let common = 0;
      while (common < n && f[common] === t[common]) common++;
      let out = '';
      for (let i = common; i < f.length; i++) out += out.length > 0 ? '/..' : '..';
      for (let i = common; i < t.length; i++) out += out.length > 0 ? '/' + t[i] : t[i];
      return out;
    },

    toNamespacedPath(path) {
      return path;
    },

    dirname(path) {
      checkString(path, 'path');
      const len = path.length;
      if (len === 0) return '.';
      const rooted = path.charCodeAt(0) === SLASH;
      let i = len - 1;
      while (i >= 1 && path.charCodeAt(i) === SLASH) i--; // trailing separators
      while (i >= 1 && path.charCodeAt(i) !== SLASH) i--; // last segment
      if (i < 1) return rooted ? '/' : '.';
      if (rooted && i === 1) return '//';
      return path.slice(0, i);
    },

    basename(path, suffix) {
      if (suffix !== undefined) checkString(suffix, 'suffix');
      checkString(path, 'path');
      if (suffix !== undefined && suffix === path && suffix.length > 0) return '';
      return basenameImpl(path, suffix, 0, isPosixSep);
    },

    extname(path) {
      checkString(path, 'path');
      return extnameImpl(path, 0, isPosixSep);
    },

    format(pathObject) {
      return formatImpl('/', pathObject);
    },

    parse(path) {
      checkString(path, 'path');
      const ret = { root: '', dir: '', base: '', ext: '', name: '' };
      if (path.length === 0) return ret;
      const absolute = path.charCodeAt(0) === SLASH;
      const from = absolute ? 1 : 0;
      if (absolute) ret.root = '/';
      const seg = lastSegment(path, from, isPosixSep);
      const start = seg[0];
      const end = seg[1];
      if (end !== -1) {
        ret.base = path.slice(start, end);
        let dot = extDot(path, start, end);
        // Node quirk: '/..' parses as name '.' + ext '.'
        if (dot === -1 && start === 1 && end === 3 && absolute && path.charCodeAt(1) === DOT &&
            path.charCodeAt(2) === DOT) dot = 2;
        if (dot === -1) {
          ret.name = ret.base;
        } else {
          ret.name = path.slice(start, dot);
          ret.ext = path.slice(dot, end);
        }
      }
      // dir: everything before the separator preceding the last segment
      let sepAt = end === -1 ? -1 : start - 1;
      if (sepAt >= from) ret.dir = path.slice(0, sepAt);
      else if (absolute) ret.dir = '/';
      return ret;
    },

    matchesGlob(path, pattern) {
      return matchesGlobImpl(path, pattern, false);
    },

    sep: '/',
    delimiter: ':',
    win32: null,
    posix: null,
  };

  // --- win32 -----------------------------------------------------------------------------

  // Root analysis of a Windows path: [device, rootEnd, isAbsolute, uncComplete]
  // device is 'C:' or '\\\\server\\share' or ''.
  function winRoot(path) {
    const len = path.length;
    const c0 = path.charCodeAt(0);
    if (len === 1) return isWinSep(c0) ? ['', 1, true, false] : ['', 0, false, false];
    if (isWinSep(c0)) {
      if (isWinSep(path.charCodeAt(1))) {
        // possible UNC root \\server\share
        let j = 2;
        while (j < len && !isWinSep(path.charCodeAt(j))) j++;
        if (j === 3 && j < len) {
          const c2 = path.charCodeAt(2);
          if (c2 === DOT || c2 === 63) return ['\\\\' + path[2], 3, true, false]; // \\.\ and \\?\
        }
        if (j < len && j !== 2) {
          const server = path.slice(2, j);
          while (j < len && isWinSep(path.charCodeAt(j))) j++;
          const shareStart = j;
          if (j < len) {
            while (j < len && !isWinSep(path.charCodeAt(j))) j++;
            const device = '\\\\' + server + '\\' + path.slice(shareStart, j);
            return [device, j, true, j === len];
          }
        }
      }
      return ['', 1, true, false];
    }
    if (isLetter(c0) && path.charCodeAt(1) === COLON) {
      if (len > 2 && isWinSep(path.charCodeAt(2))) return [path.slice(0, 2), 3, true, false];
      return [path.slice(0, 2), 2, false, false];
    }
    return ['', 0, false, false];
  }

  function hasColonSegment(s) {
    if (s.length >= 2 && s.charCodeAt(1) === COLON && isLetter(s.charCodeAt(0))) return true;
    let i = s.indexOf(':');
    while (i !== -1) {
      if (i + 1 === s.length || s.charCodeAt(i + 1) === BSLASH) return true;
      i = s.indexOf(':', i + 1);
    }
    return false;
  }

  // Offset after a drive letter prefix ('C:'), used by basename/extname.
  function winDriveSkip(path) {
    return path.length >= 2 && isLetter(path.charCodeAt(0)) && path.charCodeAt(1) === COLON ? 2 : 0;
  }

  const win32 = {
    resolve(...args) {
      let device = '';
      let tail = '';
      let absolute = false;
      for (let i = args.length - 1; i >= -1; i--) {
        let p;
        if (i >= 0) {
          p = args[i];
          checkString(p, `paths[${i}]`);
          if (p.length === 0) continue;
        } else if (device.length === 0) {
          p = cwd();
        } else {
          const proc = globalThis.process;
          p = (proc && proc.env && proc.env['=' + device]) || cwd();
          if (p === undefined ||
              (p.slice(0, 2).toLowerCase() !== device.toLowerCase() && p.charCodeAt(2) === BSLASH)) {
            p = device + '\\';
          }
        }
        const r = winRoot(p);
        const d = r[0];
        if (d.length > 0) {
          if (device.length > 0) {
            if (d.toLowerCase() !== device.toLowerCase()) continue;
          } else {
            device = d;
          }
        }
        if (absolute) {
          if (device.length > 0) break;
        } else {
          tail = p.slice(r[1]) + '\\' + tail;
          absolute = r[2];
          if (absolute && device.length > 0) break;
        }
      }
      tail = collapse(tail, !absolute, isWinSep, '\\');
      if (absolute) return device + '\\' + tail;
      const out = device + tail;
      return out.length > 0 ? out : '.';
    },

    normalize(path) {
      checkString(path, 'path');
      const len = path.length;
      if (len === 0) return '.';
      if (len === 1) return isWinSep(path.charCodeAt(0)) ? '\\' : path;
      const r = winRoot(path);
      const device = r[0];
      const rootEnd = r[1];
      const absolute = r[2];
      if (r[3]) return device + '\\';
      let tail = rootEnd < len ? collapse(path.slice(rootEnd), !absolute, isWinSep, '\\') : '';
      if (tail.length === 0 && !absolute) tail = '.';
      if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail += '\\';
      // a relative result must not start to look like a drive ('a\\..\\C:' -> '.\\C:')
      if (!absolute && device.length === 0 && hasColonSegment(tail)) return '.\\' + tail;
      return absolute ? device + '\\' + tail : device + tail;
    },

    isAbsolute(path) {
      checkString(path, 'path');
      const len = path.length;
      if (len === 0) return false;
      const c0 = path.charCodeAt(0);
      return isWinSep(c0) ||
        (len > 2 && isLetter(c0) && path.charCodeAt(1) === COLON && isWinSep(path.charCodeAt(2)));
    },

    join(...args) {
      let joined;
      let first;
      for (let i = 0; i < args.length; i++) {
        const a = args[i];
        checkString(a, 'path');
        if (a.length > 0) {
          if (joined === undefined) joined = first = a;
          else joined += '\\' + a;
        }
      }
      if (joined === undefined) return '.';
      // Do not let joining invent a UNC root ('\\\\' + 'server') unless the first part
      // itself started one; collapse the leading separators otherwise.
      let keep = true;
      let slashes = 0;
      if (isWinSep(first.charCodeAt(0))) {
        slashes++;
        if (first.length > 1 && isWinSep(first.charCodeAt(1))) {
          slashes++;
          if (first.length > 2) {
            if (isWinSep(first.charCodeAt(2))) slashes++;
            else keep = false;
          }
        }
      }
      if (keep) {
        while (slashes < joined.length && isWinSep(joined.charCodeAt(slashes))) slashes++;
        if (slashes >= 2) joined = '\\' + joined.slice(slashes);
      }
      return win32.normalize(joined);
    },

    relative(from, to) {
      checkString(from, 'from');
      checkString(to, 'to');
      if (from === to) return '';
      const fromOrig = win32.resolve(from);
      const toOrig = win32.resolve(to);
      if (fromOrig === toOrig) return '';
      const f = fromOrig.toLowerCase();
      const t = toOrig.toLowerCase();
      if (f === t) return '';
      // trim leading and trailing backslashes
      let fs = 0;
      while (fs < f.length && f.charCodeAt(fs) === BSLASH) fs++;
      let fe = f.length;
      while (fe - 1 > fs && f.charCodeAt(fe - 1) === BSLASH) fe--;
      let ts = 0;
      while (ts < t.length && t.charCodeAt(ts) === BSLASH) ts++;
      let te = t.length;
      while (te - 1 > ts && t.charCodeAt(te - 1) === BSLASH) te--;
      const fl = fe - fs;
      const tl = te - ts;
      const n = fl < tl ? fl : tl;
      let lastSep = -1;
      let i = 0;
      for (; i < n; i++) {
        const c = f.charCodeAt(fs + i);
        if (c !== t.charCodeAt(ts + i)) break;
        if (c === BSLASH) lastSep = i;
      }
      if (i !== n) {
        if (lastSep === -1) return toOrig;
      } else {
        if (tl > n) {
          if (t.charCodeAt(ts + i) === BSLASH) return toOrig.slice(ts + i + 1);
          if (i === 2) return toOrig.slice(ts + i); // 'C:' vs 'C:\\foo'
        }
        if (fl > n) {
          if (f.charCodeAt(fs + i) === BSLASH) lastSep = i;
          else if (i === 2) lastSep = 3;
        }
        if (lastSep === -1) lastSep = 0;
      }
      let out = '';
      for (let k = fs + lastSep + 1; k <= fe; k++) {
        if (k === fe || f.charCodeAt(k) === BSLASH) out += out.length === 0 ? '..' : '\\..';
      }
      ts += lastSep;
      if (out.length > 0) return out + toOrig.slice(ts, te);
      if (toOrig.charCodeAt(ts) === BSLASH) ts++;
      return toOrig.slice(ts, te);
    },

    toNamespacedPath(path) {
      if (typeof path !== 'string' || path.length === 0) return path;
      const r = win32.resolve(path);
      if (r.length <= 2) return path;
      if (r.charCodeAt(0) === BSLASH) {
        if (r.charCodeAt(1) === BSLASH) {
          const c = r.charCodeAt(2);
          if (c !== 63 && c !== DOT) return '\\\\?\\UNC\\' + r.slice(2);
        }
      } else if (isLetter(r.charCodeAt(0)) && r.charCodeAt(1) === COLON &&
                 r.charCodeAt(2) === BSLASH) {
        return '\\\\?\\' + r;
      }
      return r;
    },

    dirname(path) {
      checkString(path, 'path');
      const len = path.length;
      if (len === 0) return '.';
      if (len === 1) return isWinSep(path.charCodeAt(0)) ? path : '.';
      let rootEnd = -1;
      let offset = 0;
      const c0 = path.charCodeAt(0);
      if (isWinSep(c0)) {
        rootEnd = offset = 1;
        if (isWinSep(path.charCodeAt(1))) {
          let j = 2;
          while (j < len && !isWinSep(path.charCodeAt(j))) j++;
          if (j < len && j !== 2) {
            while (j < len && isWinSep(path.charCodeAt(j))) j++;
            if (j < len) {
              const shareStart = j;
              while (j < len && !isWinSep(path.charCodeAt(j))) j++;
              if (j === len) return path;
              if (j !== shareStart) rootEnd = offset = j + 1;
            }
          }
        }
      } else if (isLetter(c0) && path.charCodeAt(1) === COLON) {
        rootEnd = len > 2 && isWinSep(path.charCodeAt(2)) ? 3 : 2;
        offset = rootEnd;
      }
      let i = len - 1;
      while (i >= offset && isWinSep(path.charCodeAt(i))) i--;
      while (i >= offset && !isWinSep(path.charCodeAt(i))) i--;
      let end = i >= offset ? i : -1;
      if (end === -1) {
        if (rootEnd === -1) return '.';
        end = rootEnd;
      }
      return path.slice(0, end);
    },

    basename(path, suffix) {
      if (suffix !== undefined) checkString(suffix, 'suffix');
      checkString(path, 'path');
      if (suffix !== undefined && suffix === path && suffix.length > 0) return '';
      const from = winDriveSkip(path);
      const seg = lastSegment(path, from, isWinSep);
      if (seg[1] === -1) {
        return suffix !== undefined && suffix.length > 0 && suffix.length <= path.length ?
          path.slice(from) : '';
      }
      const name = path.slice(seg[0], seg[1]);
      if (suffix !== undefined && suffix.length > 0 && suffix.length < name.length &&
          name.toLowerCase().endsWith(suffix.toLowerCase())) {
        return name.slice(0, name.length - suffix.length);
      }
      return name;
    },

    extname(path) {
      checkString(path, 'path');
      return extnameImpl(path, winDriveSkip(path), isWinSep);
    },

    format(pathObject) {
      return formatImpl('\\', pathObject);
    },

    parse(path) {
      checkString(path, 'path');
      const ret = { root: '', dir: '', base: '', ext: '', name: '' };
      const len = path.length;
      if (len === 0) return ret;
      let rootEnd = 0;
      const c0 = path.charCodeAt(0);
      if (len === 1) {
        if (isWinSep(c0)) { ret.root = ret.dir = path; return ret; }
        ret.base = ret.name = path;
        return ret;
      }
      if (isWinSep(c0)) {
        rootEnd = 1;
        if (isWinSep(path.charCodeAt(1))) {
          let j = 2;
          while (j < len && !isWinSep(path.charCodeAt(j))) j++;
          if (j < len && j !== 2) {
            while (j < len && isWinSep(path.charCodeAt(j))) j++;
            if (j < len) {
              const shareStart = j;
              while (j < len && !isWinSep(path.charCodeAt(j))) j++;
              if (j === len) rootEnd = j;
              else if (j !== shareStart) rootEnd = j + 1;
            }
          }
        }
      } else if (isLetter(c0) && path.charCodeAt(1) === COLON) {
        if (len <= 2) { ret.root = ret.dir = path; return ret; }
        rootEnd = 2;
        if (isWinSep(path.charCodeAt(2))) {
          if (len === 3) { ret.root = ret.dir = path; return ret; }
          rootEnd = 3;
        }
      }
      if (rootEnd > 0) ret.root = path.slice(0, rootEnd);
      const seg = lastSegment(path, rootEnd, isWinSep);
      const start = seg[0];
      const end = seg[1];
      if (end !== -1) {
        ret.base = path.slice(start, end);
        const dot = extDot(path, start, end);
        if (dot === -1) {
          ret.name = ret.base;
        } else {
          ret.name = path.slice(start, dot);
          ret.ext = path.slice(dot, end);
        }
      }
      const sepAt = end === -1 ? -1 : start - 1;
      if (sepAt > 0 && sepAt !== rootEnd - 1 && sepAt >= rootEnd) ret.dir = path.slice(0, sepAt);
      else ret.dir = ret.root;
      return ret;
    },

    matchesGlob(path, pattern) {
      return matchesGlobImpl(path, pattern, true);
    },

    sep: '\\',
    delimiter: ';',
    win32: null,
    posix: null,
  };

  posix.win32 = win32.win32 = win32;
  posix.posix = win32.posix = posix;
  return posix;
})();
