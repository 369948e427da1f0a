//! nodus_core: the core loop of nodus.
//!
//! It builds a deno_core [`JsRuntime`](deno_core::JsRuntime) from an ordered list of
//! extensions, loads modules the way Node does (CommonJS, ES modules and `node:` builtins),
//! bootstraps Node's globals and runs the event loop with Node's exit semantics:
//! the main module runs, the loop runs until nothing referenced is left, `'beforeExit'`
//! may revive it, `'exit'` fires and the process ends with `process.exitCode`.
//!
//! Extensions register Node builtins with [`builtin_modules!`]; the registry that
//! `require()` and `import` consult is derived from those declarations.

#![warn(missing_docs, missing_debug_implementations)]

pub mod buffers;
mod builtins;
mod cjs_exports;
pub mod errors;
pub mod events;
mod loader;
mod ops;
mod runtime;
pub mod strings;
pub mod threads;

pub use builtins::BuiltinRegistry;
pub use builtins::STARTUP_PREFIX;
pub use deno_core;
pub use errors::os_error_code;
pub use runtime::MainModule;
pub use runtime::NodusOptions;
pub use runtime::NodusRuntime;

/// Declares the Node builtins an extension provides, from files under its `js/` folder.
///
/// ```ignore
/// const BUILTINS: nodus_core::Builtins = nodus_core::builtin_modules!("ext_builtins";
///   public: ["events", "util"], internal: ["internal/errors"]);
/// ```
///
/// Every file is embedded in the binary (so it runs without the source tree) as a lazily
/// evaluated script `ext:<crate>/<name>.js`: an IIFE that returns the module's exports.
/// deno_core evaluates it as the body of a function whose one parameter, `__bootstrap`,
/// is the `{ core, internals, primordials }` view it captured at start-up (the global of
/// that name is gone once the bootstrap is done). Each public name is also registered as
/// the ES module `node:<name>`; internal names (`internal/...`) only other builtins load.
#[macro_export]
macro_rules! builtin_modules {
  ($ext:literal; public: [$($p:literal),* $(,)?]; internal: [$($i:literal),* $(,)?] $(;)?) => {
    {
      const FILES: &[$crate::deno_core::ExtensionFileSource] = &[
        $($crate::deno_core::ExtensionFileSource::new(
          concat!("ext:", $ext, "/", $p, ".js"),
          $crate::deno_core::ascii_str_include!(concat!(env!("CARGO_MANIFEST_DIR"), "/js/", $p, ".js")),
        ),)*
        $($crate::deno_core::ExtensionFileSource::new(
          concat!("ext:", $ext, "/", $i, ".js"),
          $crate::deno_core::ascii_str_include!(concat!(env!("CARGO_MANIFEST_DIR"), "/js/", $i, ".js")),
        ),)*
      ];
      const ESM: &[(&str, &str)] = &[$((concat!("node:", $p), concat!("ext:", $ext, "/", $p, ".js")),)*];
      $crate::Builtins { files: FILES, esm: ESM }
    }
  };
}

/// The builtin module files of one extension; made by [`builtin_modules!`].
#[derive(Debug, Clone, Copy)]
pub struct Builtins {
  /// The embedded scripts.
  pub files: &'static [deno_core::ExtensionFileSource],
  /// `(node:name, ext:crate/name.js)` for every public builtin.
  pub esm: &'static [(&'static str, &'static str)],
}

impl Builtins {
  /// Installs these builtins into an extension (use from `extension!`'s `customizer`).
  pub fn install(self, ext: &mut deno_core::Extension) {
    ext.lazy_loaded_js_files = std::borrow::Cow::Borrowed(self.files);
    ext.synthetic_esm_modules = std::borrow::Cow::Borrowed(self.esm);
  }
}
