//! Reading and caching `package.json` files.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::Path;
use std::path::PathBuf;
use std::rc::Rc;

use serde_json::Value;

/// The fields of a `package.json` that resolution needs.
#[derive(Debug, Clone, Default)]
pub struct PackageJson {
  /// The folder that holds this `package.json`.
  pub dir: PathBuf,
  /// `name`
  pub name: Option<String>,
  /// `main`
  pub main: Option<String>,
  /// `type`: `"module"` or `"commonjs"` (absent means CommonJS).
  pub type_module: bool,
  /// `exports`, as written.
  pub exports: Option<Value>,
  /// `imports`, as written.
  pub imports: Option<Value>,
}

impl PackageJson {
  fn parse(dir: &Path, text: &str) -> Result<Self, String> {
    let v: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let field = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_owned);
    Ok(PackageJson {
      dir: dir.to_path_buf(),
      name: field("name"),
      main: field("main"),
      type_module: v.get("type").and_then(Value::as_str) == Some("module"),
      exports: v.get("exports").cloned(),
      imports: v.get("imports").cloned(),
    })
  }
}

/// A cache of parsed `package.json` files by folder. A process reads each at most once.
#[derive(Debug, Default)]
pub(crate) struct PackageCache {
  by_dir: RefCell<HashMap<PathBuf, Option<Rc<PackageJson>>>>,
}

impl PackageCache {
  /// The `package.json` in exactly this folder, if there is a readable one.
  /// A malformed file is an error, as in Node.
  pub(crate) fn get(&self, dir: &Path) -> Result<Option<Rc<PackageJson>>, String> {
    if let Some(hit) = self.by_dir.borrow().get(dir) {
      return Ok(hit.clone());
    }
    let file = dir.join("package.json");
    let parsed = match std::fs::read_to_string(&file) {
      Ok(text) => Some(Rc::new(
        PackageJson::parse(dir, &text).map_err(|e| format!("{}: {e}", file.display()))?,
      )),
      Err(_) => None,
    };
    self.by_dir.borrow_mut().insert(dir.to_path_buf(), parsed.clone());
    Ok(parsed)
  }

  /// The nearest `package.json` at or above `dir` (the package scope).
  pub(crate) fn scope_of(&self, dir: &Path) -> Option<Rc<PackageJson>> {
    let mut cur = Some(dir);
    while let Some(d) = cur {
      if d.file_name().is_some_and(|n| n == "node_modules") {
        return None;
      }
      if let Ok(Some(pj)) = self.get(d) {
        return Some(pj);
      }
      cur = d.parent();
    }
    None
  }
}
