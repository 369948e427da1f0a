// node:worker_threads -- Workers on their own OS thread, engine and event loop
// (ext_worker's ops), the ports and channels of internal/worker/io, and what each
// thread knows about itself.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const require = internals.require;
  const ops = core.ops;
  const errors = require('internal/errors');
  const { codes } = errors;
  const EventEmitter = require('events');
  const io = require('internal/worker/io');
  const { kRid, kRefed, kReading, kPending } = io;

  if (codes.ERR_WORKER_PATH === undefined) {
    errors.E('ERR_WORKER_PATH', (filename) =>
      'The worker script or module filename must be an absolute path or a relative path starting with \'./\' or \'../\'.' +
      (filename.startsWith('file://') ? ' Wrap file:// URLs with `new URL`.' : '') +
      (filename.startsWith('data:text/javascript') ? ' Wrap data: URLs with `new URL`.' : '') +
      ` Received "${filename}"`, TypeError);
  }
  if (codes.ERR_WORKER_NOT_RUNNING === undefined) errors.E('ERR_WORKER_NOT_RUNNING', 'Worker instance not running', Error);
  if (codes.ERR_WORKER_UNSERIALIZABLE_ERROR === undefined) {
    errors.E('ERR_WORKER_UNSERIALIZABLE_ERROR', 'Serializing an uncaught exception failed', Error);
  }
  if (codes.ERR_WORKER_INVALID_EXEC_ARGV === undefined) {
    errors.E('ERR_WORKER_INVALID_EXEC_ARGV', (errs, msg = 'invalid execArgv flags') => `Initiated Worker with ${msg}: ${errs.join(', ')}`, Error);
  }

  const self = internals.workerThread;
  const isMainThread = self === undefined;
  const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');

  // setEnvironmentData(): what each new Worker starts with (a copy).
  const environmentData = isMainThread ? new Map() : self.environmentData;
  function setEnvironmentData(key, value) {
    if (value === undefined) environmentData.delete(key);
    else environmentData.set(key, value);
  }
  function getEnvironmentData(key) {
    return environmentData.get(key);
  }

  // --- Worker ----------------------------------------------------------------------------------
  const kHandle = Symbol('kHandle');
  const kExitCode = Symbol('kExitCode');
  const kTerminating = Symbol('kTerminating');

  const ERROR_TYPES = { Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError };

  function rebuildError(value) {
    if (!value.error) return value.value;
    const Ctor = Object.prototype.hasOwnProperty.call(ERROR_TYPES, value.name) ? ERROR_TYPES[value.name] : Error;
    const err = new Ctor(value.message);
    if (err.name !== value.name) {
      Object.defineProperty(err, 'name', { value: value.name, writable: true, configurable: true, enumerable: false });
    }
    Object.defineProperty(err, 'stack', { value: value.stack, writable: true, configurable: true, enumerable: false });
    Object.assign(err, value.props);
    return err;
  }

  function workerMain(filename, options) {
    if (options.eval) {
      if (typeof filename !== 'string') throw new codes.ERR_INVALID_ARG_VALUE('options.eval', options.eval, 'must be false when \'filename\' is not a string');
      return { mainKind: 'eval', main: filename };
    }
    let path;
    if (filename instanceof URL || (filename !== null && typeof filename === 'object' && typeof filename.href === 'string')) {
      const url = filename instanceof URL ? filename : new URL(filename.href);
      if (url.protocol === 'data:') {
        throw new codes.ERR_NOT_IMPLEMENTED('worker_threads.Worker with a data: URL');
      }
      path = require('url').fileURLToPath(url);
    } else if (typeof filename === 'string') {
      const pathModule = require('path');
      if (!pathModule.isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) {
        throw new codes.ERR_WORKER_PATH(filename);
      }
      path = pathModule.resolve(filename);
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
    }
    return { mainKind: 'file', main: path };
  }

  function envFor(env) {
    if (env === SHARE_ENV) return null;
    const source = env === undefined || env === null ? process.env : env;
    if (typeof source !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options.env', ['object', 'undefined', 'null', 'worker_threads.SHARE_ENV'], env);
    }
    const entries = [];
    for (const key of Object.keys(source)) entries.push([key, String(source[key])]);
    return entries;
  }

  class Worker extends EventEmitter {
    constructor(filename, options = {}) {
      super();
      if (options === null || typeof options !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
      const { mainKind, main } = workerMain(filename, options);
      if (options.execArgv !== undefined && !Array.isArray(options.execArgv)) {
        throw new codes.ERR_INVALID_ARG_TYPE('options.execArgv', 'Array', options.execArgv);
      }
      if (options.argv !== undefined && !Array.isArray(options.argv)) {
        throw new codes.ERR_INVALID_ARG_TYPE('options.argv', 'Array', options.argv);
      }
      if (options.stdin) {
        throw new codes.ERR_NOT_IMPLEMENTED('worker_threads.Worker with the stdin option');
      }
      const name = options.name === undefined ? '' : `${options.name}`;
      const limits = options.resourceLimits;
      const resourceLimits = {};
      if (limits !== undefined && limits !== null) {
        if (typeof limits !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('options.resourceLimits', 'object', limits);
        for (const key of ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb', 'stackSizeMb']) {
          if (typeof limits[key] === 'number') resourceLimits[key] = limits[key];
        }
      }
      const transferList = io.transferListOf(options.transferList);
      const { data, ports, buffers } = io.serialize(
        { workerData: options.workerData, environmentData },
        transferList,
      );
      const spawnOptions = {
        mainKind,
        main,
        argv: (options.argv || []).map(String),
        execArgv: options.execArgv ? options.execArgv.map(String) : null,
        env: envFor(options.env),
        name,
        resourceLimits,
      };
      const [handle, rid, threadId] = ops.op_worker_spawn(spawnOptions, data, ports, buffers);
      this[kHandle] = handle;
      this[kRid] = rid;
      this[kRefed] = true;
      this[kReading] = false;
      this[kPending] = undefined;
      this[kExitCode] = undefined;
      this[kTerminating] = undefined;
      this.threadId = threadId;
      this.resourceLimits = { maxYoungGenerationSizeMb: 0, maxOldGenerationSizeMb: 0, codeRangeSizeMb: 0, stackSizeMb: 4, ...resourceLimits };
      this.threadName = name === '' ? 'WorkerThread' : name;
      this.stdin = null;
      // The worker's output comes through this thread: worker.stdout and stderr, which
      // go on to process.stdout and stderr unless the options ask to keep them.
      const { Readable } = require('stream');
      this.stdout = new Readable({ read() {} });
      this.stderr = new Readable({ read() {} });
      if (!options.stdout) this.stdout.pipe(process.stdout, { end: false });
      if (!options.stderr) this.stderr.pipe(process.stderr, { end: false });
      io.startReading(this, (packet) => this.#deliver(packet), () => this.#exited(1));
      process.emit('worker', this);
    }

    #deliver(packet) {
      switch (packet.kind) {
        case 0: {
          let value;
          try {
            value = io.deserialize(packet);
          } catch (err) {
            this.emit('messageerror', err);
            return;
          }
          this.emit('message', value);
          return;
        }
        case 1:
          this.emit('online');
          return;
        case 2: {
          let err;
          try {
            err = rebuildError(io.deserialize(packet));
          } catch {
            err = new codes.ERR_WORKER_UNSERIALIZABLE_ERROR();
          }
          this.emit('error', err);
          return;
        }
        case 3:
          this.#exited(packet.code);
          return;
        case 4:
          this.emit('error', new codes.ERR_WORKER_INIT_FAILED(new TextDecoder().decode(packet.data)));
          return;
        case 5:
          // The worker's output, written here in order with its messages (and passed on
          // up if this thread is a worker too).
          (packet.code === 2 ? this.stderr : this.stdout).push(packet.data);
          return;
      }
    }

    #exited(code) {
      if (this[kExitCode] !== undefined) return;
      this[kExitCode] = code;
      this[kReading] = false;
      ops.op_worker_port_close(this[kRid]);
      ops.op_worker_release(this[kHandle]);
      this.threadId = -1;
      this.stdout.push(null);
      this.stderr.push(null);
      this.emit('exit', code);
    }

    postMessage(value, transferList) {
      if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('message');
      if (this[kExitCode] !== undefined) return;
      const list = io.transferListOf(transferList);
      const { data, ports, buffers } = io.serialize(value, list);
      ops.op_worker_port_post(this[kRid], data, ports, buffers);
    }

    terminate(callback) {
      if (typeof callback === 'function') {
        process.emitWarning('Passing a callback to worker.terminate() is deprecated. It returns a Promise instead.',
          'DeprecationWarning', 'DEP0132');
        this.once('exit', (code) => callback(null, code));
      }
      if (this[kExitCode] !== undefined) return Promise.resolve();
      if (this[kTerminating] === undefined) {
        // Until it has exited, also when unref()'d: the promise must settle.
        io.setRef(this, true);
        this[kTerminating] = new Promise((resolve) => this.once('exit', resolve));
        ops.op_worker_terminate(this[kHandle]);
      }
      return this[kTerminating];
    }

    ref() {
      io.setRef(this, true);
    }

    unref() {
      io.setRef(this, false);
    }

    getHeapSnapshot() {
      return Promise.reject(new codes.ERR_NOT_IMPLEMENTED('worker.getHeapSnapshot()'));
    }

    getHeapStatistics() {
      return Promise.reject(new codes.ERR_NOT_IMPLEMENTED('worker.getHeapStatistics()'));
    }

    get performance() {
      return { eventLoopUtilization() { return { idle: 0, active: 0, utilization: 0 }; } };
    }
  }

  return {
    isInternalThread: false,
    isMainThread,
    MessagePort: io.MessagePort,
    MessageChannel: io.MessageChannel,
    markAsUncloneable: require('internal/structured_clone').markAsUncloneable,
    markAsUntransferable: io.markAsUntransferable,
    isMarkedAsUntransferable: io.isMarkedAsUntransferable,
    moveMessagePortToContext: errors.notImplementedFunction('worker_threads.moveMessagePortToContext()'),
    receiveMessageOnPort: io.receiveMessageOnPort,
    resourceLimits: isMainThread ? {} : self.resourceLimits,
    postMessageToThread: errors.notImplementedFunction('worker_threads.postMessageToThread()'),
    threadId: isMainThread ? 0 : self.threadId,
    threadName: isMainThread ? '' : (self.name === '' ? 'WorkerThread' : self.name),
    SHARE_ENV,
    Worker,
    parentPort: isMainThread ? null : self.parentPort,
    workerData: isMainThread ? null : self.workerData,
    BroadcastChannel: io.BroadcastChannel,
    setEnvironmentData,
    getEnvironmentData,
  };
})();
