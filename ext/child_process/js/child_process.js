// node:child_process -- ChildProcess, spawn/exec/execFile/fork over tokio::process, and the
// *Sync forms (internal/child_process/sync). Stdio pipes are socket pairs wrapped in
// net.Socket, as Node's are; fork's channel lives in internal/child_process/ipc.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const EventEmitter = require('events');
  const errors = require('internal/errors');
  const validators = require('internal/validators');
  const { codes } = errors;

  // How op_cp_spawn encodes a stdio slot (a number >= 0 is a parent fd).
  const PIPE = -1;
  const IGNORE = -2;
  const IPC = -3;

  const ENOENT = -2;
  const EACCES = -13;
  const EAGAIN = -11;
  const EMFILE = -24;
  const ENFILE = -23;
  const ESRCH = -3;

  function signals() {
    return require('os').constants.signals;
  }

  let signalNames;
  function signalName(num) {
    if (signalNames === undefined) {
      signalNames = [];
      const table = signals();
      for (const name of Object.keys(table)) {
        if (signalNames[table[name]] === undefined) signalNames[table[name]] = name;
      }
    }
    return signalNames[num] || null;
  }

  // A kill signal as a number, with Node's errors for bad ones.
  function toSignal(signal, name) {
    if (typeof signal === 'number') {
      if (signal === 0 || signalName(signal) !== null) return signal;
      throw new codes.ERR_UNKNOWN_SIGNAL(signal);
    }
    if (typeof signal === 'string') {
      const n = signals()[signal];
      if (n !== undefined) return n;
      throw new codes.ERR_UNKNOWN_SIGNAL(signal);
    }
    throw new codes.ERR_INVALID_ARG_TYPE(name || 'signal', ['string', 'number'], signal);
  }

  function errnoName(errno) {
    return require('util').getSystemErrorName(errno);
  }

  // Node's errno errors for child processes read `<syscall> <CODE>`.
  function errnoException(errno, syscall) {
    const code = errnoName(errno);
    const err = new Error(syscall + ' ' + code);
    err.errno = errno;
    err.code = code;
    err.syscall = syscall;
    return err;
  }

  // --- arguments ---------------------------------------------------------------------------
  let shellArgsWarned = false;
  function normalizeSpawnArguments(file, args, options) {
    validators.validateString(file, 'file');
    if (file.length === 0) throw new codes.ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
    if (Array.isArray(args)) {
      args = args.slice();
    } else if (args === undefined || args === null) {
      args = [];
    } else if (typeof args !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('args', 'object', args);
    } else {
      options = args;
      args = [];
    }
    if (options === undefined) options = {};
    else validators.validateObject(options, 'options');
    let cwd = options.cwd;
    if (cwd !== undefined && cwd !== null) {
      if (cwd instanceof URL) cwd = require('url').fileURLToPath(cwd);
      else if (require('buffer').Buffer.isBuffer(cwd)) cwd = cwd.toString();
      if (typeof cwd !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('options.cwd', ['string', 'Buffer', 'URL'], cwd);
    } else {
      cwd = undefined;
    }
    if (options.detached !== undefined && options.detached !== null) validators.validateBoolean(options.detached, 'options.detached');
    if (options.uid !== undefined && options.uid !== null) validators.validateInt32(options.uid, 'options.uid');
    if (options.gid !== undefined && options.gid !== null) validators.validateInt32(options.gid, 'options.gid');
    if (options.shell !== undefined && options.shell !== null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
      throw new codes.ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
    }
    if (options.argv0 !== undefined && options.argv0 !== null) validators.validateString(options.argv0, 'options.argv0');
    noNullBytes(file, 'file');
    for (let i = 0; i < args.length; i++) {
      if (typeof args[i] !== 'string') args[i] = String(args[i]);
      noNullBytes(args[i], 'args[' + i + ']');
    }
    if (cwd !== undefined && cwd.indexOf('\u0000') !== -1) {
      throw new codes.ERR_INVALID_ARG_VALUE('options.cwd', cwd, 'must be a string, Uint8Array, or URL without null bytes');
    }
    if (options.shell) {
      if (args.length > 0 && !shellArgsWarned) {
        shellArgsWarned = true;
        process.emitWarning('Passing args to a child process with shell option true can lead to security ' +
          'vulnerabilities, as the arguments are not escaped, only concatenated.', 'DeprecationWarning', 'DEP0190');
      }
      const command = args.length > 0 ? file + ' ' + args.join(' ') : file;
      file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
      args = ['-c', command];
    }
    if (typeof options.argv0 === 'string') args.unshift(options.argv0);
    else args.unshift(file);

    let envPairs = null;
    if (options.env !== undefined && options.env !== null) {
      envPairs = [];
      for (const key in options.env) {
        const value = options.env[key];
        if (value !== undefined) {
          noNullBytes(key, "options.env['" + key + "']");
          noNullBytes(String(value), "options.env['" + key + "']");
          envPairs.push(key + '=' + value);
        }
      }
    }
    return {
      __proto__: null,
      options,
      file,
      args,
      cwd,
      envPairs,
      detached: !!options.detached,
      uid: options.uid === undefined || options.uid === null ? null : options.uid,
      gid: options.gid === undefined || options.gid === null ? null : options.gid,
    };
  }

  function noNullBytes(value, name) {
    if (typeof value === 'string' && value.indexOf('\u0000') !== -1) {
      throw new codes.ERR_INVALID_ARG_VALUE(name, value, 'must be a string without null bytes');
    }
  }

  function stdioStringToArray(stdio, channel) {
    const list = [];
    switch (stdio) {
      case 'ignore':
      case 'overlapped':
      case 'pipe':
        list.push(stdio, stdio, stdio);
        break;
      case 'inherit':
        list.push(0, 1, 2);
        break;
      default:
        throw new codes.ERR_INVALID_ARG_VALUE('stdio', stdio);
    }
    if (channel) list.push(channel);
    return list;
  }

  // The stdio option as op slots; `close` lists the fds duplicated for the child, closed
  // again once it has them.
  function validStdio(stdio, sync) {
    if (typeof stdio === 'string') stdio = stdioStringToArray(stdio);
    else if (!Array.isArray(stdio)) throw new codes.ERR_INVALID_ARG_VALUE('stdio', stdio);
    const list = stdio.slice();
    while (list.length < 3) list.push(undefined);
    const slots = [];
    const close = [];
    let ipc = -1;
    for (let i = 0; i < list.length; i++) {
      let s = list[i];
      if (s === null || s === undefined) s = i < 3 ? 'pipe' : 'ignore';
      if (s === 'ignore') {
        slots.push(IGNORE);
      } else if (s === 'pipe' || s === 'overlapped') {
        slots.push(PIPE);
      } else if (s === 'ipc') {
        if (sync || ipc !== -1) throw sync ? new codes.ERR_IPC_SYNC_FORK() : new codes.ERR_IPC_ONE_PIPE();
        ipc = i;
        slots.push(IPC);
      } else if (s === 'inherit') {
        slots.push(i);
      } else if (typeof s === 'number') {
        slots.push(s);
      } else if (s !== null && typeof s === 'object' && typeof s.fd === 'number' && s.fd >= 0) {
        slots.push(s.fd);
      } else if (s !== null && typeof s === 'object' && typeof s._rid === 'number' && s._rid !== -1 && typeof s.setNoDelay === 'function') {
        const fd = ops.op_net_dup_fd(s._rid);
        close.push(fd);
        slots.push(fd);
      } else if (s !== null && typeof s === 'object' && (s.type === 'fd' && typeof s.fd === 'number')) {
        slots.push(s.fd);
      } else if (ArrayBuffer.isView(s) || typeof s === 'string') {
        if (!sync) throw new codes.ERR_INVALID_SYNC_FORK_INPUT(require('util').inspect(s));
        slots.push(PIPE);
      } else {
        throw new codes.ERR_INVALID_ARG_VALUE('stdio', s);
      }
    }
    return { slots, ipc, close };
  }

  function validateTimeout(timeout) {
    if (timeout !== undefined && timeout !== null && !(Number.isInteger(timeout) && timeout >= 0)) {
      throw new codes.ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
    }
  }

  function validateMaxBuffer(maxBuffer) {
    if (maxBuffer !== undefined && maxBuffer !== null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
      throw new codes.ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
    }
  }

  // --- ChildProcess ------------------------------------------------------------------------
  function ChildProcess() {
    EventEmitter.call(this);
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._rid = -1;
    this._wait = null;
    this._ref = true;
    this.stdin = null;
    this.stdout = null;
    this.stderr = null;
    this.stdio = null;
  }
  Object.setPrototypeOf(ChildProcess.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(ChildProcess, EventEmitter);

  function makeSocket(fd, readable) {
    const net = require('net');
    const socket = new net.Socket({ fd, readable });
    if (!readable) {
      // stdin: a write-only socket, as Node makes it (its 'close' follows end()).
      const r = socket._readableState;
      r.readable = false;
      r.ended = true;
      r.endEmitted = true;
    }
    return socket;
  }

  ChildProcess.prototype.spawn = function spawn(options) {
    validators.validateObject(options, 'options');
    let stdio = options.stdio;
    if (stdio === undefined || stdio === null) stdio = 'pipe';
    const valid = validStdio(stdio, false);
    const extraEnv = [];
    if (valid.ipc !== -1) {
      extraEnv.push('NODE_CHANNEL_FD=' + valid.ipc, 'NODE_CHANNEL_SERIALIZATION_MODE=json');
    }
    validators.validateString(options.file, 'options.file');
    this.spawnfile = options.file;
    this.spawnargs = options.args;
    const r = ops.op_cp_spawn({
      file: options.file,
      args: options.args,
      cwd: options.cwd === undefined ? null : options.cwd,
      env: options.envPairs === undefined ? null : options.envPairs,
      extraEnv,
      stdio: valid.slots,
      detached: !!options.detached,
      uid: options.uid === undefined ? null : options.uid,
      gid: options.gid === undefined ? null : options.gid,
    });
    for (let i = 0; i < valid.close.length; i++) ops.op_cp_close_fd(valid.close[i]);
    const err = r.err;
    if (err !== 0) {
      if (err === EACCES || err === EAGAIN || err === EMFILE || err === ENFILE || err === ENOENT) {
        process.nextTick(onErrorNT, this, err);
      } else {
        throw errnoException(err, 'spawn');
      }
    } else {
      this._rid = r.rid;
      this.pid = r.pid;
      process.nextTick(onSpawnNT, this);
      const p = ops.op_cp_wait(r.rid);
      this._wait = p;
      // One turn later, so output that arrived with the exit is read first (as in Node,
      // where the pipes usually win that race).
      p.then((status) => setImmediate(onExitStatus, this, status), (e) => this._onExit(-1, null, e));
    }

    // The stdio streams; for a child that never started they end right away.
    const list = new Array(valid.slots.length);
    for (let i = 0; i < valid.slots.length; i++) {
      list[i] = null;
      if (valid.slots[i] !== PIPE) continue;
      if (err !== 0) {
        const socket = new (require('net').Socket)();
        list[i] = socket;
        if (i > 0) socket.push(null);
        continue;
      }
      const socket = makeSocket(r.fds[i], i > 0);
      list[i] = socket;
      if (i > 0) {
        this._closesNeeded++;
        socket.on('close', () => maybeClose(this));
      }
    }
    this.stdio = list;
    this.stdin = list.length > 0 ? list[0] : null;
    this.stdout = list.length > 1 ? list[1] : null;
    this.stderr = list.length > 2 ? list[2] : null;

    if (valid.ipc !== -1 && err === 0) {
      this._closesNeeded++;
      require('internal/child_process/ipc').setupChannel(this, r.fds[valid.ipc]);
      // As in Node, only a channel the other side ended counts towards 'close' (after our
      // own disconnect(), 'close' does not come).
      this._onChannelEnd = () => maybeClose(this);
    }
    return err;
  };

  function onExitStatus(child, status) {
    if (status[1] !== -1) child._onExit(null, signalName(status[1]));
    else child._onExit(status[0], null);
  }

  function onSpawnNT(child) {
    child.emit('spawn');
  }

  function onErrorNT(child, err) {
    child._onExit(err, null);
  }

  ChildProcess.prototype._onExit = function (exitCode, signalCode, failure) {
    if (signalCode) this.signalCode = signalCode;
    else this.exitCode = exitCode;
    if (this.stdin) this.stdin.destroy();
    this._rid = -1;
    this._wait = null;
    if (failure) {
      this.emit('error', failure);
    } else if (exitCode < 0) {
      const syscall = this.spawnfile ? 'spawn ' + this.spawnfile : 'spawn';
      const err = errnoException(exitCode, syscall);
      if (this.spawnfile) err.path = this.spawnfile;
      err.spawnargs = this.spawnargs.slice(1);
      this.emit('error', err);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    // Output nobody reads is drained, so that the pipes end and 'close' can come.
    process.nextTick(flushStdio, this);
    maybeClose(this);
  };

  function flushStdio(child) {
    const stdio = child.stdio;
    if (stdio === null) return;
    for (let i = 0; i < stdio.length; i++) {
      const stream = stdio[i];
      if (!stream || !stream.readable || stream._readableState.readableListening) continue;
      stream.resume();
    }
  }

  function maybeClose(child) {
    child._closesGot++;
    if (child._closesGot === child._closesNeeded) {
      child.emit('close', child.exitCode, child.signalCode);
    }
  }

  ChildProcess.prototype.kill = function kill(sig) {
    const signal = sig === 0 ? 0 : toSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._rid !== -1) {
      const err = ops.op_cp_kill(this._rid, signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      if (err !== ESRCH) {
        if (err === -22 || err === -38) throw errnoException(err, 'kill');
        this.emit('error', errnoException(err, 'kill'));
      }
    }
    return false;
  };

  ChildProcess.prototype[Symbol.dispose] = function () {
    if (!this.killed) this.kill();
  };

  ChildProcess.prototype.ref = function ref() {
    this._ref = true;
    if (this._wait !== null) core.refOpPromise(this._wait);
  };

  ChildProcess.prototype.unref = function unref() {
    this._ref = false;
    if (this._wait !== null) core.unrefOpPromise(this._wait);
  };

  // --- spawn ---------------------------------------------------------------------------------
  function abortChild(child, killSignal, reason) {
    try {
      if (child.kill(killSignal)) child.emit('error', new errors.AbortError(undefined, { cause: reason }));
    } catch (err) {
      child.emit('error', err);
    }
  }

  function spawn(file, args, options) {
    const opts = normalizeSpawnArguments(file, args, options);
    const o = opts.options;
    validateTimeout(o.timeout);
    if (o.signal !== undefined) validators.validateAbortSignal(o.signal, 'options.signal');
    const killSignal = o.killSignal === undefined || o.killSignal === null ? 15 : toSignal(o.killSignal, 'options.killSignal');
    const child = new ChildProcess();
    child.spawn({
      file: opts.file,
      args: opts.args,
      cwd: opts.cwd,
      envPairs: opts.envPairs === null ? undefined : opts.envPairs,
      stdio: o.stdio,
      detached: opts.detached,
      uid: opts.uid === null ? undefined : opts.uid,
      gid: opts.gid === null ? undefined : opts.gid,
    });
    if (o.timeout > 0) {
      let timer = setTimeout(() => {
        if (timer) {
          try {
            child.kill(killSignal);
          } catch (err) {
            child.emit('error', err);
          }
          timer = null;
        }
      }, o.timeout);
      child.once('exit', () => {
        if (timer) {
          clearTimeout(timer);
          timer = null;
        }
      });
    }
    const signal = o.signal;
    if (signal) {
      if (signal.aborted) {
        process.nextTick(abortChild, child, killSignal, signal.reason);
      } else {
        const onAbort = () => abortChild(child, killSignal, signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        child.once('exit', () => signal.removeEventListener('abort', onAbort));
      }
    }
    return child;
  }

  // --- execFile / exec ---------------------------------------------------------------------
  function normalizeExecFileArgs(file, args, options, callback) {
    if (Array.isArray(args)) {
      args = args.slice();
    } else if (args !== null && typeof args === 'object') {
      callback = options;
      options = args;
      args = null;
    } else if (typeof args === 'function') {
      callback = args;
      options = null;
      args = null;
    }
    if (args === undefined || args === null) args = [];
    if (typeof options === 'function') {
      callback = options;
    } else if (options !== undefined && options !== null) {
      validators.validateObject(options, 'options');
    }
    if (options === undefined || options === null || typeof options === 'function') options = {};
    if (callback !== undefined && callback !== null) validators.validateFunction(callback, 'callback');
    if (options.argv0 !== undefined && options.argv0 !== null) validators.validateString(options.argv0, 'options.argv0');
    return { file, args, options, callback };
  }

  function execFile(file, args, options, callback) {
    ({ file, args, options, callback } = normalizeExecFileArgs(file, args, options, callback));
    options = {
      encoding: 'utf8',
      timeout: 0,
      maxBuffer: 1024 * 1024,
      killSignal: 'SIGTERM',
      cwd: null,
      env: null,
      shell: false,
      ...options,
    };
    validateTimeout(options.timeout);
    validateMaxBuffer(options.maxBuffer);
    options.killSignal = toSignal(options.killSignal, 'options.killSignal');

    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env,
      gid: options.gid,
      shell: options.shell,
      signal: options.signal,
      uid: options.uid,
      argv0: options.argv0,
      windowsHide: !!options.windowsHide,
    });

    const Buffer = require('buffer').Buffer;
    let encoding = null;
    if (options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding)) encoding = options.encoding;
    const stdoutChunks = [];
    const stderrChunks = [];
    let stdoutLen = 0;
    let stderrLen = 0;
    let killed = false;
    let exited = false;
    let timer = null;
    let ex = null;
    let cmd = file;

    function exithandler(code, signal) {
      if (exited) return;
      exited = true;
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
      if (!callback) return;
      let stdout;
      let stderr;
      if (encoding || (child.stdout && child.stdout.readableEncoding)) stdout = stdoutChunks.join('');
      else stdout = Buffer.concat(stdoutChunks);
      if (encoding || (child.stderr && child.stderr.readableEncoding)) stderr = stderrChunks.join('');
      else stderr = Buffer.concat(stderrChunks);
      if (!ex && code === 0 && signal === null) {
        callback(null, stdout, stderr);
        return;
      }
      if (args.length > 0) cmd += ' ' + args.join(' ');
      if (!ex) {
        ex = errors.genericNodeError('Command failed: ' + cmd + '\n' + stderr, {
          code: code < 0 ? errnoName(code) : code,
          killed: child.killed || killed,
          signal,
        });
      }
      ex.cmd = cmd;
      callback(ex, stdout, stderr);
    }

    function errorhandler(e) {
      ex = e;
      if (child.stdout) child.stdout.destroy();
      if (child.stderr) child.stderr.destroy();
      exithandler();
    }

    function kill() {
      if (child.stdout) child.stdout.destroy();
      if (child.stderr) child.stderr.destroy();
      killed = true;
      try {
        child.kill(options.killSignal);
      } catch (e) {
        ex = e;
        exithandler();
      }
    }

    if (options.timeout > 0) {
      timer = setTimeout(() => {
        kill();
        timer = null;
      }, options.timeout);
    }

    function collect(stream, chunks, which) {
      if (encoding) stream.setEncoding(encoding);
      stream.on('data', (chunk) => {
        if (options.maxBuffer === Infinity) {
          chunks.push(chunk);
          return;
        }
        const enc = stream.readableEncoding;
        const length = enc ? Buffer.byteLength(chunk, enc) : chunk.length;
        let total = which === 'stdout' ? (stdoutLen += length) : (stderrLen += length);
        if (total > options.maxBuffer) {
          const keep = options.maxBuffer - (total - length);
          chunks.push(chunk.slice(0, keep));
          ex = new codes.ERR_CHILD_PROCESS_STDIO_MAXBUFFER(which);
          kill();
        } else {
          chunks.push(chunk);
        }
      });
    }
    if (child.stdout) collect(child.stdout, stdoutChunks, 'stdout');
    if (child.stderr) collect(child.stderr, stderrChunks, 'stderr');

    child.addListener('close', exithandler);
    child.addListener('error', errorhandler);
    return child;
  }

  function normalizeExecArgs(command, options, callback) {
    validators.validateString(command, 'command');
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    options = { ...options };
    options.shell = typeof options.shell === 'string' ? options.shell : true;
    return { file: command, options, callback };
  }

  function exec(command, options, callback) {
    const opts = normalizeExecArgs(command, options, callback);
    return execFile(opts.file, opts.options, opts.callback);
  }

  const customPromisify = Symbol.for('nodejs.util.promisify.custom');
  function promisifyExec(run) {
    return function (...args) {
      let resolve;
      let reject;
      const promise = new Promise((res, rej) => {
        resolve = res;
        reject = rej;
      });
      promise.child = run(...args, (err, stdout, stderr) => {
        if (err !== null) {
          err.stdout = stdout;
          err.stderr = stderr;
          reject(err);
        } else {
          resolve({ stdout, stderr });
        }
      });
      return promise;
    };
  }
  Object.defineProperty(exec, customPromisify, {
    enumerable: false,
    value: promisifyExec(exec),
  });
  Object.defineProperty(execFile, customPromisify, {
    enumerable: false,
    value: promisifyExec(execFile),
  });

  // --- fork ----------------------------------------------------------------------------------
  function fork(modulePath, args, options) {
    if (modulePath instanceof URL) modulePath = require('url').fileURLToPath(modulePath);
    else if (require('buffer').Buffer.isBuffer(modulePath)) modulePath = modulePath.toString();
    if (typeof modulePath !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('modulePath', ['string', 'Buffer', 'URL'], modulePath);
    if (args === undefined || args === null) {
      args = [];
    } else if (typeof args === 'object' && !Array.isArray(args)) {
      options = args;
      args = [];
    } else {
      validators.validateArray(args, 'args');
    }
    if (options !== undefined && options !== null) validators.validateObject(options, 'options');
    options = { ...options, shell: false };
    if (options.serialization !== undefined && options.serialization !== 'json') {
      if (options.serialization === 'advanced') throw new codes.ERR_NOT_IMPLEMENTED("fork() with serialization: 'advanced'");
      throw new codes.ERR_INVALID_ARG_VALUE('options.serialization', options.serialization, "must be one of: 'json', 'advanced'");
    }
    if (typeof options.stdio === 'string') {
      options.stdio = stdioStringToArray(options.stdio, 'ipc');
    } else if (!Array.isArray(options.stdio)) {
      options.stdio = stdioStringToArray(options.silent ? 'pipe' : 'inherit', 'ipc');
    } else if (options.stdio.indexOf('ipc') === -1) {
      throw new codes.ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
    }
    const execArgv = options.execArgv || process.execArgv;
    const argv = [...execArgv, modulePath, ...args];
    const execPath = options.execPath || process.execPath;
    return spawn(execPath, argv, options);
  }

  const sync = require('internal/child_process/sync');
  sync.init({ normalizeSpawnArguments, validStdio, validateTimeout, validateMaxBuffer, toSignal, signalName, errnoException, normalizeExecFileArgs, normalizeExecArgs });

  return {
    ChildProcess,
    spawn,
    exec,
    execFile,
    fork,
    spawnSync: sync.spawnSync,
    execSync: sync.execSync,
    execFileSync: sync.execFileSync,
    _forkChild(fd) {
      require('internal/child_process/ipc').setupChannel(process, fd);
    },
  };
})();
