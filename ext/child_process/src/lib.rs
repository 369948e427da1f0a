//! ext_child_process: `node:child_process` for nodus: child processes on tokio's process
//! support, the blocking `*Sync` forms on std::process, and the IPC channel of `fork()`.
//!
//! Stdio pipes are Unix socket pairs (as libuv makes them), so the parent's end becomes a
//! `net.Socket` through ext_net's `op_net_stream_from_fd`. The IPC channel is its own
//! resource ([`ipc::IpcResource`]) that reads newline-delimited JSON in large chunks and
//! hands JS only complete lines. See README.md.

#![warn(missing_docs)]

mod fds;
mod ipc;
mod spawn;
mod sync;

use ipc::*;
use spawn::*;
use sync::*;

deno_core::extension!(
  ext_child_process,
  deps = [ext_builtins, ext_process, ext_net],
  ops = [
    op_cp_spawn,
    op_cp_wait,
    op_cp_kill,
    op_cp_close_fd,
    op_cp_spawn_sync,
    op_cp_ipc_open,
    op_cp_ipc_read,
    op_cp_ipc_write,
    op_cp_ipc_flush,
    op_cp_ipc_queued,
    op_cp_ipc_take_fd,
  ],
  customizer = |ext: &mut deno_core::Extension| {
    nodus_core::builtin_modules!("ext_child_process";
      public: ["child_process"];
      internal: ["internal/child_process/ipc", "internal/child_process/sync", "internal/startup/child_process"]
    )
    .install(ext);
  },
);
