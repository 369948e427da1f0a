// node:worker_threads -- what the main thread knows (isMainThread, threadId 0, no parent
// port, environment data), so that packages which check where they run (pino, undici)
// load. nodus runs one JavaScript thread: Worker, MessageChannel, MessagePort,
// BroadcastChannel and the port functions throw ERR_NOT_IMPLEMENTED.
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { codes } = require('internal/errors');

  function unavailable(name) {
    return class {
      constructor() {
        throw new codes.ERR_NOT_IMPLEMENTED(`worker_threads.${name}`);
      }
    };
  }
  const notImplemented = (name) => require('internal/errors').notImplementedFunction(`worker_threads.${name}()`);

  const untransferable = new WeakSet();
  function markAsUntransferable(object) {
    if ((typeof object === 'object' && object !== null) || typeof object === 'function') untransferable.add(object);
  }
  function isMarkedAsUntransferable(object) {
    return ((typeof object === 'object' && object !== null) || typeof object === 'function') && untransferable.has(object);
  }

  // What setEnvironmentData() stores is what a Worker would start with; here it is just
  // kept for getEnvironmentData().
  const environmentData = new Map();
  function setEnvironmentData(key, value) {
    if (value === undefined) environmentData.delete(key);
    else environmentData.set(key, value);
  }
  function getEnvironmentData(key) {
    return environmentData.get(key);
  }

  return {
    isInternalThread: false,
    isMainThread: true,
    MessagePort: unavailable('MessagePort'),
    MessageChannel: unavailable('MessageChannel'),
    markAsUncloneable: require('internal/structured_clone').markAsUncloneable,
    markAsUntransferable,
    isMarkedAsUntransferable,
    moveMessagePortToContext: notImplemented('moveMessagePortToContext'),
    receiveMessageOnPort: notImplemented('receiveMessageOnPort'),
    resourceLimits: {},
    postMessageToThread: notImplemented('postMessageToThread'),
    threadId: 0,
    threadName: '',
    SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
    Worker: unavailable('Worker'),
    parentPort: null,
    workerData: null,
    BroadcastChannel: unavailable('BroadcastChannel'),
    setEnvironmentData,
    getEnvironmentData,
  };
})();
