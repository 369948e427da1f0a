// internal/util/inspect -- util.inspect, util.format and friends, matching Node's output
(function () {
  'use strict';
  const { internals, core } = __bootstrap;
  const require = internals.require;

  // --- options ---------------------------------------------------------------------------
  const inspectDefaultOptions = {
    showHidden: false,
    depth: 2,
    colors: false,
    customInspect: true,
    showProxy: false,
    maxArrayLength: 100,
    maxStringLength: 10000,
    breakLength: 80,
    compact: 3,
    sorted: false,
    getters: false,
    numericSeparator: false,
  };

  const kObjectType = 0;
  const kArrayType = 1;
  const kArrayExtrasType = 2;

  const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

  const hasOwn = Object.prototype.hasOwnProperty;
  const propIsEnum = Object.prototype.propertyIsEnumerable;
  const objToString = Object.prototype.toString;
  const fnToString = Function.prototype.toString;
  const errToString = Error.prototype.toString;
  const dateToISO = Date.prototype.toISOString;
  const dateToString = Date.prototype.toString;
  const dateGetTime = Date.prototype.getTime;
  const regexpToString = RegExp.prototype.toString;
  const symToString = Symbol.prototype.toString;
  const dateToPrimitive = Date.prototype[Symbol.toPrimitive];
  const getPrototypeOf = Object.getPrototypeOf;
  const getOwnDesc = Object.getOwnPropertyDescriptor;
  const TypedArrayProto = getPrototypeOf(Uint8Array.prototype);
  const taLength = getOwnDesc(TypedArrayProto, 'length').get;
  const taTag = getOwnDesc(TypedArrayProto, Symbol.toStringTag).get;
  const setSize = getOwnDesc(Set.prototype, 'size').get;
  const mapSize = getOwnDesc(Map.prototype, 'size').get;

  const isAsyncFunction = core.isAsyncFunction;
  const isGeneratorFunction = core.isGeneratorFunction;
  const isArgumentsObject = core.isArgumentsObject;
  // The engine's core.isMap/isSet go by Object.prototype.toString, which misses Maps and
  // Sets with a null (or foreign) prototype; the size getters are exact brand checks.
  const isMap = (v) => {
    if (v === null || typeof v !== 'object') return false;
    try { mapSize.call(v); return true; } catch { return false; }
  };
  const isSet = (v) => {
    if (v === null || typeof v !== 'object') return false;
    try { setSize.call(v); return true; } catch { return false; }
  };
  const isMapIterator = core.isMapIterator;
  const isSetIterator = core.isSetIterator;
  const isDate = core.isDate;
  const isRegExp = core.isRegExp;
  const isNativeError = core.isNativeError;
  const isTypedArray = core.isTypedArray;
  const isArrayBuffer = core.isArrayBuffer;
  const isAnyArrayBuffer = core.isAnyArrayBuffer;
  const isDataView = core.isDataView;
  const isPromise = core.isPromise;
  const isWeakMap = core.isWeakMap;
  const isWeakSet = core.isWeakSet;
  const isBoxedPrimitive = core.isBoxedPrimitive;
  const isNumberObject = core.isNumberObject;
  const isStringObject = core.isStringObject;
  const isBooleanObject = core.isBooleanObject;
  const isBigIntObject = core.isBigIntObject;
  const isModuleNamespaceObject = core.isModuleNamespaceObject;
  const isProxy = core.isProxy;

  function isError(v) {
    return isNativeError(v) || v instanceof Error;
  }

  // Names of the ECMAScript global constructors (Node's "builtInObjects").
  const builtInObjects = new Set([
    'Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol', 'Date',
    'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError',
    'ReferenceError', 'SyntaxError', 'TypeError', 'URIError', 'JSON', 'Math', 'Intl',
    'ArrayBuffer', 'Atomics', 'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array',
    'Uint32Array', 'Int32Array', 'Float32Array', 'Float64Array', 'Uint8ClampedArray',
    'BigUint64Array', 'BigInt64Array', 'DataView', 'Map', 'BigInt', 'Set', 'WeakMap',
    'WeakSet', 'Proxy', 'Reflect', 'FinalizationRegistry', 'WeakRef',
    'SharedArrayBuffer', 'WebAssembly', 'Iterator', 'Float16Array',
  ]);

  // --- colors ----------------------------------------------------------------------------
  const colors = Object.assign(Object.create(null), {
    reset: [0, 0],
    bold: [1, 22],
    dim: [2, 22],
    italic: [3, 23],
    underline: [4, 24],
    blink: [5, 25],
    inverse: [7, 27],
    hidden: [8, 28],
    strikethrough: [9, 29],
    doubleunderline: [21, 24],
    black: [30, 39],
    red: [31, 39],
    green: [32, 39],
    yellow: [33, 39],
    blue: [34, 39],
    magenta: [35, 39],
    cyan: [36, 39],
    white: [37, 39],
    bgBlack: [40, 49],
    bgRed: [41, 49],
    bgGreen: [42, 49],
    bgYellow: [43, 49],
    bgBlue: [44, 49],
    bgMagenta: [45, 49],
    bgCyan: [46, 49],
    bgWhite: [47, 49],
    framed: [51, 54],
    overlined: [53, 55],
    gray: [90, 39],
    redBright: [91, 39],
    greenBright: [92, 39],
    yellowBright: [93, 39],
    blueBright: [94, 39],
    magentaBright: [95, 39],
    cyanBright: [96, 39],
    whiteBright: [97, 39],
    bgGray: [100, 49],
    bgRedBright: [101, 49],
    bgGreenBright: [102, 49],
    bgYellowBright: [103, 49],
    bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49],
    bgCyanBright: [106, 49],
    bgWhiteBright: [107, 49],
  });
  function defineColorAlias(target, alias) {
    Object.defineProperty(colors, alias, {
      get() { return this[target]; },
      set(value) { this[target] = value; },
      configurable: true,
      enumerable: false,
    });
  }
  defineColorAlias('gray', 'grey');
  defineColorAlias('gray', 'blackBright');
  defineColorAlias('bgGray', 'bgGrey');
  defineColorAlias('bgGray', 'bgBlackBright');
  defineColorAlias('dim', 'faint');
  defineColorAlias('strikethrough', 'crossedout');
  defineColorAlias('strikethrough', 'strikeThrough');
  defineColorAlias('strikethrough', 'crossedOut');
  defineColorAlias('hidden', 'conceal');
  defineColorAlias('inverse', 'swapColors');
  defineColorAlias('inverse', 'swapcolors');
  defineColorAlias('doubleunderline', 'doubleUnderline');

  const styles = Object.assign(Object.create(null), {
    special: 'cyan',
    number: 'yellow',
    bigint: 'yellow',
    boolean: 'yellow',
    undefined: 'grey',
    null: 'bold',
    string: 'green',
    symbol: 'green',
    date: 'magenta',
    regexp: 'red',
    module: 'underline',
  });

  function stylizeWithColor(str, styleType) {
    const style = styles[styleType];
    if (style !== undefined) {
      const color = colors[style];
      if (color !== undefined) return '\u001b[' + color[0] + 'm' + str + '\u001b[' + color[1] + 'm';
    }
    return str;
  }
  function stylizeNoColor(str) { return str; }

  // --- strings ---------------------------------------------------------------------------
  const ansiRe = new RegExp('[\\u001B\\u009B][[\\]()#;?]*' +
    '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
    '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
    '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
    '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))', 'g');

  function stripVTControlCharacters(str) {
    if (typeof str !== 'string') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('str', 'string', str);
    }
    return str.replace(ansiRe, '');
  }
  const colorRe = /\u001b\[\d\d?m/g;
  function removeColors(str) { return str.replace(colorRe, ''); }

  // Escape table for char codes below 160 needing an escape.
  const meta = [];
  for (let i = 0; i < 160; i++) {
    if (i < 32 || (i > 126)) {
      meta.push('\\x' + (i < 16 ? '0' : '') + i.toString(16).toUpperCase());
    } else meta.push('');
  }
  meta[8] = '\\b'; meta[9] = '\\t'; meta[10] = '\\n'; meta[12] = '\\f'; meta[13] = '\\r';
  meta[39] = "\\'"; meta[92] = '\\\\';

  const needsEscapeRe = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udfff]/;
  const needsEscapeNoQuoteRe = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udfff]/;

  function escapeBody(str, quoteCode) {
    let result = '';
    let last = 0;
    const len = str.length;
    for (let i = 0; i < len; i++) {
      const c = str.charCodeAt(i);
      if (c === quoteCode || c === 92 || c < 32 || (c > 126 && c < 160)) {
        result += str.slice(last, i) + meta[c];
        last = i + 1;
      } else if (c >= 0xd800 && c <= 0xdfff) {
        if (c <= 0xdbff && i + 1 < len) {
          const d = str.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) { i++; continue; }
        }
        result += str.slice(last, i) + '\\u' + c.toString(16);
        last = i + 1;
      }
    }
    if (last === 0) return str;
    if (last !== len) result += str.slice(last);
    return result;
  }

  // Quote a string the way Node does: prefer ', then ", then `.
  function strEscape(str) {
    let quote = 39;
    let re = needsEscapeRe;
    if (str.includes("'")) {
      if (!str.includes('"')) quote = -1;
      else if (!str.includes('`') && !str.includes('${')) quote = -2;
      if (quote !== 39) re = needsEscapeNoQuoteRe;
    }
    if (re.test(str)) str = escapeBody(str, quote);
    if (quote === -1) return '"' + str + '"';
    if (quote === -2) return '`' + str + '`';
    return "'" + str + "'";
  }

  // Escape without quotes (symbol descriptions, hidden keys).
  function escapeNoQuote(str) {
    if (!needsEscapeRe.test(str)) return str;
    return escapeBody(str, 39);
  }

  function isFullWidth(code) {
    return code >= 0x1100 && (
      code <= 0x115f || code === 0x2329 || code === 0x232a ||
      (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
      (code >= 0x3250 && code <= 0x4dbf) ||
      (code >= 0x4e00 && code <= 0xa4c6) ||
      (code >= 0xa960 && code <= 0xa97c) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe10 && code <= 0xfe19) ||
      (code >= 0xfe30 && code <= 0xfe6b) ||
      (code >= 0xff01 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x1b000 && code <= 0x1b001) ||
      (code >= 0x1f200 && code <= 0x1f251) ||
      (code >= 0x1f300 && code <= 0x1f64f) ||
      (code >= 0x1f900 && code <= 0x1f9ff) ||
      (code >= 0x20000 && code <= 0x3fffd));
  }
  function isZeroWidth(code) {
    return code <= 0x1f || (code >= 0x7f && code <= 0x9f) ||
      (code >= 0x300 && code <= 0x36f) || (code >= 0x200b && code <= 0x200f) ||
      (code >= 0x20d0 && code <= 0x20ff) || (code >= 0xfe00 && code <= 0xfe0f) ||
      (code >= 0xfe20 && code <= 0xfe2f) || (code >= 0xe0100 && code <= 0xe01ef);
  }
  const nonAsciiRe = /[^\x20-\x7e]/;
  function getStringWidth(str, removeControlChars = true) {
    if (removeControlChars) str = stripVTControlCharacters(str);
    if (!nonAsciiRe.test(str)) return str.length;
    str = str.normalize('NFC');
    let width = 0;
    for (const ch of str) {
      const code = ch.codePointAt(0);
      if (isFullWidth(code)) width += 2;
      else if (!isZeroWidth(code)) width++;
    }
    return width;
  }

  // --- numbers ---------------------------------------------------------------------------
  function addNumericalSeparator(val) {
    let res = '';
    let i = val.length;
    const start = val[0] === '-' ? 1 : 0;
    for (; i >= start + 4; i -= 3) res = '_' + val.slice(i - 3, i) + res;
    return i === val.length ? val : val.slice(0, i) + res;
  }
  function addNumericalSeparatorEnd(val) {
    let res = '';
    let i = 0;
    for (; i < val.length - 3; i += 3) res += val.slice(i, i + 3) + '_';
    return i === 0 ? val : res + val.slice(i);
  }

  function formatNumber(fn, number, numericSeparator) {
    if (!numericSeparator) {
      if (number === 0 && 1 / number < 0) return fn('-0', 'number');
      return fn('' + number, 'number');
    }
    const integer = Math.trunc(number);
    const string = String(integer);
    if (integer === number) {
      if (!Number.isFinite(number) || string.includes('e')) return fn(string, 'number');
      return fn(addNumericalSeparator(string), 'number');
    }
    if (Number.isNaN(number)) return fn(string, 'number');
    return fn(addNumericalSeparator(string) + '.' +
      addNumericalSeparatorEnd(String(number).slice(string.length + 1)), 'number');
  }

  function formatBigInt(fn, bigint, numericSeparator) {
    const string = String(bigint);
    if (!numericSeparator) return fn(string + 'n', 'bigint');
    return fn(addNumericalSeparator(string) + 'n', 'bigint');
  }

  function formatPrimitive(fn, value, ctx) {
    switch (typeof value) {
      case 'string': {
        let trailer = '';
        if (value.length > ctx.maxStringLength) {
          const remaining = value.length - ctx.maxStringLength;
          value = value.slice(0, ctx.maxStringLength);
          trailer = '... ' + remaining + ' more character' + (remaining > 1 ? 's' : '');
        }
        if (ctx.compact !== true && value.length > 16 &&
            value.length > ctx.breakLength - ctx.indentationLvl - 4) {
          // Split at newlines (keeping them) into '...' + '...' pieces.
          const parts = [];
          let from = 0;
          let nl;
          while ((nl = value.indexOf('\n', from)) !== -1 && nl + 1 < value.length) {
            parts.push(fn(strEscape(value.slice(from, nl + 1)), 'string'));
            from = nl + 1;
          }
          parts.push(fn(strEscape(value.slice(from)), 'string'));
          return parts.join(' +\n' + ' '.repeat(ctx.indentationLvl + 2)) + trailer;
        }
        return fn(strEscape(value), 'string') + trailer;
      }
      case 'number': return formatNumber(fn, value, ctx.numericSeparator);
      case 'bigint': return formatBigInt(fn, value, ctx.numericSeparator);
      case 'boolean': return fn('' + value, 'boolean');
      case 'undefined': return fn('undefined', 'undefined');
      default: return fn(symToString.call(value), 'symbol');
    }
  }

  // --- main ------------------------------------------------------------------------------
  function getUserOptions(ctx) {
    const ret = {
      stylize: ctx.stylize,
      showHidden: ctx.showHidden,
      depth: ctx.depth,
      colors: ctx.colors,
      customInspect: ctx.customInspect,
      showProxy: ctx.showProxy,
      maxArrayLength: ctx.maxArrayLength,
      maxStringLength: ctx.maxStringLength,
      breakLength: ctx.breakLength,
      compact: ctx.compact,
      sorted: ctx.sorted,
      getters: ctx.getters,
      numericSeparator: ctx.numericSeparator,
    };
    if (ctx.userOptions !== undefined) Object.assign(ret, ctx.userOptions);
    return ret;
  }

  function inspect(value, opts) {
    const ctx = {
      budget: {},
      indentationLvl: 0,
      seen: [],
      currentDepth: 0,
      stylize: stylizeNoColor,
      showHidden: inspectDefaultOptions.showHidden,
      depth: inspectDefaultOptions.depth,
      colors: inspectDefaultOptions.colors,
      customInspect: inspectDefaultOptions.customInspect,
      showProxy: inspectDefaultOptions.showProxy,
      maxArrayLength: inspectDefaultOptions.maxArrayLength,
      maxStringLength: inspectDefaultOptions.maxStringLength,
      breakLength: inspectDefaultOptions.breakLength,
      compact: inspectDefaultOptions.compact,
      sorted: inspectDefaultOptions.sorted,
      getters: inspectDefaultOptions.getters,
      numericSeparator: inspectDefaultOptions.numericSeparator,
      circular: undefined,
      userOptions: undefined,
    };
    if (arguments.length > 1) {
      if (arguments.length > 2) {
        if (arguments[2] !== undefined) ctx.depth = arguments[2];
        if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
      }
      if (typeof opts === 'boolean') {
        ctx.showHidden = opts;
      } else if (opts) {
        const optKeys = Object.keys(opts);
        for (let i = 0; i < optKeys.length; ++i) {
          const key = optKeys[i];
          if (hasOwn.call(inspectDefaultOptions, key) || key === 'stylize') {
            ctx[key] = opts[key];
          } else if (ctx.userOptions === undefined) {
            ctx.userOptions = opts;
          }
        }
      }
    }
    if (ctx.colors) ctx.stylize = stylizeWithColor;
    if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
    if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
    return formatValue(ctx, value, 0);
  }

  function formatValue(ctx, value, recurseTimes, typedArray) {
    if (typeof value !== 'object' && typeof value !== 'function') {
      return formatPrimitive(ctx.stylize, value, ctx);
    }
    if (value === null) return ctx.stylize('null', 'null');

    const context = value;
    if (isProxy(value)) {
      const details = core.getProxyDetails(value);
      if (details !== null && details !== undefined) {
        if (details[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
        if (ctx.showProxy) return formatProxy(ctx, details, recurseTimes);
        if (details[0] !== undefined) value = details[0];
      }
    }

    if (ctx.customInspect) {
      let maybeCustom;
      try { maybeCustom = value[customInspectSymbol]; } catch { maybeCustom = undefined; }
      if (typeof maybeCustom === 'function' && maybeCustom !== inspect) {
        let protoCheck = false;
        try { protoCheck = !!(value.constructor && value.constructor.prototype === value); } catch {}
        if (!protoCheck) {
          const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
          const ret = maybeCustom.call(context, depth, getUserOptions(ctx), inspect);
          if (ret !== context) {
            if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
            return ret.replaceAll('\n', '\n' + ' '.repeat(ctx.indentationLvl));
          }
        }
      }
    }

    if (ctx.seen.includes(value)) {
      let index = 1;
      if (ctx.circular === undefined) {
        ctx.circular = new Map();
        ctx.circular.set(value, index);
      } else {
        index = ctx.circular.get(value);
        if (index === undefined) {
          index = ctx.circular.size + 1;
          ctx.circular.set(value, index);
        }
      }
      return ctx.stylize('[Circular *' + index + ']', 'special');
    }
    return formatRaw(ctx, value, recurseTimes, typedArray);
  }

  function formatProxy(ctx, proxy, recurseTimes) {
    if (ctx.depth !== null && recurseTimes > ctx.depth) {
      return ctx.stylize('Proxy [Array]', 'special');
    }
    recurseTimes += 1;
    ctx.indentationLvl += 2;
    const res = [formatValue(ctx, proxy[0], recurseTimes), formatValue(ctx, proxy[1], recurseTimes)];
    ctx.indentationLvl -= 2;
    return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
  }

  function internalClassName(obj) {
    const s = objToString.call(obj);
    return s.slice(8, -1);
  }

  function getConstructorName(obj, ctx, recurseTimes) {
    let firstProto;
    const tmp = obj;
    while (obj) {
      const descriptor = getOwnDesc(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' &&
          descriptor.value.name !== '' && isInstanceof(tmp, descriptor.value)) {
        return String(descriptor.value.name);
      }
      obj = getPrototypeOf(obj);
      if (firstProto === undefined) firstProto = obj;
    }
    if (firstProto === null) return null;
    const res = internalClassName(tmp);
    if (ctx.depth !== null && recurseTimes > ctx.depth) return res + ' <Complex prototype>';
    const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1);
    if (protoConstr === null) {
      return res + ' <' + inspect(firstProto, {
        ...ctx, customInspect: false, depth: -1,
      }) + '>';
    }
    return res + ' <' + protoConstr + '>';
  }

  function isInstanceof(obj, C) {
    try { return obj instanceof C; } catch { return false; }
  }

  function getPrefix(constructor, tag, fallback, size = '') {
    if (constructor === null) {
      if (tag !== '' && fallback !== tag) return '[' + fallback + size + ': null prototype] [' + tag + '] ';
      return '[' + fallback + size + ': null prototype] ';
    }
    if (tag !== '' && constructor !== tag) return constructor + size + ' [' + tag + '] ';
    return constructor + size + ' ';
  }

  function getKeys(value, showHidden) {
    let keys;
    const symbols = Object.getOwnPropertySymbols(value);
    if (showHidden) {
      keys = Object.getOwnPropertyNames(value);
      for (let i = 0; i < symbols.length; i++) keys.push(symbols[i]);
    } else {
      try {
        keys = Object.keys(value);
      } catch {
        keys = Object.getOwnPropertyNames(value);
      }
      for (let i = 0; i < symbols.length; i++) {
        if (propIsEnum.call(value, symbols[i])) keys.push(symbols[i]);
      }
    }
    return keys;
  }

  function isIndexKey(k) {
    // Canonical array index: "0" or [1-9][0-9]* below 2**32 - 1.
    const c = k.charCodeAt(0);
    if (c < 48 || c > 57) return false;
    if (k.length > 1 && c === 48) return false;
    for (let i = 1; i < k.length; i++) {
      const d = k.charCodeAt(i);
      if (d < 48 || d > 57) return false;
    }
    return k.length < 10 || +k < 4294967295;
  }

  function getOwnNonIndexProperties(value, showHidden) {
    const out = [];
    const names = showHidden ? Object.getOwnPropertyNames(value) : Object.keys(value);
    const len = value.length;
    // Fast path: dense arrays list their indices first.
    let i = 0;
    if (names.length >= len && len > 0 && names[len - 1] === String(len - 1) && names[0] === '0') i = len;
    for (; i < names.length; i++) {
      const k = names[i];
      if (!isIndexKey(k)) out.push(k);
    }
    const symbols = Object.getOwnPropertySymbols(value);
    for (let j = 0; j < symbols.length; j++) {
      if (showHidden || propIsEnum.call(value, symbols[j])) out.push(symbols[j]);
    }
    return out;
  }

  function getEmptyFormatArray() { return []; }

  function formatRaw(ctx, value, recurseTimes, typedArray) {
    let keys;
    const constructor = getConstructorName(value, ctx, recurseTimes);
    let tag = value[Symbol.toStringTag];
    if (typeof tag !== 'string' ||
        (tag !== '' && (ctx.showHidden ? hasOwn : propIsEnum).call(value, Symbol.toStringTag))) {
      tag = '';
    }
    let base = '';
    let formatter = getEmptyFormatArray;
    let braces;
    let noIterator = true;
    let extrasType = kObjectType;
    let fmtArg1;
    let fmtArg2;

    if (Symbol.iterator in value || constructor === null) {
      noIterator = false;
      if (Array.isArray(value)) {
        const prefix = (constructor !== 'Array' || tag !== '')
          ? getPrefix(constructor, tag, 'Array', '(' + value.length + ')') : '';
        keys = getOwnNonIndexProperties(value, ctx.showHidden);
        braces = [prefix + '[', ']'];
        if (value.length === 0 && keys.length === 0) return braces[0] + ']';
        extrasType = kArrayExtrasType;
        formatter = formatArray;
      } else if (isSet(value)) {
        const size = setSize.call(value);
        const prefix = getPrefix(constructor, tag, 'Set', '(' + size + ')');
        keys = getKeys(value, ctx.showHidden);
        formatter = formatSet;
        if (size === 0 && keys.length === 0) return prefix + '{}';
        braces = [prefix + '{', '}'];
      } else if (isMap(value)) {
        const size = mapSize.call(value);
        const prefix = getPrefix(constructor, tag, 'Map', '(' + size + ')');
        keys = getKeys(value, ctx.showHidden);
        formatter = formatMap;
        if (size === 0 && keys.length === 0) return prefix + '{}';
        braces = [prefix + '{', '}'];
      } else if (isTypedArray(value)) {
        keys = getOwnNonIndexProperties(value, ctx.showHidden);
        let fallback = '';
        if (constructor === null) fallback = taTag.call(value);
        const size = taLength.call(value);
        const prefix = getPrefix(constructor, tag, fallback, '(' + size + ')');
        braces = [prefix + '[', ']'];
        if (size === 0 && keys.length === 0 && !ctx.showHidden) return braces[0] + ']';
        formatter = formatTypedArray;
        fmtArg1 = size;
        extrasType = kArrayExtrasType;
      } else if (isMapIterator(value)) {
        keys = getKeys(value, ctx.showHidden);
        braces = getIteratorBraces('Map', tag);
        formatter = formatIterator;
      } else if (isSetIterator(value)) {
        keys = getKeys(value, ctx.showHidden);
        braces = getIteratorBraces('Set', tag);
        formatter = formatIterator;
      } else {
        noIterator = true;
      }
    }
    if (noIterator) {
      keys = getKeys(value, ctx.showHidden);
      braces = ['{', '}'];
      if (typeof value === 'function') {
        base = getFunctionBase(value, constructor, tag);
        if (keys.length === 0) return ctx.stylize(base, 'special');
      } else if (constructor === 'Object') {
        if (isArgumentsObject(value)) {
          braces[0] = '[Arguments] {';
        } else if (tag !== '') {
          braces[0] = getPrefix(constructor, tag, 'Object') + '{';
        }
        if (keys.length === 0) return braces[0] + '}';
      } else if (isRegExp(value)) {
        base = regexpToString.call(constructor !== null ? value : new RegExp(value));
        const prefix = getPrefix(constructor, tag, 'RegExp');
        if (prefix !== 'RegExp ') base = prefix + base;
        if (keys.length === 0 || (ctx.depth !== null && recurseTimes > ctx.depth)) {
          return ctx.stylize(base, 'regexp');
        }
      } else if (isDate(value)) {
        base = Number.isNaN(dateGetTime.call(value)) ? dateToString.call(value) : dateToISO.call(value);
        const prefix = getPrefix(constructor, tag, 'Date');
        if (prefix !== 'Date ') base = prefix + base;
        if (keys.length === 0) return ctx.stylize(base, 'date');
      } else if (isError(value)) {
        base = formatError(value, constructor, tag, ctx, keys);
        if (keys.length === 0) return base;
      } else if (isAnyArrayBuffer(value)) {
        const arrayType = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
        const prefix = getPrefix(constructor, tag, arrayType);
        if (typedArray === undefined) {
          formatter = formatArrayBuffer;
        } else if (keys.length === 0) {
          return prefix + '{ [byteLength]: ' + formatNumber(ctx.stylize, value.byteLength, false) + ' }';
        }
        braces[0] = prefix + '{';
        keys.unshift('byteLength');
      } else if (isDataView(value)) {
        braces[0] = getPrefix(constructor, tag, 'DataView') + '{';
        keys.unshift('byteLength', 'byteOffset', 'buffer');
      } else if (isPromise(value)) {
        braces[0] = getPrefix(constructor, tag, 'Promise') + '{';
        formatter = formatPromise;
      } else if (isWeakSet(value)) {
        braces[0] = getPrefix(constructor, tag, 'WeakSet') + '{';
        formatter = ctx.showHidden ? getEmptyFormatArray : formatWeakCollection;
      } else if (isWeakMap(value)) {
        braces[0] = getPrefix(constructor, tag, 'WeakMap') + '{';
        formatter = ctx.showHidden ? getEmptyFormatArray : formatWeakCollection;
      } else if (isModuleNamespaceObject(value)) {
        braces[0] = getPrefix(constructor, tag, 'Module') + '{';
        formatter = formatNamespaceObject;
        fmtArg1 = keys;
        keys = [];
      } else if (isBoxedPrimitive(value)) {
        base = getBoxedBase(value, ctx, keys, constructor, tag);
        if (keys.length === 0) return base;
      } else {
        if (keys.length === 0) return getPrefix(constructor, tag, 'Object') + '{}';
        braces[0] = getPrefix(constructor, tag, 'Object') + '{';
      }
    }

    if (ctx.depth !== null && recurseTimes > ctx.depth) {
      let constructorName = getPrefix(constructor, tag, 'Object').slice(0, -1);
      if (constructor !== null) constructorName = '[' + constructorName + ']';
      return ctx.stylize(constructorName, 'special');
    }
    recurseTimes += 1;
    ctx.seen.push(value);
    ctx.currentDepth = recurseTimes;
    let output;
    const indentationLvl = ctx.indentationLvl;
    try {
      output = formatter(ctx, value, recurseTimes, fmtArg1, fmtArg2);
      for (let i = 0; i < keys.length; i++) {
        output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
      }
    } catch (err) {
      if (isStackOverflow(err)) {
        ctx.seen.pop();
        ctx.indentationLvl = indentationLvl;
        const constructorName = getPrefix(constructor, tag, 'Object').slice(0, -1);
        return ctx.stylize('[' + constructorName + ': Inspection interrupted ' +
          'prematurely. Maximum call stack size exceeded.]', 'special');
      }
      throw err;
    }
    if (ctx.circular !== undefined) {
      const index = ctx.circular.get(value);
      if (index !== undefined) {
        const reference = ctx.stylize('<ref *' + index + '>', 'special');
        if (ctx.compact !== true) base = base === '' ? reference : reference + ' ' + base;
        else braces[0] = reference + ' ' + braces[0];
      }
    }
    ctx.seen.pop();

    if (ctx.sorted) {
      const comparator = ctx.sorted === true ? undefined : ctx.sorted;
      if (extrasType === kObjectType) {
        output.sort(comparator);
      } else if (keys.length > 1) {
        const sorted = output.slice(output.length - keys.length).sort(comparator);
        output.splice(output.length - keys.length, keys.length, ...sorted);
      }
    }

    const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
    const budget = ctx.budget[ctx.indentationLvl] || 0;
    const newLength = budget + res.length;
    ctx.budget[ctx.indentationLvl] = newLength;
    if (newLength > 2 ** 27) ctx.depth = -1;
    return res;
  }

  function isStackOverflow(err) {
    return err !== null && typeof err === 'object' &&
      (err instanceof RangeError || (typeof InternalError !== 'undefined' && err instanceof InternalError)) &&
      /call stack|recursion/i.test(String(err.message));
  }

  function getIteratorBraces(type, tag) {
    if (tag !== type + ' Iterator') {
      if (tag !== '') tag += '] [';
      tag += type + ' Iterator';
    }
    return ['[' + tag + '] {', '}'];
  }

  function getBoxedBase(value, ctx, keys, constructor, tag) {
    let type;
    let prim;
    if (isNumberObject(value)) { type = 'Number'; prim = Number.prototype.valueOf.call(value); }
    else if (isStringObject(value)) {
      type = 'String';
      prim = String.prototype.valueOf.call(value);
      keys.splice(0, prim.length);
    } else if (isBooleanObject(value)) { type = 'Boolean'; prim = Boolean.prototype.valueOf.call(value); }
    else if (isBigIntObject(value)) { type = 'BigInt'; prim = BigInt.prototype.valueOf.call(value); }
    else { type = 'Symbol'; prim = Symbol.prototype.valueOf.call(value); }
    let base = '[' + type;
    if (type !== constructor) {
      if (constructor === null) base += ' (null prototype)';
      else base += ' (' + constructor + ')';
    }
    base += ': ' + formatPrimitive(stylizeNoColor, prim, ctx) + ']';
    if (tag !== '' && tag !== constructor) base += ' [' + tag + ']';
    if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
    return ctx.stylize(base, type.toLowerCase());
  }

  const stripCommentsRe = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;
  const classRe = /^(\s+[^(]*?)\s*{/;

  function getClassBase(value, constructor, tag) {
    const name = (hasOwn.call(value, 'name') && value.name) || '(anonymous)';
    let base = 'class ' + name;
    if (constructor !== 'Function' && constructor !== null) base += ' [' + constructor + ']';
    if (tag !== '' && constructor !== tag) base += ' [' + tag + ']';
    if (constructor !== null) {
      const superName = getPrototypeOf(value).name;
      if (superName) base += ' extends ' + superName;
    } else {
      base += ' extends [null prototype]';
    }
    return '[' + base + ']';
  }

  function getFunctionBase(value, constructor, tag) {
    let stringified;
    try { stringified = fnToString.call(value); } catch { stringified = ''; }
    if (stringified.startsWith('class') && stringified.endsWith('}')) {
      const slice = stringified.slice(5, -1);
      const bracketIndex = slice.indexOf('{');
      if (bracketIndex !== -1 &&
          (!slice.slice(0, bracketIndex).includes('(') ||
            classRe.exec(slice.replace(stripCommentsRe, '')) !== null)) {
        return getClassBase(value, constructor, tag);
      }
    }
    let type = 'Function';
    if (isGeneratorFunction(value)) type = 'Generator' + type;
    if (isAsyncFunction(value)) type = 'Async' + type;
    let base = '[' + type;
    if (constructor === null) base += ' (null prototype)';
    if (value.name === '') base += ' (anonymous)';
    else base += ': ' + value.name;
    base += ']';
    if (constructor !== type && constructor !== null) base += ' ' + constructor;
    if (tag !== '' && constructor !== tag) base += ' [' + tag + ']';
    return base;
  }

  // --- errors ----------------------------------------------------------------------------
  function getStackString(err) {
    let stack;
    try { stack = err.stack; } catch { stack = undefined; }
    if (stack) {
      stack = String(stack);
      // Engines whose stack lacks the "Name: message" header get one.
      if (stack.startsWith('    at ')) {
        let head;
        try { head = errToString.call(err); } catch { head = 'Error'; }
        stack = head + '\n' + stack;
      }
      while (stack.length && stack[stack.length - 1] === '\n') stack = stack.slice(0, -1);
      return stack;
    }
    try { return errToString.call(err); } catch { return '[object Error]'; }
  }

  function removeDuplicateErrorKeys(ctx, keys, err, stack) {
    if (!ctx.showHidden && keys.length !== 0) {
      for (const name of ['name', 'message', 'stack']) {
        const index = keys.indexOf(name);
        if (index !== -1) {
          let v;
          try { v = err[name]; } catch {}
          if (typeof v !== 'string' || stack.includes(v)) keys.splice(index, 1);
        }
      }
    }
  }

  function improveStack(stack, constructor, name, tag) {
    let len = name.length;
    if (constructor === null ||
        (name.endsWith('Error') && stack.startsWith(name) &&
         (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
      let fallback = 'Error';
      if (constructor === null) {
        const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
          /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
        fallback = (start && start[1]) || '';
        len = fallback.length;
        fallback = fallback || 'Error';
      }
      const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
      if (name !== prefix) {
        if (prefix.includes(name)) {
          if (len === 0) stack = prefix + ': ' + stack;
          else stack = prefix + stack.slice(len);
        } else {
          stack = prefix + ' [' + name + ']' + stack.slice(len);
        }
      }
    }
    return stack;
  }

  function identicalSequenceRange(a, b) {
    for (let i = 0; i < a.length - 3; i++) {
      const pos = b.indexOf(a[i]);
      if (pos !== -1) {
        const rest = b.length - pos;
        if (rest > 3) {
          let len = 1;
          const maxLen = Math.min(a.length - i, rest);
          while (maxLen > len && a[i + len] === b[pos + len]) len++;
          if (len > 3) return { len, offset: i };
        }
      }
    }
    return { len: 0, offset: 0 };
  }

  function getStackFrames(ctx, err, stack) {
    const frames = stack.split('\n');
    let cause;
    try { cause = err.cause; } catch {}
    if (cause != null && isError(cause)) {
      const causeStack = getStackString(cause);
      const causeStackStart = causeStack.indexOf('\n    at');
      if (causeStackStart !== -1) {
        const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
        const { len, offset } = identicalSequenceRange(frames, causeFrames);
        if (len > 0) {
          const skipped = len - 2;
          const msg = '    ... ' + skipped + ' lines matching cause stack trace ...';
          frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
        }
      }
    }
    return frames;
  }

  function formatError(err, constructor, tag, ctx, keys) {
    let name;
    let message;
    try { name = err.name != null ? String(err.name) : 'Error'; } catch { name = 'Error'; }
    try { message = err.message; } catch {}
    let stack = getStackString(err);
    removeDuplicateErrorKeys(ctx, keys, err, stack);
    if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
    let errors;
    try { errors = err.errors; } catch {}
    if (Array.isArray(errors) && (keys.length === 0 || !keys.includes('errors'))) keys.push('errors');
    stack = improveStack(stack, constructor, name, tag);

    let pos = (message && stack.indexOf(message)) || -1;
    if (pos !== -1) pos += message.length;
    const stackStart = stack.indexOf('\n    at', pos);
    if (stackStart === -1) {
      stack = '[' + stack + ']';
    } else {
      let newStack = stack.slice(0, stackStart);
      const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
      if (ctx.colors) {
        for (let i = 0; i < lines.length; i++) {
          const line = lines[i];
          if (line.includes('(node:') || line.includes(' node:') || line.includes('(ext:')) {
            newStack += '\n' + ctx.stylize(line, 'undefined');
          } else {
            newStack += '\n' + line;
          }
        }
      } else {
        newStack += '\n' + lines.join('\n');
      }
      stack = newStack;
    }
    if (ctx.indentationLvl !== 0) {
      stack = stack.replaceAll('\n', '\n' + ' '.repeat(ctx.indentationLvl));
    }
    return stack;
  }

  // --- formatters ------------------------------------------------------------------------
  function remainingText(remaining) {
    return '... ' + remaining + ' more item' + (remaining > 1 ? 's' : '');
  }

  function formatArrayBuffer(ctx, value) {
    let buffer;
    try {
      buffer = new Uint8Array(value);
    } catch {
      return [ctx.stylize('(detached)', 'special')];
    }
    const n = Math.min(ctx.maxArrayLength, buffer.length);
    let str = '';
    for (let i = 0; i < n; i++) {
      const b = buffer[i];
      str += (i === 0 ? '' : ' ') + (b < 16 ? '0' : '') + b.toString(16);
    }
    const remaining = buffer.length - ctx.maxArrayLength;
    if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
    return [ctx.stylize('[Uint8Contents]', 'special') + ': <' + str + '>'];
  }

  function formatArray(ctx, value, recurseTimes) {
    const valLen = value.length;
    const len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
    const remaining = valLen - len;
    const output = [];
    for (let i = 0; i < len; i++) {
      if (!hasOwn.call(value, i)) return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
      output.push(formatArrayValue(ctx, value, recurseTimes, i));
    }
    if (remaining > 0) output.push(remainingText(remaining));
    return output;
  }

  // Array element: like formatProperty for kArrayExtrasType, without the name.
  function formatArrayValue(ctx, value, recurseTimes, key) {
    const desc = getOwnDesc(value, key);
    if (desc.value !== undefined || !('get' in desc)) {
      ctx.indentationLvl += 2;
      const str = formatValue(ctx, desc.value, recurseTimes);
      ctx.indentationLvl -= 2;
      return str;
    }
    return formatProperty(ctx, value, recurseTimes, key, kArrayType, desc);
  }

  function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
    const keys = Object.keys(value);
    let index = i;
    for (; i < keys.length && output.length < maxLength; i++) {
      const key = keys[i];
      const tmp = +key;
      if (tmp > 2 ** 32 - 2) break;
      if ('' + index !== key) {
        if (!/^(0|[1-9][0-9]*)$/.test(key)) break;
        const emptyItems = tmp - index;
        output.push(ctx.stylize('<' + emptyItems + ' empty item' + (emptyItems > 1 ? 's' : '') + '>', 'undefined'));
        index = tmp;
        if (output.length === maxLength) break;
      }
      output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
      index++;
    }
    const remaining = value.length - index;
    if (output.length !== maxLength) {
      if (remaining > 0) {
        output.push(ctx.stylize('<' + remaining + ' empty item' + (remaining > 1 ? 's' : '') + '>', 'undefined'));
      }
    } else if (remaining > 0) {
      output.push(remainingText(remaining));
    }
    return output;
  }

  function formatTypedArray(ctx, value, recurseTimes, length) {
    const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
    const remaining = length - maxLength;
    const output = new Array(maxLength);
    const isNum = length > 0 && typeof value[0] === 'number';
    for (let i = 0; i < maxLength; ++i) {
      output[i] = isNum ? formatNumber(ctx.stylize, value[i], ctx.numericSeparator)
        : formatBigInt(ctx.stylize, value[i], ctx.numericSeparator);
    }
    if (remaining > 0) output[maxLength] = remainingText(remaining);
    if (ctx.showHidden) {
      ctx.indentationLvl += 2;
      for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
        const str = formatValue(ctx, value[key], recurseTimes, true);
        output.push('[' + key + ']: ' + str);
      }
      ctx.indentationLvl -= 2;
    }
    return output;
  }

  function formatSet(ctx, value, recurseTimes) {
    const length = setSize.call(value);
    const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
    const remaining = length - maxLength;
    const output = [];
    ctx.indentationLvl += 2;
    let i = 0;
    for (const v of Set.prototype.values.call(value)) {
      if (i >= maxLength) break;
      output.push(formatValue(ctx, v, recurseTimes));
      i++;
    }
    if (remaining > 0) output.push(remainingText(remaining));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatMap(ctx, value, recurseTimes) {
    const length = mapSize.call(value);
    const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
    const remaining = length - maxLength;
    const output = [];
    ctx.indentationLvl += 2;
    let i = 0;
    for (const { 0: k, 1: v } of Map.prototype.entries.call(value)) {
      if (i >= maxLength) break;
      output.push(formatValue(ctx, k, recurseTimes) + ' => ' + formatValue(ctx, v, recurseTimes));
      i++;
    }
    if (remaining > 0) output.push(remainingText(remaining));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatIterator() {
    // Entries cannot be previewed without consuming the iterator.
    return [];
  }

  function formatPromise(ctx, value, recurseTimes) {
    const details = core.getPromiseDetails(value);
    const state = details[0];
    if (state === 0) return [ctx.stylize('<pending>', 'special')];
    ctx.indentationLvl += 2;
    const str = formatValue(ctx, details[1], recurseTimes);
    ctx.indentationLvl -= 2;
    return [state === 2 ? ctx.stylize('<rejected>', 'special') + ' ' + str : str];
  }

  function formatWeakCollection(ctx) {
    return [ctx.stylize('<items unknown>', 'special')];
  }

  function formatNamespaceObject(ctx, value, recurseTimes, keys) {
    const output = new Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
      try {
        output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
      } catch (err) {
        if (!(err instanceof ReferenceError)) throw err;
        const tmp = { [keys[i]]: '' };
        output[i] = formatProperty(ctx, tmp, recurseTimes, keys[i], kObjectType);
        const pos = output[i].lastIndexOf(' ');
        output[i] = output[i].slice(0, pos + 1) + ctx.stylize('<uninitialized>', 'special');
      }
    }
    return output;
  }

  const keyStrRe = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

  function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
    let name;
    let str;
    let extra = ' ';
    // Keys that are not own properties (e.g. the byteLength accessor of an ArrayBuffer)
    // are shown like hidden ones: `[byteLength]: 2`.
    desc = desc || getOwnDesc(value, key) || { value: value[key], enumerable: false };
    if (desc.value !== undefined) {
      const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
      ctx.indentationLvl += diff;
      str = formatValue(ctx, desc.value, recurseTimes);
      if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
        extra = '\n' + ' '.repeat(ctx.indentationLvl);
      }
      ctx.indentationLvl -= diff;
    } else if (desc.get !== undefined) {
      const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
      const s = ctx.stylize;
      const sp = 'special';
      if (ctx.getters && (ctx.getters === true ||
            (ctx.getters === 'get' && desc.set === undefined) ||
            (ctx.getters === 'set' && desc.set !== undefined))) {
        try {
          const tmp = desc.get.call(original);
          ctx.indentationLvl += 2;
          if (tmp === null) {
            str = s('[' + label + ':', sp) + ' ' + s('null', 'null') + s(']', sp);
          } else if (typeof tmp === 'object') {
            str = s('[' + label + ']', sp) + ' ' + formatValue(ctx, tmp, recurseTimes);
          } else {
            str = s('[' + label + ':', sp) + ' ' + formatPrimitive(s, tmp, ctx) + s(']', sp);
          }
          ctx.indentationLvl -= 2;
        } catch (err) {
          const message = '<Inspection threw (' + (err && err.message) + ')>';
          str = s('[' + label + ':', sp) + ' ' + message + s(']', sp);
        }
      } else {
        str = ctx.stylize('[' + label + ']', sp);
      }
    } else if (desc.set !== undefined) {
      str = ctx.stylize('[Setter]', 'special');
    } else {
      str = ctx.stylize('undefined', 'undefined');
    }
    if (type === kArrayType) return str;
    if (typeof key === 'symbol') {
      // Enumerable symbol keys print bare (`Symbol(x): 1`), hidden ones in brackets.
      name = ctx.stylize(escapeNoQuote(symToString.call(key)), 'symbol');
      if (desc.enumerable === false) name = '[' + name + ']';
    } else if (key === '__proto__') {
      name = "['__proto__']";
    } else if (desc.enumerable === false) {
      name = '[' + escapeNoQuote(key) + ']';
    } else if (keyStrRe.test(key)) {
      name = ctx.stylize(key, 'name');
    } else {
      name = ctx.stylize(strEscape(key), 'string');
    }
    return name + ':' + extra + str;
  }

  // --- layout ----------------------------------------------------------------------------
  function isBelowBreakLength(ctx, output, start, base) {
    let totalLength = output.length + start;
    if (totalLength + output.length > ctx.breakLength) return false;
    for (let i = 0; i < output.length; i++) {
      if (ctx.colors) totalLength += removeColors(output[i]).length;
      else totalLength += output[i].length;
      if (totalLength > ctx.breakLength) return false;
    }
    return base === '' || !base.includes('\n');
  }

  function groupArrayElements(ctx, output, value) {
    let totalLength = 0;
    let maxLength = 0;
    let i = 0;
    let outputLength = output.length;
    if (ctx.maxArrayLength < output.length) outputLength--;
    const separatorSpace = 2;
    const dataLen = new Array(outputLength);
    for (; i < outputLength; i++) {
      const len = getStringWidth(output[i], ctx.colors);
      dataLen[i] = len;
      totalLength += len + separatorSpace;
      if (maxLength < len) maxLength = len;
    }
    const actualMax = maxLength + separatorSpace;
    if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
        (totalLength / actualMax > 5 || maxLength <= 6)) {
      const averageBias = Math.sqrt(actualMax - totalLength / output.length);
      const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
      const columns = Math.min(
        Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
        Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
        ctx.compact * 4,
        15,
      );
      if (columns <= 1) return output;
      const tmp = [];
      const maxLineLength = [];
      for (let c = 0; c < columns; c++) {
        let lineLength = 0;
        for (let j = c; j < output.length; j += columns) {
          if (dataLen[j] > lineLength) lineLength = dataLen[j];
        }
        maxLineLength.push(lineLength + separatorSpace);
      }
      let padStart = true;
      if (value !== undefined) {
        for (let k = 0; k < output.length; k++) {
          if (typeof value[k] !== 'number' && typeof value[k] !== 'bigint') {
            padStart = false;
            break;
          }
        }
      }
      for (let r = 0; r < outputLength; r += columns) {
        const max = Math.min(r + columns, outputLength);
        let str = '';
        let j = r;
        for (; j < max - 1; j++) {
          const padding = maxLineLength[j - r] + output[j].length - dataLen[j];
          const cell = output[j] + ', ';
          str += padStart ? cell.padStart(padding, ' ') : cell.padEnd(padding, ' ');
        }
        if (padStart) {
          const padding = maxLineLength[j - r] + output[j].length - dataLen[j] - separatorSpace;
          str += output[j].padStart(padding, ' ');
        } else {
          str += output[j];
        }
        tmp.push(str);
      }
      if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
      output = tmp;
    }
    return output;
  }

  function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
    if (ctx.compact !== true) {
      if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
        const entries = output.length;
        if (extrasType === kArrayExtrasType && entries > 6) {
          output = groupArrayElements(ctx, output, value);
        }
        if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
          const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
          if (isBelowBreakLength(ctx, output, start, base)) {
            const joined = output.join(', ');
            if (!joined.includes('\n')) {
              return (base ? base + ' ' : '') + braces[0] + ' ' + joined + ' ' + braces[1];
            }
          }
        }
      }
      const indentation = '\n' + ' '.repeat(ctx.indentationLvl);
      return (base ? base + ' ' : '') + braces[0] + indentation + '  ' +
        output.join(',' + indentation + '  ') + indentation + braces[1];
    }
    if (isBelowBreakLength(ctx, output, 0, base)) {
      return braces[0] + (base ? ' ' + base : '') + ' ' + output.join(', ') + ' ' + braces[1];
    }
    const indentation = ' '.repeat(ctx.indentationLvl);
    const ln = base === '' && braces[0].length === 1 ? ' ' : (base ? ' ' + base : '') + '\n' + indentation + '  ';
    return braces[0] + ln + output.join(',\n' + indentation + '  ') + ' ' + braces[1];
  }

  // --- format ----------------------------------------------------------------------------
  function hasBuiltInToString(value) {
    if (isProxy(value)) {
      const details = core.getProxyDetails(value);
      if (details === null || details === undefined || details[0] === null) return true;
      if (details[0] !== undefined) value = details[0];
      else return true;
    }
    const toPrim = value[Symbol.toPrimitive];
    if (typeof toPrim === 'function' && toPrim !== dateToPrimitive) return false;
    if (typeof value.toString !== 'function') return true;
    if (hasOwn.call(value, 'toString')) return false;
    let pointer = value;
    do {
      pointer = getPrototypeOf(pointer);
    } while (pointer !== null && !hasOwn.call(pointer, 'toString'));
    if (pointer === null) return true;
    const descriptor = getOwnDesc(pointer, 'constructor');
    return descriptor !== undefined && typeof descriptor.value === 'function' &&
      builtInObjects.has(descriptor.value.name);
  }

  function tryStringify(arg) {
    try {
      return JSON.stringify(arg);
    } catch (err) {
      if (err instanceof TypeError && /circular/i.test(String(err.message))) return '[Circular]';
      throw err;
    }
  }

  function formatWithOptionsInternal(inspectOptions, args) {
    const first = args[0];
    let a = 0;
    let str = '';
    let join = '';
    if (typeof first === 'string') {
      if (args.length === 1) return first;
      let tempStr;
      let lastPos = 0;
      for (let i = 0; i < first.length - 1; i++) {
        if (first.charCodeAt(i) === 37) { // '%'
          const nextChar = first.charCodeAt(++i);
          if (a + 1 !== args.length) {
            switch (nextChar) {
              case 115: { // 's'
                const tempArg = args[++a];
                if (typeof tempArg === 'number') tempStr = formatNumber(stylizeNoColor, tempArg, false);
                else if (typeof tempArg === 'bigint') tempStr = formatBigInt(stylizeNoColor, tempArg, false);
                else if (typeof tempArg !== 'object' || tempArg === null || !hasBuiltInToString(tempArg)) {
                  tempStr = String(tempArg);
                } else {
                  tempStr = inspect(tempArg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
                }
                break;
              }
              case 106: // 'j'
                tempStr = tryStringify(args[++a]);
                break;
              case 100: { // 'd'
                const tempNum = args[++a];
                if (typeof tempNum === 'bigint') tempStr = formatBigInt(stylizeNoColor, tempNum, false);
                else if (typeof tempNum === 'symbol') tempStr = 'NaN';
                else tempStr = formatNumber(stylizeNoColor, Number(tempNum), false);
                break;
              }
              case 79: // 'O'
                tempStr = inspect(args[++a], inspectOptions);
                break;
              case 111: // 'o'
                tempStr = inspect(args[++a], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
                break;
              case 105: { // 'i'
                const tempInteger = args[++a];
                if (typeof tempInteger === 'bigint') tempStr = formatBigInt(stylizeNoColor, tempInteger, false);
                else if (typeof tempInteger === 'symbol') tempStr = 'NaN';
                else tempStr = formatNumber(stylizeNoColor, Number.parseInt(tempInteger), false);
                break;
              }
              case 102: { // 'f'
                const tempFloat = args[++a];
                if (typeof tempFloat === 'symbol') tempStr = 'NaN';
                else tempStr = formatNumber(stylizeNoColor, Number.parseFloat(tempFloat), false);
                break;
              }
              case 99: // 'c'
                a += 1;
                tempStr = '';
                break;
              case 37: // '%'
                str += first.slice(lastPos, i);
                lastPos = i + 1;
                continue;
              default:
                continue;
            }
            if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
            str += tempStr;
            lastPos = i + 1;
          } else if (nextChar === 37) {
            str += first.slice(lastPos, i);
            lastPos = i + 1;
          }
        }
      }
      if (lastPos !== 0) {
        a++;
        join = ' ';
        if (lastPos < first.length) str += first.slice(lastPos);
      }
    }
    while (a < args.length) {
      const value = args[a];
      str += join;
      str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
      join = ' ';
      a++;
    }
    return str;
  }

  function format(...args) {
    return formatWithOptionsInternal(undefined, args);
  }

  function formatWithOptions(inspectOptions, ...args) {
    if (typeof inspectOptions !== 'object' || inspectOptions === null) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('inspectOptions', 'object', inspectOptions);
    }
    return formatWithOptionsInternal(inspectOptions, args);
  }

  // --- wiring ----------------------------------------------------------------------------
  inspect.custom = customInspectSymbol;
  Object.defineProperty(inspect, 'defaultOptions', {
    get() { return inspectDefaultOptions; },
    set(options) {
      if (options === null || typeof options !== 'object') {
        const { codes } = require('internal/errors');
        throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
      }
      Object.assign(inspectDefaultOptions, options);
    },
    enumerable: true,
    configurable: true,
  });
  inspect.colors = colors;
  inspect.styles = styles;

  return {
    inspect,
    inspectDefaultOptions,
    format,
    formatWithOptions,
    formatWithOptionsInternal,
    getStringWidth,
    stripVTControlCharacters,
    stylizeWithColor,
    stylizeNoColor,
    isError,
    strEscape,
    identicalSequenceRange,
    customInspectSymbol,
  };
})();
