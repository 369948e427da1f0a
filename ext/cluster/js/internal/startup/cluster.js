// internal/startup/cluster -- a start-up step (see nodus_core's BuiltinRegistry): a
// cluster worker sets up its side before the program runs. It comes after
// child_process's step, which opened the channel to the primary; the variable is not
// passed on to the worker's own children.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  if (process.connected && core.ops.op_process_env_get('NODE_UNIQUE_ID') !== null) {
    internals.require('cluster')._setupWorker();
    delete process.env.NODE_UNIQUE_ID;
  }
})();
