//! ext_worker: `node:worker_threads` for nodus: Workers on their own OS thread, engine
//! and event loop; MessageChannel/MessagePort (also between workers), BroadcastChannel,
//! with values copied by deno_core's serializer (transferred ArrayBuffers moved, not
//! copied). See README.md.

#![warn(missing_docs)]

mod broadcast;
mod ops;
mod port;
mod worker;

use broadcast::*;
use ops::*;
use worker::*;

deno_core::extension!(
  ext_worker,
  deps = [ext_builtins],
  ops = [
    op_worker_channel_new,
    op_worker_port_post,
    op_worker_port_recv,
    op_worker_port_try_recv,
    op_worker_port_wait_close,
    op_worker_port_close,
    op_worker_port_post_error,
    op_worker_broadcast_join,
    op_worker_broadcast_post,
    op_worker_broadcast_leave,
    op_worker_broadcast_decode,
    op_worker_spawn,
    op_worker_terminate,
    op_worker_release,
    op_worker_self,
  ],
  state = |state| {
    state.put(ops::HeldShared::default());
  },
  customizer = |ext: &mut deno_core::Extension| {
    nodus_core::builtin_modules!("ext_worker";
      public: ["worker_threads"];
      internal: ["internal/worker/io", "internal/startup/worker"]
    )
    .install(ext);
  },
);
