// internal/webstreams/util -- queues, promise helpers, strategy and buffer helpers for the web streams
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE } = codes;

  // --- queues ---------------------------------------------------------------------------------
  // A FIFO on a power-of-two ring: push and shift are O(1), with no Array#shift.
  function emptySlots(n) {
    const a = [];
    for (let i = 0; i < n; i++) a.push(undefined);
    return a;
  }

  class Ring {
    constructor() {
      this.buf = emptySlots(8);
      this.head = 0;
      this.length = 0;
    }
    push(v) {
      let buf = this.buf;
      if (this.length === buf.length) buf = this.grow();
      buf[(this.head + this.length) & (buf.length - 1)] = v;
      this.length++;
    }
    shift() {
      const buf = this.buf;
      const head = this.head;
      const v = buf[head];
      buf[head] = undefined;
      this.head = (head + 1) & (buf.length - 1);
      this.length--;
      return v;
    }
    peek() {
      return this.buf[this.head];
    }
    grow() {
      return growRing(this);
    }
  }

  // Doubles a ring's slots (a power of two), its items from slot 0 in order.
  function growRing(q) {
    const old = q.buf;
    const n = old.length;
    const buf = [];
    for (let i = 0; i < n; i++) buf.push(old[(q.head + i) & (n - 1)]);
    for (let i = 0; i < n; i++) buf.push(undefined);
    q.buf = buf;
    q.head = 0;
    return buf;
  }

  // The spec's queue-with-sizes: values and their sizes on one ring of pairs.
  class SizeQueue {
    constructor() {
      this.buf = emptySlots(16);
      this.head = 0;
      this.length = 0;
      this.totalSize = 0;
    }
    push(value, size) {
      let buf = this.buf;
      if (this.length * 2 === buf.length) buf = this.grow();
      const i = (this.head + this.length * 2) & (buf.length - 1);
      buf[i] = value;
      buf[i + 1] = size;
      this.length++;
      this.totalSize += size;
    }
    shift() {
      const buf = this.buf;
      const head = this.head;
      const value = buf[head];
      const size = buf[head + 1];
      buf[head] = undefined;
      this.head = (head + 2) & (buf.length - 1);
      this.length--;
      if (this.length === 0) this.totalSize = 0;
      else {
        this.totalSize -= size;
        if (this.totalSize < 0) this.totalSize = 0; // rounding
      }
      return value;
    }
    peek() {
      return this.buf[this.head];
    }
    grow() {
      return growRing(this);
    }
  }

  // EnqueueValueWithSize: a size must be a finite number >= 0.
  function enqueueValueWithSize(queue, value, size) {
    if (typeof size !== 'number' || !(size >= 0) || size === Infinity) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
    }
    queue.push(value, size);
  }

  // --- promises -------------------------------------------------------------------------------
  // Captured at load, so that user code replacing Promise.prototype.then does not see ours.
  const $Promise = Promise;
  const $then = Promise.prototype.then;
  const $resolve = Promise.resolve;
  const $reject = Promise.reject;
  function noop() {}
  function resolved(v) {
    return $resolve.call($Promise, v);
  }
  function rejected(e) {
    return $reject.call($Promise, e);
  }
  function then(p, onFulfilled, onRejected) {
    return $then.call(p, onFulfilled, onRejected);
  }
  // Spec's "upon fulfillment / upon rejection": reactions whose own promise nobody sees.
  function react(p, onFulfilled, onRejected) {
    $then.call(p, onFulfilled, onRejected === undefined ? noop : onRejected);
  }
  function setHandled(p) {
    $then.call(p, undefined, noop);
  }
  function rejectedHandled(e) {
    const p = $reject.call($Promise, e);
    $then.call(p, undefined, noop);
    return p;
  }
  // A promise with its resolving functions.
  function deferred() {
    let resolve, reject;
    const promise = new $Promise((a, b) => {
      resolve = a;
      reject = b;
    });
    return { promise, resolve, reject };
  }
  // Call fn with this and arguments, as a promise (a throw is a rejection).
  function promiseCall(fn, thisArg, arg) {
    try {
      return $resolve.call($Promise, fn.call(thisArg, arg));
    } catch (e) {
      return $reject.call($Promise, e);
    }
  }
  function promiseCall2(fn, thisArg, a, b) {
    try {
      return $resolve.call($Promise, fn.call(thisArg, a, b));
    } catch (e) {
      return $reject.call($Promise, e);
    }
  }
  const kResolvedUndefined = resolved(undefined);
  function returnResolved() {
    return kResolvedUndefined;
  }

  // --- arguments --------------------------------------------------------------------------------
  function isObject(v) {
    return v !== null && (typeof v === 'object' || typeof v === 'function');
  }
  // An optional dictionary argument: undefined or null is empty, anything else must be an object.
  function validateDictionary(v, name) {
    if (v != null && !isObject(v)) throw new ERR_INVALID_ARG_TYPE(name, 'Object', v);
  }
  function optionalFunction(v, name) {
    if (v !== undefined && typeof v !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', v);
    return v;
  }
  // ExtractHighWaterMark, given the strategy's highWaterMark member.
  function extractHighWaterMark(hwm, defaultHWM) {
    if (hwm === undefined) return defaultHWM;
    const n = typeof hwm === 'number' ? hwm : typeof hwm === 'symbol' || typeof hwm === 'bigint' ? NaN : +hwm;
    if (n !== n || n < 0) throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', hwm);
    return n;
  }
  // ExtractSizeAlgorithm: undefined stands for the default (every chunk is 1).
  function extractSizeAlgorithm(size) {
    if (size === undefined) return undefined;
    if (typeof size !== 'function') throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
    return size;
  }
  // The strategy's members, read once (highWaterMark, then size).
  function readStrategy(strategy) {
    validateDictionary(strategy, 'strategy');
    if (strategy == null) return { hwm: undefined, size: undefined };
    return { hwm: strategy.highWaterMark, size: strategy.size };
  }

  // --- buffers ----------------------------------------------------------------------------------
  const detachedGetter = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'detached');
  const $transfer = ArrayBuffer.prototype.transfer;
  const $slice = ArrayBuffer.prototype.slice;
  function isDetached(buffer) {
    if (detachedGetter !== undefined) return detachedGetter.get.call(buffer);
    return false;
  }
  // TransferArrayBuffer: a new ArrayBuffer with the bytes; the old one is detached.
  function transferArrayBuffer(buffer) {
    if (isDetached(buffer)) throw new ERR_INVALID_STATE.TypeError('The ArrayBuffer is detached');
    if ($transfer !== undefined) return $transfer.call(buffer);
    return $slice.call(buffer, 0);
  }
  function cloneArrayBuffer(buffer, byteOffset, byteLength) {
    return $slice.call(buffer, byteOffset, byteOffset + byteLength);
  }
  function copyBytes(dest, destOffset, src, srcOffset, n) {
    new Uint8Array(dest, destOffset, n).set(new Uint8Array(src, srcOffset, n));
  }

  // --- inspection -------------------------------------------------------------------------------
  const kInspect = Symbol.for('nodejs.util.inspect.custom');
  // util.inspect of a stream object: its class name and a few of its fields.
  function inspectWith(self, name, fields, depth, options, inspect) {
    if (depth < 0) return self;
    const opts = Object.assign({}, options, { depth: options.depth == null ? null : options.depth - 1 });
    return name + ' ' + inspect(fields, opts);
  }

  return {
    Ring,
    SizeQueue,
    enqueueValueWithSize,
    noop,
    resolved,
    rejected,
    rejectedHandled,
    then,
    react,
    setHandled,
    deferred,
    promiseCall,
    promiseCall2,
    returnResolved,
    kResolvedUndefined,
    isObject,
    validateDictionary,
    optionalFunction,
    extractHighWaterMark,
    extractSizeAlgorithm,
    readStrategy,
    isDetached,
    transferArrayBuffer,
    cloneArrayBuffer,
    copyBytes,
    kInspect,
    inspectWith,
  };
})();
