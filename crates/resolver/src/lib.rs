//! Node.js module resolution in plain Rust, with no JavaScript engine attached.
//!
//! It answers two questions the module system asks: "which file does `require(x)` /
//! `import x` from this directory mean?" and "is this file CommonJS, an ES module or
//! JSON?". The rules are Node's: relative and absolute paths, directory `index` files,
//! the `node_modules` walk up the tree, and `package.json` `main`, `exports`, `imports`
//! and `type`.

mod package_json;
mod resolve;

pub use package_json::PackageJson;
pub use resolve::Format;
pub use resolve::ResolveError;
pub use resolve::Resolver;
