// node:cluster in the primary: fork() starts workers, answers their listen() queries
// with a shared listening socket (internal/cluster/handles) and reports what they do.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const EventEmitter = require('events');
  const Worker = require('internal/cluster/worker');
  const { send, receiver } = require('internal/cluster/messages');
  const { SharedHandle, RoundRobinHandle } = require('internal/cluster/handles');

  const SCHED_NONE = 1;
  const SCHED_RR = 2;

  const cluster = new EventEmitter();
  // Says when the last worker is gone (cluster.disconnect's callback).
  const intercom = new EventEmitter();
  const handles = new Map();
  let ids = 0;
  let initialized = false;
  let schedulingPolicy;

  cluster.isWorker = false;
  cluster.isMaster = true;
  cluster.isPrimary = true;
  cluster.Worker = Worker;
  cluster.workers = {};
  cluster.settings = {};
  cluster.SCHED_NONE = SCHED_NONE;
  cluster.SCHED_RR = SCHED_RR;
  const policyFromEnv = process.env.NODE_CLUSTER_SCHED_POLICY;
  cluster.schedulingPolicy = policyFromEnv === 'none' ? SCHED_NONE : SCHED_RR;

  function emitSetupNT(settings) {
    cluster.emit('setup', settings);
  }

  cluster.setupPrimary = function setupPrimary(options) {
    const settings = {
      args: process.argv.slice(2),
      exec: process.argv[1],
      execArgv: process.execArgv,
      silent: false,
      ...cluster.settings,
      ...options,
    };
    cluster.settings = settings;
    if (!initialized) {
      initialized = true;
      // The policy is fixed by the first fork (or setup), as in Node.
      schedulingPolicy = cluster.schedulingPolicy;
      if (schedulingPolicy !== SCHED_NONE && schedulingPolicy !== SCHED_RR) {
        const { codes } = require('internal/errors');
        throw new codes.ERR_INTERNAL_ASSERTION(`Bad cluster.schedulingPolicy: ${schedulingPolicy}`);
      }
    }
    process.nextTick(emitSetupNT, settings);
  };
  cluster.setupMaster = cluster.setupPrimary;

  function emitForkNT(worker) {
    cluster.emit('fork', worker);
  }

  cluster.fork = function fork(env) {
    cluster.setupPrimary();
    const id = ++ids;
    const settings = cluster.settings;
    const proc = require('child_process').fork(settings.exec, settings.args, {
      cwd: settings.cwd,
      env: { ...process.env, ...env, NODE_UNIQUE_ID: `${id}` },
      serialization: settings.serialization,
      silent: settings.silent,
      windowsHide: settings.windowsHide,
      execArgv: settings.execArgv,
      stdio: settings.stdio,
      gid: settings.gid,
      uid: settings.uid,
    });
    const worker = new Worker({ id, process: proc });
    worker.on('message', function (message, handle) {
      cluster.emit('message', this, message, handle);
    });
    proc.once('exit', (code, signal) => {
      // Kept in cluster.workers until both the process and its channel are gone.
      if (!worker.isConnected()) {
        removeHandlesForWorker(worker);
        removeWorker(worker);
      }
      worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
      worker.state = 'dead';
      worker.emit('exit', code, signal);
      cluster.emit('exit', worker, code, signal);
    });
    proc.once('disconnect', () => {
      removeHandlesForWorker(worker);
      if (worker.isDead()) removeWorker(worker);
      worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
      worker.state = 'disconnected';
      worker.emit('disconnect');
      cluster.emit('disconnect', worker);
    });
    proc.on('internalMessage', receiver(worker, onWorkerMessage));
    process.nextTick(emitForkNT, worker);
    cluster.workers[id] = worker;
    return worker;
  };

  cluster.disconnect = function disconnect(callback) {
    const workers = Object.values(cluster.workers);
    if (workers.length === 0) {
      process.nextTick(() => intercom.emit('disconnect'));
    } else {
      for (const worker of workers) {
        if (worker.isConnected()) worker.disconnect();
      }
    }
    if (typeof callback === 'function') intercom.once('disconnect', callback);
  };

  // Says 'disconnect' each time a worker goes while none is left (as Node does), so that
  // cluster.disconnect()'s callback, added after the workers were told, still hears it.
  function removeWorker(worker) {
    if (cluster.workers[worker.id] === worker) delete cluster.workers[worker.id];
    if (Object.keys(cluster.workers).length === 0) intercom.emit('disconnect');
  }

  function removeHandlesForWorker(worker) {
    for (const [key, handle] of handles) {
      if (handle.remove(worker)) handles.delete(key);
    }
  }

  // `this` is the worker.
  function onWorkerMessage(message) {
    const worker = this;
    switch (message.act) {
      case 'online':
        worker.state = 'online';
        worker.emit('online');
        cluster.emit('online', worker);
        break;
      case 'queryServer':
        queryServer(worker, message);
        break;
      case 'listening': {
        const info = {
          addressType: message.addressType,
          address: message.address,
          port: message.port,
          fd: message.fd,
        };
        worker.state = 'listening';
        worker.emit('listening', info);
        cluster.emit('listening', worker, info);
        break;
      }
      case 'exitedAfterDisconnect':
        worker.exitedAfterDisconnect = true;
        send(worker.process, { ack: message.seq });
        break;
      case 'close': {
        const handle = handles.get(message.key);
        if (handle !== undefined && handle.remove(worker)) handles.delete(message.key);
        break;
      }
    }
  }

  function queryServer(worker, query) {
    if (worker.exitedAfterDisconnect) return;
    const key = `${query.address}:${query.port}:${query.addressType}:${query.fd}:${query.index}`;
    let handle = handles.get(key);
    if (handle === undefined) {
      handle = schedulingPolicy === SCHED_RR ? new RoundRobinHandle(key, query) : new SharedHandle(key, query);
      handles.set(key, handle);
    }
    handle.add(worker, (error, answer, fd) => {
      const reply = { key, ack: query.seq, ...answer };
      if (error !== null) {
        handles.delete(key);
        reply.errno = error.errno;
        reply.code = error.code;
      }
      if (!send(worker.process, reply, fd) && fd !== undefined) ops.op_cp_close_fd(fd.fd);
    });
  }

  // The primary's side of a worker.
  Worker.prototype.disconnect = function disconnect() {
    this.exitedAfterDisconnect = true;
    send(this.process, { act: 'disconnect' });
    removeHandlesForWorker(this);
    removeWorker(this);
    return this;
  };
  Worker.prototype.destroy = function destroy(signal) {
    this.process.kill(signal || 'SIGTERM');
  };

  return cluster;
})();
