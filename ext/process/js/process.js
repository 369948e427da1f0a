// node:process -- the process object: an EventEmitter with the program's arguments,
// environment, ids, clocks, exit handling, warnings, nextTick and stdio streams.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const info = internals.bootInfo;
  const EventEmitter = require('events');
  const { getOptionValue } = require('internal/options');

  // The Node release whose behaviour nodus follows.
  const NODE_VERSION = 'v24.21.0';

  const { codes } = require('internal/errors');

  const process = Object.create(EventEmitter.prototype);
  EventEmitter.call(process);
  Object.defineProperty(process, Symbol.toStringTag, { value: 'process', configurable: true, enumerable: false, writable: true });

  const ids = ops.op_process_ids();
  process.title = 'nodus';
  process.version = NODE_VERSION;
  process.versions = {
    node: NODE_VERSION.slice(1),
    nodus: info.nodusVersion,
    modules: '137',
    uv: '1.51.0',
  };
  process.arch = 'x64';
  process.platform = 'linux';
  process.release = { name: 'node', lts: 'Krypton' };
  process.argv = info.argv.slice();
  process.argv0 = 'nodus';
  process.execPath = info.execPath;
  process.execArgv = info.execArgv.slice();
  process.pid = ids[0];
  process.ppid = ids[1];
  process.features = { inspector: false, ipv6: true, tls: false, typescript: false };
  process.config = { variables: {} };
  process.debugPort = 9229;
  process._exiting = false;

  // --- environment: a live view of the OS environment; values are strings ------------------
  process.env = new Proxy({}, {
    get(_, key) {
      if (typeof key !== 'string') return undefined;
      const v = ops.op_process_env_get(key);
      return v === null ? undefined : v;
    },
    set(_, key, value) {
      if (typeof key === 'string') ops.op_process_env_set(key, String(value));
      return true;
    },
    has(_, key) {
      return typeof key === 'string' && ops.op_process_env_get(key) !== null;
    },
    deleteProperty(_, key) {
      if (typeof key === 'string') ops.op_process_env_delete(key);
      return true;
    },
    ownKeys() {
      return ops.op_process_env_keys();
    },
    getOwnPropertyDescriptor(_, key) {
      if (typeof key !== 'string') return undefined;
      const v = ops.op_process_env_get(key);
      if (v === null) return undefined;
      return { value: v, writable: true, enumerable: true, configurable: true };
    },
    defineProperty(_, key, desc) {
      if (typeof key === 'string' && 'value' in desc) ops.op_process_env_set(key, String(desc.value));
      return true;
    },
  });

  // --- exit ---------------------------------------------------------------------------------
  let exitCode;
  Object.defineProperty(process, 'exitCode', {
    enumerable: true,
    configurable: false,
    get() {
      return exitCode;
    },
    set(code) {
      if (code !== null && code !== undefined) {
        let value = code;
        if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
        if (typeof value !== 'number') throw new (codes.ERR_INVALID_ARG_TYPE)('code', 'number', code);
        if (!Number.isInteger(value)) throw new (codes.ERR_OUT_OF_RANGE)('code', 'an integer', code);
      }
      exitCode = code;
    },
  });

  process.exit = function exit(code) {
    if (code !== undefined) process.exitCode = code;
    internals.runExit(exitCode === undefined || exitCode === null ? 0 : +exitCode);
  };
  process.reallyExit = function reallyExit(code) {
    ops.op_nodus_exit((code | 0) & 0xff);
  };
  process.abort = function abort() {
    ops.op_process_kill(process.pid, 6);
  };

  // --- directories, ids, clocks, memory -------------------------------------------------------
  process.cwd = function cwd() {
    return ops.op_process_cwd();
  };
  process.chdir = function chdir(directory) {
    if (typeof directory !== 'string') throw new (codes.ERR_INVALID_ARG_TYPE)('directory', 'string', directory);
    try {
      ops.op_process_chdir(directory);
    } catch (err) {
      err.message = err.code + ': ' + (err.message.split(': ')[1] || '').split(',')[0] + ", chdir " + ops.op_process_cwd() + " -> '" + directory + "'";
      throw err;
    }
  };
  process.getuid = () => ids[2];
  process.getgid = () => ids[3];
  process.geteuid = () => ids[4];
  process.getegid = () => ids[5];

  const hrBuf = new Uint32Array(3);
  function hrtime(previous) {
    ops.op_process_hrtime(hrBuf);
    const sec = hrBuf[0] * 0x100000000 + hrBuf[1];
    const nsec = hrBuf[2];
    if (previous !== undefined) {
      if (!Array.isArray(previous)) throw new (codes.ERR_INVALID_ARG_TYPE)('time', 'Array', previous);
      if (previous.length !== 2) throw new (codes.ERR_OUT_OF_RANGE)('time', 2, previous.length);
      let s = sec - previous[0];
      let n = nsec - previous[1];
      if (n < 0) {
        s -= 1;
        n += 1e9;
      }
      return [s, n];
    }
    return [sec, nsec];
  }
  hrtime.bigint = function bigint() {
    ops.op_process_hrtime(hrBuf);
    return (BigInt(hrBuf[0] * 0x100000000 + hrBuf[1]) * 1000000000n) + BigInt(hrBuf[2]);
  };
  process.hrtime = hrtime;
  process.uptime = function uptime() {
    return ops.op_process_uptime();
  };
  function memoryUsage() {
    const m = ops.op_process_memory();
    return { rss: m[0], heapTotal: m[1], heapUsed: m[2], external: m[3], arrayBuffers: m[4] };
  }
  memoryUsage.rss = () => ops.op_process_memory()[0];
  process.memoryUsage = memoryUsage;
  process.cpuUsage = function cpuUsage(previous) {
    const t = ops.op_process_cpu_usage();
    if (previous) return { user: t[0] - previous.user, system: t[1] - previous.system };
    return { user: t[0], system: t[1] };
  };
  process.resourceUsage = function resourceUsage() {
    const t = ops.op_process_cpu_usage();
    return { userCPUTime: t[0], systemCPUTime: t[1], maxRSS: Math.round(ops.op_process_memory()[0] / 1024) };
  };
  process.umask = function umask(mask) {
    if (mask === undefined) return ops.op_process_umask(-1);
    const value = typeof mask === 'string' ? parseInt(mask, 8) : mask;
    if (!Number.isInteger(value) || value < 0 || value > 0o777) {
      throw new (codes.ERR_INVALID_ARG_VALUE)('mask', mask, 'must be a 32-bit unsigned integer or an octal string');
    }
    return ops.op_process_umask(value);
  };

  // --- signals --------------------------------------------------------------------------------
  process.kill = function kill(pid, signal) {
    if (pid != (pid | 0)) throw new (codes.ERR_INVALID_ARG_TYPE)('pid', 'number', pid);
    let num = 15;
    if (signal !== undefined) {
      const constants = require('os').constants.signals;
      if (typeof signal === 'number') num = signal;
      else if (typeof signal === 'string' && constants[signal] !== undefined) num = constants[signal];
      else throw new (codes.ERR_UNKNOWN_SIGNAL)(signal);
    }
    const r = ops.op_process_kill(pid, num);
    if (r !== 0) {
      const err = new Error('kill ' + (r === -3 ? 'ESRCH' : r === -1 ? 'EPERM' : 'EINVAL'));
      err.code = r === -3 ? 'ESRCH' : r === -1 ? 'EPERM' : 'EINVAL';
      err.errno = r;
      err.syscall = 'kill';
      throw err;
    }
    return true;
  };

  // A signal with listeners is delivered to them as process.emit(name, name, number); with
  // none it has its default action. Like Node's signal handles, waiting for signals does
  // not keep the process alive.
  let signalLoop = false;
  function signalNumber(event) {
    if (typeof event !== 'string' || !event.startsWith('SIG')) return undefined;
    return require('os').constants.signals[event];
  }
  async function deliverSignals() {
    const names = [];
    const table = require('os').constants.signals;
    for (const name of Object.keys(table)) if (names[table[name]] === undefined) names[table[name]] = name;
    for (;;) {
      const p = ops.op_process_signal_next();
      core.unrefOpPromise(p);
      const signo = await p;
      const name = names[signo];
      if (name !== undefined) process.emit(name, name, signo);
    }
  }
  process.on('newListener', (event) => {
    const signo = signalNumber(event);
    if (signo === undefined || process.listenerCount(event) > 0) return;
    try {
      ops.op_process_signal_listen(signo);
    } catch (_) {
      const err = new Error('uv_signal_start EINVAL');
      err.errno = -22;
      err.code = 'EINVAL';
      err.syscall = 'uv_signal_start';
      throw err;
    }
    if (!signalLoop) {
      signalLoop = true;
      deliverSignals();
    }
  });
  process.on('removeListener', (event) => {
    const signo = signalNumber(event);
    if (signo !== undefined && process.listenerCount(event) === 0) ops.op_process_signal_unlisten(signo);
  });

  // --- nextTick --------------------------------------------------------------------------------
  process.nextTick = function nextTick(callback) {
    if (typeof callback !== 'function') throw new (codes.ERR_INVALID_ARG_TYPE)('callback', 'function', callback);
    let args;
    const n = arguments.length;
    if (n > 1) {
      args = new Array(n - 1);
      for (let i = 1; i < n; i++) args[i - 1] = arguments[i];
    }
    core.queueNextTick({ callback, args, snapshot: core.getAsyncContext() });
  };

  // --- warnings -------------------------------------------------------------------------------
  let tracedHint = false;
  process.emitWarning = function emitWarning(warning, type, code, ctor) {
    let detail;
    if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
      ctor = type.ctor;
      code = type.code;
      detail = type.detail;
      type = type.type || 'Warning';
    } else if (typeof type === 'function') {
      ctor = type;
      code = undefined;
      type = 'Warning';
    }
    if (type === undefined) type = 'Warning';
    if (typeof code === 'function') {
      ctor = code;
      code = undefined;
    }
    if (typeof warning === 'string') {
      const w = new Error(warning);
      w.name = String(type || 'Warning');
      if (code !== undefined) w.code = code;
      if (detail !== undefined) w.detail = detail;
      warning = w;
    } else if (!(warning instanceof Error)) {
      throw new (codes.ERR_INVALID_ARG_TYPE)('warning', ['Error', 'string'], warning);
    }
    if (warning.name === 'DeprecationWarning') {
      if (process.noDeprecation) return;
      // --throw-deprecation: an uncaught exception, in a tick, as in Node.
      if (process.throwDeprecation) {
        process.nextTick(() => { throw warning; });
        return;
      }
    }
    process.nextTick(() => process.emit('warning', warning));
  };
  // --no-warnings (or NODE_NO_WARNINGS=1): 'warning' is still emitted, nothing printed.
  const printWarnings = getOptionValue('--no-warnings') !== true && process.env.NODE_NO_WARNINGS !== '1';
  const traceWarnings = getOptionValue('--trace-warnings') === true;
  function printWarning(warning) {
    if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
    let text = '(node:' + process.pid + ') ';
    if (warning.code) text += '[' + warning.code + '] ';
    const traced = traceWarnings || (warning.name === 'DeprecationWarning' && process.traceDeprecation);
    text += (traced && typeof warning.stack === 'string' ? warning.stack : warning.name + ': ' + warning.message) + '\n';
    if (warning.detail) text += warning.detail + '\n';
    if (!tracedHint && !traced) {
      tracedHint = true;
      const flag = warning.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
      text += '(Use `node ' + flag + ' ...` to show where the warning was created)\n';
    }
    ops.op_nodus_write_str(2, text);
  }
  if (printWarnings) process.on('warning', printWarning);

  // --- stdio, made on first use ---------------------------------------------------------------
  function defineStdio(name, make) {
    let stream;
    Object.defineProperty(process, name, {
      configurable: true,
      enumerable: true,
      get() {
        if (stream === undefined) stream = make();
        return stream;
      },
    });
  }
  defineStdio('stdout', () => require('internal/process/stdio').createWritable(1));
  defineStdio('stderr', () => require('internal/process/stdio').createWritable(2));
  defineStdio('stdin', () => require('internal/process/stdio').createReadable(0));

  process.binding = function binding(name) {
    throw new (codes.ERR_NOT_IMPLEMENTED)('process.binding(' + JSON.stringify(name) + ')');
  };
  process.setUncaughtExceptionCaptureCallback = function (fn) {
    if (fn === null) {
      process.removeAllListeners('uncaughtException');
      return;
    }
    process.on('uncaughtException', fn);
  };
  process.hasUncaughtExceptionCaptureCallback = function () {
    return process.listenerCount('uncaughtException') > 0;
  };
  process.getActiveResourcesInfo = function () {
    return [];
  };

  return process;
})();
