// Start-up step of a worker thread (nothing on the main thread): takes the worker's
// own facts (threadId, name, its port to the parent, workerData, its environment),
// reports 'online', gives the worker its own copy of process.env unless it shares the
// process's, and routes an uncaught error to the parent's 'error' event.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const require = internals.require;
  const ops = core.ops;
  const info = ops.op_worker_self();
  if (info === null) return;
  const io = require('internal/worker/io');
  const parentPort = new io.MessagePort(io.kCreate, info.parentPort);
  let workerData;
  let environmentData = new Map();
  if (info.data !== null) {
    const both = io.deserialize(info.data);
    workerData = both.workerData;
    environmentData = both.environmentData;
  }
  internals.workerThread = {
    threadId: info.threadId,
    name: info.name,
    parentPort,
    workerData,
    environmentData,
    resourceLimits: info.resourceLimits || {},
  };

  if (info.env !== null) process.env = envCopy(info.env);

  // A worker reads no stdin of the process's (the stdin option is not there yet): its
  // process.stdin is an empty stream.
  Object.defineProperty(process, 'stdin', {
    configurable: true,
    enumerable: true,
    get() {
      const { Readable } = require('stream');
      const stdin = new Readable({ read() {} });
      stdin.push(null);
      Object.defineProperty(process, 'stdin', { value: stdin, configurable: true, enumerable: true, writable: true });
      return stdin;
    },
  });

  // What a thread cannot do to the whole process (Node's list).
  const { codes } = require('internal/errors');
  for (const name of ['abort', 'chdir', 'send', 'disconnect', 'setuid', 'seteuid', 'setgid', 'setegid', 'setgroups', 'initgroups']) {
    const stub = function () {
      throw new codes.ERR_WORKER_UNSUPPORTED_OPERATION(`process.${name}()`);
    };
    stub.disabled = true;
    process[name] = stub;
  }
  for (const name of ['channel', 'connected']) {
    Object.defineProperty(process, name, {
      configurable: true,
      enumerable: false,
      get() {
        throw new codes.ERR_WORKER_UNSUPPORTED_OPERATION(`process.${name}`);
      },
    });
  }
  const umask = process.umask;
  process.umask = function (mask) {
    if (mask !== undefined) throw new codes.ERR_WORKER_UNSUPPORTED_OPERATION('Setting process.umask()');
    return umask.call(process);
  };

  // The uncaught error, serialized as the parent rebuilds it: an Error keeps its class
  // name, message, stack and own properties.
  internals.sendFatalToParent = (err) => {
    let value;
    if (err instanceof Error || (err !== null && typeof err === 'object' && typeof err.stack === 'string')) {
      const props = {};
      for (const key of Object.keys(err)) {
        try {
          props[key] = core.structuredClone(err[key]);
        } catch {
          // a property that does not clone stays behind
        }
      }
      value = { error: true, name: err.name, message: err.message, stack: err.stack, props };
    } else {
      try {
        value = { error: false, value: core.structuredClone(err) };
      } catch {
        value = { error: false, value: String(err) };
      }
    }
    ops.op_worker_port_post_error(info.parentPort, core.serialize(value));
  };

  // process.env of a worker: a copy with Node's string coercion.
  function envCopy(entries) {
    const store = { __proto__: null };
    for (const [k, v] of entries) store[k] = v;
    return new Proxy(store, {
      set(target, key, value) {
        target[key] = String(value);
        return true;
      },
      defineProperty(target, key, desc) {
        if (!desc.configurable || !desc.writable || !desc.enumerable || !('value' in desc)) {
          const err = new TypeError('\'process.env\' only accepts a configurable, writable, and enumerable data descriptor');
          err.code = 'ERR_INVALID_OBJECT_DEFINE_PROPERTY';
          throw err;
        }
        target[key] = String(desc.value);
        return true;
      },
    });
  }
})();
