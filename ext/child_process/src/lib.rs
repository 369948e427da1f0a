//! ext_child_process: `node:child_process` for nodus: child processes on tokio's process
//! support, and the IPC channel of `fork()`.

#![warn(missing_docs)]

deno_core::extension!(ext_child_process, deps = [ext_net]);
