// internal/validators -- argument validation helpers throwing Node's ERR_* errors
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;

  const { codes } = require('internal/errors');

  const signals = {
    SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6,
    SIGBUS: 7, SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12,
    SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18,
    SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24,
    SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29,
    SIGPWR: 30, SIGSYS: 31,
  };

  function isInt32(value) { return value === (value | 0); }
  function isUint32(value) { return value === (value >>> 0); }

  const octalReg = /^[0-7]+$/;
  const modeDesc = 'must be a 32-bit unsigned integer or an octal string';

  function parseFileMode(value, name, def) {
    value ??= def;
    if (typeof value === 'string') {
      if (!octalReg.test(value)) throw new (codes.ERR_INVALID_ARG_VALUE)(name, value, modeDesc);
      value = parseInt(value, 8);
    }
    validateUint32(value, name);
    return value;
  }

  function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
    if (typeof value !== 'number') throw new (codes.ERR_INVALID_ARG_TYPE)(name, 'number', value);
    if (!Number.isInteger(value)) throw new (codes.ERR_OUT_OF_RANGE)(name, 'an integer', value);
    if (value < min || value > max) throw new (codes.ERR_OUT_OF_RANGE)(name, '>= ' + min + ' && <= ' + max, value);
  }

  function validateInt32(value, name, min = -2147483648, max = 2147483647) {
    if (typeof value !== 'number') throw new (codes.ERR_INVALID_ARG_TYPE)(name, 'number', value);
    if (!Number.isInteger(value)) throw new (codes.ERR_OUT_OF_RANGE)(name, 'an integer', value);
    if (value < min || value > max) throw new (codes.ERR_OUT_OF_RANGE)(name, '>= ' + min + ' && <= ' + max, value);
  }

  function validateUint32(value, name, positive = false) {
    if (typeof value !== 'number') throw new (codes.ERR_INVALID_ARG_TYPE)(name, 'number', value);
    if (!Number.isInteger(value)) throw new (codes.ERR_OUT_OF_RANGE)(name, 'an integer', value);
    const min = positive ? 1 : 0;
    const max = 4294967295;
    if (value < min || value > max) throw new (codes.ERR_OUT_OF_RANGE)(name, '>= ' + min + ' && <= ' + max, value);
  }

  function validateString(value, name) {
    if (typeof value !== 'string') throw new (codes.ERR_INVALID_ARG_TYPE)(name, 'string', value);
  }

  function validateNumber(value, name, min = undefined, max) {
    if (typeof value !== 'number') throw new (codes.ERR_INVALID_ARG_TYPE)(name, 'number', value);
    if ((min != null && value < min) || (max != null && value > max) ||
        ((min != null || max != null) && Number.isNaN(value))) {
      throw new (codes.ERR_OUT_OF_RANGE)(name,
        (min != null ? '>= ' + min : '') + (min != null && max != null ? ' && ' : '') +
        (max != null ? '<= ' + max : ''), value);
    }
  }

  function validateOneOf(value, name, oneOf) {
    if (!oneOf.includes(value)) {
      const allowed = oneOf.map((v) => (typeof v === 'string' ? "'" + v + "'" : String(v))).join(', ');
      throw new (codes.ERR_INVALID_ARG_VALUE)(name, value, 'must be one of: ' + allowed);
    }
  }

  function validateBoolean(value, name) {
    if (typeof value !== 'boolean') throw new (codes.ERR_INVALID_ARG_TYPE)(name, 'boolean', value);
  }

  const kValidateObjectNone = 0;
  const kValidateObjectAllowNullable = 1;
  const kValidateObjectAllowArray = 2;
  const kValidateObjectAllowFunction = 4;
  const kValidateObjectAllowObjects = kValidateObjectAllowArray | kValidateObjectAllowFunction;
  const kValidateObjectAllowObjectsAndNull = kValidateObjectAllowNullable | kValidateObjectAllowArray | kValidateObjectAllowFunction;

  function validateObject(value, name, options = kValidateObjectNone) {
    let flags = options;
    if (typeof options === 'object' && options !== null) {
      flags = (options.nullable ? 1 : 0) | (options.allowArray ? 2 : 0) | (options.allowFunction ? 4 : 0);
    }
    if (flags === 0) {
      if (value === null || Array.isArray(value)) throw new (codes.ERR_INVALID_ARG_TYPE)(name, 'Object', value);
      if (typeof value !== 'object') throw new (codes.ERR_INVALID_ARG_TYPE)(name, 'Object', value);
    } else {
      const nullable = (flags & 1) !== 0;
      if ((!nullable && value === null) ||
          ((flags & 2) === 0 && Array.isArray(value)) ||
          (typeof value !== 'object' && ((flags & 4) === 0 || typeof value !== 'function'))) {
        throw new (codes.ERR_INVALID_ARG_TYPE)(name, 'Object', value);
      }
    }
  }

  function validateDictionary(value, name) {
    if (value != null && typeof value !== 'object' && typeof value !== 'function') {
      throw new (codes.ERR_INVALID_ARG_TYPE)(name, 'a dictionary', value);
    }
  }

  function validateArray(value, name, minLength = 0) {
    if (!Array.isArray(value)) throw new (codes.ERR_INVALID_ARG_TYPE)(name, 'Array', value);
    if (value.length < minLength) {
      throw new (codes.ERR_INVALID_ARG_VALUE)(name, value, 'must be longer than ' + minLength);
    }
  }

  function validateStringArray(value, name) {
    validateArray(value, name);
    for (let i = 0; i < value.length; ++i) validateString(value[i], name + '[' + i + ']');
  }

  function validateBooleanArray(value, name) {
    validateArray(value, name);
    for (let i = 0; i < value.length; ++i) validateBoolean(value[i], name + '[' + i + ']');
  }

  function validateAbortSignalArray(value, name) {
    validateArray(value, name);
    for (let i = 0; i < value.length; i++) validateAbortSignal(value[i], name + '[' + i + ']');
  }

  function validateSignalName(signal, name = 'signal') {
    validateString(signal, name);
    if (signals[signal] === undefined) {
      if (signals[signal.toUpperCase()] !== undefined) {
        throw new (codes.ERR_UNKNOWN_SIGNAL)(signal + ' (signals must use all capital letters)');
      }
      throw new (codes.ERR_UNKNOWN_SIGNAL)(signal);
    }
  }

  function isArrayBufferView(v) {
    return ArrayBuffer.isView(v);
  }

  function validateBuffer(buffer, name = 'buffer') {
    if (!isArrayBufferView(buffer)) {
      throw new (codes.ERR_INVALID_ARG_TYPE)(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
    }
  }

  function validateEncoding(data, encoding) {
    const e = typeof encoding === 'string' ? encoding.toLowerCase() : encoding;
    const length = data.length;
    if (e === 'hex' && length % 2 !== 0) {
      throw new (codes.ERR_INVALID_ARG_VALUE)('encoding', encoding, 'is invalid for data of length ' + length);
    }
  }

  function validatePort(port, name = 'Port', allowZero = true) {
    if ((typeof port !== 'number' && typeof port !== 'string') ||
        (typeof port === 'string' && port.trim().length === 0) ||
        +port !== (+port >>> 0) ||
        port > 0xFFFF ||
        (port === 0 && !allowZero)) {
      throw new (codes.ERR_SOCKET_BAD_PORT)(name, port, allowZero);
    }
    return port | 0;
  }

  function validateAbortSignal(signal, name) {
    if (signal !== undefined &&
        (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
      throw new (codes.ERR_INVALID_ARG_TYPE)(name, 'AbortSignal', signal);
    }
  }

  function validateFunction(value, name) {
    if (typeof value !== 'function') throw new (codes.ERR_INVALID_ARG_TYPE)(name, 'Function', value);
  }

  function validatePlainFunction(value, name) {
    if (typeof value !== 'function' || (__bootstrap.core.isAsyncFunction &&
        __bootstrap.core.isAsyncFunction(value))) {
      throw new (codes.ERR_INVALID_ARG_TYPE)(name, 'Function', value);
    }
  }

  function validateUndefined(value, name) {
    if (value !== undefined) throw new (codes.ERR_INVALID_ARG_TYPE)(name, 'undefined', value);
  }

  function validateUnion(value, name, union) {
    if (!union.includes(value)) {
      throw new (codes.ERR_INVALID_ARG_TYPE)(name, "('" + union.join('|') + "')", value);
    }
  }

  function validateInternalField(object, fieldKey, className) {
    if (typeof object !== 'object' || object === null || !(fieldKey in object)) {
      throw new (codes.ERR_INVALID_ARG_TYPE)('this', className, object);
    }
  }

  function validateThisInternalField(object, fieldKey, className) {
    if (typeof object !== 'object' || object === null || !(fieldKey in object)) {
      throw new (codes.ERR_INVALID_THIS)(className);
    }
  }

  const linkValueRegExp = /^(?:<[^>]*>)(?:\s*;\s*[^;"\s]+(?:=(")?[^;"\s]*\1)?)*$/;
  function validateLinkHeaderFormat(value, name) {
    if (typeof value === 'undefined' || !linkValueRegExp.test(value)) {
      throw new (codes.ERR_INVALID_ARG_VALUE)(name, value,
        'must be an array or string of format "</styles.css>; rel=preload; as=style"');
    }
  }
  function validateLinkHeaderValue(hints) {
    if (typeof hints === 'string') { validateLinkHeaderFormat(hints, 'hints'); return hints; }
    if (Array.isArray(hints)) {
      let result = '';
      for (let i = 0; i < hints.length; i++) {
        validateLinkHeaderFormat(hints[i], 'hints');
        result += hints[i];
        if (i !== hints.length - 1) result += ', ';
      }
      return result;
    }
    throw new (codes.ERR_INVALID_ARG_VALUE)('hints', hints,
      'must be an array or string of format "</styles.css>; rel=preload; as=style"');
  }

  return {
    isInt32,
    isUint32,
    parseFileMode,
    validateArray,
    validateStringArray,
    validateBooleanArray,
    validateAbortSignalArray,
    validateBoolean,
    validateBuffer,
    validateDictionary,
    validateEncoding,
    validateFunction,
    validateInt32,
    validateInteger,
    validateNumber,
    validateObject,
    kValidateObjectNone,
    kValidateObjectAllowNullable,
    kValidateObjectAllowArray,
    kValidateObjectAllowFunction,
    kValidateObjectAllowObjects,
    kValidateObjectAllowObjectsAndNull,
    validateOneOf,
    validatePlainFunction,
    validatePort,
    validateSignalName,
    validateString,
    validateUint32,
    validateUndefined,
    validateUnion,
    validateAbortSignal,
    validateInternalField,
    validateThisInternalField,
    validateLinkHeaderValue,
    signals,
  };
})();
