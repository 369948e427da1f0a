//! The ES module loader: `node:` builtins, files (ESM, JSON, and CommonJS through a facade)
//! and packages, resolved with Node's rules.

use std::cell::RefCell;
use std::collections::HashMap;
use std::future::Future;
use std::path::Path;
use std::path::PathBuf;
use std::pin::Pin;
use std::rc::Rc;

use deno_core::error::ModuleLoaderError;
use deno_core::url::Url;
use deno_core::ModuleLoadOptions;
use deno_core::ModuleLoadReferrer;
use deno_core::ModuleLoadResponse;
use deno_core::ModuleLoader;
use deno_core::ModuleSource;
use deno_core::ModuleSourceCode;
use deno_core::ModuleSpecifier;
use deno_core::ModuleType;
use deno_core::ResolutionKind;
use deno_error::JsErrorBox;
use nodus_resolver::Format;
use nodus_resolver::ResolveError;
use nodus_resolver::Resolver;

use crate::cjs_exports::export_names;
use crate::errors::NodeError;
use crate::BuiltinRegistry;

/// The hidden global through which a CommonJS facade module asks the CJS loader for a
/// module's exports. Installed by the bootstrap script.
pub(crate) const CJS_BRIDGE: &str = "Symbol.for('nodus.internal.importCjs')";

pub(crate) struct NodusModuleLoader {
  pub(crate) resolver: Rc<Resolver>,
  pub(crate) builtins: Rc<BuiltinRegistry>,
  /// Source given with a load instead of read from disk (`op_import_sync(specifier,
  /// code)`, which `require()` of an ES module uses), by specifier, until it is loaded.
  pub(crate) given_sources: RefCell<HashMap<ModuleSpecifier, String>>,
}

fn to_js(err: NodeError) -> ModuleLoaderError {
  JsErrorBox::from_err(err)
}

/// A file URL or a path, as the path it names.
pub(crate) fn url_to_path(url: &Url) -> Option<PathBuf> {
  url.to_file_path().ok()
}

impl NodusModuleLoader {
  fn referrer_path(referrer: &str) -> PathBuf {
    Url::parse(referrer)
      .ok()
      .and_then(|u| url_to_path(&u))
      // Code without a file (`-e`, the bootstrap) resolves against the working directory.
      .unwrap_or_else(|| std::env::current_dir().unwrap_or_default().join("[eval]"))
  }

  fn not_found(specifier: &str, referrer: &Path, err: ResolveError) -> NodeError {
    let from = referrer.display();
    match err {
      ResolveError::NotFound => {
        let is_path =
          specifier.starts_with('.') || specifier.starts_with('/') || specifier.starts_with("file:");
        let message = if is_path {
          let target = if specifier.starts_with("file:") {
            Url::parse(specifier)
              .ok()
              .and_then(|u| url_to_path(&u))
              .unwrap_or_default()
          } else {
            referrer.parent().unwrap_or(Path::new("/")).join(specifier)
          };
          format!(
            "Cannot find module '{}' imported from {from}",
            normalize_display(&target)
          )
        } else {
          let name = specifier
            .split('/')
            .take(if specifier.starts_with('@') { 2 } else { 1 });
          format!(
            "Cannot find package '{}' imported from {from}",
            name.collect::<Vec<_>>().join("/")
          )
        };
        NodeError::generic("ERR_MODULE_NOT_FOUND", message)
      }
      ResolveError::PathNotExported {
        subpath,
        package_json,
      } => NodeError::generic(
        "ERR_PACKAGE_PATH_NOT_EXPORTED",
        format!(
          "Package subpath '{subpath}' is not defined by \"exports\" in {}",
          package_json.display()
        ),
      ),
      ResolveError::ImportNotDefined {
        specifier,
        package_json,
      } => NodeError::type_error(
        "ERR_PACKAGE_IMPORT_NOT_DEFINED",
        format!(
          "Package import specifier \"{specifier}\" is not defined{} imported from {from}",
          package_json
            .map(|p| format!(" in package {}", p.display()))
            .unwrap_or_default()
        ),
      ),
      ResolveError::DirectoryImport(dir) => NodeError::generic(
        "ERR_UNSUPPORTED_DIR_IMPORT",
        format!(
          "Directory import '{}' is not supported resolving ES modules imported from {from}",
          dir.display()
        ),
      ),
      ResolveError::InvalidPackageConfig(msg) => NodeError::generic(
        "ERR_INVALID_PACKAGE_CONFIG",
        format!("Invalid package config {msg}"),
      ),
    }
  }

  fn load_file(&self, specifier: &ModuleSpecifier) -> Result<ModuleSource, ModuleLoaderError> {
    let path = url_to_path(specifier).ok_or_else(|| {
      to_js(NodeError::generic(
        "ERR_UNSUPPORTED_ESM_URL_SCHEME",
        format!("Unsupported URL {specifier}"),
      ))
    })?;
    let text = std::fs::read_to_string(&path)
      .map_err(|e| to_js(NodeError::system(&e, "open", path.display().to_string())))?;
    let text = text.strip_prefix('\u{feff}').map(str::to_owned).unwrap_or(text);
    let (module_type, code) = match self.resolver.format_of(&path) {
      Format::Module => (ModuleType::JavaScript, text),
      Format::Json => (ModuleType::Json, text),
      Format::CommonJs => (ModuleType::JavaScript, cjs_facade(&path, &text)),
      Format::Addon => {
        return Err(to_js(NodeError::generic(
          "ERR_NOT_IMPLEMENTED",
          format!(
            "Native addons (.node) are not implemented in nodus: {}",
            path.display()
          ),
        )))
      }
    };
    Ok(ModuleSource::new(
      module_type,
      ModuleSourceCode::String(code.into()),
      specifier,
      None,
    ))
  }
}

/// An ES module that evaluates a CommonJS file through `require` and re-exports what it
/// exported: `default` is `module.exports`, named exports are the names found statically.
fn cjs_facade(path: &Path, source: &str) -> String {
  let path_literal = serde_json::to_string(&path.to_string_lossy()).expect("a string serialises");
  let mut code = format!("const m = globalThis[{CJS_BRIDGE}]({path_literal});\nexport default m;\n");
  for name in export_names(source) {
    code.push_str(&format!(
      "export const {name} = m == null ? undefined : m.{name};\n"
    ));
  }
  code
}

fn normalize_display(p: &Path) -> String {
  let mut out = PathBuf::new();
  for c in p.components() {
    match c {
      std::path::Component::ParentDir => {
        out.pop();
      }
      std::path::Component::CurDir => {}
      other => out.push(other.as_os_str()),
    }
  }
  out.display().to_string()
}

/// `url` with the `?query` and `#fragment` of `suffix` (either may be missing). As in
/// Node, they make a module instance of their own.
fn with_suffix(mut url: Url, suffix: &str) -> Url {
  let (query, fragment) = match suffix.split_once('#') {
    Some((q, f)) => (q, Some(f)),
    None => (suffix, None),
  };
  url.set_query(query.strip_prefix('?'));
  url.set_fragment(fragment);
  url
}

impl ModuleLoader for NodusModuleLoader {
  fn resolve(
    &self,
    specifier: &str,
    referrer: &str,
    _kind: ResolutionKind,
  ) -> Result<ModuleSpecifier, ModuleLoaderError> {
    if specifier.starts_with("ext:") {
      return Url::parse(specifier).map_err(JsErrorBox::from_err);
    }
    // Code given to the loader before it is imported (op_nodus_give_module_source).
    if let Ok(url) = Url::parse(specifier) {
      if self.given_sources.borrow().contains_key(&url) {
        return Ok(url);
      }
    }
    if let Some(name) = specifier.strip_prefix("node:") {
      return match self.builtins.public_specifier(name) {
        Some(_) => Url::parse(specifier).map_err(JsErrorBox::from_err),
        None => Err(to_js(NodeError::type_error(
          "ERR_UNKNOWN_BUILTIN_MODULE",
          format!("No such built-in module: {specifier}"),
        ))),
      };
    }
    if self.builtins.public_specifier(specifier).is_some() {
      return Url::parse(&format!("node:{specifier}")).map_err(JsErrorBox::from_err);
    }
    let referrer_path = Self::referrer_path(referrer);
    if let Some(rest) = specifier.strip_prefix("file:") {
      let url = Url::parse(specifier).map_err(JsErrorBox::from_err)?;
      let path = url_to_path(&url).unwrap_or_else(|| PathBuf::from(rest));
      return self
        .resolver
        .resolve_import(&path.to_string_lossy(), &referrer_path)
        .map(|p| {
          let mut resolved = Url::from_file_path(p).expect("absolute path");
          resolved.set_query(url.query());
          resolved.set_fragment(url.fragment());
          resolved
        })
        .map_err(|e| to_js(Self::not_found(specifier, &referrer_path, e)));
    }
    if let Ok(url) = Url::parse(specifier) {
      if url.scheme().len() > 1 {
        return Err(to_js(NodeError::generic(
          "ERR_UNSUPPORTED_ESM_URL_SCHEME",
          format!(
            "Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol '{}:'",
            url.scheme()
          ),
        )));
      }
    }
    // A relative or absolute path is a URL too: `./x.mjs?v=2` is `./x.mjs` with a query.
    let (path, suffix) = match specifier.find(['?', '#']) {
      Some(i) if specifier.starts_with(['.', '/']) => specifier.split_at(i),
      _ => (specifier, ""),
    };
    self
      .resolver
      .resolve_import(path, &referrer_path)
      .map(|p| with_suffix(Url::from_file_path(p).expect("absolute path"), suffix))
      .map_err(|e| to_js(Self::not_found(specifier, &referrer_path, e)))
  }

  fn prepare_load(
    &self,
    specifier: &ModuleSpecifier,
    _maybe_referrer: Option<String>,
    maybe_content: Option<String>,
    _options: ModuleLoadOptions,
  ) -> Pin<Box<dyn Future<Output = Result<(), ModuleLoaderError>>>> {
    if let Some(code) = maybe_content {
      self.given_sources.borrow_mut().insert(specifier.clone(), code);
    }
    Box::pin(std::future::ready(Ok(())))
  }

  fn load(
    &self,
    specifier: &ModuleSpecifier,
    _referrer: Option<&ModuleLoadReferrer>,
    _options: ModuleLoadOptions,
  ) -> ModuleLoadResponse {
    if let Some(code) = self.given_sources.borrow_mut().remove(specifier) {
      return ModuleLoadResponse::Sync(Ok(ModuleSource::new(
        ModuleType::JavaScript,
        ModuleSourceCode::String(code.into()),
        specifier,
        None,
      )));
    }
    ModuleLoadResponse::Sync(self.load_file(specifier))
  }
}

#[cfg(test)]
mod tests {
  use super::*;

  #[test]
  fn facade_reexports_found_names() {
    let code = cjs_facade(Path::new("/a/b.js"), "exports.x = 1; exports.y = 2;");
    assert!(code.contains("globalThis[Symbol.for('nodus.internal.importCjs')](\"/a/b.js\")"));
    assert!(code.contains("export const x = "));
    assert!(code.contains("export const y = "));
  }
}
