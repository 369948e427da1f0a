// node:assert -- assertion functions (ok, equal, deepStrictEqual, throws, ...) and AssertionError
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;

  const AssertionError = require('internal/assert/assertion_error');

  const NO_EXCEPTION = {};
  const optionsMap = new WeakMap();
  const defaultOptions = { diff: 'simple', strict: true };

  const { codes } = require('internal/errors');
  function inspect(value, opts) {
    return require('util').inspect(value, opts);
  }
  function comparisons() {
    return require('internal/util/comparisons');
  }
  function isDeepEqual(a, b) {
    return comparisons().isDeepEqual(a, b);
  }
  function isDeepStrictEqual(a, b) {
    return comparisons().isDeepStrictEqual(a, b);
  }

  const objectToString = Object.prototype.toString;
  function tagOf(v) {
    return objectToString.call(v);
  }
  function isRegExp(v) {
    if (v === null || typeof v !== 'object') return false;
    const core = __bootstrap.core;
    if (core && typeof core.isRegExp === 'function') return core.isRegExp(v);
    return v instanceof RegExp;
  }
  function isPromise(v) {
    const core = __bootstrap.core;
    if (core && typeof core.isPromise === 'function') return core.isPromise(v);
    return v instanceof Promise;
  }
  function isError(v) {
    if (v === null || typeof v !== 'object') return false;
    const core = __bootstrap.core;
    if (core && typeof core.isNativeError === 'function' && core.isNativeError(v)) return true;
    return v instanceof Error;
  }
  function regExpExec(re, str) {
    return RegExp.prototype.exec.call(re, str);
  }

  function optionsOf(self) {
    if (self !== null && (typeof self === 'object' || typeof self === 'function')) {
      const o = optionsMap.get(self);
      if (o !== undefined) return o;
    }
    return defaultOptions;
  }

  function innerFail(self, obj) {
    if (obj.message instanceof Error) throw obj.message;
    obj.diff = optionsOf(self).diff;
    throw new AssertionError(obj);
  }

  function missingArgs() {
    return new (codes.ERR_MISSING_ARGS)('actual', 'expected');
  }

  // --- source text for `assert.ok(falsy)` ------------------------------------------------

  const sourceCache = new Map();
  const frameRe = /\(?((?:file:\/\/)?[^\s()]+?):(\d+):(\d+)\)?\s*$/;

  function frameLocation(line) {
    const m = frameRe.exec(line);
    if (m === null) return null;
    return { file: m[1], line: +m[2], column: +m[3] };
  }

  function calleeChar(c) {
    return /[A-Za-z0-9_$.?\u00a0-\uffff]/.test(c);
  }

  // Given one source line and the 0-based column reported for the call, return the
  // call expression's text, limited to that line.
  function callTextAt(text, col) {
    let start = Math.min(col, text.length);
    for (;;) {
      if (start > 0 && calleeChar(text[start - 1])) {
        start--;
      } else if (start > 0 && text[start - 1] === ']') {
        let depth = 0;
        let i = start - 1;
        for (; i >= 0; i--) {
          if (text[i] === ']') depth++;
          else if (text[i] === '[') {
            depth--;
            if (depth === 0) break;
          }
        }
        if (i < 0) break;
        start = i;
      } else {
        break;
      }
    }
    while (start < text.length && text[start] === '.') start++;
    // Scan forward to the end of the argument list.
    let i = start;
    let depth = 0;
    let quote = null;
    let seenOpen = false;
    for (; i < text.length; i++) {
      const c = text[i];
      if (quote !== null) {
        if (c === '\\') i++;
        else if (c === quote) quote = null;
        continue;
      }
      if (c === "'" || c === '"' || c === '`') {
        quote = c;
      } else if (c === '(' || c === '[' || c === '{') {
        if (c === '(' && depth === 0) seenOpen = true;
        depth++;
      } else if (c === ')' || c === ']' || c === '}') {
        depth--;
        if (depth === 0 && seenOpen && c === ')') {
          i++;
          break;
        }
        if (depth < 0) break;
      }
    }
    return text.slice(start, i).trimEnd();
  }

  // The module loader's own source reader (nodus_core), so assert needs no node:fs.
  function readSourceText(file) {
    return __bootstrap.core.ops.op_nodus_read_source(file);
  }

  function getErrMessage() {
    let stack;
    try {
      stack = new Error().stack;
    } catch {
      return undefined;
    }
    if (typeof stack !== 'string') return undefined;
    const frames = stack.split('\n').filter((l) => /^\s*at /.test(l));
    if (frames.length === 0) return undefined;
    const own = frameLocation(frames[0]);
    if (own === null) return undefined;
    let loc = null;
    for (let i = 1; i < frames.length; i++) {
      const l = frameLocation(frames[i]);
      if (l === null) continue;
      if (l.file === own.file) continue;
      loc = l;
      break;
    }
    if (loc === null) return undefined;
    let file = loc.file;
    if (file.startsWith('node:') || file.startsWith('ext:')) return undefined;
    const key = file + ':' + loc.line + ':' + loc.column;
    if (sourceCache.has(key)) return sourceCache.get(key);
    let result;
    try {
      if (file.startsWith('file://')) file = decodeURIComponent(file.slice(7));
      const src = readSourceText(file);
      let text = src.split('\n')[loc.line - 1];
      if (typeof text === 'string') {
        if (text.endsWith('\r')) text = text.slice(0, -1);
        const code = callTextAt(text, loc.column - 1);
        if (code !== '') {
          result = 'The expression evaluated to a falsy value:\n\n  ' + code + '\n';
        }
      }
    } catch {
      result = undefined;
    }
    sourceCache.set(key, result);
    return result;
  }

  function innerOk(self, fn, argLen, value, message) {
    if (!value) {
      let generatedMessage = false;
      if (argLen === 0) {
        generatedMessage = true;
        message = 'No value argument passed to `assert.ok()`';
      } else if (message == null) {
        generatedMessage = true;
        message = getErrMessage();
      } else if (message instanceof Error) {
        throw message;
      }
      const err = new AssertionError({
        actual: value, expected: true, message, operator: '==', stackStartFn: fn,
        diff: optionsOf(self).diff,
      });
      err.generatedMessage = generatedMessage;
      throw err;
    }
  }

  // --- partial deep equality -------------------------------------------------------------

  function isObjectLike(v) {
    return v !== null && (typeof v === 'object' || typeof v === 'function');
  }

  function ownEnumerableKeys(obj) {
    const keys = Object.keys(obj);
    for (const sym of Object.getOwnPropertySymbols(obj)) {
      if (Object.prototype.propertyIsEnumerable.call(obj, sym)) keys.push(sym);
    }
    return keys;
  }

  function isIndexKey(key) {
    return typeof key === 'string' && /^(0|[1-9][0-9]*)$/.test(key) && +key < 4294967295;
  }

  function partialSequence(actual, expected, seen) {
    let j = 0;
    for (let i = 0; i < expected.length; i++) {
      let found = false;
      while (j < actual.length) {
        const a = actual[j++];
        if (partialEqual(a, expected[i], seen)) {
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
    return true;
  }

  function partialEqual(actual, expected, seen) {
    if (!isObjectLike(expected) || !isObjectLike(actual)) {
      return Object.is(actual, expected);
    }
    if (actual === expected) return true;
    if (typeof actual === 'function' || typeof expected === 'function') return false;
    if (tagOf(actual) !== tagOf(expected)) return false;
    if (Array.isArray(actual) !== Array.isArray(expected)) return false;
    const core = __bootstrap.core || {};
    if (seen === undefined) seen = new Map();
    const prior = seen.get(expected);
    if (prior !== undefined && prior.has(actual)) return true;
    if (prior === undefined) seen.set(expected, new Set([actual]));
    else prior.add(actual);

    if (actual instanceof Date || tagOf(actual) === '[object Date]') {
      if (!Object.is(Date.prototype.getTime.call(actual), Date.prototype.getTime.call(expected))) return false;
    } else if (isRegExp(actual)) {
      if (!isRegExp(expected) || actual.source !== expected.source || actual.flags !== expected.flags ||
          actual.lastIndex !== expected.lastIndex) return false;
    } else if (isError(actual)) {
      if (!isError(expected) || actual.message !== expected.message || actual.name !== expected.name) return false;
    } else if (typeof core.isBoxedPrimitive === 'function' && core.isBoxedPrimitive(actual)) {
      if (!core.isBoxedPrimitive(expected) || !Object.is(actual.valueOf(), expected.valueOf())) return false;
    } else if (ArrayBuffer.isView(actual) && !(actual instanceof DataView)) {
      if (!ArrayBuffer.isView(expected) || !partialSequence(actual, expected, seen)) return false;
      for (const key of ownEnumerableKeys(expected)) {
        if (isIndexKey(key)) continue;
        if (!Object.prototype.hasOwnProperty.call(actual, key) ||
            !partialEqual(actual[key], expected[key], seen)) return false;
      }
      return true;
    } else if (actual instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && actual instanceof SharedArrayBuffer)) {
      return partialSequence(new Uint8Array(actual), new Uint8Array(expected), seen);
    } else if (actual instanceof DataView) {
      return partialSequence(
        new Uint8Array(actual.buffer, actual.byteOffset, actual.byteLength),
        new Uint8Array(expected.buffer, expected.byteOffset, expected.byteLength), seen);
    }

    if (Array.isArray(actual)) {
      if (!partialSequence(actual, expected, seen)) return false;
      for (const key of ownEnumerableKeys(expected)) {
        if (isIndexKey(key)) continue;
        if (!Object.prototype.hasOwnProperty.call(actual, key) ||
            !partialEqual(actual[key], expected[key], seen)) return false;
      }
      return true;
    }

    if (actual instanceof Set || tagOf(actual) === '[object Set]') {
      const used = new Set();
      for (const value of expected) {
        if (!isObjectLike(value)) {
          if (!actual.has(value)) return false;
          continue;
        }
        let found = false;
        for (const candidate of actual) {
          if (used.has(candidate) || !isObjectLike(candidate)) continue;
          if (partialEqual(candidate, value, seen)) {
            used.add(candidate);
            found = true;
            break;
          }
        }
        if (!found) return false;
      }
    } else if (actual instanceof Map || tagOf(actual) === '[object Map]') {
      for (const [key, value] of expected) {
        if (actual.has(key)) {
          if (!partialEqual(actual.get(key), value, seen)) return false;
          continue;
        }
        if (!isObjectLike(key)) return false;
        let found = false;
        for (const [k, v] of actual) {
          if (isObjectLike(k) && isDeepStrictEqual(k, key) && partialEqual(v, value, seen)) {
            found = true;
            break;
          }
        }
        if (!found) return false;
      }
    }

    for (const key of ownEnumerableKeys(expected)) {
      if (!Object.prototype.hasOwnProperty.call(actual, key)) return false;
      if (!partialEqual(actual[key], expected[key], seen)) return false;
    }
    return true;
  }

  // --- throws / rejects ------------------------------------------------------------------

  class Comparison {
    constructor(obj, keys, actual) {
      for (const key of keys) {
        if (key in obj) {
          if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) &&
              regExpExec(obj[key], actual[key]) !== null) {
            this[key] = actual[key];
          } else {
            this[key] = obj[key];
          }
        }
      }
    }
  }

  function compareExceptionKey(self, actual, expected, key, message, keys, fn) {
    if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
      if (!message) {
        const a = new Comparison(actual, keys);
        const b = new Comparison(expected, keys, actual);
        const err = new AssertionError({
          actual: a, expected: b, operator: 'deepStrictEqual', stackStartFn: fn,
          diff: optionsOf(self).diff,
        });
        err.actual = actual;
        err.expected = expected;
        err.operator = fn.name;
        throw err;
      }
      innerFail(self, { actual, expected, message, operator: fn.name, stackStartFn: fn });
    }
  }

  function expectedException(self, actual, expected, message, fn) {
    let generatedMessage = false;
    let throwError = false;

    if (typeof expected !== 'function') {
      if (isRegExp(expected)) {
        const str = String(actual);
        if (regExpExec(expected, str) !== null) return;
        if (!message) {
          generatedMessage = true;
          message = 'The input did not match the regular expression ' +
            inspect(expected) + '. Input:\n\n' + inspect(str) + '\n';
        }
        throwError = true;
      } else if (typeof actual !== 'object' || actual === null) {
        const err = new AssertionError({
          actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn,
          diff: optionsOf(self).diff,
        });
        err.operator = fn.name;
        throw err;
      } else {
        const keys = Object.keys(expected);
        if (expected instanceof Error) {
          keys.push('name', 'message');
        } else if (keys.length === 0) {
          throw new (codes.ERR_INVALID_ARG_VALUE)('error', expected, 'may not be an empty object');
        }
        for (const key of keys) {
          if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
              regExpExec(expected[key], actual[key]) !== null) {
            continue;
          }
          compareExceptionKey(self, actual, expected, key, message, keys, fn);
        }
        return;
      }
    } else if (expected.prototype !== undefined && actual instanceof expected) {
      return;
    } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
      if (!message) {
        generatedMessage = true;
        message = 'The error is expected to be an instance of "' + expected.name + '". Received ';
        if (isError(actual)) {
          const name = (actual.constructor && actual.constructor.name) || actual.name;
          if (expected.name === name) {
            message += 'an error with identical name but a different prototype.';
          } else {
            message += '"' + name + '"';
          }
          if (actual.message) message += '\n\nError message:\n\n' + actual.message;
        } else {
          message += '"' + inspect(actual, { depth: -1 }) + '"';
        }
      }
      throwError = true;
    } else {
      const res = Reflect.apply(expected, {}, [actual]);
      if (res !== true) {
        if (!message) {
          generatedMessage = true;
          const name = expected.name ? '"' + expected.name + '" ' : '';
          message = 'The ' + name + 'validation function is expected to return "true". Received ' +
            inspect(res);
          if (isError(actual)) message += '\n\nCaught error:\n\n' + actual;
        }
        throwError = true;
      }
    }

    if (throwError) {
      const err = new AssertionError({
        actual, expected, message, operator: fn.name, stackStartFn: fn,
        diff: optionsOf(self).diff,
      });
      err.generatedMessage = generatedMessage;
      throw err;
    }
  }

  function getActual(fn) {
    if (typeof fn !== 'function') {
      throw new (codes.ERR_INVALID_ARG_TYPE)('fn', 'Function', fn);
    }
    try {
      fn();
    } catch (e) {
      return e;
    }
    return NO_EXCEPTION;
  }

  function checkIsPromise(obj) {
    return isPromise(obj) ||
      (obj !== null && typeof obj === 'object' &&
       typeof obj.then === 'function' && typeof obj.catch === 'function');
  }

  async function waitForActual(promiseFn) {
    let resultPromise;
    if (typeof promiseFn === 'function') {
      resultPromise = promiseFn();
      if (!checkIsPromise(resultPromise)) {
        throw new (codes.ERR_INVALID_RETURN_VALUE)('instance of Promise', 'promiseFn', resultPromise);
      }
    } else if (checkIsPromise(promiseFn)) {
      resultPromise = promiseFn;
    } else {
      throw new (codes.ERR_INVALID_ARG_TYPE)('promiseFn', ['Function', 'Promise'], promiseFn);
    }
    try {
      await resultPromise;
    } catch (e) {
      return e;
    }
    return NO_EXCEPTION;
  }

  function expectsError(self, fn, actual, args) {
    let error = args[0];
    let message = args[1];
    if (typeof error === 'string') {
      if (args.length >= 2) {
        throw new (codes.ERR_INVALID_ARG_TYPE)('error', ['Object', 'Error', 'Function', 'RegExp'], error);
      }
      if (typeof actual === 'object' && actual !== null) {
        if (actual.message === error) {
          throw new (codes.ERR_AMBIGUOUS_ARGUMENT)('error/message',
            'The error message "' + actual.message + '" is identical to the message.');
        }
      } else if (actual === error) {
        throw new (codes.ERR_AMBIGUOUS_ARGUMENT)('error/message',
          'The error "' + actual + '" is identical to the message.');
      }
      message = error;
      error = undefined;
    } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
      throw new (codes.ERR_INVALID_ARG_TYPE)('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }

    if (actual === NO_EXCEPTION) {
      let details = '';
      if (error && error.name) details += ' (' + error.name + ')';
      details += message ? ': ' + message : '.';
      const kind = fn === rejects ? 'rejection' : 'exception';
      innerFail(self, {
        actual: undefined, expected: error, operator: fn.name,
        message: 'Missing expected ' + kind + details, stackStartFn: fn,
      });
    }
    if (!error) return;
    expectedException(self, actual, error, message, fn);
  }

  function hasMatchingError(actual, expected) {
    if (typeof expected !== 'function') {
      if (isRegExp(expected)) return regExpExec(expected, String(actual)) !== null;
      throw new (codes.ERR_INVALID_ARG_TYPE)('expected', ['Function', 'RegExp'], expected);
    }
    if (expected.prototype !== undefined && actual instanceof expected) return true;
    if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
    return Reflect.apply(expected, {}, [actual]) === true;
  }

  function expectsNoError(self, fn, actual, args) {
    if (actual === NO_EXCEPTION) return;
    let error = args[0];
    let message = args[1];
    if (typeof error === 'string') {
      message = error;
      error = undefined;
    }
    if (!error || hasMatchingError(actual, error)) {
      const details = message ? ': ' + message : '.';
      const kind = fn === doesNotReject ? 'rejection' : 'exception';
      innerFail(self, {
        actual, expected: error, operator: fn.name,
        message: 'Got unwanted ' + kind + details + '\nActual message: "' +
          (actual == null ? undefined : actual.message) + '"',
        stackStartFn: fn,
      });
    }
    throw actual;
  }

  function internalMatch(self, string, regexp, message, fn) {
    if (!isRegExp(regexp)) {
      throw new (codes.ERR_INVALID_ARG_TYPE)('regexp', 'RegExp', regexp);
    }
    const match = fn === assertMatch;
    if (typeof string !== 'string' || (regExpExec(regexp, string) !== null) !== match) {
      if (message instanceof Error) throw message;
      const generatedMessage = !message;
      message = message || (typeof string !== 'string' ?
        'The "string" argument must be of type string. Received type ' +
          typeof string + ' (' + inspect(string) + ')' :
        (match ? 'The input did not match the regular expression ' :
          'The input was expected to not match the regular expression ') +
          inspect(regexp) + '. Input:\n\n' + inspect(string) + '\n');
      const err = new AssertionError({
        actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn,
        diff: optionsOf(self).diff,
      });
      err.generatedMessage = generatedMessage;
      throw err;
    }
  }

  // --- the assertion functions -----------------------------------------------------------

  function ok(...args) {
    innerOk(this, ok, args.length, ...args);
  }

  let failWarned = false;
  function fail(actual, expected, message, operator, stackStartFn) {
    const argsLen = arguments.length;
    let internalMessage = false;
    if (actual == null && argsLen <= 1) {
      internalMessage = true;
      message = 'Failed';
    } else if (argsLen === 1) {
      message = actual;
      actual = undefined;
    } else {
      if (!failWarned) {
        failWarned = true;
        const proc = globalThis.process;
        if (proc && typeof proc.emitWarning === 'function') {
          proc.emitWarning(
            'assert.fail() with more than one argument is deprecated. ' +
              'Please use assert.strictEqual() instead or only pass a message.',
            'DeprecationWarning', 'DEP0094');
        }
      }
      if (argsLen === 2) operator = '!=';
    }
    if (message instanceof Error) throw message;
    const err = new AssertionError({
      actual, expected, operator: operator === undefined ? 'fail' : operator,
      stackStartFn: stackStartFn || fail, message, diff: optionsOf(this).diff,
    });
    if (internalMessage) err.generatedMessage = true;
    throw err;
  }

  function equal(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs();
    // eslint-disable-next-line eqeqeq
    if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
      innerFail(this, { actual, expected, message, operator: '==', stackStartFn: equal });
    }
  }

  function notEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs();
    // eslint-disable-next-line eqeqeq
    if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
      innerFail(this, { actual, expected, message, operator: '!=', stackStartFn: notEqual });
    }
  }

  function deepEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs();
    if (!isDeepEqual(actual, expected)) {
      innerFail(this, { actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
    }
  }

  function notDeepEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs();
    if (isDeepEqual(actual, expected)) {
      innerFail(this, { actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
    }
  }

  function deepStrictEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs();
    if (!isDeepStrictEqual(actual, expected)) {
      innerFail(this, {
        actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual,
      });
    }
  }

  function notDeepStrictEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs();
    if (isDeepStrictEqual(actual, expected)) {
      innerFail(this, {
        actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual,
      });
    }
  }

  function strictEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs();
    if (!Object.is(actual, expected)) {
      innerFail(this, { actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
    }
  }

  function notStrictEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs();
    if (Object.is(actual, expected)) {
      innerFail(this, {
        actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual,
      });
    }
  }

  function partialDeepStrictEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs();
    if (!partialEqual(actual, expected)) {
      innerFail(this, {
        actual, expected, message, operator: 'partialDeepStrictEqual',
        stackStartFn: partialDeepStrictEqual,
      });
    }
  }

  function throws(promiseFn, ...args) {
    expectsError(this, throws, getActual(promiseFn), args);
  }

  async function rejects(promiseFn, ...args) {
    expectsError(this, rejects, await waitForActual(promiseFn), args);
  }

  function doesNotThrow(fn, ...args) {
    expectsNoError(this, doesNotThrow, getActual(fn), args);
  }

  async function doesNotReject(fn, ...args) {
    expectsNoError(this, doesNotReject, await waitForActual(fn), args);
  }

  function ifError(err) {
    if (err !== null && err !== undefined) {
      let message = 'ifError got unwanted exception: ';
      if (typeof err === 'object' && typeof err.message === 'string') {
        if (err.message.length === 0 && err.constructor) message += err.constructor.name;
        else message += err.message;
      } else {
        message += inspect(err);
      }
      const newErr = new AssertionError({
        actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError,
        diff: optionsOf(this).diff,
      });
      const origStack = err.stack;
      if (typeof origStack === 'string') {
        const origStart = origStack.indexOf('\n    at');
        if (origStart !== -1) {
          const originalFrames = origStack.slice(origStart + 1).split('\n');
          let newFrames = String(newErr.stack || '').split('\n');
          for (const frame of originalFrames) {
            const pos = newFrames.indexOf(frame);
            if (pos !== -1) {
              newFrames = newFrames.slice(0, pos);
              break;
            }
          }
          newErr.stack = newFrames.join('\n') + '\n' + originalFrames.join('\n');
        }
      }
      throw newErr;
    }
  }

  function assertMatch(string, regexp, message) {
    internalMatch(this, string, regexp, message, assertMatch);
  }
  Object.defineProperty(assertMatch, 'name', { value: 'match' });

  function doesNotMatch(string, regexp, message) {
    internalMatch(this, string, regexp, message, doesNotMatch);
  }

  // --- Assert class ----------------------------------------------------------------------

  class Assert {
    constructor(options) {
      // Node does not type-check `options`; any value is spread like an object.
      options = { __proto__: null, ...options };
      const diff = options.diff === undefined ? 'simple' : options.diff;
      const strict = options.strict === undefined ? true : options.strict;
      if (diff !== 'simple' && diff !== 'full') {
        throw new (codes.ERR_INVALID_ARG_VALUE)('options.diff', diff, "must be one of: 'simple', 'full'");
      }
      optionsMap.set(this, { diff, strict: !!strict });
      this.AssertionError = AssertionError;
      if (strict) {
        this.equal = this.strictEqual;
        this.deepEqual = this.deepStrictEqual;
        this.notEqual = this.notStrictEqual;
        this.notDeepEqual = this.notDeepStrictEqual;
      }
    }
  }

  const methods = [
    ['fail', fail], ['ok', ok], ['equal', equal], ['notEqual', notEqual],
    ['deepEqual', deepEqual], ['notDeepEqual', notDeepEqual],
    ['deepStrictEqual', deepStrictEqual], ['notDeepStrictEqual', notDeepStrictEqual],
    ['strictEqual', strictEqual], ['notStrictEqual', notStrictEqual],
    ['partialDeepStrictEqual', partialDeepStrictEqual],
    ['throws', throws], ['rejects', rejects], ['doesNotThrow', doesNotThrow],
    ['doesNotReject', doesNotReject], ['ifError', ifError],
    ['match', assertMatch], ['doesNotMatch', doesNotMatch],
  ];
  for (const [name, fn] of methods) {
    Object.defineProperty(Assert.prototype, name, {
      value: fn, writable: true, enumerable: false, configurable: true,
    });
  }

  // --- CallTracker (deprecated, DEP0173) -------------------------------------------------

  let trackerWarned = false;
  class CallTracker {
    #calls = [];

    constructor() {
      if (!trackerWarned) {
        trackerWarned = true;
        const proc = globalThis.process;
        if (proc && typeof proc.emitWarning === 'function') {
          proc.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173');
        }
      }
    }

    calls(fn, expected) {
      if (typeof fn === 'number') {
        expected = fn;
        fn = function () {};
      } else if (fn === undefined) {
        fn = function () {};
      }
      if (expected === undefined) expected = 1;
      if (typeof fn !== 'function') {
        throw new (codes.ERR_INVALID_ARG_TYPE)('fn', 'Function', fn);
      }
      const record = { fn, expected, actual: 0, calls: [], name: fn.name || 'calls' };
      this.#calls.push(record);
      const tracked = new Proxy(fn, {
        apply(target, thisArg, argList) {
          record.actual++;
          record.calls.push({ thisArg, arguments: argList });
          return Reflect.apply(target, thisArg, argList);
        },
      });
      record.proxy = tracked;
      return tracked;
    }

    #find(fn) {
      for (const record of this.#calls) {
        if (record.proxy === fn) return record;
      }
      throw new (codes.ERR_INVALID_ARG_VALUE)('fn', fn, 'is not a tracked function');
    }

    getCalls(fn) {
      return this.#find(fn).calls.map((c) => Object.freeze({ ...c }));
    }

    reset(fn) {
      if (fn === undefined) {
        for (const record of this.#calls) {
          record.actual = 0;
          record.calls = [];
        }
        return;
      }
      const record = this.#find(fn);
      record.actual = 0;
      record.calls = [];
    }

    report() {
      const out = [];
      for (const record of this.#calls) {
        if (record.actual !== record.expected) {
          out.push({
            message: 'Expected the ' + record.name + ' function to be executed ' +
              record.expected + ' time(s) but was executed ' + record.actual + ' time(s).',
            actual: record.actual,
            expected: record.expected,
            operator: record.name,
            stack: new Error(),
          });
        }
      }
      return out;
    }

    verify() {
      const errors = this.report();
      if (errors.length === 0) return;
      const message = errors.length === 1 ?
        errors[0].message :
        'Functions were not called the expected number of times';
      throw new AssertionError({ message, details: errors });
    }
  }

  // --- module object ---------------------------------------------------------------------

  const assert = ok;
  assert.AssertionError = AssertionError;
  assert.CallTracker = CallTracker;
  assert.ok = ok;
  assert.fail = fail;
  assert.equal = equal;
  assert.notEqual = notEqual;
  assert.deepEqual = deepEqual;
  assert.notDeepEqual = notDeepEqual;
  assert.deepStrictEqual = deepStrictEqual;
  assert.notDeepStrictEqual = notDeepStrictEqual;
  assert.strictEqual = strictEqual;
  assert.notStrictEqual = notStrictEqual;
  assert.partialDeepStrictEqual = partialDeepStrictEqual;
  assert.match = assertMatch;
  assert.doesNotMatch = doesNotMatch;
  assert.throws = throws;
  assert.rejects = rejects;
  assert.doesNotThrow = doesNotThrow;
  assert.doesNotReject = doesNotReject;
  assert.ifError = ifError;

  function strict(...args) {
    innerOk(this, strict, args.length, ...args);
  }
  assert.strict = Object.assign(strict, assert, {
    equal: strictEqual,
    deepEqual: deepStrictEqual,
    notEqual: notStrictEqual,
    notDeepEqual: notDeepStrictEqual,
  });
  assert.strict.Assert = Assert;
  assert.strict.strict = assert.strict;
  assert.Assert = Assert;

  return assert;
})();
