//! The registry of Node builtins, derived from what the extensions declare.

use std::collections::BTreeMap;

use deno_core::Extension;

/// Which builtin names exist and which embedded script implements each.
///
/// Public builtins (`events`, `fs/promises`) are importable by users as `x` and `node:x`;
/// internal ones (`internal/errors`) only by other builtins.
///
/// An extension that must act before the program runs (a forked child opens its IPC
/// channel, a cluster worker joins its primary) provides an internal builtin under
/// [`STARTUP_PREFIX`]; the bootstrap runs those after the globals are in place and before
/// the main module, in the order of the extensions. So the core and the lower extensions
/// never name the upper ones.
#[derive(Debug, Default, Clone)]
pub struct BuiltinRegistry {
  /// name -> (`ext:` specifier, is public)
  modules: BTreeMap<String, (String, bool)>,
  /// The start-up steps, in extension order.
  startup: Vec<String>,
}

/// Internal builtins named `internal/startup/<name>` are start-up steps.
pub const STARTUP_PREFIX: &str = "internal/startup/";

impl BuiltinRegistry {
  /// Collects the builtins of every extension: each `synthetic_esm` pair is a public
  /// builtin, every other lazily loaded script is an internal one named by its path.
  pub fn from_extensions(extensions: &[Extension]) -> Self {
    let mut modules = BTreeMap::new();
    let mut startup = Vec::new();
    for ext in extensions {
      for file in ext.lazy_loaded_js_files.iter() {
        let spec = file.specifier;
        let Some(name) = internal_name(spec) else {
          continue;
        };
        let public = ext
          .synthetic_esm_modules
          .iter()
          .any(|(_, backing)| *backing == spec);
        if !public && name.starts_with(STARTUP_PREFIX) {
          startup.push(name.to_owned());
        }
        modules.insert(name.to_owned(), (spec.to_owned(), public));
      }
    }
    BuiltinRegistry { modules, startup }
  }

  /// The start-up steps (see [`STARTUP_PREFIX`]), in extension order.
  pub fn startup_steps(&self) -> &[String] {
    &self.startup
  }

  /// The `ext:` specifier of a public builtin (`events` or `node:events`).
  pub fn public_specifier(&self, name: &str) -> Option<&str> {
    let name = name.strip_prefix("node:").unwrap_or(name);
    match self.modules.get(name) {
      Some((spec, true)) => Some(spec),
      _ => None,
    }
  }

  /// `[name, specifier, public]` for every builtin, sorted by name.
  pub fn entries(&self) -> Vec<(String, String, bool)> {
    self
      .modules
      .iter()
      .map(|(n, (s, p))| (n.clone(), s.clone(), *p))
      .collect()
  }
}

/// `ext:ext_builtins/internal/errors.js` -> `internal/errors`
fn internal_name(spec: &str) -> Option<&str> {
  let rest = spec.strip_prefix("ext:")?;
  let (_, path) = rest.split_once('/')?;
  path.strip_suffix(".js")
}

#[cfg(test)]
mod tests {
  use super::*;

  #[test]
  fn names_come_from_specifiers() {
    assert_eq!(
      internal_name("ext:ext_builtins/internal/errors.js"),
      Some("internal/errors")
    );
    assert_eq!(internal_name("ext:ext_fs/fs/promises.js"), Some("fs/promises"));
    assert_eq!(internal_name("node:fs"), None);
  }
}
