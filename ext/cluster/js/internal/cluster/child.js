// node:cluster in a worker: listen() asks the primary for the socket (node:net's cluster
// hook), connections come from it in round-robin mode, and disconnect() closes this
// worker's servers before the channel.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const EventEmitter = require('events');
  const Worker = require('internal/cluster/worker');
  const { send, receiver } = require('internal/cluster/messages');

  const cluster = new EventEmitter();
  // The servers listening through the primary, by the primary's key.
  const handles = new Map();
  // How many servers listen on each address, so that the n-th of every worker shares one
  // socket (part of the key).
  const indexes = new Map();
  const kAnnounce = Symbol('announceListening');

  cluster.isWorker = true;
  cluster.isMaster = false;
  cluster.isPrimary = false;
  cluster.worker = null;
  cluster.Worker = Worker;

  const netInternal = require('internal/net');

  // Called by the bootstrap of a process that cluster.fork() started.
  cluster._setupWorker = function _setupWorker() {
    const worker = new Worker({ id: +process.env.NODE_UNIQUE_ID | 0, process, state: 'online' });
    cluster.worker = worker;
    process.once('disconnect', () => {
      worker.emit('disconnect');
      // The primary went away (or closed the channel unasked): nothing to serve for.
      if (!worker.exitedAfterDisconnect) process.exit(0);
    });
    process.on('internalMessage', receiver(worker, onPrimaryMessage));
    netInternal.setClusterListen(listenThroughPrimary);
    send(process, { act: 'online' });
  };

  function onPrimaryMessage(message, handle) {
    if (message.act === 'newconn') onConnection(message, handle);
    else if (message.act === 'disconnect') disconnectWorker(this, true);
  }

  function onConnection(message, handle) {
    if (handle === undefined) return;
    const server = handles.get(message.key);
    let accepted = false;
    if (server !== undefined && server._clusterHandle !== null) accepted = server._adoptConnection(handle.fd);
    else ops.op_cp_close_fd(handle.fd);
    send(process, { ack: message.seq, accepted });
  }

  // node:net's listen() in a worker: `o` is its normalized arguments.
  function listenThroughPrimary(server, o) {
    const isPath = o.path !== undefined;
    const address = isPath ? require('path').resolve(String(o.path)) : o.host === undefined ? null : o.host;
    const port = isPath ? -1 : o.port;
    const addressType = isPath ? -1 : require('net').isIPv6(address) ? 6 : 4;
    const indexesKey = `${address}:${port}:${addressType}:-1`;
    let indexSet = indexes.get(indexesKey);
    if (indexSet === undefined) {
      indexSet = { nextIndex: 0, set: new Set() };
      indexes.set(indexesKey, indexSet);
    }
    const index = indexSet.nextIndex++;
    indexSet.set.add(index);
    const forgetIndex = () => {
      indexSet.set.delete(index);
      if (indexSet.set.size === 0) indexes.delete(indexesKey);
    };
    const query = {
      act: 'queryServer', index, data: null, address, port, addressType, fd: -1, backlog: o.backlog, flags: o.flags,
    };

    // The primary hears of the listening server after the listeners listen() added. One
    // listener per server: a listen() that failed leaves its own for the next (as Node's).
    if (server[kAnnounce] === undefined) {
      server[kAnnounce] = () => {
        server[kAnnounce] = undefined;
        cluster.worker.state = 'listening';
        const a = server.address();
        send(process, { ...query, act: 'listening', port: (a && a.port) || port });
      };
      server.once('listening', server[kAnnounce]);
    }

    send(process, query, undefined, (reply, handle) => {
      if (reply.code !== undefined) {
        forgetIndex();
        if (handle !== undefined) ops.op_cp_close_fd(handle.fd);
        server._listenFailed(netInternal.socketError({ code: reply.code, errno: reply.errno }, 'bind', address, port));
        return;
      }
      const key = reply.key;
      const clusterHandle = {
        close() {
          send(process, { act: 'close', key });
          if (handles.get(key) === server) handles.delete(key);
          forgetIndex();
        },
      };
      if (!server.listening) {
        // Closed while the primary was asked.
        if (handle !== undefined) ops.op_cp_close_fd(handle.fd);
        clusterHandle.close();
        return;
      }
      handles.set(key, server);
      server._clusterHandle = clusterHandle;

      if (handle === undefined) {
        // Round-robin: the primary accepts.
        const s = reply.sockname;
        server._listenRoundRobin(s ? { address: s.address, family: s.family, port: s.port } : address, clusterHandle);
        return;
      }
      // Shared socket: ours to accept from.
      let l;
      try {
        l = netInternal.listenFd(handle.fd);
      } catch (err) {
        server._clusterHandle = null;
        clusterHandle.close();
        server._listenFailed(err);
        return;
      }
      server._listenOn(l.rid, l.address);
    });
  }

  // Closes this worker's servers, then the channel; `primaryAsked`: the primary knows
  // already, else it is told first that the exit is on purpose.
  function disconnectWorker(worker, primaryAsked) {
    worker.exitedAfterDisconnect = true;
    let waiting = 1;
    const closed = () => {
      if (--waiting !== 0) return;
      if (primaryAsked) process.disconnect();
      else send(process, { act: 'exitedAfterDisconnect' }, undefined, () => process.disconnect());
    };
    const servers = [...handles.values()];
    handles.clear();
    for (const server of servers) {
      waiting++;
      server.close(closed);
    }
    closed();
  }

  Worker.prototype.disconnect = function disconnect() {
    if (this.state !== 'disconnecting' && this.state !== 'destroying') {
      this.state = 'disconnecting';
      disconnectWorker(this, false);
    }
    return this;
  };
  Worker.prototype.destroy = function destroy() {
    if (this.state === 'destroying') return;
    this.exitedAfterDisconnect = true;
    if (!this.isConnected()) {
      process.exit(0);
    } else {
      this.state = 'destroying';
      send(process, { act: 'exitedAfterDisconnect' }, undefined, () => process.disconnect());
      process.once('disconnect', () => process.exit(0));
    }
  };

  return cluster;
})();
