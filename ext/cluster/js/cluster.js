// node:cluster -- the primary's side or the worker's, as Node picks: a process forked by
// cluster.fork() has NODE_UNIQUE_ID (the bootstrap loads this module before it removes
// the variable, see ext_process's process.js).
(function () {
  'use strict';
  const require = __bootstrap.internals.require;
  return 'NODE_UNIQUE_ID' in process.env ? require('internal/cluster/child') : require('internal/cluster/primary');
})();
