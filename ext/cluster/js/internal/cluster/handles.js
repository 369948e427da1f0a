// The primary's listening sockets, one per distinct listen() of the workers (the key
// says address, port and how many servers a worker had already listened with there).
//
// RoundRobinHandle (SCHED_RR): the primary accepts and hands each connection to the next
// free worker; a worker is free again once it has answered that it took the last one.
// SharedHandle (SCHED_NONE): every worker gets the listening socket and accepts itself.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const { send } = require('internal/cluster/messages');
  const { RawHandle } = require('internal/child_process/ipc');

  const netInternal = require('internal/net');

  // Binds what a worker's queryServer asks for: { rid, address } or throws Node's error.
  function bind(query) {
    if (query.port < 0) return netInternal.listenUnix(query.address, query.backlog);
    return netInternal.listenTcp(query.address === null ? undefined : query.address, query.port, query.backlog, query.flags);
  }

  class SharedHandle {
    constructor(key, query) {
      this.key = key;
      this.workers = new Map();
      this.error = null;
      this.rid = -1;
      try {
        this.rid = bind(query).rid;
      } catch (err) {
        this.error = err;
      }
    }

    // Answers the worker's query: `reply(error, answer, handle)`.
    add(worker, reply) {
      if (this.error !== null) {
        reply(this.error, null, undefined);
        return;
      }
      this.workers.set(worker.id, worker);
      reply(null, null, new RawHandle(ops.op_net_listener_dup_fd(this.rid), 'net.Native'));
    }

    // True when no worker uses the socket any more (it is closed then).
    remove(worker) {
      if (!this.workers.delete(worker.id) || this.workers.size !== 0) return false;
      core.tryClose(this.rid);
      this.rid = -1;
      return true;
    }
  }

  class RoundRobinHandle {
    constructor(key, query) {
      this.key = key;
      this.all = new Map();
      this.free = new Map();
      // Accepted connections (socket rids) no worker has yet.
      this.pending = [];
      // The connection each worker was sent and has not answered for.
      this.inFlight = new Map();
      this.error = null;
      this.rid = -1;
      this.sockname = null;
      try {
        const l = bind(query);
        this.rid = l.rid;
        if (typeof l.address === 'object') this.sockname = l.address;
      } catch (err) {
        this.error = err;
        return;
      }
      this.acceptLoop(this.rid);
    }

    add(worker, reply) {
      if (this.error !== null) {
        reply(this.error, null, undefined);
        return;
      }
      this.all.set(worker.id, worker);
      reply(null, { sockname: this.sockname }, undefined);
      this.handoff(worker);
    }

    remove(worker) {
      if (!this.all.delete(worker.id)) return false;
      this.free.delete(worker.id);
      // A connection sent to a worker that went away with it cannot be told apart from one
      // it was serving: close it rather than serve it twice.
      const lost = this.inFlight.get(worker.id);
      if (lost !== undefined) {
        this.inFlight.delete(worker.id);
        core.tryClose(lost);
      }
      if (this.all.size !== 0) return false;
      for (const rid of this.pending) core.tryClose(rid);
      this.pending = [];
      core.tryClose(this.rid);
      this.rid = -1;
      return true;
    }

    async acceptLoop(rid) {
      while (this.rid === rid) {
        let info;
        try {
          info = await ops.op_net_accept(rid);
        } catch (_) {
          // EMFILE and friends: breathe, and keep accepting.
          await new Promise((resolve) => setTimeout(resolve, 10).unref());
          continue;
        }
        if (info === null || this.rid !== rid) {
          if (info !== null) core.tryClose(info[0]);
          break;
        }
        this.distribute(info[0]);
      }
    }

    distribute(connRid) {
      this.pending.push(connRid);
      const next = this.free.values().next();
      if (!next.done) {
        this.free.delete(next.value.id);
        this.handoff(next.value);
      }
    }

    handoff(worker) {
      if (!this.all.has(worker.id)) return;
      const connRid = this.pending.shift();
      if (connRid === undefined) {
        this.free.set(worker.id, worker);
        return;
      }
      let fd;
      try {
        fd = ops.op_net_dup_fd(connRid);
      } catch (_) {
        core.tryClose(connRid);
        this.handoff(worker);
        return;
      }
      this.inFlight.set(worker.id, connRid);
      const sent = send(worker.process, { act: 'newconn', key: this.key }, new RawHandle(fd, 'net.Native'), (answer) => {
        if (this.inFlight.get(worker.id) !== connRid) return;
        this.inFlight.delete(worker.id);
        // Ours closes once the worker has its own; a worker that is shutting down says
        // no, and the next one gets it.
        if (answer.accepted) core.tryClose(connRid);
        else if (this.rid !== -1) this.distribute(connRid);
        else core.tryClose(connRid);
        this.handoff(worker);
      }, (err) => {
        if (!err || this.inFlight.get(worker.id) !== connRid) return;
        // The worker is gone (its 'exit' will come): the descriptor went with the failed
        // write, and the connection goes to another worker.
        this.inFlight.delete(worker.id);
        if (this.rid !== -1) this.distribute(connRid);
        else core.tryClose(connRid);
      });
      if (!sent) {
        this.inFlight.delete(worker.id);
        ops.op_cp_close_fd(fd);
        this.pending.unshift(connRid);
      }
    }
  }

  return { SharedHandle, RoundRobinHandle };
})();
