//! ext_cluster: `node:cluster` for nodus. A primary forks workers (ext_child_process's
//! `fork()` with `NODE_UNIQUE_ID` set); a worker's `listen()` asks the primary, which
//! binds the socket once and either accepts and hands connections round-robin to the
//! workers (`SCHED_RR`, the default) or sends each worker the listening socket itself
//! (`SCHED_NONE`). Descriptors travel over the IPC channel with SCM_RIGHTS. It is all
//! JavaScript on the ops of ext_net, ext_http (through node:net's server hooks) and
//! ext_child_process. See README.md.

#![warn(missing_docs)]

deno_core::extension!(
  ext_cluster,
  deps = [ext_builtins, ext_net, ext_child_process],
  customizer = |ext: &mut deno_core::Extension| {
    nodus_core::builtin_modules!("ext_cluster";
      public: ["cluster"];
      internal: [
        "internal/cluster/messages",
        "internal/cluster/worker",
        "internal/cluster/handles",
        "internal/cluster/primary",
        "internal/cluster/child",
        "internal/startup/cluster"
      ]
    )
    .install(ext);
  },
);
