//! `nodus`: run a Node.js program on the nodus runtime.

mod allocator;
mod args;
mod node_options;

use std::process::ExitCode;

use args::Command;

fn main() -> ExitCode {
  allocator::tune_for_startup();
  let command = match args::parse(std::env::args().collect()) {
    Ok(c) => c,
    Err(e) => {
      eprintln!("{}: {}", args::program_name(), e.message);
      return ExitCode::from(e.exit_code);
    }
  };
  let options = match command {
    Command::Version => {
      println!("v{}", env!("CARGO_PKG_VERSION"));
      return ExitCode::SUCCESS;
    }
    Command::Help => {
      print!("{}", args::HELP);
      return ExitCode::SUCCESS;
    }
    Command::Run(options) => options,
  };
  match run(options) {
    Ok(code) => ExitCode::from((code & 0xff) as u8),
    Err(e) => {
      eprintln!("{e:?}");
      ExitCode::from(1)
    }
  }
}

fn run(options: nodus_core::NodusOptions) -> anyhow::Result<i32> {
  let tokio = tokio::runtime::Builder::new_current_thread()
    .enable_all()
    .build()?;
  tokio.block_on(async move {
    let mut runtime = nodus_core::NodusRuntime::with_factory(options, extensions)?;
    Ok(allocator::serving(runtime.run()).await?)
  })
}

/// The extensions of a full nodus, in dependency order.
fn extensions() -> Vec<deno_core::Extension> {
  vec![
    ext_builtins::ext_builtins::init(),
    ext_process::ext_process::init(),
    ext_fs::ext_fs::init(),
    ext_net::ext_net::init(),
    ext_tls::ext_tls::init(),
    ext_http::ext_http::init(),
    ext_child_process::ext_child_process::init(),
    ext_crypto::ext_crypto::init(),
    ext_zlib::ext_zlib::init(),
    ext_cluster::ext_cluster::init(),
    ext_worker::ext_worker::init(),
  ]
}
