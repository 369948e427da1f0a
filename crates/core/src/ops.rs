//! Ops of the core loop: what the bootstrap and the CommonJS loader need from Rust.

use std::io::Write;
use std::path::Path;
use std::path::PathBuf;
use std::rc::Rc;

use deno_core::op2;
use deno_core::v8;
use deno_core::ModuleSpecifier;
use deno_core::OpState;
use nodus_resolver::Format;
use nodus_resolver::Resolver;
use serde::Serialize;

use crate::errors::NodeError;
use crate::loader::NodusModuleLoader;
use crate::runtime::BootInfo;
use crate::runtime::Lifecycle;

/// Everything the bootstrap script needs to know about this process, once.
#[op2]
#[serde]
pub(crate) fn op_nodus_boot_info(state: &mut OpState) -> BootInfo {
  state.borrow::<BootInfo>().clone()
}

/// The bootstrap hands over the functions the Rust loop calls when the loop runs dry
/// (`beforeExit`, returns whether work was scheduled) and at the end (`exit`, returns the
/// exit code).
#[op2(fast)]
pub(crate) fn op_nodus_set_lifecycle(
  scope: &mut v8::PinScope,
  state: &mut OpState,
  before_exit: v8::Local<v8::Function>,
  exit: v8::Local<v8::Function>,
  uncaught: v8::Local<v8::Function>,
) {
  state.put(Lifecycle {
    before_exit: v8::Global::new(scope, before_exit),
    exit: v8::Global::new(scope, exit),
    uncaught: v8::Global::new(scope, uncaught),
  });
}

/// Synchronous write of a string to fd 1 or 2, as Node does for files and TTYs; keeps
/// output ordered and complete even when the process exits right after.
#[op2(fast)]
pub(crate) fn op_nodus_write_str(
  state: &mut OpState,
  fd: u32,
  #[string] text: &str,
) -> Result<(), NodeError> {
  write_fd(state, fd, text.as_bytes())
}

/// The bytes form of [`op_nodus_write_str`].
#[op2(fast)]
pub(crate) fn op_nodus_write_bytes(
  state: &mut OpState,
  fd: u32,
  #[buffer] bytes: &[u8],
) -> Result<(), NodeError> {
  write_fd(state, fd, bytes)
}

fn write_fd(state: &OpState, fd: u32, bytes: &[u8]) -> Result<(), NodeError> {
  // A worker's output goes to its parent thread, in order with its messages.
  if let (Some(output), 1 | 2) = (state.try_borrow::<crate::threads::ThreadOutput>(), fd) {
    (output.0)(fd, bytes);
    return Ok(());
  }
  let result = match fd {
    1 => std::io::stdout()
      .lock()
      .write_all(bytes)
      .and_then(|_| std::io::stdout().flush()),
    2 => std::io::stderr().lock().write_all(bytes),
    _ => {
      return Err(NodeError::type_error(
        "ERR_INVALID_ARG_VALUE",
        format!("cannot write to fd {fd}"),
      ))
    }
  };
  match result {
    Ok(()) => Ok(()),
    // A closed pipe (e.g. `nodus x.js | head`) is not an error worth dying loudly for.
    Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
    Err(e) => Err(NodeError::system(&e, "write", "")),
  }
}

/// Ends the process now with `code`, after flushing what was written.
#[op2(fast)]
pub(crate) fn op_nodus_exit(state: &mut OpState, code: i32) {
  // A worker's process.exit() ends its thread only.
  if let Some(exit) = state.try_borrow::<crate::threads::ThreadExit>() {
    (exit.0)(code);
    return;
  }
  let _ = std::io::stdout().flush();
  let _ = std::io::stderr().flush();
  std::process::exit(code);
}

/// A module's source text for the CommonJS loader (a UTF-8 BOM removed).
#[op2]
#[string]
pub(crate) fn op_nodus_read_source(#[string] path: &str) -> Result<String, NodeError> {
  let text = std::fs::read_to_string(path).map_err(|e| NodeError::system(&e, "open", path))?;
  Ok(match text.strip_prefix('\u{feff}') {
    Some(stripped) => stripped.to_owned(),
    None => text,
  })
}

/// A resolution outcome for `require`: `[path]` or `[null, code, detail]`.
#[derive(Serialize)]
pub(crate) struct Resolved(Option<String>, Option<&'static str>, Option<String>);

/// `require.resolve(request)` from `from_dir`, by Node's CommonJS rules.
#[op2]
#[serde]
pub(crate) fn op_nodus_resolve_require(
  state: &mut OpState,
  #[string] request: &str,
  #[string] from_dir: &str,
) -> Resolved {
  let resolver = state.borrow::<Rc<Resolver>>();
  match resolver.resolve_require(request, Path::new(from_dir)) {
    Ok(p) => Resolved(Some(p.to_string_lossy().into_owned()), None, None),
    Err(e) => {
      let detail = match &e {
        nodus_resolver::ResolveError::PathNotExported {
          subpath,
          package_json,
        } => Some(format!(
          "Package subpath '{subpath}' is not defined by \"exports\" in {}",
          package_json.display()
        )),
        nodus_resolver::ResolveError::ImportNotDefined {
          specifier,
          package_json,
        } => Some(format!(
          "Package import specifier \"{specifier}\" is not defined{}",
          package_json
            .as_ref()
            .map(|p| format!(" in package {}", p.display()))
            .unwrap_or_default()
        )),
        nodus_resolver::ResolveError::InvalidPackageConfig(m) => Some(format!("Invalid package config {m}")),
        _ => None,
      };
      Resolved(None, Some(e.code(true)), detail)
    }
  }
}

/// Gives the loader the source of the ES module `specifier` (a `file:` URL that need
/// not exist), for the `import()` that follows: `--input-type=module` code from `-e` or
/// stdin.
#[op2(fast)]
pub(crate) fn op_nodus_give_module_source(
  state: &mut OpState,
  #[string] specifier: &str,
  #[string] code: String,
) -> Result<(), NodeError> {
  let url = ModuleSpecifier::parse(specifier)
    .map_err(|e| NodeError::type_error("ERR_INVALID_URL", format!("Invalid URL: {e}")))?;
  let loader = state.borrow::<Rc<NodusModuleLoader>>();
  loader.given_sources.borrow_mut().insert(url, code);
  Ok(())
}

/// 0: CommonJS, 1: ES module, 2: JSON, 3: native addon.
#[op2(fast)]
pub(crate) fn op_nodus_format_of(state: &mut OpState, #[string] path: &str) -> u32 {
  match state.borrow::<Rc<Resolver>>().format_of(Path::new(path)) {
    Format::CommonJs => 0,
    Format::Module => 1,
    Format::Json => 2,
    Format::Addon => 3,
  }
}

/// The absolute path of `path` against the working directory, as a `file:` URL.
#[op2]
#[string]
pub(crate) fn op_nodus_path_to_file_url(#[string] path: &str) -> String {
  let abs = std::env::current_dir()
    .map(|d| d.join(path))
    .unwrap_or_else(|_| PathBuf::from(path));
  deno_core::url::Url::from_file_path(&abs)
    .map(|u| u.to_string())
    .unwrap_or_else(|_| path.to_owned())
}

/// The path a `file:` URL names.
#[op2]
#[string]
pub(crate) fn op_nodus_file_url_to_path(#[string] url: &str) -> Option<String> {
  let url = deno_core::url::Url::parse(url).ok()?;
  url.to_file_path().ok().map(|p| p.to_string_lossy().into_owned())
}
