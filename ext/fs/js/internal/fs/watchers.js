// internal/fs/watchers -- fs.watch (FSWatcher, over the inotify ops of ext/fs/src/watch.rs),
// fs.watchFile/unwatchFile (StatWatcher: stat polling, as libuv's uv_fs_poll does it) and
// fsPromises.watch (an async iterator over the same ops).
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const EventEmitter = require('events');
  const { Buffer } = require('buffer');
  const errors = require('internal/errors');
  const { codes } = errors;
  const validators = require('internal/validators');
  const pathModule = require('path');
  const u = require('internal/fs/utils');

  function encodeName(name, encoding) {
    if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return name;
    const buf = Buffer.from(name);
    return encoding === 'buffer' ? buf : buf.toString(encoding);
  }

  // The error Node throws when a path cannot be watched; `filename` names it too.
  function watchError(err, filename) {
    if (err && typeof err === 'object') err.filename = filename;
    return err;
  }

  // --- fs.watch ------------------------------------------------------------------------

  const kStart = Symbol('kFSWatchStart');

  class FSWatcher extends EventEmitter {
    constructor() {
      super();
      this._rid = null;
      this._closed = false;
      this._ref = true;
      this._pending = null;
      this._encoding = undefined;
    }

    [kStart](filename, persistent, recursive, encoding) {
      if (this._closed || this._rid !== null) return;
      const path = u.getValidatedPath(filename, 'filename');
      try {
        this._rid = ops.op_fs_watch_start(path, !!recursive);
      } catch (err) {
        throw watchError(err, path);
      }
      this._ref = persistent !== false;
      this._encoding = encoding;
      this._read();
    }

    _read() {
      if (this._closed) return;
      const p = ops.op_fs_watch_next(this._rid);
      this._pending = p;
      if (!this._ref) core.unrefOpPromise(p);
      p.then((events) => {
        this._pending = null;
        if (this._closed) return;
        for (const [eventType, name] of events) {
          if (this._closed) return;
          this.emit('change', eventType, encodeName(name, this._encoding));
        }
        this._read();
      }, (err) => {
        this._pending = null;
        if (this._closed) return;
        this._stop();
        this.emit('error', err);
      });
    }

    _stop() {
      if (this._rid !== null) ops.op_fs_watch_close(this._rid);
      this._closed = true;
    }

    close() {
      if (this._closed) return;
      this._stop();
      process.nextTick(() => this.emit('close'));
    }

    ref() {
      this._ref = true;
      if (this._pending) core.refOpPromise(this._pending);
      return this;
    }

    unref() {
      this._ref = false;
      if (this._pending) core.unrefOpPromise(this._pending);
      return this;
    }
  }

  function watch(filename, options, listener) {
    if (typeof options === 'function') {
      listener = options;
      options = undefined;
    }
    options = { ...u.getOptions(options) };
    if (options.persistent === undefined) options.persistent = true;
    if (options.recursive === undefined) options.recursive = false;
    if (options.signal !== undefined) validators.validateAbortSignal(options.signal, 'options.signal');
    const watcher = new FSWatcher();
    watcher[kStart](filename, options.persistent, options.recursive, options.encoding);
    if (listener) watcher.addListener('change', listener);
    const signal = options.signal;
    if (signal) {
      if (signal.aborted) {
        process.nextTick(() => watcher.close());
      } else {
        const onAbort = () => watcher.close();
        signal.addEventListener('abort', onAbort, { once: true });
        watcher.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }
    return watcher;
  }

  // --- fsPromises.watch ----------------------------------------------------------------

  async function* watchAsync(filename, options = {}) {
    const path = u.getValidatedPath(filename, 'filename');
    validators.validateObject(options, 'options');
    const {
      persistent = true, recursive = false, encoding = 'utf8', signal,
      maxQueue = 2048, overflow = 'ignore',
    } = options;
    validators.validateBoolean(persistent, 'options.persistent');
    validators.validateBoolean(recursive, 'options.recursive');
    validators.validateInteger(maxQueue, 'options.maxQueue');
    validators.validateOneOf(overflow, 'options.overflow', ['ignore', 'error']);
    if (signal !== undefined) validators.validateAbortSignal(signal, 'options.signal');
    if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
      throw new codes.ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
    }
    if (signal?.aborted) throw new errors.AbortError(undefined, { cause: signal.reason });

    let rid;
    try {
      rid = ops.op_fs_watch_start(path, recursive);
    } catch (err) {
      throw watchError(err, path);
    }
    let onAbort;
    const aborted = signal === undefined ? null : new Promise((resolve) => {
      onAbort = () => {
        ops.op_fs_watch_close(rid);
        resolve(null);
      };
      signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      for (;;) {
        const next = ops.op_fs_watch_next(rid);
        if (!persistent) core.unrefOpPromise(next);
        const events = await (aborted === null ? next : Promise.race([next, aborted]));
        if (signal?.aborted) throw new errors.AbortError(undefined, { cause: signal.reason });
        if (events === null || events.length === 0) return;
        for (const [eventType, name] of events) {
          if (signal?.aborted) throw new errors.AbortError(undefined, { cause: signal.reason });
          yield { __proto__: null, eventType, filename: encodeName(name, encoding) };
        }
      }
    } finally {
      ops.op_fs_watch_close(rid);
      if (onAbort) signal.removeEventListener('abort', onAbort);
    }
  }

  // --- fs.watchFile --------------------------------------------------------------------

  const kStatStart = Symbol('kFSStatWatcherStart');
  const kRefs = Symbol('kFSStatWatcherAddOrCleanRef');
  const zeroStats = new Array(18).fill(0);

  // Whether two polls saw the same file (the fields uv_fs_poll compares).
  function sameStat(a, b) {
    for (const i of [0, 1, 3, 4, 7, 8, 12, 13, 14, 15, 16, 17]) {
      if (a[i] !== b[i]) return false;
    }
    return true;
  }

  class StatWatcher extends EventEmitter {
    constructor(bigint) {
      super();
      this._bigint = !!bigint;
      this._timer = null;
      this._refs = 1;
      this._persistent = true;
      this._active = false;
      this._stats = zeroStats; // what the last successful poll saw
      this._status = 0; // libuv's busy_polling: 0 before the first poll, 1 ok, < 0 an error
      this._oldStatus = -1; // the status of the last 'change' emitted (Node's kOldStatus)
    }

    [kStatStart](filename, persistent, interval) {
      if (this._active) return;
      this._active = true;
      this._persistent = persistent;
      this._filename = filename;
      this._interval = interval;
      this._poll();
    }

    _poll() {
      const started = Date.now();
      ops.op_fs_stat(this._filename, true).then((n) => this._polled(n, 0), (err) => this._polled(null, err.errno || -1))
        .then(() => {
          if (!this._active) return;
          const wait = this._interval - ((Date.now() - started) % this._interval);
          this._timer = setTimeout(() => this._poll(), wait);
          if (!this._persistent || this._refs === 0) this._timer.unref();
        });
    }

    _polled(numbers, errno) {
      if (!this._active) return;
      if (errno !== 0) {
        // libuv reports an error once, until the next change of status; Node then
        // emits it as zeroed Stats (also for a path missing from the start).
        if (this._status !== errno) {
          const prev = this._stats;
          this._status = errno;
          this._stats = zeroStats;
          if (!(this._oldStatus === -1 && errno === -1 && prev[2] === 0)) this._emit(zeroStats, prev, errno);
        }
        return;
      }
      const prev = this._stats;
      if (this._status !== 0 && (this._status < 0 || !sameStat(prev, numbers))) {
        this._emit(numbers, prev, 0);
      }
      this._stats = numbers;
      this._status = 1;
    }

    _emit(curr, prev, status) {
      this._oldStatus = status;
      this.emit('change', u.makeStats(curr, this._bigint), u.makeStats(prev, this._bigint));
    }

    [kRefs](operation) {
      if (operation === 'add') this._refs++;
      else if (operation === 'clean') this._refs--;
      else this._refs = 0;
      this._syncRef();
    }

    _syncRef() {
      if (this._timer === null) return;
      if (this._persistent && this._refs > 0) this._timer.ref();
      else this._timer.unref();
    }

    stop() {
      if (!this._active) return;
      this._active = false;
      clearTimeout(this._timer);
      this._timer = null;
      process.nextTick(() => this.emit('stop'));
    }

    ref() {
      this._persistent = true;
      this._syncRef();
      return this;
    }

    unref() {
      this._persistent = false;
      this._syncRef();
      return this;
    }
  }

  const statWatchers = new Map();

  function watchFile(filename, options, listener) {
    filename = pathModule.resolve(u.getValidatedPath(filename));
    if (options === null || typeof options !== 'object') {
      listener = options;
      options = null;
    }
    options = { interval: 5007, persistent: true, ...options };
    validators.validateFunction(listener, 'listener');
    let stat = statWatchers.get(filename);
    if (stat === undefined) {
      stat = new StatWatcher(options.bigint);
      validators.validateUint32(options.interval, 'interval');
      stat[kStatStart](filename, options.persistent, options.interval);
      statWatchers.set(filename, stat);
    } else {
      stat[kRefs]('add');
    }
    stat.addListener('change', listener);
    return stat;
  }

  function unwatchFile(filename, listener) {
    filename = pathModule.resolve(u.getValidatedPath(filename));
    const stat = statWatchers.get(filename);
    if (stat === undefined) return;
    if (typeof listener === 'function') {
      const before = stat.listenerCount('change');
      stat.removeListener('change', listener);
      if (stat.listenerCount('change') < before) stat[kRefs]('clean');
    } else {
      stat.removeAllListeners('change');
      stat[kRefs]('cleanAll');
    }
    if (stat.listenerCount('change') === 0) {
      stat.stop();
      statWatchers.delete(filename);
    }
  }

  return { FSWatcher, StatWatcher, watch, watchAsync, watchFile, unwatchFile };
})();
