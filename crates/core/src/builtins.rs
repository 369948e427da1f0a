//! The registry of Node builtins, derived from what the extensions declare.

use std::collections::BTreeMap;

use deno_core::Extension;

/// Which builtin names exist and which embedded script implements each.
///
/// Public builtins (`events`, `fs/promises`) are importable by users as `x` and `node:x`;
/// internal ones (`internal/errors`) only by other builtins.
#[derive(Debug, Default, Clone)]
pub struct BuiltinRegistry {
  /// name -> (`ext:` specifier, is public)
  modules: BTreeMap<String, (String, bool)>,
}

impl BuiltinRegistry {
  /// Collects the builtins of every extension: each `synthetic_esm` pair is a public
  /// builtin, every other lazily loaded script is an internal one named by its path.
  pub fn from_extensions(extensions: &[Extension]) -> Self {
    let mut modules = BTreeMap::new();
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
        modules.insert(name.to_owned(), (spec.to_owned(), public));
      }
    }
    BuiltinRegistry { modules }
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
