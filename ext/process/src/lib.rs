//! ext_process: Node's `process` object and `node:os` for nodus.
//!
//! The process object is an EventEmitter built in `js/process.js` over the ops in
//! [`ops`]: environment, working directory, ids, clocks, memory, signals. See README.md.

#![warn(missing_docs)]

mod ops;
mod signals;

use ops::*;
use signals::*;

deno_core::extension!(
  ext_process,
  deps = [ext_builtins],
  ops = [
    op_process_env_get,
    op_process_env_set,
    op_process_env_delete,
    op_process_env_keys,
    op_process_cwd,
    op_process_chdir,
    op_process_ids,
    op_process_hrtime,
    op_process_uptime,
    op_process_performance_now,
    op_process_time_origin,
    op_process_memory,
    op_process_umask,
    op_process_kill,
    op_os_info,
    op_os_loadavg,
    op_os_cpus,
    op_process_cpu_usage,
    op_process_isatty,
    op_process_tty_size,
    op_process_stdin_read,
    op_process_signal_listen,
    op_process_signal_unlisten,
    op_process_signal_next,
  ],
  state = |_state| ops::mark_start(),
  customizer = |ext: &mut deno_core::Extension| {
    nodus_core::builtin_modules!("ext_process";
      public: ["process", "os", "perf_hooks", "tty"];
      internal: ["internal/process/stdio"]
    )
    .install(ext);
  },
);
