// node:util -- inspect/format re-exports plus promisify, callbackify, deprecate, parseArgs and friends
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;

  const inspectMod = require('internal/util/inspect');
  const { inspect, format, formatWithOptions, stripVTControlCharacters } = inspectMod;
  const types = require('util/types');

  const { codes } = require('internal/errors');
  const validators = require('internal/validators');
  function proc() { return globalThis.process; }

  // --- promisify -------------------------------------------------------------------------
  const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
  // Builtins set this on callback APIs that resolve with several named values.
  const kCustomPromisifyArgsSymbol = Symbol.for('nodus.util.promisify.customArgs');

  function promisify(original) {
    validators.validateFunction(original, 'original');
    if (original[kCustomPromisifiedSymbol]) {
      const fn = original[kCustomPromisifiedSymbol];
      validators.validateFunction(fn, 'util.promisify.custom');
      return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
        value: fn, enumerable: false, writable: false, configurable: true,
      });
    }
    const argumentNames = original[kCustomPromisifyArgsSymbol];
    function fn(...args) {
      return new Promise((resolve, reject) => {
        args.push((err, ...values) => {
          if (err) return reject(err);
          if (argumentNames !== undefined && values.length > 1) {
            const obj = {};
            for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
            resolve(obj);
          } else {
            resolve(values[0]);
          }
        });
        Reflect.apply(original, this, args);
      });
    }
    Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
    Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
    const descriptors = Object.getOwnPropertyDescriptors(original);
    const values = Object.values(descriptors);
    for (let i = 0; i < values.length; i++) Object.setPrototypeOf(values[i], null);
    return Object.defineProperties(fn, descriptors);
  }
  promisify.custom = kCustomPromisifiedSymbol;

  // --- callbackify -----------------------------------------------------------------------
  function callbackifyOnRejected(reason, cb) {
    if (!reason) {
      const newReason = new (codes.ERR_FALSY_VALUE_REJECTION)();
      newReason.reason = reason;
      reason = newReason;
    }
    return cb(reason);
  }

  function callbackify(original) {
    validators.validateFunction(original, 'original');
    function callbackified(...args) {
      const maybeCb = args.pop();
      validators.validateFunction(maybeCb, 'last argument');
      const cb = maybeCb.bind(this);
      const p = proc();
      Reflect.apply(original, this, args).then(
        (ret) => p.nextTick(cb, null, ret),
        (rej) => p.nextTick(callbackifyOnRejected, rej, cb));
    }
    const descriptors = Object.getOwnPropertyDescriptors(original);
    if (descriptors.length && typeof descriptors.length.value === 'number') descriptors.length.value++;
    if (descriptors.name && typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
    const values = Object.values(descriptors);
    for (let i = 0; i < values.length; i++) Object.setPrototypeOf(values[i], null);
    Object.defineProperties(callbackified, descriptors);
    return callbackified;
  }

  // --- inherits / deprecate --------------------------------------------------------------
  function inherits(ctor, superCtor) {
    if (ctor === undefined || ctor === null) throw new (codes.ERR_INVALID_ARG_TYPE)('ctor', 'Function', ctor);
    if (superCtor === undefined || superCtor === null) {
      throw new (codes.ERR_INVALID_ARG_TYPE)('superCtor', 'Function', superCtor);
    }
    if (superCtor.prototype === undefined) {
      throw new (codes.ERR_INVALID_ARG_TYPE)('superCtor.prototype', 'Object', superCtor.prototype);
    }
    Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
    Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
  }

  const codesWarned = new Set();
  function deprecate(fn, msg, code) {
    validators.validateFunction(fn, 'fn');
    if (code !== undefined) validators.validateString(code, 'code');
    let warned = false;
    function deprecated(...args) {
      const p = proc();
      if (!warned && !(p && p.noDeprecation)) {
        warned = true;
        if (p && typeof p.emitWarning === 'function') {
          if (code !== undefined) {
            if (!codesWarned.has(code)) {
              codesWarned.add(code);
              p.emitWarning(msg, 'DeprecationWarning', code, deprecated);
            }
          } else {
            p.emitWarning(msg, 'DeprecationWarning', deprecated);
          }
        }
      }
      if (new.target) return Reflect.construct(fn, args, new.target);
      return Reflect.apply(fn, this, args);
    }
    Object.defineProperty(deprecated, 'length', {
      value: fn.length, writable: false, enumerable: false, configurable: true,
    });
    Object.setPrototypeOf(deprecated, fn);
    if (fn.prototype) deprecated.prototype = fn.prototype;
    return deprecated;
  }

  // --- deep equal ------------------------------------------------------------------------
  function isDeepStrictEqual(a, b) {
    return require('internal/util/comparisons').isDeepStrictEqual(a, b);
  }

  // --- errno names -----------------------------------------------------------------------
  const errnoTable = [
    ['E2BIG', -7, 'argument list too long'],
    ['EACCES', -13, 'permission denied'],
    ['EADDRINUSE', -98, 'address already in use'],
    ['EADDRNOTAVAIL', -99, 'address not available'],
    ['EAFNOSUPPORT', -97, 'address family not supported'],
    ['EAGAIN', -11, 'resource temporarily unavailable'],
    ['EAI_ADDRFAMILY', -3000, 'address family not supported'],
    ['EAI_AGAIN', -3001, 'temporary failure'],
    ['EAI_BADFLAGS', -3002, 'bad ai_flags value'],
    ['EAI_BADHINTS', -3013, 'invalid value for hints'],
    ['EAI_CANCELED', -3003, 'request canceled'],
    ['EAI_FAIL', -3004, 'permanent failure'],
    ['EAI_FAMILY', -3005, 'ai_family not supported'],
    ['EAI_MEMORY', -3006, 'out of memory'],
    ['EAI_NODATA', -3007, 'no address'],
    ['EAI_NONAME', -3008, 'unknown node or service'],
    ['EAI_OVERFLOW', -3009, 'argument buffer overflow'],
    ['EAI_PROTOCOL', -3014, 'resolved protocol is unknown'],
    ['EAI_SERVICE', -3010, 'service not available for socket type'],
    ['EAI_SOCKTYPE', -3011, 'socket type not supported'],
    ['EALREADY', -114, 'connection already in progress'],
    ['EBADF', -9, 'bad file descriptor'],
    ['EBUSY', -16, 'resource busy or locked'],
    ['ECANCELED', -125, 'operation canceled'],
    ['ECHARSET', -4080, 'invalid Unicode character'],
    ['ECONNABORTED', -103, 'software caused connection abort'],
    ['ECONNREFUSED', -111, 'connection refused'],
    ['ECONNRESET', -104, 'connection reset by peer'],
    ['EDESTADDRREQ', -89, 'destination address required'],
    ['EEXIST', -17, 'file already exists'],
    ['EFAULT', -14, 'bad address in system call argument'],
    ['EFBIG', -27, 'file too large'],
    ['EHOSTUNREACH', -113, 'host is unreachable'],
    ['EINTR', -4, 'interrupted system call'],
    ['EINVAL', -22, 'invalid argument'],
    ['EIO', -5, 'i/o error'],
    ['EISCONN', -106, 'socket is already connected'],
    ['EISDIR', -21, 'illegal operation on a directory'],
    ['ELOOP', -40, 'too many symbolic links encountered'],
    ['EMFILE', -24, 'too many open files'],
    ['EMSGSIZE', -90, 'message too long'],
    ['ENAMETOOLONG', -36, 'name too long'],
    ['ENETDOWN', -100, 'network is down'],
    ['ENETUNREACH', -101, 'network is unreachable'],
    ['ENFILE', -23, 'file table overflow'],
    ['ENOBUFS', -105, 'no buffer space available'],
    ['ENODEV', -19, 'no such device'],
    ['ENOENT', -2, 'no such file or directory'],
    ['ENOMEM', -12, 'not enough memory'],
    ['ENONET', -64, 'machine is not on the network'],
    ['ENOPROTOOPT', -92, 'protocol not available'],
    ['ENOSPC', -28, 'no space left on device'],
    ['ENOSYS', -38, 'function not implemented'],
    ['ENOTCONN', -107, 'socket is not connected'],
    ['ENOTDIR', -20, 'not a directory'],
    ['ENOTEMPTY', -39, 'directory not empty'],
    ['ENOTSOCK', -88, 'socket operation on non-socket'],
    ['ENOTSUP', -95, 'operation not supported on socket'],
    ['EOVERFLOW', -75, 'value too large for defined data type'],
    ['EPERM', -1, 'operation not permitted'],
    ['EPIPE', -32, 'broken pipe'],
    ['EPROTO', -71, 'protocol error'],
    ['EPROTONOSUPPORT', -93, 'protocol not supported'],
    ['EPROTOTYPE', -91, 'protocol wrong type for socket'],
    ['ERANGE', -34, 'result too large'],
    ['EROFS', -30, 'read-only file system'],
    ['ESHUTDOWN', -108, 'cannot send after transport endpoint shutdown'],
    ['ESPIPE', -29, 'invalid seek'],
    ['ESRCH', -3, 'no such process'],
    ['ETIMEDOUT', -110, 'connection timed out'],
    ['ETXTBSY', -26, 'text file is busy'],
    ['EXDEV', -18, 'cross-device link not permitted'],
    ['UNKNOWN', -4094, 'unknown error'],
    ['EOF', -4095, 'end of file'],
    ['ENXIO', -6, 'no such device or address'],
    ['EMLINK', -31, 'too many links'],
    ['EHOSTDOWN', -112, 'host is down'],
    ['EREMOTEIO', -121, 'remote I/O error'],
    ['ENOTTY', -25, 'inappropriate ioctl for device'],
    ['EFTYPE', -4028, 'inappropriate file type or format'],
    ['EILSEQ', -84, 'illegal byte sequence'],
    ['ESOCKTNOSUPPORT', -94, 'socket type not supported'],
    ['ENODATA', -61, 'no data available'],
    ['EUNATCH', -49, 'protocol driver not attached'],
  ];
  let errMap;
  function getSystemErrorMap() {
    if (errMap === undefined) {
      errMap = new Map();
      for (const [name, errno, msg] of errnoTable) errMap.set(errno, [name, msg]);
    }
    return new Map(errMap);
  }
  function checkErrno(err) {
    validators.validateNumber(err, 'err');
    if (err >= 0 || !Number.isSafeInteger(err)) {
      throw new (codes.ERR_OUT_OF_RANGE)('err', 'a negative integer', err);
    }
  }
  function getSystemErrorName(err) {
    checkErrno(err);
    getSystemErrorMap();
    const e = errMap.get(err);
    return e ? e[0] : 'Unknown system error ' + err;
  }
  function getSystemErrorMessage(err) {
    checkErrno(err);
    getSystemErrorMap();
    const e = errMap.get(err);
    return e ? e[1] : 'Unknown system error ' + err;
  }

  // --- strings ---------------------------------------------------------------------------
  function toUSVString(input) {
    const str = '' + input;
    if (typeof str.toWellFormed === 'function') return str.toWellFormed();
    return str.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  }

  function shouldColorize(stream) {
    const p = proc();
    const env = (p && p.env) || {};
    if (env.FORCE_COLOR !== undefined) {
      return !(env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false');
    }
    if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined) return false;
    if (!stream || !stream.isTTY) return false;
    if (typeof stream.getColorDepth === 'function') return stream.getColorDepth() > 2;
    return env.TERM !== 'dumb';
  }

  function styleText(format, text, { validateStream = true, stream } = {}) {
    validators.validateString(text, 'text');
    validators.validateBoolean(validateStream, 'options.validateStream');
    let skipColorize = false;
    if (validateStream) {
      if (stream === undefined) {
        const p = proc();
        stream = p && p.stdout;
      }
      if (stream === null || typeof stream !== 'object') {
        throw new (codes.ERR_INVALID_ARG_TYPE)('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
      }
      skipColorize = !shouldColorize(stream);
    }
    const formats = Array.isArray(format) ? format : [format];
    let left = '';
    let right = '';
    for (const key of formats) {
      if (key === 'none') continue;
      const codes = inspect.colors[key];
      if (codes == null) validators.validateOneOf(key, 'format', Object.getOwnPropertyNames(inspect.colors));
      if (skipColorize) continue;
      left += '\u001b[' + codes[0] + 'm';
      right = '\u001b[' + codes[1] + 'm' + right;
    }
    return skipColorize ? text : left + text + right;
  }

  // --- debuglog --------------------------------------------------------------------------
  let debugEnvRe;
  function debugEnabled(set) {
    if (debugEnvRe === undefined) {
      const p = proc();
      const env = (p && p.env && p.env.NODE_DEBUG) || '';
      if (!env) debugEnvRe = null;
      else {
        const src = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*').replace(/,/g, '$|^');
        debugEnvRe = new RegExp('^' + src + '$', 'i');
      }
    }
    return debugEnvRe !== null && debugEnvRe.test(set);
  }

  function debuglog(set, cb) {
    let enabled;
    let logger;
    function init() {
      if (enabled !== undefined) return;
      set = String(set).toUpperCase();
      enabled = debugEnabled(set);
      if (enabled) {
        logger = function (...args) {
          const p = proc();
          const msg = formatWithOptions({ colors: false }, ...args);
          p.stderr.write(set + ' ' + p.pid + ': ' + msg + '\n');
        };
      } else {
        logger = function () {};
      }
      if (typeof cb === 'function') cb(logger);
    }
    function debug(...args) {
      init();
      if (enabled) logger(...args);
    }
    Object.defineProperty(debug, 'enabled', {
      get() { init(); return enabled; },
      configurable: true,
      enumerable: true,
    });
    return debug;
  }

  // --- parseArgs -------------------------------------------------------------------------
  function parseArgs(config = { __proto__: null }) {
    const v = validators;
    v.validateObject(config, 'config');
    const p = proc();
    const args = config.args ?? (p ? p.argv.slice(2) : []);
    const strict = config.strict ?? true;
    const allowPositionals = config.allowPositionals ?? !strict;
    const returnTokens = config.tokens ?? false;
    const allowNegative = config.allowNegative ?? false;
    const options = config.options ?? { __proto__: null };
    v.validateArray(args, 'args');
    v.validateBoolean(strict, 'strict');
    v.validateBoolean(allowPositionals, 'allowPositionals');
    v.validateBoolean(returnTokens, 'tokens');
    v.validateBoolean(allowNegative, 'allowNegative');
    v.validateObject(options, 'options');
    const optionNames = Object.keys(options);
    for (const longOption of optionNames) {
      const optionConfig = options[longOption];
      v.validateObject(optionConfig, 'options.' + longOption);
      const optionType = optionConfig.type;
      v.validateUnion(optionType, 'options.' + longOption + '.type', ['string', 'boolean']);
      if (Object.hasOwn(optionConfig, 'short')) {
        const shortOption = optionConfig.short;
        v.validateString(shortOption, 'options.' + longOption + '.short');
        if (shortOption.length !== 1) {
          throw new codes.ERR_INVALID_ARG_VALUE('options.' + longOption + '.short', shortOption, 'must be a single character');
        }
      }
      const multiple = optionConfig.multiple;
      if (Object.hasOwn(optionConfig, 'multiple')) v.validateBoolean(multiple, 'options.' + longOption + '.multiple');
      if (Object.hasOwn(optionConfig, 'default')) {
        const dv = optionConfig.default;
        const name = 'options.' + longOption + '.default';
        if (optionType === 'string' && !multiple) v.validateString(dv, name);
        else if (optionType === 'string' && multiple) v.validateStringArray(dv, name);
        else if (optionType === 'boolean' && !multiple) v.validateBoolean(dv, name);
        else if (optionType === 'boolean' && multiple) v.validateBooleanArray(dv, name);
      }
    }

    const optType = (name) => (Object.hasOwn(options, name) ? options[name].type : undefined);
    function longForShort(ch) {
      for (const name of optionNames) if (options[name].short === ch) return name;
      return ch;
    }

    // Tokenize.
    const tokens = [];
    const remaining = args.slice();
    let index = -1;
    let groupCount = 0;
    while (remaining.length > 0) {
      const arg = remaining.shift();
      const nextArg = remaining[0];
      if (groupCount > 0) groupCount--;
      else index++;

      if (arg === '--') {
        tokens.push({ kind: 'option-terminator', index });
        for (const a of remaining) tokens.push({ kind: 'positional', index: ++index, value: a });
        break;
      }
      if (arg.length === 2 && arg[0] === '-' && arg[1] !== '-') {
        const shortOption = arg[1];
        const longOption = longForShort(shortOption);
        let value;
        let inlineValue;
        if (optType(longOption) === 'string' && nextArg != null) {
          value = remaining.shift();
          inlineValue = false;
        }
        tokens.push({ kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
        if (value != null) ++index;
        continue;
      }
      if (arg.length > 2 && arg[0] === '-' && arg[1] !== '-') {
        const first = longForShort(arg[1]);
        if (optType(first) !== 'string') {
          // Short option group: -abc
          const expanded = [];
          for (let i = 1; i < arg.length; i++) {
            const ch = arg[i];
            const lo = longForShort(ch);
            if (optType(lo) !== 'string' || i === arg.length - 1) {
              expanded.push('-' + ch);
            } else {
              expanded.push('-' + arg.slice(i));
              break;
            }
          }
          remaining.unshift(...expanded);
          groupCount = expanded.length;
          continue;
        }
        tokens.push({ kind: 'option', name: first, rawName: '-' + arg[1], index, value: arg.slice(2), inlineValue: true });
        continue;
      }
      if (arg.length > 2 && arg.startsWith('--')) {
        const eq = arg.indexOf('=');
        if (eq === -1) {
          const longOption = arg.slice(2);
          let value;
          let inlineValue;
          if (optType(longOption) === 'string' && nextArg != null) {
            value = remaining.shift();
            inlineValue = false;
          }
          tokens.push({ kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
          if (value != null) ++index;
        } else {
          const longOption = arg.slice(2, eq);
          tokens.push({ kind: 'option', name: longOption, rawName: '--' + longOption, index, value: arg.slice(eq + 1), inlineValue: true });
        }
        continue;
      }
      tokens.push({ kind: 'positional', index, value: arg });
    }

    const result = { values: { __proto__: null }, positionals: [] };
    if (returnTokens) result.tokens = tokens;
    for (const token of tokens) {
      if (token.kind === 'option') {
        let name = token.name;
        let value = token.value;
        if (allowNegative && name.startsWith('no-') && optType(name) === undefined) {
          const positive = name.slice(3);
          if (optType(positive) === 'boolean' || (!strict && optType(positive) === undefined)) {
            if (value != null && strict) {
              throw new codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE("Option '--" + name + "' does not take an argument");
            }
            name = positive;
            value = false;
            storeOption(name, value);
            continue;
          }
        }
        if (strict) {
          if (!Object.hasOwn(options, name)) {
            throw new codes.ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
          }
          const short = options[name].short;
          const shortAndLong = (short ? '-' + short + ', ' : '') + '--' + name;
          const type = options[name].type;
          if (type === 'string' && typeof value !== 'string') {
            throw new codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE("Option '" + shortAndLong + " <value>' argument missing");
          }
          if (type === 'string' && !token.inlineValue && value.length > 1 && value[0] === '-') {
            const example = token.rawName.startsWith('--') ? "'" + token.rawName + "=-XYZ'"
              : "'--" + name + "=-XYZ' or '" + token.rawName + "-XYZ'";
            throw new codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE("Option '" + token.rawName +
              "' argument is ambiguous.\nDid you forget to specify the option argument for '" +
              token.rawName + "'?\nTo specify an option argument starting with a dash use " + example + '.');
          }
          if (type === 'boolean' && value != null) {
            throw new codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE("Option '" + shortAndLong + "' does not take an argument");
          }
        }
        storeOption(name, value);
      } else if (token.kind === 'positional') {
        if (!allowPositionals) throw new codes.ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
        result.positionals.push(token.value);
      }
    }
    function storeOption(name, value) {
      if (name === '__proto__') return;
      const newValue = value ?? true;
      if (Object.hasOwn(options, name) && options[name].multiple) {
        if (result.values[name] === undefined) result.values[name] = [newValue];
        else result.values[name].push(newValue);
      } else {
        result.values[name] = newValue;
      }
    }
    for (const name of optionNames) {
      if (Object.hasOwn(options[name], 'default') && result.values[name] === undefined) {
        result.values[name] = options[name].default;
      }
    }
    return result;
  }

  // --- parseEnv --------------------------------------------------------------------------
  function parseEnv(content) {
    validators.validateString(content, 'content');
    const out = {};
    const lines = content.replace(/\r\n?/g, '\n').split('\n');
    for (let i = 0; i < lines.length; i++) {
      let line = lines[i].trim();
      if (line === '' || line[0] === '#') continue;
      if (line.startsWith('export ')) line = line.slice(7).trim();
      const eq = line.indexOf('=');
      if (eq === -1) continue;
      const key = line.slice(0, eq).trim();
      if (!key) continue;
      let value = line.slice(eq + 1).trim();
      const q = value[0];
      if (q === '"' || q === "'" || q === '`') {
        let end = value.indexOf(q, 1);
        if (end === -1) {
          // multi-line quoted value
          let acc = value.slice(1);
          let j = i + 1;
          let found = false;
          for (; j < lines.length; j++) {
            const k = lines[j].indexOf(q);
            if (k !== -1) { acc += '\n' + lines[j].slice(0, k); found = true; break; }
            acc += '\n' + lines[j];
          }
          if (found) { value = acc; i = j; }
        } else {
          value = value.slice(1, end);
        }
        if (q === '"') value = value.replace(/\\n/g, '\n');
      } else {
        const hash = value.indexOf('#');
        if (hash !== -1) value = value.slice(0, hash).trim();
      }
      out[key] = value;
    }
    return out;
  }

  // --- misc ------------------------------------------------------------------------------
  function _extend(target, source) {
    if (source === null || typeof source !== 'object') return target;
    const keys = Object.keys(source);
    let i = keys.length;
    while (i--) target[keys[i]] = source[keys[i]];
    return target;
  }

  // Both are runtime-deprecated since Node 22.
  const isArray = deprecate(function isArray(v) { return Array.isArray(v); },
    'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.', 'DEP0044');

  function aborted(signal, resource) {
    if (signal === undefined) throw new (codes.ERR_INVALID_ARG_TYPE)('signal', 'AbortSignal', signal);
    validators.validateAbortSignal(signal, 'signal');
    validators.validateObject(resource, 'resource', validators.kValidateObjectAllowObjects);
    if (signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      signal.addEventListener('abort', () => resolve(), { once: true });
    });
  }

  // The frames of the engine's stack trace, parsed: `at name (where:line:col)` or
  // `at where:line:col`. Script names are paths for files (Node's form for CommonJS).
  const FRAME = /^\s*at (?:(.*?) \((.*):(\d+):(\d+)\)|(.*):(\d+):(\d+))$/;
  let scriptIds = null;

  function getCallSites(frameCount = 8, options) {
    if (typeof frameCount === 'object' && frameCount !== null) {
      options = frameCount;
      frameCount = 8;
    }
    validators.validateNumber(frameCount, 'frameCount', 1, 200);
    if (options !== undefined) validators.validateObject(options, 'options');
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = frameCount + 1;
    const stack = new Error().stack;
    Error.stackTraceLimit = limit;
    if (scriptIds === null) scriptIds = new Map();
    const sites = [];
    const lines = typeof stack === 'string' ? stack.split('\n') : [];
    // lines[0] is the message, lines[1] this function.
    for (let i = 2; i < lines.length && sites.length < frameCount; i++) {
      const m = FRAME.exec(lines[i]);
      if (m === null) continue;
      let scriptName = m[2] !== undefined ? m[2] : m[5];
      if (scriptName.startsWith('file://')) scriptName = decodeURIComponent(scriptName.slice(7));
      let scriptId = scriptIds.get(scriptName);
      if (scriptId === undefined) {
        scriptId = String(scriptIds.size + 1);
        scriptIds.set(scriptName, scriptId);
      }
      const lineNumber = Number(m[3] !== undefined ? m[3] : m[6]);
      const column = Number(m[4] !== undefined ? m[4] : m[7]);
      sites.push({
        functionName: m[1] !== undefined ? m[1].replace(/^(?:Object|Module)\./, '') : '',
        scriptId,
        scriptName,
        lineNumber,
        columnNumber: column,
        column,
      });
    }
    return sites;
  }

  function _errnoException(err, syscall, original) {
    return new (require('internal/errors').ErrnoException)(err, syscall, original);
  }
  function _exceptionWithHostPort(err, syscall, address, port, additional) {
    return new (require('internal/errors').ExceptionWithHostPort)(err, syscall, address, port, additional);
  }

  const util = {
    _errnoException,
    _exceptionWithHostPort,
    _extend: deprecate(_extend,
      'The `util._extend` API is deprecated. Please use Object.assign() instead.', 'DEP0060'),
    callbackify,
    debug: debuglog,
    debuglog,
    deprecate,
    format,
    styleText,
    formatWithOptions,
    getCallSites,
    getSystemErrorMap,
    getSystemErrorName,
    getSystemErrorMessage,
    inherits,
    inspect,
    isArray,
    isDeepStrictEqual,
    promisify,
    stripVTControlCharacters,
    toUSVString,
    transferableAbortSignal(signal) { return signal; },
    transferableAbortController() { return new AbortController(); },
    aborted,
    types,
    parseEnv,
    parseArgs,
  };
  function lazy(name, get) {
    Object.defineProperty(util, name, {
      get, set(v) { Object.defineProperty(util, name, { value: v, writable: true, enumerable: true, configurable: true }); },
      enumerable: true, configurable: true,
    });
  }
  lazy('TextDecoder', () => globalThis.TextDecoder);
  lazy('TextEncoder', () => globalThis.TextEncoder);
  lazy('MIMEType', () => require('internal/mime').MIMEType);
  lazy('MIMEParams', () => require('internal/mime').MIMEParams);
  return util;
})();
