//! ext_zlib: `node:zlib` for nodus: deflate, inflate, gzip, gunzip, raw deflate and
//! unzip streams on zlib-rs (a pure-Rust zlib), `crc32`, and the one-shot helpers, whose
//! callback forms run on tokio's blocking pool. See README.md.

#![warn(missing_docs)]

mod engine;
mod ops;

use ops::*;

deno_core::extension!(
  ext_zlib,
  deps = [ext_builtins],
  ops = [
    op_zlib_new,
    op_zlib_write,
    op_zlib_params,
    op_zlib_sync,
    op_zlib_async,
    op_zlib_crc32,
  ],
  customizer = |ext: &mut deno_core::Extension| {
    nodus_core::builtin_modules!("ext_zlib";
      public: ["zlib"];
      internal: []
    )
    .install(ext);
  },
);
