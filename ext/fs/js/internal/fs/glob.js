// internal/fs/glob -- fs.glob, fs.globSync and fsPromises.glob: `*`, `?`, `[...]`,
// `{a,b}` and `**` over the file system, as Node's glob (minimatch's rules: wildcards do
// not match names starting with a dot unless the pattern part does; `**` does not enter
// dot directories nor follow links). One walker, written as a generator that asks for
// each directory listing, serves the sync form and the async ones.
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const validators = require('internal/validators');
  const pathModule = require('path');
  const u = require('internal/fs/utils');

  // {a,b} and {1..3} expanded, nested braces included.
  function expandBraces(pattern) {
    const open = pattern.indexOf('{');
    if (open === -1) return [pattern];
    let depth = 0;
    let close = -1;
    const commas = [];
    for (let i = open; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '\\') { i++; continue; }
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) { close = i; break; } else if (c === ',' && depth === 1) commas.push(i);
    }
    if (close === -1) return [pattern];
    const head = pattern.slice(0, open);
    const tail = pattern.slice(close + 1);
    const body = pattern.slice(open + 1, close);
    let options;
    const range = /^(-?\d+)\.\.(-?\d+)$/.exec(body);
    if (commas.length > 0) {
      options = [];
      let from = open + 1;
      for (const at of [...commas, close]) {
        options.push(pattern.slice(from, at));
        from = at + 1;
      }
    } else if (range) {
      const a = Number(range[1]);
      const b = Number(range[2]);
      options = [];
      for (let n = a; a <= b ? n <= b : n >= b; n += a <= b ? 1 : -1) options.push(String(n));
    } else {
      return expandBraces(head + '\u0000' + body + '\u0001' + tail).map((p) => p.replace('\u0000', '{').replace('\u0001', '}'));
    }
    const out = [];
    for (const option of options) out.push(...expandBraces(head + option + tail));
    return out;
  }

  const hasMagic = (part) => /[*?[]/.test(part);

  // One path part as a RegExp (minimatch's rules for a single part).
  function partRegExp(part) {
    let re = '';
    for (let i = 0; i < part.length; i++) {
      const c = part[i];
      if (c === '*') {
        re += '[^/]*';
      } else if (c === '?') {
        re += '[^/]';
      } else if (c === '[') {
        const end = part.indexOf(']', i + 2);
        if (end === -1) {
          re += '\\[';
          continue;
        }
        let set = part.slice(i + 1, end);
        if (set[0] === '!' || set[0] === '^') set = '^' + set.slice(1);
        re += '[' + set.replace(/\\/g, '\\\\') + ']';
        i = end;
      } else if (c === '\\' && i + 1 < part.length) {
        re += part[++i].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      } else {
        re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      }
    }
    // Names starting with a dot only match a part that starts with one.
    const dot = part[0] === '.' ? '' : '(?!\\.)';
    return new RegExp('^' + dot + re + '$');
  }

  // The walker: yields ['list', dir] and gets [name, type][] (null when dir cannot be
  // read), ['stat', path] and gets [name, type] or null (lstat), ['excluded', rel, type]
  // and gets whether the caller's `exclude` drops it, and ['match', rel] per result.
  function* walk(root, parts, index, rel, seen) {
    if (index === parts.length) {
      const key = root + '\u0000' + rel;
      if (!seen.has(key)) {
        seen.add(key);
        yield ['match', rel, root];
      }
      return;
    }
    const part = parts[index];
    const here = rel === '' ? root : pathModule.join(root, rel);
    if (part === '**') {
      yield* walk(root, parts, index + 1, rel, seen);
      const entries = yield ['list', here];
      if (entries === null) return;
      const last = index === parts.length - 1;
      for (const [name, type] of entries) {
        if (name[0] === '.' || (type !== 2 && !last)) continue;
        const child = rel === '' ? name : pathModule.join(rel, name);
        if (yield ['excluded', child, type]) continue;
        // A trailing ** matches files too; it walks into real directories only.
        yield* walk(root, parts, type === 2 ? index : index + 1, child, seen);
      }
      return;
    }
    if (part === '' && index === parts.length - 1) {
      // A trailing slash: directories only.
      const entry = yield ['stat', here];
      if (entry !== null && entry[1] === 2) yield* walk(root, parts, index + 1, rel, seen);
      return;
    }
    if (!hasMagic(part)) {
      const child = rel === '' ? part : pathModule.join(rel, part);
      const entry = yield ['stat', pathModule.join(root, child)];
      if (entry === null) return;
      if (index < parts.length - 1 && entry[1] !== 2 && entry[1] !== 3) return;
      if (yield ['excluded', child, entry[1]]) return;
      yield* walk(root, parts, index + 1, child, seen);
      return;
    }
    const re = partRegExp(part);
    const entries = yield ['list', here];
    if (entries === null) return;
    for (const [name, type] of entries) {
      if (!re.test(name)) continue;
      // Wildcards lead only into real directories, not through links.
      if (index < parts.length - 1 && type !== 2) continue;
      const child = rel === '' ? name : pathModule.join(rel, name);
      if (yield ['excluded', child, type]) continue;
      yield* walk(root, parts, index + 1, child, seen);
    }
  }

  function validate(pattern, options) {
    const patterns = Array.isArray(pattern) ? pattern : [pattern];
    for (const p of patterns) validators.validateString(p, 'pattern');
    validators.validateObject(options, 'options');
    const { withFileTypes = false } = options;
    let { cwd = process.cwd(), exclude } = options;
    cwd = u.toPathIfFileURL(cwd);
    validators.validateString(cwd, 'options.cwd');
    validators.validateBoolean(withFileTypes, 'options.withFileTypes');
    if (exclude != null && typeof exclude !== 'function') {
      if (!Array.isArray(exclude) || !exclude.every((e) => typeof e === 'string')) {
        throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('options.exclude', ['function', 'string[]'], exclude);
      }
      const res = exclude.flatMap(expandBraces).map((p) => p.split('/').map((part) => (part === '**' ? null : partRegExp(part))));
      exclude = (path) => res.some((parts) => matchParts(parts, String(path).split('/')));
    }
    return { patterns, cwd, withFileTypes, exclude };
  }

  function matchParts(parts, names) {
    if (parts.length === 0) return names.length === 0;
    if (parts[0] === null) {
      for (let i = 0; i <= names.length; i++) if (matchParts(parts.slice(1), names.slice(i))) return true;
      return false;
    }
    return names.length > 0 && parts[0].test(names[0]) && matchParts(parts.slice(1), names.slice(1));
  }

  // Every walk of every expanded pattern, as one generator of requests.
  function* search({ patterns, cwd }) {
    const seen = new Set();
    for (const pattern of patterns) {
      for (const expanded of expandBraces(pattern)) {
        const absolute = pathModule.isAbsolute(expanded);
        const parts = expanded.split('/').filter((part, i, all) => part !== '' || i === all.length - 1);
        const root = absolute ? '/' : cwd;
        yield* walk(root, parts, 0, '', seen);
      }
    }
  }

  function makeResult(options, rel, type, root) {
    const { cwd, withFileTypes } = options;
    if (!withFileTypes) return root === '/' ? pathModule.join(root, rel) : rel || '.';
    const full = pathModule.resolve(root === '/' ? '/' : cwd, rel);
    return new u.Dirent(pathModule.basename(full), type, pathModule.dirname(full));
  }

  const listing = (entries) => entries.map((d) => [d.name, d.isDirectory() ? 2 : d.isSymbolicLink() ? 3 : d.isFile() ? 1 : 0]);
  const kind = (st) => (st.isDirectory() ? 2 : st.isSymbolicLink() ? 3 : st.isFile() ? 1 : 0);

  // The walker's results (with exclusions applied); its I/O requests come out as
  // { io, path } for the caller to answer.
  function* drive(options) {
    const gen = search(options);
    let answer;
    const types = new Map();
    for (;;) {
      const step = gen.next(answer);
      if (step.done) return;
      const [what, arg, type] = step.value;
      if (what === 'match') {
        const result = makeResult(options, arg, types.get(arg) ?? 0, type);
        if (options.exclude && options.exclude(options.withFileTypes ? result : arg)) {
          answer = undefined;
          continue;
        }
        yield result;
        answer = undefined;
      } else if (what === 'excluded') {
        types.set(arg, type);
        answer = options.exclude ? !!options.exclude(options.withFileTypes ? makeResult(options, arg, type) : arg) : false;
      } else {
        answer = yield { io: what, path: arg };
      }
    }
  }

  function globSync(pattern, options = {}) {
    const opts = validate(pattern, options);
    const fs = require('fs');
    const out = [];
    const gen = drive(opts);
    let answer;
    for (;;) {
      const step = gen.next(answer);
      if (step.done) return out;
      const v = step.value;
      if (v !== null && typeof v === 'object' && v.io !== undefined && !(v instanceof u.Dirent)) {
        answer = syncIo(fs, v);
      } else {
        out.push(v);
        answer = undefined;
      }
    }
  }

  function syncIo(fs, { io, path }) {
    try {
      if (io === 'list') return listing(fs.readdirSync(path, { withFileTypes: true }));
      const st = fs.lstatSync(path);
      return [pathModule.basename(path), kind(st)];
    } catch {
      return null;
    }
  }

  async function asyncIo(fs, { io, path }) {
    try {
      if (io === 'list') return listing(await fs.promises.readdir(path, { withFileTypes: true }));
      const st = await fs.promises.lstat(path);
      return [pathModule.basename(path), kind(st)];
    } catch {
      return null;
    }
  }

  async function* globAsync(pattern, options = {}) {
    const opts = validate(pattern, options);
    const fs = require('fs');
    const gen = drive(opts);
    let answer;
    for (;;) {
      const step = gen.next(answer);
      if (step.done) return;
      const v = step.value;
      if (v !== null && typeof v === 'object' && v.io !== undefined && !(v instanceof u.Dirent)) {
        answer = await asyncIo(fs, v);
      } else {
        yield v;
        answer = undefined;
      }
    }
  }

  function glob(pattern, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = {};
    }
    validators.validateFunction(callback, 'callback');
    const results = [];
    const iterator = globAsync(pattern, options ?? {});
    (async () => {
      for await (const r of iterator) results.push(r);
      return results;
    })().then((r) => {
      try {
        callback(null, r);
      } catch (err) {
        internals.triggerUncaughtException(err, 'uncaughtException');
      }
    }, (err) => {
      try {
        callback(err);
      } catch (thrown) {
        internals.triggerUncaughtException(thrown, 'uncaughtException');
      }
    });
  }

  return { glob, globSync, globAsync };
})();
