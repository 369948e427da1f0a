// internal/assert/assertion_error -- the AssertionError class and its message/diff builder
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;

  const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');
  const kMaxShortStringLength = 12;
  const kMaxLongStringLength = 512;
  const kNopLinesToCollapse = 5;

  const kReadableOperator = {
    __proto__: null,
    deepStrictEqual: 'Expected values to be strictly deep-equal:',
    partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
    strictEqual: 'Expected values to be strictly equal:',
    strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
    deepEqual: 'Expected values to be loosely deep-equal:',
    notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
    notStrictEqual: 'Expected "actual" to be strictly unequal to:',
    notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
    notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
    notIdentical: 'Values have same structure but are not reference-equal:',
    notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
  };

  function inspect(value, opts) {
    return require('util').inspect(value, opts);
  }

  // The fixed inspection used for every value shown in an assertion message.
  function inspectValue(value) {
    return inspect(value, {
      compact: false,
      customInspect: false,
      depth: 1000,
      maxArrayLength: Infinity,
      showHidden: false,
      showProxy: false,
      sorted: true,
      getters: true,
    });
  }

  // A shallow stand-in for an Error so its stack is not part of the message.
  function copyError(source) {
    const target = Object.create(Object.getPrototypeOf(source));
    for (const key of Reflect.ownKeys(source)) {
      const desc = Object.getOwnPropertyDescriptor(source, key);
      if (desc !== undefined) Object.defineProperty(target, key, desc);
    }
    Object.defineProperty(target, 'message', {
      value: source.message, enumerable: false, writable: true, configurable: true,
    });
    return target;
  }

  function stderrColumns() {
    const proc = globalThis.process;
    const err = proc && proc.stderr;
    if (err && err.isTTY && typeof err.columns === 'number') return err.columns;
    return 80;
  }

  // --- Myers line diff -------------------------------------------------------------------

  function linesEqual(a, b, commaLoose) {
    if (a === b) return true;
    if (commaLoose) return a + ',' === b || a === b + ',';
    return false;
  }

  // Returns an array of { type: 'nop' | 'insert' | 'delete', value } in order.
  // 'insert' lines come from `actual`, 'delete' lines from `expected`.
  function myersDiff(actual, expected, commaLoose) {
    const n = actual.length;
    const m = expected.length;
    const max = n + m;
    const v = new Int32Array(2 * max + 2);
    const trace = [];
    let done = false;
    for (let d = 0; d <= max && !done; d++) {
      trace.push(v.slice());
      for (let k = -d; k <= d; k += 2) {
        const idx = k + max;
        let x;
        if (k === -d || (k !== d && v[idx - 1] < v[idx + 1])) x = v[idx + 1];
        else x = v[idx - 1] + 1;
        let y = x - k;
        while (x < n && y < m && linesEqual(actual[x], expected[y], commaLoose)) {
          x++;
          y++;
        }
        v[idx] = x;
        if (x >= n && y >= m) {
          done = true;
          break;
        }
      }
    }
    // Walk back through the recorded states.
    const out = [];
    let x = n;
    let y = m;
    for (let d = trace.length - 1; d >= 0; d--) {
      const state = trace[d];
      const k = x - y;
      const idx = k + max;
      let prevK;
      if (k === -d || (k !== d && state[idx - 1] < state[idx + 1])) prevK = k + 1;
      else prevK = k - 1;
      const prevX = state[prevK + max];
      const prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        const line = actual[x - 1];
        const value = commaLoose && !line.endsWith(',') ? expected[y - 1] : line;
        out.push({ type: 'nop', value });
        x--;
        y--;
      }
      if (d > 0) {
        if (x > prevX) {
          out.push({ type: 'insert', value: actual[x - 1] });
          x--;
        } else {
          out.push({ type: 'delete', value: expected[y - 1] });
          y--;
        }
      }
    }
    return out.reverse();
  }

  function printMyersDiff(diff) {
    let message = '';
    let skipped = false;
    let nops = 0;
    for (let i = 0; i < diff.length; i++) {
      const { type, value } = diff[i];
      const prevType = i > 0 ? diff[i - 1].type : null;
      if (prevType === 'nop' && type !== 'nop') {
        // Flush the tail of a run of unchanged lines that was collapsed.
        if (nops === kNopLinesToCollapse + 1) {
          message += '  ' + diff[i - 1].value + '\n';
        } else if (nops === kNopLinesToCollapse + 2) {
          message += '  ' + diff[i - 2].value + '\n';
          message += '  ' + diff[i - 1].value + '\n';
        } else if (nops >= kNopLinesToCollapse + 3) {
          message += '...\n';
          message += '  ' + diff[i - 1].value + '\n';
          skipped = true;
        }
        nops = 0;
      }
      if (type === 'insert') {
        message += '+ ' + value + '\n';
      } else if (type === 'delete') {
        message += '- ' + value + '\n';
      } else {
        if (nops < kNopLinesToCollapse) message += '  ' + value + '\n';
        nops++;
      }
    }
    message = message.trimEnd();
    return { message: '\n' + message, skipped };
  }

  // --- message builders ------------------------------------------------------------------

  function simpleDiff(origActual, actual, origExpected, expected) {
    let len = actual.length + expected.length;
    if (typeof origActual === 'string') len -= 2;
    if (typeof origExpected === 'string') len -= 2;
    if (len <= kMaxShortStringLength && (origActual !== 0 || origExpected !== 0)) {
      return { message: actual + ' !== ' + expected, header: '' };
    }
    let message = '\n+ ' + actual + '\n- ' + expected;
    const bothStrings = typeof origActual === 'string' && typeof origExpected === 'string';
    if (bothStrings && actual.length + expected.length <= stderrColumns()) {
      let at = -1;
      for (let i = 0; i < actual.length; i++) {
        if (actual[i] !== expected[i]) {
          // The first couple of characters (plus the quote) need no marker.
          if (i >= 3) at = i;
          break;
        }
      }
      if (at !== -1) message += '\n' + ' '.repeat(at + 2) + '^';
    }
    return { message, header: undefined };
  }

  function isObject(v) {
    return typeof v === 'object' && v !== null;
  }

  function createErrDiff(actual, expected, operator, customMessage) {
    // Only two objects or two functions are reported as "not reference-equal".
    if (operator === 'strictEqual' &&
        ((isObject(actual) && isObject(expected)) ||
         (typeof actual === 'function' && typeof expected === 'function'))) {
      operator = 'strictEqualObject';
    }
    const inspectedActual = inspectValue(actual);
    const inspectedExpected = inspectValue(expected);
    const linesActual = inspectedActual.split('\n');
    const linesExpected = inspectedExpected.split('\n');
    let header = '+ actual - expected';
    let message = '';
    let skipped = false;

    const simple = linesActual.length <= 1 && linesExpected.length <= 1 &&
      (typeof actual !== 'object' || actual === null ||
       typeof expected !== 'object' || expected === null);

    if (simple) {
      const res = simpleDiff(actual, linesActual[0], expected, linesExpected[0]);
      message = res.message;
      if (res.header !== undefined) header = res.header;
    } else if (inspectedActual === inspectedExpected) {
      operator = 'notIdentical';
      if (linesActual.length > 50) {
        message = linesActual.slice(0, 50).join('\n') + '\n...}';
        skipped = true;
      } else {
        message = linesActual.join('\n');
      }
      header = '';
    } else {
      const commaLoose = actual != null && typeof actual === 'object';
      const res = printMyersDiff(myersDiff(linesActual, linesExpected, commaLoose));
      message = res.message;
      if (res.skipped) skipped = true;
    }

    const head = (customMessage || kReadableOperator[operator]) + '\n' + header;
    return head + (skipped ? '\n... Skipped lines' : '') + '\n' + message + '\n';
  }

  function addEllipsis(string) {
    const lines = string.split('\n', 11);
    if (lines.length > 10) {
      lines.length = 10;
      return lines.join('\n') + '\n...';
    }
    if (string.length > kMaxLongStringLength) {
      // Node keeps the tail past the limit here (observed behaviour).
      return string.slice(kMaxLongStringLength) + '...';
    }
    return string;
  }

  function invalidOptions(options) {
    const errors = require('internal/errors');
    if (errors && errors.codes && errors.codes.ERR_INVALID_ARG_TYPE) {
      return new errors.codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const err = new TypeError('The "options" argument must be of type object.');
    err.code = 'ERR_INVALID_ARG_TYPE';
    return err;
  }

  class AssertionError extends Error {
    constructor(options) {
      if (options === null || typeof options !== 'object') {
        throw invalidOptions(options);
      }
      const { message, operator, stackStartFn, details } = options;
      const diff = options.diff === undefined ? 'simple' : options.diff;
      let { actual, expected } = options;
      let text;

      if (message != null) {
        if (operator === 'deepStrictEqual' || operator === 'strictEqual' ||
            operator === 'partialDeepStrictEqual') {
          text = createErrDiff(actual, expected, operator, message);
        } else {
          text = String(message);
        }
      } else {
        if (actual !== null && typeof actual === 'object' &&
            expected !== null && typeof expected === 'object' &&
            'stack' in actual && actual instanceof Error &&
            'stack' in expected && expected instanceof Error) {
          actual = copyError(actual);
          expected = copyError(expected);
        }
        if (operator === 'deepStrictEqual' || operator === 'strictEqual' ||
            operator === 'partialDeepStrictEqual') {
          text = createErrDiff(actual, expected, operator, message);
        } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
          let base = kReadableOperator[operator];
          const lines = inspectValue(actual).split('\n');
          if (operator === 'notStrictEqual' &&
              ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
            base = kReadableOperator.notStrictEqualObject;
          }
          if (lines.length > 50) {
            lines[46] = '...';
            lines.length = 47;
          }
          if (lines.length === 1) {
            text = base + (lines[0].length > 5 ? '\n\n' : ' ') + lines[0];
          } else {
            text = base + '\n\n' + lines.join('\n') + '\n';
          }
        } else {
          let res = inspectValue(actual);
          let other = inspectValue(expected);
          const known = kReadableOperator[operator];
          if (operator === 'notDeepEqual' && res === other) {
            res = known + '\n\n' + res;
            if (res.length > 1024) res = res.slice(0, 1021) + '...';
            text = res;
          } else {
            if (res.length > kMaxLongStringLength) res = res.slice(0, 509) + '...';
            if (other.length > kMaxLongStringLength) other = other.slice(0, 509) + '...';
            if (operator === 'deepEqual') {
              res = known + '\n\n' + res + '\n\nshould loosely deep-equal\n\n';
            } else {
              const unequal = kReadableOperator[operator + 'Unequal'];
              if (unequal) res = unequal + '\n\n' + res + '\n\nshould not loosely deep-equal\n\n';
              else other = ' ' + operator + ' ' + other;
            }
            text = res + other;
          }
        }
      }

      const limitDesc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
      const limitWritable = limitDesc === undefined || limitDesc.writable === true ||
        typeof limitDesc.set === 'function';
      const limit = Error.stackTraceLimit;
      if (limitWritable && typeof Error.captureStackTrace === 'function') Error.stackTraceLimit = 0;
      super(text);
      if (limitWritable && typeof Error.captureStackTrace === 'function') Error.stackTraceLimit = limit;

      this.generatedMessage = !message;
      Object.defineProperty(this, 'name', {
        value: 'AssertionError [ERR_ASSERTION]',
        enumerable: false, writable: true, configurable: true,
      });
      this.code = 'ERR_ASSERTION';
      if (details) {
        this.actual = undefined;
        this.expected = undefined;
        this.operator = undefined;
        for (let i = 0; i < details.length; i++) {
          this['message ' + i] = details[i].message;
          this['actual ' + i] = details[i].actual;
          this['expected ' + i] = details[i].expected;
          this['operator ' + i] = details[i].operator;
          this['stack trace ' + i] = details[i].stack;
        }
      } else {
        this.actual = actual;
        this.expected = expected;
        this.operator = operator;
      }
      this.diff = diff;
      if (typeof Error.captureStackTrace === 'function') {
        Error.captureStackTrace(this, stackStartFn || AssertionError);
      }
      // Materialise the stack while the name still carries the code.
      const stack = this.stack;
      if (typeof stack === 'string' && (stack === '' || stack.startsWith('    at '))) {
        // Engines that keep only frames in `stack`: prepend Node's header line.
        Object.defineProperty(this, 'stack', {
          value: 'AssertionError [ERR_ASSERTION]: ' + text + (stack === '' ? '' : '\n' + stack.replace(/\n$/, '')),
          enumerable: false, writable: true, configurable: true,
        });
      }
      this.name = 'AssertionError';
    }

    toString() {
      return this.name + ' [' + this.code + ']: ' + this.message;
    }

    [kInspectCustom](recurseTimes, ctx) {
      const tmpActual = this.actual;
      const tmpExpected = this.expected;
      if (typeof this.actual === 'string') this.actual = addEllipsis(this.actual);
      if (typeof this.expected === 'string') this.expected = addEllipsis(this.expected);
      const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
      this.actual = tmpActual;
      this.expected = tmpExpected;
      return result;
    }
  }

  return AssertionError;
})();
