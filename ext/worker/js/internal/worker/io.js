// Message ports and what travels through them: MessagePort, MessageChannel,
// BroadcastChannel, receiveMessageOnPort, and the serializing of a message with its
// transfer list (deno_core's serializer; transferred ArrayBuffers are moved and
// detached here, transferred ports move to the receiving thread).
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const require = internals.require;
  const ops = core.ops;
  const errors = require('internal/errors');
  const { codes } = errors;
  const EventEmitter = require('events');
  const { EventTarget, Event, kListeners: kDomListeners } = require('internal/event_target');

  if (codes.ERR_CONSTRUCT_CALL_INVALID === undefined) errors.E('ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called', TypeError);

  function dataCloneError(message) {
    const { DOMException } = require('internal/dom_exception');
    return new DOMException(message, 'DataCloneError');
  }

  // --- untransferable objects (markAsUntransferable) --------------------------------------
  const untransferable = new WeakSet();
  function markAsUntransferable(object) {
    if ((typeof object === 'object' && object !== null) || typeof object === 'function') untransferable.add(object);
  }
  function isMarkedAsUntransferable(object) {
    return ((typeof object === 'object' && object !== null) || typeof object === 'function') && untransferable.has(object);
  }

  // --- serializing a message ---------------------------------------------------------------
  const kRid = Symbol('kRid');
  const kClosed = Symbol('kClosed');

  // postMessage's second argument: a transfer list (any iterable object) or options
  // with `transfer`; the errors are Node's own, on a plain TypeError.
  function transferListOf(arg) {
    if (arg === undefined || arg === null) return [];
    if (typeof arg !== 'object') throw notIterable('transferList');
    if (typeof arg[Symbol.iterator] === 'function') return listFrom(arg, 'transferList');
    const list = arg.transfer;
    if (list === undefined) return [];
    if (list === null || typeof list !== 'object' || typeof list[Symbol.iterator] !== 'function') {
      throw notIterable('options.transfer');
    }
    return listFrom(list, 'options.transfer');
  }
  function notIterable(what) {
    const err = new TypeError(`Optional ${what} argument must be an iterable`);
    err.code = 'ERR_INVALID_ARG_TYPE';
    return err;
  }
  function listFrom(iterable, what) {
    const iterator = iterable[Symbol.iterator]();
    if (iterator === null || typeof iterator !== 'object' || typeof iterator.next !== 'function') throw notIterable(what);
    const list = [];
    for (;;) {
      const step = iterator.next();
      if (step === null || typeof step !== 'object') throw notIterable(what);
      if (step.done) return list;
      list.push(step.value);
    }
  }

  function onCloneError(message) {
    if (message === 'Unsupported object type') {
      throw dataCloneError('Object that needs transfer was found in message but not listed in transferList');
    }
    throw dataCloneError(message);
  }

  // Errors clone as the structured clone algorithm says (name, message, stack, cause):
  // the engine's serializer takes them as host objects while this brand is in place.
  function withClonableErrors(serializeNow) {
    Object.defineProperty(Error.prototype, core.hostObjectBrand, { value: errorForClone, configurable: true });
    try {
      serializeNow();
    } catch (err) {
      if (err instanceof TypeError) throw dataCloneError(err.message);
      throw err;
    } finally {
      delete Error.prototype[core.hostObjectBrand];
    }
  }

  // -> { data, ports (rids, given up), buffers (store ids) }
  function serialize(value, transferList) {
    const ports = [];
    const buffers = [];
    for (const item of transferList) {
      if (item instanceof MessagePort) {
        if (ports.includes(item)) throw dataCloneError('Transfer list contains duplicate MessagePort');
        if (item[kClosed]) throw dataCloneError('MessagePort in transfer list is already detached');
        if (isMarkedAsUntransferable(item)) throw dataCloneError('An object could not be cloned.');
        ports.push(item);
      } else if (item instanceof ArrayBuffer) {
        if (isMarkedAsUntransferable(item)) throw dataCloneError('An ArrayBuffer is marked as untransferable');
        if (buffers.includes(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
        buffers.push(item);
      } else if (typeof SharedArrayBuffer === 'function' && item instanceof SharedArrayBuffer) {
        // Shared memory is never moved: listing it changes nothing.
      } else {
        throw dataCloneError('Value not transferable');
      }
    }
    if (require('internal/structured_clone').refusesClone(value)) {
      throw dataCloneError('Cannot clone object of unsupported type.');
    }
    // The engine names no value in its message; V8 (and so Node) does.
    if (typeof value === 'symbol') throw dataCloneError(`${String(value)} could not be cloned.`);
    const transferredArrayBuffers = buffers.slice();
    let data;
    withClonableErrors(() => {
      data = core.serialize(value, { hostObjects: ports, transferredArrayBuffers }, onCloneError);
    });
    const rids = ports.map((port) => port[kGiveUp]());
    return { data, ports: rids, buffers: transferredArrayBuffers };
  }

  const kErrorType = 'nodus.clonedError';
  const ERROR_TYPES = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };
  function errorForClone() {
    const name = Object.prototype.hasOwnProperty.call(ERROR_TYPES, this.name) ? this.name : 'Error';
    const clone = { type: kErrorType, name, message: String(this.message), stack: this.stack };
    if (Object.prototype.hasOwnProperty.call(this, 'cause')) clone.cause = this.cause;
    return clone;
  }
  function errorFromClone(clone) {
    const err = new ERROR_TYPES[Object.prototype.hasOwnProperty.call(ERROR_TYPES, clone.name) ? clone.name : 'Error'](clone.message);
    Object.defineProperty(err, 'stack', { value: clone.stack, writable: true, configurable: true, enumerable: false });
    if ('cause' in clone) Object.defineProperty(err, 'cause', { value: clone.cause, writable: true, configurable: true, enumerable: false });
    return err;
  }
  const deserializers = { __proto__: null, [kErrorType]: errorFromClone };

  // A received packet -> the value (ports and buffers taken up here).
  function deserialize(packet) {
    return deserializeWithPorts(packet).value;
  }
  function deserializeWithPorts(packet) {
    const ports = packet.ports.map((rid) => new MessagePort(kCreate, rid));
    const buffers = packet.buffers.slice();
    const value = core.deserialize(packet.data, { hostObjects: ports, transferredArrayBuffers: buffers, deserializers });
    return { value, ports };
  }

  // --- MessagePort -------------------------------------------------------------------------
  const kCreate = Symbol('kCreate');
  const kGiveUp = Symbol('kGiveUp');
  const kEmitter = Symbol('kEmitter');
  const kRefed = Symbol('kRefed');
  const kReading = Symbol('kReading');
  const kPending = Symbol('kPending');
  const kStarted = Symbol('kStarted');
  const kHandlers = Symbol('kHandlers');

  class MessageEvent extends Event {
    #data;
    #ports;
    constructor(type, init) {
      super(type, init);
      this.#data = init && init.data !== undefined ? init.data : null;
      this.#ports = init && init.ports ? init.ports : [];
    }
    get data() {
      return this.#data;
    }
    get ports() {
      return this.#ports;
    }
    get origin() {
      return '';
    }
    get lastEventId() {
      return '';
    }
    get source() {
      return null;
    }
  }

  // The receive loop of a port-like object: `target[kRid]` is read while the target is
  // started; `deliver(packet)` handles each packet, `ended()` a closed channel.
  function startReading(target, deliver, ended) {
    if (target[kReading]) return;
    target[kReading] = true;
    (async () => {
      while (target[kReading]) {
        const pending = ops.op_worker_port_recv(target[kRid]);
        target[kPending] = pending;
        if (!target[kRefed]) core.unrefOpPromise(pending);
        let packet;
        try {
          packet = await pending;
        } catch {
          packet = null;
        }
        target[kPending] = undefined;
        if (packet === null) {
          target[kReading] = false;
          ended();
          return;
        }
        deliver(packet);
      }
    })();
  }

  function setRef(target, refed) {
    target[kRefed] = refed;
    const pending = target[kPending];
    if (pending !== undefined) {
      if (refed) core.refOpPromise(pending);
      else core.unrefOpPromise(pending);
    }
  }

  // on<type> handlers: an event listener in the order they were set, as the DOM has it.
  function getHandler(target, type) {
    const handler = target[kHandlers][type];
    return handler === undefined ? null : handler.fn;
  }
  function setHandler(target, type, fn) {
    const handlers = target[kHandlers];
    const old = handlers[type];
    if (old !== undefined) EventTarget.prototype.removeEventListener.call(target, type, old.wrapper);
    handlers[type] = undefined;
    if (typeof fn === 'function') {
      const wrapper = (event) => fn.call(target, event);
      handlers[type] = { fn, wrapper };
      EventTarget.prototype.addEventListener.call(target, type, wrapper);
    }
  }

  // EventTarget with EventEmitter's methods, as Node's NodeEventTarget: Node-style
  // listeners get the value, DOM-style ones the event. A subclass hears listener
  // changes through [kListenersChanged].
  const kListenersChanged = Symbol('kListenersChanged');
  class NodeEventTarget extends EventTarget {
    constructor() {
      super();
      this[kEmitter] = new EventEmitter();
    }

    [kListenersChanged]() {}

    addEventListener(type, listener, options) {
      super.addEventListener(type, listener, options);
      this[kListenersChanged](type);
    }

    removeEventListener(type, listener, options) {
      super.removeEventListener(type, listener, options);
      this[kListenersChanged](type);
    }

    on(type, listener) {
      this[kEmitter].on(type, listener);
      this[kListenersChanged](type);
      return this;
    }

    addListener(type, listener) {
      return this.on(type, listener);
    }

    once(type, listener) {
      const target = this;
      function once(...args) {
        target.off(type, once);
        return listener.apply(this, args);
      }
      once.listener = listener;
      return this.on(type, once);
    }

    off(type, listener) {
      const emitter = this[kEmitter];
      emitter.removeListener(type, listener);
      for (const l of emitter.listeners(type)) if (l.listener === listener) emitter.removeListener(type, l);
      this[kListenersChanged](type);
      return this;
    }

    removeListener(type, listener) {
      return this.off(type, listener);
    }

    removeAllListeners(type) {
      this[kEmitter].removeAllListeners(type);
      this[kListenersChanged](type === undefined ? 'message' : type);
      return this;
    }

    // Both kinds of listener hear it: DOM ones get an event whose `detail` is the value.
    emit(type, arg) {
      const heard = this[kEmitter].emit(type, arg);
      const event = new Event(type);
      Object.defineProperty(event, 'detail', { value: arg, enumerable: true });
      this.dispatchEvent(event);
      return heard;
    }

    listenerCount(type) {
      return this[kEmitter].listenerCount(type);
    }

    listeners(type) {
      return this[kEmitter].listeners(type);
    }

    eventNames() {
      return this[kEmitter].eventNames();
    }

    setMaxListeners(n) {
      this[kEmitter].setMaxListeners(n);
      return this;
    }

    getMaxListeners() {
      return this[kEmitter].getMaxListeners();
    }
  }

  class MessagePort extends NodeEventTarget {
    constructor(key, rid) {
      if (key !== kCreate) throw new codes.ERR_CONSTRUCT_CALL_INVALID();
      super();
      this[kRid] = rid;
      this[kClosed] = false;
      this[kRefed] = false;
      this[kReading] = false;
      this[kStarted] = false;
      this[kHandlers] = { __proto__: null };
      // A port that is not reading still hears that its channel closed.
      const closing = ops.op_worker_port_wait_close(rid);
      core.unrefOpPromise(closing);
      closing.then((closed) => {
        if (closed && !this[kReading]) this.#ended();
      });
    }

    postMessage(value, transferList) {
      if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('message');
      if (this[kClosed]) return;
      const list = transferListOf(transferList);
      if (list.includes(this)) throw dataCloneError('Transfer list contains source port');
      const { data, ports, buffers } = serialize(value, list);
      ops.op_worker_port_post(this[kRid], data, ports, buffers);
    }

    start() {
      if (this[kClosed]) return;
      this[kStarted] = true;
      startReading(this, (packet) => this.#deliver(packet), () => this.#ended());
    }

    close(callback) {
      if (typeof callback === 'function') this[kEmitter].once('close', callback);
      if (this[kClosed]) return;
      // What already arrived is still delivered (to a started port), then 'close'.
      const arrived = [];
      if (this[kReading]) {
        let packet;
        while ((packet = ops.op_worker_port_try_recv(this[kRid])) !== null) arrived.push(packet);
      }
      this[kClosed] = true;
      this[kReading] = false;
      ops.op_worker_port_close(this[kRid]);
      setImmediate(() => {
        for (const packet of arrived) this.#deliver(packet);
        this.#emit('close');
      });
    }

    ref() {
      if (!this[kClosed]) setRef(this, true);
      return this;
    }

    unref() {
      setRef(this, false);
      return this;
    }

    hasRef() {
      return !this[kClosed] && this[kRefed] && this[kReading];
    }

    // Hands the port's channel end over for a transfer: this object is done.
    [kGiveUp]() {
      this[kClosed] = true;
      this[kReading] = false;
      return this[kRid];
    }

    #deliver(packet) {
      // Nobody listens any more (the last 'message' listener went while this was on its
      // way): keep it, and stop reading, until someone does.
      if (this.#messageListeners() === 0 && !this[kClosed]) {
        this.#held.push(packet);
        this[kReading] = false;
        return;
      }
      let received;
      try {
        received = deserializeWithPorts(packet);
      } catch (err) {
        this.#emit('messageerror', err);
        return;
      }
      this.#emit('message', received.value, received.ports);
    }

    #ended() {
      if (this[kClosed]) return;
      this[kClosed] = true;
      this.#emit('close');
    }

    // Node-style listeners get the value, DOM-style ones a MessageEvent.
    #emit(type, value, ports) {
      const emitter = this[kEmitter];
      if (type === 'close') {
        emitter.emit('close');
        this.dispatchEvent(new Event('close'));
        return;
      }
      emitter.emit(type, value);
      // A MessageEvent only for DOM listeners (onmessage included): most ports have none.
      const list = this[kDomListeners].get(type);
      if (list !== undefined && list.length > 0) this.dispatchEvent(new MessageEvent(type, { data: value, ports }));
    }

    #held = [];

    [kListenersChanged](type) {
      if (type !== 'message' && type !== 'messageerror') return;
      const count = this.#messageListeners();
      if (count > 0) {
        this.ref();
        if (this.#held.length > 0) {
          const held = this.#held;
          this.#held = [];
          process.nextTick(() => {
            for (const packet of held) this.#deliver(packet);
          });
        }
        this.start();
      } else {
        this.unref();
      }
    }

    #messageListeners() {
      const list = this[kDomListeners].get('message');
      return this[kEmitter].listenerCount('message') + (list ? list.length : 0);
    }

    get onmessage() {
      return getHandler(this, 'message');
    }

    set onmessage(fn) {
      setHandler(this, 'message', fn);
      this[kListenersChanged]('message');
    }

    get onmessageerror() {
      return getHandler(this, 'messageerror');
    }

    set onmessageerror(fn) {
      setHandler(this, 'messageerror', fn);
    }

    [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
      return 'MessagePort ' + inspect({ active: !this[kClosed], refed: this.hasRef() }, options);
    }
  }
  // deno_core's serializer writes an object carrying this brand as a host object: its
  // index in the message's transferred ports.
  Object.defineProperty(MessagePort.prototype, core.hostObjectBrand, { value: true });

  class MessageChannel {
    constructor() {
      const [one, two] = ops.op_worker_channel_new();
      this.port1 = new MessagePort(kCreate, one);
      this.port2 = new MessagePort(kCreate, two);
    }
  }

  function receiveMessageOnPort(port) {
    if (!(port instanceof MessagePort) && !(port instanceof BroadcastChannel)) {
      throw new codes.ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
    }
    if (port[kClosed]) return undefined;
    const packet = ops.op_worker_port_try_recv(port[kRid]);
    if (packet === null) return undefined;
    return { message: decode(packet) };
  }

  // A packet of a port or a BroadcastChannel (whose SharedArrayBuffers wait in Rust).
  function decode(packet) {
    if (packet.shared === 0) return deserialize(packet);
    return ops.op_worker_broadcast_decode(packet.data, packet.shared, deserializers);
  }

  // --- BroadcastChannel ----------------------------------------------------------------------
  const kName = Symbol('kName');
  const kId = Symbol('kId');

  function checkChannel(target) {
    if (target === null || typeof target !== 'object' || typeof target[kName] !== 'string') {
      throw new codes.ERR_INVALID_THIS('BroadcastChannel');
    }
  }

  class BroadcastChannel extends EventTarget {
    constructor(name) {
      if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('name');
      if (typeof name === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      super();
      this[kName] = `${name}`;
      const [id, rid] = ops.op_worker_broadcast_join(this[kName]);
      this[kId] = id;
      this[kRid] = rid;
      this[kClosed] = false;
      this[kRefed] = true;
      this[kReading] = false;
      this[kHandlers] = { __proto__: null };
      startReading(this, (packet) => this.#deliver(packet), () => {});
    }

    get name() {
      checkChannel(this);
      return this[kName];
    }

    postMessage(message) {
      checkChannel(this);
      if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('message');
      if (this[kClosed]) {
        const { DOMException } = require('internal/dom_exception');
        throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
      }
      if (require('internal/structured_clone').refusesClone(message)) {
        throw dataCloneError('Cannot clone object of unsupported type.');
      }
      if (typeof message === 'symbol') throw dataCloneError(`${String(message)} could not be cloned.`);
      withClonableErrors(() => ops.op_worker_broadcast_post(this[kName], this[kId], message, onCloneError));
    }

    close() {
      checkChannel(this);
      if (this[kClosed]) return;
      this[kClosed] = true;
      this[kReading] = false;
      ops.op_worker_broadcast_leave(this[kName], this[kId]);
      ops.op_worker_port_close(this[kRid]);
    }

    ref() {
      checkChannel(this);
      if (!this[kClosed]) setRef(this, true);
      return this;
    }

    unref() {
      checkChannel(this);
      setRef(this, false);
      return this;
    }

    #deliver(packet) {
      if (this[kClosed]) return;
      let event;
      try {
        const data = decode(packet);
        event = new MessageEvent('message', { data });
      } catch (err) {
        event = new MessageEvent('messageerror', { data: err });
      }
      this.dispatchEvent(event);
    }

    get onmessage() {
      return getHandler(this, 'message');
    }

    set onmessage(fn) {
      setHandler(this, 'message', fn);
    }

    get onmessageerror() {
      return getHandler(this, 'messageerror');
    }

    set onmessageerror(fn) {
      setHandler(this, 'messageerror', fn);
    }

    [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
      return 'BroadcastChannel ' + inspect({ name: this[kName], active: !this[kClosed] }, options);
    }
  }

  return {
    MessagePort,
    MessageChannel,
    MessageEvent,
    BroadcastChannel,
    receiveMessageOnPort,
    markAsUntransferable,
    isMarkedAsUntransferable,
    serialize,
    deserialize,
    transferListOf,
    startReading,
    setRef,
    kCreate,
    kRid,
    kRefed,
    kReading,
    kPending,
    dataCloneError,
  };
})();
