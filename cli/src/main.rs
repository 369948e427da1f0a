//! `nodus`: run a Node.js program on the nodus runtime.

mod args;

use std::process::ExitCode;

use args::Command;

// mimalloc is markedly faster than glibc's malloc for the engine's allocation pattern
// (many small, short-lived objects per request); see cli/Cargo.toml.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
  tune_allocator();
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
    let mut runtime = nodus_core::NodusRuntime::new(options, extensions())?;
    Ok(runtime.run().await?)
  })
}

/// Pages mimalloc has freed go back to the system after 1 ms instead of its default
/// 10 ms. Its purges run on later allocator calls, so with the default a server that
/// sits idle after start-up keeps the ~3 MiB start-up garbage; requests/s and CPU per
/// request measured the same either way. `MIMALLOC_PURGE_DELAY` still decides if set.
fn tune_allocator() {
  // `mi_option_purge_delay` in mimalloc.h's `mi_option_t` (v2 and v3 alike: retired
  // options keep their slots; the Rust bindings do not name this one).
  const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;
  extern "C" {
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
  }
  if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
    // SAFETY: options may be set at any time; mimalloc is linked as the allocator.
    unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, 1) };
  }
}

/// The extensions of a full nodus, in dependency order.
fn extensions() -> Vec<deno_core::Extension> {
  vec![
    ext_builtins::ext_builtins::init(),
    ext_process::ext_process::init(),
    ext_fs::ext_fs::init(),
    ext_net::ext_net::init(),
    ext_http::ext_http::init(),
    ext_child_process::ext_child_process::init(),
    ext_crypto::ext_crypto::init(),
    ext_zlib::ext_zlib::init(),
    ext_cluster::ext_cluster::init(),
  ]
}
