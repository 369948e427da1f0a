//! The resolution algorithms: CommonJS `require` and ESM `import`.

use std::path::Component;
use std::path::Path;
use std::path::PathBuf;

use serde_json::Value;

use crate::package_json::PackageCache;
use crate::PackageJson;

/// How a resolved file is to be evaluated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
  /// CommonJS (`.cjs`, or `.js` outside a `"type": "module"` scope, or unknown extensions)
  CommonJs,
  /// ES module (`.mjs`, or `.js` inside a `"type": "module"` scope)
  Module,
  /// A JSON file
  Json,
  /// A native addon (`.node`), which nodus cannot load
  Addon,
}

/// Why a specifier did not resolve. Each maps to one of Node's error codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResolveError {
  /// `MODULE_NOT_FOUND` / `ERR_MODULE_NOT_FOUND`
  NotFound,
  /// `ERR_PACKAGE_PATH_NOT_EXPORTED`: the subpath is not in the package's `exports`
  PathNotExported {
    /// e.g. `./internal`
    subpath: String,
    /// the package.json that declares the exports
    package_json: PathBuf,
  },
  /// `ERR_PACKAGE_IMPORT_NOT_DEFINED`: a `#name` that the package's `imports` lacks
  ImportNotDefined {
    /// the `#...` specifier
    specifier: String,
    /// the package.json consulted, if any
    package_json: Option<PathBuf>,
  },
  /// `ERR_UNSUPPORTED_DIR_IMPORT`: an ESM import of a directory
  DirectoryImport(PathBuf),
  /// `ERR_INVALID_PACKAGE_CONFIG`: a package.json that is not valid JSON
  InvalidPackageConfig(String),
}

impl ResolveError {
  /// Node's error code for this failure, for `require` (`cjs`) or `import`.
  pub fn code(&self, cjs: bool) -> &'static str {
    match self {
      ResolveError::NotFound if cjs => "MODULE_NOT_FOUND",
      ResolveError::NotFound => "ERR_MODULE_NOT_FOUND",
      ResolveError::PathNotExported { .. } => "ERR_PACKAGE_PATH_NOT_EXPORTED",
      ResolveError::ImportNotDefined { .. } => "ERR_PACKAGE_IMPORT_NOT_DEFINED",
      ResolveError::DirectoryImport(_) => "ERR_UNSUPPORTED_DIR_IMPORT",
      ResolveError::InvalidPackageConfig(_) => "ERR_INVALID_PACKAGE_CONFIG",
    }
  }
}

const CJS_CONDITIONS: &[&str] = &["require", "node", "module-sync", "node-addons", "default"];
const ESM_CONDITIONS: &[&str] = &["import", "node", "module-sync", "node-addons", "default"];
const CJS_EXTENSIONS: &[&str] = &["js", "json", "node"];

/// Resolves specifiers the way Node does. Holds a cache of `package.json` files, so one
/// resolver should serve the whole process.
#[derive(Debug, Default)]
pub struct Resolver {
  packages: PackageCache,
}

impl Resolver {
  /// A resolver with an empty cache.
  pub fn new() -> Self {
    Self::default()
  }

  /// `require(request)` from a module in `from_dir`. Builtins are not handled here.
  pub fn resolve_require(&self, request: &str, from_dir: &Path) -> Result<PathBuf, ResolveError> {
    let found = if request.starts_with('/') {
      self.load_file_or_dir(Path::new(request))?
    } else if is_relative(request) {
      self.load_file_or_dir(&normalize(&from_dir.join(request)))?
    } else if request.starts_with('#') {
      let target = self.resolve_imports(request, from_dir, CJS_CONDITIONS)?;
      Some(self.existing_file(&target).ok_or(ResolveError::NotFound)?)
    } else {
      self.load_node_modules(request, from_dir)?
    };
    found.map(|p| realpath(&p)).ok_or(ResolveError::NotFound)
  }

  /// `import specifier` from the ES module file `referrer` (a path, not a URL). Relative
  /// and absolute specifiers must name the file exactly, as Node's ESM resolver demands.
  pub fn resolve_import(&self, specifier: &str, referrer: &Path) -> Result<PathBuf, ResolveError> {
    let from_dir = referrer.parent().unwrap_or(Path::new("/"));
    let path = if specifier.starts_with('/') || is_relative(specifier) {
      normalize(&from_dir.join(specifier))
    } else if specifier.starts_with('#') {
      self.resolve_imports(specifier, from_dir, ESM_CONDITIONS)?
    } else {
      return self.resolve_bare_import(specifier, from_dir);
    };
    if path.is_dir() {
      return Err(ResolveError::DirectoryImport(path));
    }
    if path.is_file() {
      Ok(realpath(&path))
    } else {
      Err(ResolveError::NotFound)
    }
  }

  /// How `path` is to be evaluated: by extension, then by the nearest package.json `type`.
  pub fn format_of(&self, path: &Path) -> Format {
    match path.extension().and_then(|e| e.to_str()) {
      Some("mjs") => Format::Module,
      Some("cjs") => Format::CommonJs,
      Some("json") => Format::Json,
      Some("node") => Format::Addon,
      Some("js") | None => {
        let dir = path.parent().unwrap_or(Path::new("/"));
        match self.packages.scope_of(dir) {
          Some(pj) if pj.type_module => Format::Module,
          _ => Format::CommonJs,
        }
      }
      Some(_) => Format::CommonJs,
    }
  }

  /// The nearest package.json at or above `dir`, if any.
  pub fn package_scope(&self, dir: &Path) -> Option<PackageJson> {
    self.packages.scope_of(dir).map(|pj| (*pj).clone())
  }

  fn package_at(&self, dir: &Path) -> Result<Option<std::rc::Rc<PackageJson>>, ResolveError> {
    self.packages.get(dir).map_err(ResolveError::InvalidPackageConfig)
  }

  fn existing_file(&self, p: &Path) -> Option<PathBuf> {
    p.is_file().then(|| p.to_path_buf())
  }

  /// LOAD_AS_FILE then LOAD_AS_DIRECTORY.
  fn load_file_or_dir(&self, p: &Path) -> Result<Option<PathBuf>, ResolveError> {
    if let Some(f) = self.load_as_file(p) {
      return Ok(Some(f));
    }
    self.load_as_directory(p)
  }

  fn load_as_file(&self, p: &Path) -> Option<PathBuf> {
    if p.is_file() {
      return Some(p.to_path_buf());
    }
    let name = p.file_name()?.to_str()?;
    CJS_EXTENSIONS
      .iter()
      .map(|ext| p.with_file_name(format!("{name}.{ext}")))
      .find(|c| c.is_file())
  }

  fn load_index(&self, dir: &Path) -> Option<PathBuf> {
    CJS_EXTENSIONS
      .iter()
      .map(|ext| dir.join(format!("index.{ext}")))
      .find(|c| c.is_file())
  }

  fn load_as_directory(&self, dir: &Path) -> Result<Option<PathBuf>, ResolveError> {
    if !dir.is_dir() {
      return Ok(None);
    }
    if let Some(pj) = self.package_at(dir)? {
      if let Some(main) = pj.main.as_deref().filter(|m| !m.is_empty()) {
        let m = normalize(&dir.join(main));
        if let Some(f) = self.load_as_file(&m).or_else(|| self.load_index(&m)) {
          return Ok(Some(f));
        }
      }
    }
    Ok(self.load_index(dir))
  }

  fn load_node_modules(&self, request: &str, from_dir: &Path) -> Result<Option<PathBuf>, ResolveError> {
    let (name, subpath) = split_package_name(request).ok_or(ResolveError::NotFound)?;
    // A package may require itself by name through its own "exports".
    if let Some(pj) = self.packages.scope_of(from_dir) {
      if pj.name.as_deref() == Some(name) {
        if let Some(exports) = &pj.exports {
          let target = self.exports_resolve(&pj, &subpath, exports, CJS_CONDITIONS)?;
          return Ok(Some(self.existing_file(&target).ok_or(ResolveError::NotFound)?));
        }
      }
    }
    for nm in node_modules_paths(from_dir) {
      let pkg_dir = nm.join(name);
      if let Some(pj) = self.package_at(&pkg_dir)? {
        if let Some(exports) = &pj.exports {
          let target = self.exports_resolve(&pj, &subpath, exports, CJS_CONDITIONS)?;
          return Ok(Some(self.existing_file(&target).ok_or(ResolveError::NotFound)?));
        }
      }
      let full = nm.join(request);
      if let Some(f) = self.load_file_or_dir(&full)? {
        return Ok(Some(f));
      }
    }
    Ok(None)
  }

  fn resolve_bare_import(&self, specifier: &str, from_dir: &Path) -> Result<PathBuf, ResolveError> {
    let (name, subpath) = split_package_name(specifier).ok_or(ResolveError::NotFound)?;
    if let Some(pj) = self.packages.scope_of(from_dir) {
      if pj.name.as_deref() == Some(name) {
        if let Some(exports) = &pj.exports {
          let t = self.exports_resolve(&pj, &subpath, exports, ESM_CONDITIONS)?;
          return self
            .existing_file(&t)
            .map(|p| realpath(&p))
            .ok_or(ResolveError::NotFound);
        }
      }
    }
    for nm in node_modules_paths(from_dir) {
      let pkg_dir = nm.join(name);
      if !pkg_dir.is_dir() {
        continue;
      }
      let pj = self.package_at(&pkg_dir)?;
      if let Some(exports) = pj.as_ref().and_then(|p| p.exports.as_ref()) {
        let t = self.exports_resolve(pj.as_ref().unwrap(), &subpath, exports, ESM_CONDITIONS)?;
        return self
          .existing_file(&t)
          .map(|p| realpath(&p))
          .ok_or(ResolveError::NotFound);
      }
      if subpath == "." {
        // Legacy main resolution, as Node's ESM resolver does for packages without "exports".
        return self
          .load_as_directory(&pkg_dir)?
          .map(|p| realpath(&p))
          .ok_or(ResolveError::NotFound);
      }
      let full = pkg_dir.join(&subpath[2..]);
      if full.is_dir() {
        return Err(ResolveError::DirectoryImport(full));
      }
      return self
        .existing_file(&full)
        .map(|p| realpath(&p))
        .ok_or(ResolveError::NotFound);
    }
    Err(ResolveError::NotFound)
  }

  /// PACKAGE_EXPORTS_RESOLVE
  fn exports_resolve(
    &self,
    pj: &PackageJson,
    subpath: &str,
    exports: &Value,
    conditions: &[&str],
  ) -> Result<PathBuf, ResolveError> {
    let not_exported = || ResolveError::PathNotExported {
      subpath: subpath.to_owned(),
      package_json: pj.dir.join("package.json"),
    };
    // "exports": "./x.js" | [..] | { "import": .. } all mean the "." entry.
    let is_conditions_object = match exports {
      Value::Object(m) => m.keys().next().is_some_and(|k| !k.starts_with('.')),
      _ => true,
    };
    if is_conditions_object {
      if subpath != "." {
        return Err(not_exported());
      }
      return self
        .resolve_target(pj, exports, None, conditions)?
        .ok_or_else(not_exported);
    }
    let map = exports.as_object().expect("checked above");
    self
      .match_subpath_map(pj, subpath, map, conditions)?
      .ok_or_else(not_exported)
  }

  /// PACKAGE_IMPORTS_EXPORTS_RESOLVE over an object of subpath keys (exact or with one `*`).
  fn match_subpath_map(
    &self,
    pj: &PackageJson,
    key: &str,
    map: &serde_json::Map<String, Value>,
    conditions: &[&str],
  ) -> Result<Option<PathBuf>, ResolveError> {
    if let Some(target) = map.get(key).filter(|_| !key.contains('*')) {
      return self.resolve_target(pj, target, None, conditions);
    }
    // The longest matching pattern prefix wins.
    let mut best: Option<(&str, &Value, String)> = None;
    for (pattern, target) in map {
      let Some(star) = pattern.find('*') else {
        continue;
      };
      let (prefix, suffix) = (&pattern[..star], &pattern[star + 1..]);
      if key.len() >= pattern.len() && key.starts_with(prefix) && key.ends_with(suffix) {
        let better = best
          .as_ref()
          .is_none_or(|(b, _, _)| pattern_key_compare(pattern, b));
        if better {
          let matched = key[prefix.len()..key.len() - suffix.len()].to_owned();
          best = Some((pattern, target, matched));
        }
      }
    }
    match best {
      Some((_, target, matched)) => self.resolve_target(pj, target, Some(&matched), conditions),
      None => Ok(None),
    }
  }

  /// PACKAGE_TARGET_RESOLVE
  fn resolve_target(
    &self,
    pj: &PackageJson,
    target: &Value,
    pattern_match: Option<&str>,
    conditions: &[&str],
  ) -> Result<Option<PathBuf>, ResolveError> {
    match target {
      Value::String(t) => {
        if !t.starts_with("./") {
          return Ok(None);
        }
        let t = match pattern_match {
          Some(m) => t.replace('*', m),
          None => t.clone(),
        };
        Ok(Some(normalize(&pj.dir.join(&t))))
      }
      Value::Array(items) => {
        for item in items {
          if let Some(p) = self.resolve_target(pj, item, pattern_match, conditions)? {
            return Ok(Some(p));
          }
        }
        Ok(None)
      }
      Value::Object(map) => {
        for (cond, value) in map {
          if conditions.contains(&cond.as_str()) {
            if let Some(p) = self.resolve_target(pj, value, pattern_match, conditions)? {
              return Ok(Some(p));
            }
          }
        }
        Ok(None)
      }
      _ => Ok(None),
    }
  }

  /// `#name` through the `imports` of the package that contains `from_dir`.
  fn resolve_imports(
    &self,
    specifier: &str,
    from_dir: &Path,
    conditions: &[&str],
  ) -> Result<PathBuf, ResolveError> {
    let pj = self.packages.scope_of(from_dir);
    let not_defined = || ResolveError::ImportNotDefined {
      specifier: specifier.to_owned(),
      package_json: pj.as_ref().map(|p| p.dir.join("package.json")),
    };
    let Some(pkg) = pj.as_ref() else {
      return Err(not_defined());
    };
    let Some(Value::Object(map)) = &pkg.imports else {
      return Err(not_defined());
    };
    self
      .match_subpath_map(pkg, specifier, map, conditions)?
      .ok_or_else(not_defined)
  }
}

/// Node's ordering of pattern keys: the longer prefix before the `*` wins, then the longer key.
fn pattern_key_compare(a: &str, b: &str) -> bool {
  let a_prefix = a.find('*').map_or(a.len(), |i| i + 1);
  let b_prefix = b.find('*').map_or(b.len(), |i| i + 1);
  a_prefix > b_prefix || (a_prefix == b_prefix && a.len() > b.len())
}

fn is_relative(s: &str) -> bool {
  s == "." || s == ".." || s.starts_with("./") || s.starts_with("../")
}

/// `@scope/name/sub/path` -> (`@scope/name`, `./sub/path`); `name` -> (`name`, `.`).
fn split_package_name(spec: &str) -> Option<(&str, String)> {
  let end = if spec.starts_with('@') {
    let first = spec.find('/')?;
    spec[first + 1..].find('/').map_or(spec.len(), |i| first + 1 + i)
  } else {
    spec.find('/').unwrap_or(spec.len())
  };
  let name = &spec[..end];
  if name.is_empty() || name.starts_with('.') || name.contains('\\') || name.contains('%') {
    return None;
  }
  Some((name, format!(".{}", &spec[end..])))
}

/// The `node_modules` folders Node searches from `dir`, nearest first.
fn node_modules_paths(dir: &Path) -> Vec<PathBuf> {
  dir
    .ancestors()
    .filter(|d| d.file_name().is_none_or(|n| n != "node_modules"))
    .map(|d| d.join("node_modules"))
    .collect()
}

/// Lexical normalisation (`a/./b/../c` -> `a/c`), as `path.resolve` does.
fn normalize(p: &Path) -> PathBuf {
  let mut out = PathBuf::new();
  for c in p.components() {
    match c {
      Component::ParentDir => {
        out.pop();
      }
      Component::CurDir => {}
      other => out.push(other.as_os_str()),
    }
  }
  out
}

fn realpath(p: &Path) -> PathBuf {
  std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf())
}

#[cfg(test)]
mod tests {
  use super::*;
  use std::fs;

  fn tree(files: &[(&str, &str)]) -> PathBuf {
    let root = std::env::temp_dir().join(format!(
      "nodus-resolver-{}-{}",
      std::process::id(),
      files.len() * 7919 + files.first().map_or(0, |f| f.0.len())
    ));
    let _ = fs::remove_dir_all(&root);
    for (path, body) in files {
      let p = root.join(path);
      fs::create_dir_all(p.parent().unwrap()).unwrap();
      fs::write(p, body).unwrap();
    }
    fs::canonicalize(&root).unwrap()
  }

  #[test]
  fn package_name_split() {
    assert_eq!(split_package_name("a"), Some(("a", ".".into())));
    assert_eq!(split_package_name("a/b/c"), Some(("a", "./b/c".into())));
    assert_eq!(split_package_name("@s/a/b"), Some(("@s/a", "./b".into())));
    assert_eq!(split_package_name("@s"), None);
  }

  #[test]
  fn require_extensions_index_and_main() {
    let root = tree(&[
      ("app/a.js", ""),
      ("app/lib/index.js", ""),
      ("app/data.json", "{}"),
      ("app/node_modules/m/package.json", r#"{"main":"./src/main"}"#),
      ("app/node_modules/m/src/main.js", ""),
    ]);
    let r = Resolver::new();
    let app = root.join("app");
    assert_eq!(r.resolve_require("./a", &app).unwrap(), app.join("a.js"));
    assert_eq!(
      r.resolve_require("./lib", &app).unwrap(),
      app.join("lib/index.js")
    );
    assert_eq!(r.resolve_require("./data", &app).unwrap(), app.join("data.json"));
    assert_eq!(
      r.resolve_require("m", &app.join("lib")).unwrap(),
      app.join("node_modules/m/src/main.js")
    );
    assert_eq!(r.resolve_require("./nope", &app), Err(ResolveError::NotFound));
  }

  #[test]
  fn exports_conditions_patterns_and_not_exported() {
    let root = tree(&[
      (
        "node_modules/p/package.json",
        r#"{"exports":{".":{"import":"./esm.mjs","require":"./cjs.js"},"./feat/*":"./lib/*.js"}}"#,
      ),
      ("node_modules/p/esm.mjs", ""),
      ("node_modules/p/cjs.js", ""),
      ("node_modules/p/lib/x.js", ""),
      ("main.mjs", ""),
    ]);
    let r = Resolver::new();
    let pkg = root.join("node_modules/p");
    assert_eq!(r.resolve_require("p", &root).unwrap(), pkg.join("cjs.js"));
    assert_eq!(
      r.resolve_import("p", &root.join("main.mjs")).unwrap(),
      pkg.join("esm.mjs")
    );
    assert_eq!(
      r.resolve_require("p/feat/x", &root).unwrap(),
      pkg.join("lib/x.js")
    );
    let err = r.resolve_require("p/lib/x.js", &root).unwrap_err();
    assert_eq!(err.code(true), "ERR_PACKAGE_PATH_NOT_EXPORTED");
  }

  #[test]
  fn format_follows_type_field() {
    let root = tree(&[
      ("esm/package.json", r#"{"type":"module"}"#),
      ("esm/a.js", ""),
      ("b.js", ""),
    ]);
    let r = Resolver::new();
    assert_eq!(r.format_of(&root.join("esm/a.js")), Format::Module);
    assert_eq!(r.format_of(&root.join("esm/a.cjs")), Format::CommonJs);
    assert_eq!(r.format_of(&root.join("x.mjs")), Format::Module);
  }

  #[test]
  fn esm_import_needs_exact_file_and_rejects_dirs() {
    let root = tree(&[("m.mjs", ""), ("d/index.js", ""), ("x/y.mjs", "")]);
    let r = Resolver::new();
    let from = root.join("m.mjs");
    assert_eq!(
      r.resolve_import("./x/y.mjs", &from).unwrap(),
      root.join("x/y.mjs")
    );
    assert_eq!(r.resolve_import("./x/y", &from), Err(ResolveError::NotFound));
    assert!(matches!(
      r.resolve_import("./d", &from),
      Err(ResolveError::DirectoryImport(_))
    ));
  }
}
