//! A program that embeds nodus without its CLI: a runtime made of `nodus_core` and the
//! extensions `node:http` needs (`ext_builtins` for events/stream/buffer, `ext_process`
//! for the `process` global, `ext_net`, `ext_http`), running a JS request handler.
//!
//! ```sh
//! cargo run --release -p ext_http --example embed_server -- 8080
//! ```

use nodus_core::MainModule;
use nodus_core::NodusOptions;
use nodus_core::NodusRuntime;

/// The handler; embedded in the binary, so it runs from anywhere.
const HANDLER: &str = include_str!("embed_server.js");

fn main() -> anyhow::Result<()> {
  let exec_path = std::env::current_exe()?.to_string_lossy().into_owned();
  // `process.argv` as Node shapes it for `-e`: the binary, then the arguments.
  let mut argv = vec![exec_path.clone()];
  argv.extend(std::env::args().skip(1));
  let options = NodusOptions {
    argv,
    exec_path,
    exec_argv: Vec::new(),
    main: MainModule::Eval(HANDLER.to_owned()),
    version: env!("CARGO_PKG_VERSION").to_owned(),
    node_options: Vec::new(),
  };
  // Ordered by dependency: each extension comes after the ones it builds on.
  let extensions = vec![
    ext_builtins::ext_builtins::init(),
    ext_process::ext_process::init(),
    ext_net::ext_net::init(),
    ext_http::ext_http::init(),
  ];
  // deno_core runs on a current-thread tokio runtime: the JS runtime is !Send.
  let tokio = tokio::runtime::Builder::new_current_thread()
    .enable_all()
    .build()?;
  let code = tokio.block_on(async move {
    let mut runtime = NodusRuntime::new(options, extensions)?;
    runtime.run().await
  })?;
  std::process::exit(code);
}
