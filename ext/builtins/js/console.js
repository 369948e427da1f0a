// node:console -- the global console and the Console class: util.format-formatted output
// to process.stdout/stderr, with counters, timers, groups and assert.
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;

  const kWrite = Symbol('kWrite');

  function Console(options, stderr, ignoreErrors) {
    if (!new.target) return new Console(options, stderr, ignoreErrors);
    let stdout = options;
    let inspectOptions;
    if (options && typeof options.write !== 'function') {
      stdout = options.stdout;
      stderr = options.stderr;
      inspectOptions = options.inspectOptions;
      if (options.groupIndentation !== undefined) this._groupIndentation = options.groupIndentation;
    }
    if (!stdout || typeof stdout.write !== 'function') {
      throw new (require('internal/errors').codes.ERR_CONSOLE_WRITABLE_STREAM || TypeError)('stdout');
    }
    this._stdout = stdout;
    this._stderr = stderr && typeof stderr.write === 'function' ? stderr : stdout;
    this._inspectOptions = inspectOptions;
    this._indent = '';
    this._counts = new Map();
    this._timers = new Map();
    // Node's console methods work detached (`const log = console.log`).
    const proto = Console.prototype;
    for (const key of Object.keys(proto)) {
      if (typeof proto[key] === 'function') this[key] = proto[key].bind(this);
    }
  }

  function format(self, args) {
    const util = require('util');
    const text = self._inspectOptions
      ? util.formatWithOptions(self._inspectOptions, ...args)
      : args.length === 1 && typeof args[0] === 'string'
        ? args[0]
        : util.formatWithOptions({}, ...args);
    if (self._indent === '') return text + '\n';
    return self._indent + text.split('\n').join('\n' + self._indent) + '\n';
  }

  Console.prototype[kWrite] = function (useStderr, text) {
    const stream = useStderr ? this._stderr : this._stdout;
    try {
      stream.write(text);
    } catch (_) {
      // Node's console swallows errors from the stream (e.g. a closed pipe).
    }
  };

  Object.assign(Console.prototype, {
    log(...args) {
      this[kWrite](false, format(this, args));
    },
    info(...args) {
      this[kWrite](false, format(this, args));
    },
    debug(...args) {
      this[kWrite](false, format(this, args));
    },
    warn(...args) {
      this[kWrite](true, format(this, args));
    },
    error(...args) {
      this[kWrite](true, format(this, args));
    },
    trace(...args) {
      const err = new Error(require('util').format(...args));
      err.name = 'Trace';
      this[kWrite](true, format(this, [err.stack]));
    },
    dir(object, options) {
      const util = require('util');
      this[kWrite](false, format(this, [util.inspect(object, { customInspect: false, ...this._inspectOptions, ...options })]));
    },
    dirxml(...args) {
      this.log(...args);
    },
    assert(expression, ...args) {
      if (expression) return;
      if (args.length === 0) args = ['Assertion failed'];
      else if (typeof args[0] === 'string') args[0] = 'Assertion failed: ' + args[0];
      else args.unshift('Assertion failed:');
      this.warn(...args);
    },
    count(label = 'default') {
      label = String(label);
      const n = (this._counts.get(label) || 0) + 1;
      this._counts.set(label, n);
      this.log(label + ': ' + n);
    },
    countReset(label = 'default') {
      label = String(label);
      if (!this._counts.has(label)) {
        globalThis.process.emitWarning("Count for '" + label + "' does not exist");
        return;
      }
      this._counts.delete(label);
    },
    group(...args) {
      if (args.length > 0) this.log(...args);
      this._indent += ' '.repeat(this._groupIndentation === undefined ? 2 : this._groupIndentation);
    },
    groupCollapsed(...args) {
      this.group(...args);
    },
    groupEnd() {
      const width = this._groupIndentation === undefined ? 2 : this._groupIndentation;
      this._indent = this._indent.slice(0, Math.max(0, this._indent.length - width));
    },
    time(label = 'default') {
      label = String(label);
      if (this._timers.has(label)) {
        globalThis.process.emitWarning("Label '" + label + "' already exists for console.time()");
        return;
      }
      this._timers.set(label, globalThis.process.hrtime());
    },
    timeEnd(label = 'default') {
      label = String(label);
      if (printTime(this, label, 'timeEnd', [])) this._timers.delete(label);
    },
    timeLog(label = 'default', ...data) {
      printTime(this, String(label), 'timeLog', data);
    },
    table(data, properties) {
      this.log(renderTable(data, properties));
    },
  });
  Console.prototype.profile = function () {};
  Console.prototype.profileEnd = function () {};
  Console.prototype.timeStamp = function () {};

  function printTime(self, label, method, data) {
    const start = self._timers.get(label);
    if (start === undefined) {
      globalThis.process.emitWarning("No such label '" + label + "' for console." + method + '()');
      return false;
    }
    const d = globalThis.process.hrtime(start);
    const ms = d[0] * 1000 + d[1] / 1e6;
    let text;
    if (ms >= 1000) text = (ms / 1000).toFixed(3) + 's';
    else text = ms.toFixed(3) + 'ms';
    self.log(label + ': ' + text, ...data);
    return true;
  }

  // console.table: Node's box-drawing table (characters as \u escapes: this file is ASCII).
  function renderTable(data, properties) {
    const util = require('util');
    if (data === null || typeof data !== 'object') return util.format(data);
    const fmt = (v) => (v === undefined ? '' : util.inspect(v, { depth: 1, breakLength: Infinity, compact: true }));
    const indexHeader = '(index)';
    const keys = [];
    const rows = [];
    const hasValues = { value: false };
    const entries = data instanceof Map ? [...data.entries()] : Object.keys(data).map((k) => [k, data[k]]);
    for (const [index, row] of entries) {
      const cells = { __proto__: null };
      if (row !== null && typeof row === 'object') {
        for (const k of properties || Object.keys(row)) {
          if (keys.indexOf(k) === -1) keys.push(k);
          cells[k] = fmt(row[k]);
        }
      } else {
        hasValues.value = true;
        cells['\0value'] = fmt(row);
      }
      rows.push([String(index), cells]);
    }
    const header = [indexHeader, ...keys];
    if (hasValues.value) header.push('Values');
    const body = rows.map(([i, c]) => [i, ...keys.map((k) => (k in c ? c[k] : '')), ...(hasValues.value ? [c['\0value'] || ''] : [])]);
    const widths = header.map((h, col) => Math.max(h.length, ...body.map((r) => r[col].length)) + 2);
    const center = (s, w) => {
      const left = Math.floor((w - s.length) / 2);
      return ' '.repeat(left) + s + ' '.repeat(w - s.length - left);
    };
    const line = (l, m, r) => l + widths.map((w) => '\u2500'.repeat(w)).join(m) + r;
    const out = [line('\u250c', '\u252c', '\u2510')];
    out.push('\u2502' + header.map((h, i) => center(h, widths[i])).join('\u2502') + '\u2502');
    out.push(line('\u251c', '\u253c', '\u2524'));
    for (const r of body) out.push('\u2502' + r.map((c, i) => center(c, widths[i])).join('\u2502') + '\u2502');
    out.push(line('\u2514', '\u2534', '\u2518'));
    return out.join('\n');
  }

  const process = globalThis.process;
  const globalConsole = new Console({ stdout: process.stdout, stderr: process.stderr });
  // The global console reads process.stdout/stderr lazily (they are created on first use).
  Object.defineProperty(globalConsole, '_stdout', { get: () => process.stdout, configurable: true });
  Object.defineProperty(globalConsole, '_stderr', { get: () => process.stderr, configurable: true });
  globalConsole.Console = Console;
  return globalConsole;
})();
