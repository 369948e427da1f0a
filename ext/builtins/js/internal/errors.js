// internal/errors -- Node's error classes with codes (codes.ERR_*), AbortError and helpers
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;

  let inspectFn;
  function inspect(v, opts) {
    if (inspectFn === undefined) {
      const m = require('internal/util/inspect');
      if (m === undefined) return String(v);
      inspectFn = m.inspect;
    }
    return inspectFn(v, opts);
  }

  const kIsNodeError = Symbol('kIsNodeError');
  const codes = {};
  const messages = new Map();

  // Give `err.stack` the header "<Name> [<code>]: <message>" whatever engine made it.
  function fixStack(err, name, code, message) {
    const header = code ? name + ' [' + code + ']: ' + message : name + ': ' + message;
    let st;
    try { st = err.stack; } catch { return; }
    if (typeof st !== 'string') return;
    if (st.startsWith(header)) return;
    let frames;
    if (st.startsWith('    at ')) frames = st;
    else {
      const i = st.indexOf('\n    at ');
      frames = i === -1 ? '' : st.slice(i + 1);
    }
    while (frames.length && frames[frames.length - 1] === '\n') frames = frames.slice(0, -1);
    Object.defineProperty(err, 'stack', {
      value: frames ? header + '\n' + frames : header,
      writable: true, enumerable: false, configurable: true,
    });
  }

  function fmtMsg(tpl, args) {
    let i = 0;
    return tpl.replace(/%[sd]/g, () => {
      const a = args[i++];
      if (typeof a === 'string') return a;
      if (typeof a === 'bigint') return a + 'n';
      if (typeof a === 'object' && a !== null) return inspect(a, { depth: 0 });
      return String(a);
    });
  }

  function E(code, msg, Base, ...others) {
    messages.set(code, msg);
    const baseName = Base.name;
    const C = class NodeError extends Base {
      constructor(...args) {
        const message = typeof msg === 'function' ? msg.apply(null, args) : fmtMsg(msg, args);
        super(message);
        this.code = code;
        fixStack(this, baseName, code, message);
      }
      toString() { return this.name + ' [' + code + ']: ' + this.message; }
      get [kIsNodeError]() { return true; }
    };
    for (const O of others) {
      const Sub = class NodeError extends O {
        constructor(...args) {
          const message = typeof msg === 'function' ? msg.apply(null, args) : fmtMsg(msg, args);
          super(message);
          this.code = code;
          fixStack(this, O.name, code, message);
        }
        toString() { return this.name + ' [' + code + ']: ' + this.message; }
      };
      C[O.name] = Sub;
    }
    codes[code] = C;
    return C;
  }

  function addNumericalSeparator(val) {
    let res = '';
    let i = val.length;
    const start = val[0] === '-' ? 1 : 0;
    for (; i >= start + 4; i -= 3) res = '_' + val.slice(i - 3, i) + res;
    return val.slice(0, i) + res;
  }

  function determineSpecificType(value) {
    if (value === null) return 'null';
    if (value === undefined) return 'undefined';
    const type = typeof value;
    switch (type) {
      case 'bigint': return 'type bigint (' + value + 'n)';
      case 'number':
        if (value === 0) return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
        return 'type number (' + value + ')';
      case 'boolean': return 'type boolean (' + value + ')';
      case 'symbol': return 'type symbol (' + String(value) + ')';
      case 'function': return 'function ' + value.name;
      case 'object':
        if (value.constructor && 'name' in value.constructor) {
          return 'an instance of ' + value.constructor.name;
        }
        return inspect(value, { depth: -1 });
      case 'string':
        if (value.length > 28) value = value.slice(0, 25) + '...';
        if (value.indexOf("'") === -1) return "type string ('" + value + "')";
        return 'type string (' + JSON.stringify(value) + ')';
      default: {
        let s = inspect(value, { colors: false });
        if (s.length > 28) s = s.slice(0, 25) + '...';
        return 'type ' + type + ' (' + s + ')';
      }
    }
  }

  const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object',
    'boolean', 'bigint', 'symbol'];
  const classRegExp = /^([A-Z][a-z0-9]*)+$/;

  function joinList(arr, word) {
    if (arr.length > 2) return arr.slice(0, -1).join(', ') + ', ' + word + ' ' + arr[arr.length - 1];
    if (arr.length === 2) return arr[0] + ' ' + word + ' ' + arr[1];
    return arr[0];
  }

  function invalidArgType(name, expected, actual) {
    if (!Array.isArray(expected)) expected = [expected];
    let msg = 'The ';
    if (name.endsWith(' argument')) msg += name + ' ';
    else msg += '"' + name + '" ' + (name.includes('.') ? 'property' : 'argument') + ' ';
    msg += 'must be ';
    const types = []; const instances = []; const other = [];
    for (const v of expected) {
      if (kTypes.includes(v)) types.push(v.toLowerCase());
      else if (classRegExp.test(v)) instances.push(v);
      else other.push(v);
    }
    if (instances.length > 0) {
      const pos = types.indexOf('object');
      if (pos !== -1) { types.splice(pos, 1); instances.push('Object'); }
    }
    if (types.length > 0) {
      if (types.length > 2) msg += 'one of type ' + types.slice(0, -1).join(', ') + ', or ' + types[types.length - 1];
      else if (types.length === 2) msg += 'one of type ' + types[0] + ' or ' + types[1];
      else msg += 'of type ' + types[0];
      if (instances.length > 0 || other.length > 0) msg += ' or ';
    }
    if (instances.length > 0) {
      msg += 'an instance of ' + joinList(instances, 'or');
      if (other.length > 0) msg += ' or ';
    }
    if (other.length > 0) {
      if (other.length > 2) msg += 'one of ' + other.slice(0, -1).join(', ') + ', or ' + other[other.length - 1];
      else if (other.length === 2) msg += 'one of ' + other[0] + ' or ' + other[1];
      else {
        if (other[0].toLowerCase() !== other[0]) msg += 'an ';
        msg += other[0];
      }
    }
    return msg + '. Received ' + determineSpecificType(actual);
  }

  function outOfRange(str, range, input, replaceDefaultBoolean = false) {
    let msg = replaceDefaultBoolean ? str : 'The value of "' + str + '" is out of range.';
    let received;
    if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
      received = addNumericalSeparator(String(input));
    } else if (typeof input === 'bigint') {
      received = String(input);
      if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
      received += 'n';
    } else {
      received = inspect(input);
    }
    return msg + ' It must be ' + range + '. Received ' + received;
  }

  function missingArgs(...args) {
    let msg = 'The ';
    const len = args.length;
    const wrap = (a) => '"' + a + '"';
    args = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
    switch (len) {
      case 1: msg += args[0] + ' argument'; break;
      case 2: msg += args[0] + ' and ' + args[1] + ' arguments'; break;
      default: msg += args.slice(0, len - 1).join(', ') + ', and ' + args[len - 1] + ' arguments';
    }
    return msg + ' must be specified';
  }

  // --- the codes ---
  E('ERR_ACCESS_DENIED', 'Access to this API has been restricted', Error);
  E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
  E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
  E('ERR_ASSERTION', '%s', Error);
  E('ERR_ASYNC_CALLBACK', '%s must be a function', TypeError);
  E('ERR_ASYNC_TYPE', 'Invalid name for async "type": %s', TypeError);
  E('ERR_BROTLI_INVALID_PARAM', '%s is not a valid Brotli parameter', RangeError);
  E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => {
    if (name) return '"' + name + '" is outside of buffer bounds';
    return 'Attempt to access memory outside buffer bounds';
  }, RangeError);
  E('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError);
  E('ERR_CANNOT_WATCH_SIGINT', 'Cannot watch for SIGINT signals', Error);
  E('ERR_CHILD_CLOSED_BEFORE_REPLY', 'Child closed before reply received', Error);
  E('ERR_CHILD_PROCESS_IPC_REQUIRED', "Forked processes must have an IPC channel, missing value 'ipc' in %s", Error);
  E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError);
  E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
  E('ERR_CONTEXT_NOT_INITIALIZED', 'context used is not initialized', Error);
  E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
  E('ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error);
  E('ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', TypeError);
  E('ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length', RangeError);
  E('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length', RangeError);
  E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
  E('ERR_DIR_CONCURRENT_OPERATION', 'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error);
  E('ERR_DNS_SET_SERVERS_FAILED', 'c-ares failed to set servers: "%s" [%s]', Error);
  E('ERR_DOMAIN_CALLBACK_NOT_AVAILABLE', 'A callback was registered through process.setUncaughtExceptionCaptureCallback(), which is mutually exclusive with using the `domain` module', Error);
  E('ERR_ENCODING_INVALID_ENCODED_DATA', (encoding) => 'The encoded data was not valid for encoding ' + encoding, TypeError);
  E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
  E('ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input', Error);
  E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
  E('ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value', Error);
  E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'The feature %s is unavailable on the current platform, which is being used to run Node.js', TypeError);
  E('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory', Error);
  E('ERR_FS_CP_EEXIST', 'Target already exists', Error);
  E('ERR_FS_CP_EINVAL', 'Invalid src or dest', Error);
  E('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe', Error);
  E('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory', Error);
  E('ERR_FS_CP_SOCKET', 'Cannot copy a socket file', Error);
  E('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', 'Cannot overwrite symlink in subdirectory of self', Error);
  E('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type', Error);
  E('ERR_FS_EISDIR', 'Path is a directory', Error);
  E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
  E('ERR_FS_INVALID_SYMLINK_TYPE', 'Symlink type must be one of "dir", "file", or "junction". Received "%s"', Error);
  E('ERR_HTTP_BODY_NOT_ALLOWED', 'Adding content for this request method or response status is not allowed.', Error);
  E('ERR_HTTP_CONTENT_LENGTH_MISMATCH', 'Response body\'s content-length of %s byte(s) does not match the content-length of %s byte(s) set in header', Error);
  E('ERR_HTTP_HEADERS_SENT', 'Cannot %s headers after they are sent to the client', Error);
  E('ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
  E('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError);
  E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
  E('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
  E('ERR_HTTP_SOCKET_ENCODING', 'Changing the socket encoding is not allowed per RFC7230 Section 3.', Error);
  E('ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error);
  E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
  E('ERR_IMPORT_ATTRIBUTE_MISSING', 'Module "%s" needs an import attribute of "%s: %s"', TypeError);
  E('ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE', 'Module "%s" is not of type "%s"', TypeError);
  E('ERR_IMPORT_ATTRIBUTE_UNSUPPORTED', 'Import attribute "%s" with value "%s" is not supported', TypeError);
  E('ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "%s" cannot be used in combination with option "%s"', TypeError);
  E('ERR_INPUT_TYPE_NOT_ALLOWED', '--input-type can only be used with string input via --eval, --print, or STDIN', Error);
  E('ERR_INSPECTOR_NOT_AVAILABLE', 'Inspector is not available', Error);
  E('ERR_INTERNAL_ASSERTION', (message) => {
    const suffix = 'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
      'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n';
    return message === undefined ? suffix : message + '\n' + suffix;
  }, Error);
  E('ERR_INVALID_ADDRESS_FAMILY', (addressType, host, port) => 'Invalid address family: ' + addressType + ' ' + host + ':' + port, RangeError);
  E('ERR_INVALID_ARG_TYPE', invalidArgType, TypeError);
  E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
    let inspected = inspect(value);
    if (inspected.length > 128) inspected = inspected.slice(0, 128) + '...';
    const type = name.includes('.') ? 'property' : 'argument';
    return 'The ' + type + " '" + name + "' " + reason + '. Received ' + inspected;
  }, TypeError, RangeError);
  E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);
  E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
  E('ERR_INVALID_CHAR', (name, field = undefined) => {
    let msg = 'Invalid character in ' + name;
    if (field !== undefined) msg += ' ["' + field + '"]';
    return msg;
  }, TypeError);
  E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
  E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);
  E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
  E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError);
  E('ERR_INVALID_FILE_URL_PATH', 'File URL path %s', TypeError);
  E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
  E('ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError);
  E('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
  E('ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) => {
    const msg = invalidIndex !== -1 ? ' at ' + invalidIndex : '';
    return 'The MIME syntax for a ' + production + ' in "' + str + '" is invalid' + msg;
  }, TypeError);
  E('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base = undefined) =>
    'Invalid module "' + request + '" ' + reason + (base ? ' imported from ' + base : ''), TypeError);
  E('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) =>
    'Invalid package config ' + path + (base ? ' while importing ' + base : '') + (message ? '. ' + message : ''), Error);
  E('ERR_INVALID_PACKAGE_TARGET', 'Invalid package target %s', Error);
  E('ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError);
  E('ERR_INVALID_REPL_EVAL_CONFIG', 'Cannot specify both "breakEvalOnSigint" and "eval" for REPL', TypeError);
  E('ERR_INVALID_REPL_INPUT', '%s', TypeError);
  E('ERR_INVALID_RETURN_PROPERTY', (input, name, prop, value) =>
    'Expected a valid ' + input + ' to be returned for the "' + prop + '" from the "' + name + '" function but got ' + value + '.', TypeError);
  E('ERR_INVALID_RETURN_PROPERTY_VALUE', (input, name, prop, value) =>
    'Expected ' + input + ' to be returned for the "' + prop + '" from the "' + name + '" function but got ' + determineSpecificType(value) + '.', TypeError);
  E('ERR_INVALID_RETURN_VALUE', (input, name, value) =>
    'Expected ' + input + ' to be returned from the "' + name + '" function but got ' + determineSpecificType(value) + '.', TypeError, RangeError);
  E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
  E('ERR_INVALID_SYNC_FORK_INPUT', 'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s', TypeError);
  E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
  E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
  E('ERR_INVALID_URI', 'URI malformed', URIError);
  E('ERR_INVALID_URL', function (input, base = null) {
    return 'Invalid URL';
  }, TypeError);
  E('ERR_INVALID_URL_SCHEME', (expected) => {
    if (typeof expected === 'string') expected = [expected];
    const res = expected.length === 2 ? 'one of scheme ' + expected[0] + ' or ' + expected[1] : 'of scheme ' + expected[0];
    return 'The URL must be ' + res;
  }, TypeError);
  E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
  E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
  E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
  E('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);
  E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
  E('ERR_MISSING_ARGS', missingArgs, TypeError);
  E('ERR_MISSING_OPTION', '%s is required', TypeError);
  E('ERR_MODULE_NOT_FOUND', function (path, base, exactUrl) {
    if (exactUrl) return "Cannot find module '" + path + "' imported from " + base;
    return "Cannot find package '" + path + "' imported from " + base;
  }, Error);
  E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
  E('ERR_NAPI_INVALID_DATAVIEW_ARGS', 'byte_offset + byte_length should be less than or equal to the size in bytes of the array passed in', Error);
  E('ERR_NO_CRYPTO', 'Node.js is not compiled with OpenSSL crypto support', Error);
  E('ERR_NO_ICU', '%s is not supported on Node.js compiled without ICU', TypeError);
  E('ERR_NOT_IMPLEMENTED', '%s is not implemented in nodus', Error);
  E('ERR_NOT_SUPPORTED_IN_SNAPSHOT', '%s is not supported in startup snapshot', Error);
  E('ERR_OPERATION_FAILED', 'Operation failed: %s', Error, TypeError);
  E('ERR_OUT_OF_RANGE', outOfRange, RangeError);
  E('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) =>
    'Package import specifier "' + specifier + '" is not defined' + (packagePath ? ' in package ' + packagePath + 'package.json' : '') + ' imported from ' + base, TypeError);
  E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base = undefined) => {
    if (subpath === '.') return 'No "exports" main defined in ' + pkgPath + 'package.json' + (base ? ' imported from ' + base : '');
    return 'Package subpath \'' + subpath + '\' is not defined by "exports" in ' + pkgPath + 'package.json' + (base ? ' imported from ' + base : '');
  }, Error);
  E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
  E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', "Unexpected argument '%s'. This command does not take positional arguments", TypeError);
  E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
    const suggestDashDash = allowPositionals ? '. To specify a positional argument starting with a \'-\', place it at the end of the command after \'--\', as in \'-- ' + JSON.stringify(option) : '';
    return "Unknown option '" + option + "'" + suggestDashDash;
  }, TypeError);
  E('ERR_PERFORMANCE_INVALID_TIMESTAMP', '%d is not a valid timestamp', TypeError);
  E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', '%s', TypeError);
  E('ERR_REQUIRE_ASYNC_MODULE', 'require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.', Error);
  E('ERR_REQUIRE_CYCLE_MODULE', '%s', Error);
  E('ERR_REQUIRE_ESM', function (filename, hasEsmSyntax, parentPath) {
    let msg = 'require() of ES Module ' + filename + (parentPath ? ' from ' + parentPath : '') + ' not supported.';
    return msg;
  }, Error);
  E('ERR_SCRIPT_EXECUTION_INTERRUPTED', 'Script execution was interrupted by `SIGINT`', Error);
  E('ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.', Error);
  E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
  E('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
  E('ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError);
  E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
    const operator = allowZero ? '>=' : '>';
    return name + ' should be ' + operator + ' 0 and < 65536. Received ' + determineSpecificType(port) + '.';
  }, RangeError);
  E('ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError);
  // A SystemError in Node: thrown as `new SystemError('ERR_SOCKET_BUFFER_SIZE', context)`.
  E('ERR_SOCKET_BUFFER_SIZE', 'Could not get or set buffer size', Error);
  E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
  E('ERR_SOCKET_CONNECTING', 'Socket is already connected', Error);
  E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established', Error);
  E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error);
  E('ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error);
  E('ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error);
  E('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error);
  E('ERR_SRI_PARSE', 'Subresource Integrity string %j had an unexpected %j at position %d', SyntaxError);
  E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
  E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
  E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
  E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
  E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
  E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
  E('ERR_STREAM_UNABLE_TO_PIPE', 'Cannot pipe to a closed or destroyed stream', Error);
  E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
  E('ERR_STREAM_WRAP', 'Stream has StringDecoder set or is in objectMode', Error);
  E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
  E('ERR_SYNTHETIC', 'JavaScript Callstack', Error);
  E('ERR_SYSTEM_ERROR', 'A system error occurred', Error);
  // The caller sets the error's reason, host and cert (node:tls checkServerIdentity).
  E('ERR_TLS_CERT_ALTNAME_INVALID', (reason) => "Hostname/IP does not match certificate's altnames: " + reason, Error);
  E('ERR_TRACE_EVENTS_CATEGORY_REQUIRED', 'At least one category is required', TypeError);
  E('ERR_TRACE_EVENTS_UNAVAILABLE', 'Trace events are unavailable', Error);
  E('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);
  E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET', '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active', Error);
  E('ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError);
  E('ERR_UNHANDLED_ERROR', (err = undefined) => {
    const msg = 'Unhandled error.';
    if (err === undefined) return msg;
    return msg + ' (' + inspect(err) + ')';
  }, Error);
  E('ERR_UNHANDLED_REJECTION', '%s', Error);
  E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
  E('ERR_UNKNOWN_CREDENTIAL', '%s identifier does not exist: %s', Error);
  E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
  E('ERR_UNKNOWN_FILE_EXTENSION', (ext, path) => 'Unknown file extension "' + ext + '" for ' + path, TypeError);
  E('ERR_UNKNOWN_MODULE_FORMAT', 'Unknown module format: %s for URL %s', RangeError);
  E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
  E('ERR_UNSUPPORTED_DIR_IMPORT', function (path, base, exactUrl) {
    return "Directory import '" + path + "' is not supported resolving ES modules imported from " + base;
  }, Error);
  E('ERR_UNSUPPORTED_ESM_URL_SCHEME', (url, supported) => {
    let msg = 'Only URLs with a scheme in: ' + supported.join(', ') + ' are supported by the default ESM loader';
    msg += ". Received protocol '" + url.protocol + "'";
    return msg;
  }, Error);
  E('ERR_UNSUPPORTED_RESOLVE_REQUEST', 'Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base scheme is not hierarchical.', TypeError);
  E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
  E('ERR_VALID_PERFORMANCE_ENTRY_TYPE', 'At least one valid performance entry type is required', Error);
  E('ERR_VM_MODULE_NOT_MODULE', 'Provided module is not an instance of Module', Error);
  E('ERR_WORKER_INIT_FAILED', 'Worker initialization failure: %s', Error);
  E('ERR_WORKER_UNSUPPORTED_OPERATION', '%s is not supported in workers', TypeError);
  E('ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed', Error);

  // --- classes and helpers ---
  class AbortError extends Error {
    constructor(message = 'The operation was aborted', options = undefined) {
      if (options !== undefined && (typeof options !== 'object' || options === null)) {
        throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
      }
      super(message, options);
      this.code = 'ABORT_ERR';
      this.name = 'AbortError';
    }
  }

  function hideStackFrames(fn) { return fn; }

  function aggregateTwoErrors(innerError, outerError) {
    if (innerError && outerError && innerError !== outerError) {
      if (Array.isArray(outerError.errors)) {
        outerError.errors.push(innerError);
        return outerError;
      }
      const err = new AggregateError([outerError, innerError], outerError.message);
      err.code = outerError.code;
      return err;
    }
    return innerError || outerError;
  }

  function genericNodeError(message, errorProperties) {
    const err = new Error(message);
    Object.assign(err, errorProperties);
    return err;
  }

  // errno name <-> number (Linux)
  function uvErrorInfo(errno) {
    const u = require('util');
    if (u && typeof u.getSystemErrorMap === 'function') {
      const m = u.getSystemErrorMap();
      const v = m.get(errno);
      if (v) return v;
    }
    return ['UNKNOWN', 'unknown error'];
  }

  class ErrnoException extends Error {
    constructor(err, syscall, original) {
      // Node's form: "read ECONNRESET", "setBroadcast EBADF".
      const [code] = uvErrorInfo(err);
      super(original ? syscall + ' ' + code + ' ' + original : syscall + ' ' + code);
      this.errno = err;
      this.code = code;
      this.syscall = syscall;
    }
  }

  function UVException(ctx) {
    const [code, uvmsg] = uvErrorInfo(ctx.errno);
    let message = code + ': ' + (ctx.message || uvmsg) + ', ' + ctx.syscall;
    let path, dest;
    if (ctx.path) { path = String(ctx.path); message += " '" + path + "'"; }
    if (ctx.dest) { dest = String(ctx.dest); message += " -> '" + dest + "'"; }
    const err = new Error(message);
    for (const prop of Object.keys(ctx)) {
      if (prop === 'message' || prop === 'path' || prop === 'dest') continue;
      err[prop] = ctx[prop];
    }
    err.code = code;
    if (path) err.path = path;
    if (dest) err.dest = dest;
    return err;
  }

  class UVExceptionWithHostPort extends Error {
    constructor(err, syscall, address, port) {
      const [code] = uvErrorInfo(err);
      let details = '';
      if (port && port > 0) details = ' ' + address + ':' + port;
      else if (address) details = ' ' + address;
      super(syscall + ' ' + code + details);
      this.code = code;
      this.errno = err;
      this.syscall = syscall;
      this.address = address;
      if (port) this.port = port;
    }
  }

  class ExceptionWithHostPort extends Error {
    constructor(err, syscall, address, port, additional) {
      const [code] = uvErrorInfo(err);
      let details = '';
      if (port && port > 0) details = ' ' + address + ':' + port;
      else if (address) details = ' ' + address;
      if (additional) details += ' - Local (' + additional + ')';
      super(syscall + ' ' + code + details);
      this.errno = err;
      this.code = code;
      this.syscall = syscall;
      this.address = address;
      if (port) this.port = port;
    }
  }

  class DNSException extends Error {
    constructor(code, syscall, hostname) {
      let errno;
      if (typeof code === 'number') {
        errno = code;
        code = uvErrorInfo(code)[0];
      }
      super(syscall + ' ' + code + (hostname ? ' ' + hostname : ''));
      this.errno = errno;
      this.code = code;
      this.syscall = syscall;
      if (hostname) this.hostname = hostname;
    }
  }

  class SystemError extends Error {
    constructor(key, context) {
      let message = (messages.get(key) || 'A system error occurred') + ': ' + context.syscall + ' returned ' + context.code + ' (' + context.message + ')';
      if (context.path !== undefined) message += ' ' + context.path;
      if (context.dest !== undefined) message += ' => ' + context.dest;
      super(message);
      this.code = key;
      Object.defineProperty(this, 'name', { value: 'SystemError', enumerable: false, writable: true, configurable: true });
      this.info = context;
      this.errno = context.errno;
      this.syscall = context.syscall;
      if (context.path !== undefined) this.path = context.path;
      if (context.dest !== undefined) this.dest = context.dest;
      fixStack(this, 'SystemError', key, message);
    }
    toString() { return 'SystemError [' + this.code + ']: ' + this.message; }
  }

  function isErrorStackTraceLimitWritable() {
    const d = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
    return d === undefined ? Object.isExtensible(Error) : (d.writable === true || typeof d.set === 'function');
  }

  function isStackOverflowError(err) {
    return err && (err.name === 'RangeError' || err.name === 'InternalError') &&
      /stack|recursion/i.test(String(err.message));
  }

  function captureLargerStackTrace(err) { return err; }

  // A stand-in for an API nodus does not have: calling it throws ERR_NOT_IMPLEMENTED
  // naming it.
  function notImplementedFunction(name) {
    return function () {
      throw new codes.ERR_NOT_IMPLEMENTED(name);
    };
  }

  return {
    codes,
    notImplementedFunction,
    kIsNodeError,
    AbortError,
    hideStackFrames,
    aggregateTwoErrors,
    genericNodeError,
    ErrnoException,
    UVException,
    UVExceptionWithHostPort,
    ExceptionWithHostPort,
    DNSException,
    SystemError,
    determineSpecificType,
    addNumericalSeparator,
    isErrorStackTraceLimitWritable,
    isStackOverflowError,
    captureLargerStackTrace,
    // Node's internal name for E(): lets other builtins add codes.
    E,
    getMessage(key) { return messages.get(key); },
  };
})();
