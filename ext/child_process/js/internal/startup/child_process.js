// internal/startup/child_process -- a start-up step (see nodus_core's BuiltinRegistry): a
// child forked with an IPC channel (child_process.fork) talks to its parent through it.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  if (core.ops.op_process_env_get('NODE_CHANNEL_FD') !== null) {
    internals.require('internal/child_process/ipc').setupChild(process);
  }
})();
