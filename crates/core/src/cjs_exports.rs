//! A small static scan of CommonJS source for the names it exports, so that
//! `import { x } from './file.cjs'` works. Node uses a lexer for the same purpose; this one
//! recognises the common shapes: `exports.x =`, `module.exports.x =`, `exports['x'] =`,
//! `Object.defineProperty(exports, 'x', ...)` and `module.exports = { a, b: 1, c() {} }`.

use std::collections::BTreeSet;

/// The export names found in `source`, sorted, without `default`.
pub(crate) fn export_names(source: &str) -> Vec<String> {
  let mut names = BTreeSet::new();
  let bytes = source.as_bytes();
  let mut i = 0;
  while let Some(off) = source[i..].find("exports") {
    let start = i + off;
    i = start + "exports".len();
    if start > 0 && is_ident_byte(bytes[start - 1]) && !source[..start].ends_with("module.") {
      continue;
    }
    if start > 0 && bytes[start - 1] == b'.' && !source[..start].ends_with("module.") {
      continue;
    }
    if i < bytes.len() && is_ident_byte(bytes[i]) {
      continue;
    }
    let rest = &source[i..];
    if let Some(after_dot) = rest.strip_prefix('.') {
      let name = ident_prefix(after_dot);
      if !name.is_empty() && assigned(&after_dot[name.len()..]) {
        names.insert(name.to_owned());
      }
    } else if let Some(after) = rest.strip_prefix('[') {
      if let Some((name, tail)) = quoted(after) {
        if tail.trim_start().starts_with(']') && assigned(&tail.trim_start()[1..]) {
          names.insert(name.to_owned());
        }
      }
    } else if source[..start].ends_with("module.") && assigned(rest) {
      let value = rest.trim_start().trim_start_matches('=').trim_start();
      if let Some(body) = value.strip_prefix('{') {
        object_literal_keys(body, &mut names);
      }
    }
    // Object.defineProperty(exports, 'name'
    if source[..start].trim_end().ends_with("defineProperty(") {
      let after = rest.trim_start().strip_prefix(',').map(str::trim_start);
      if let Some((name, _)) = after.and_then(quoted) {
        names.insert(name.to_owned());
      }
    }
  }
  names.remove("default");
  names.remove("__esModule");
  names.into_iter().filter(|n| is_identifier(n)).collect()
}

fn is_ident_byte(b: u8) -> bool {
  b.is_ascii_alphanumeric() || b == b'_' || b == b'$'
}

fn ident_prefix(s: &str) -> &str {
  let end = s.bytes().position(|b| !is_ident_byte(b)).unwrap_or(s.len());
  &s[..end]
}

fn is_identifier(s: &str) -> bool {
  !s.is_empty() && !s.as_bytes()[0].is_ascii_digit() && s.bytes().all(is_ident_byte) && !is_reserved(s)
}

fn is_reserved(s: &str) -> bool {
  matches!(
    s,
    "break"
      | "case"
      | "catch"
      | "class"
      | "const"
      | "continue"
      | "debugger"
      | "default"
      | "delete"
      | "do"
      | "else"
      | "export"
      | "extends"
      | "finally"
      | "for"
      | "function"
      | "if"
      | "import"
      | "in"
      | "instanceof"
      | "new"
      | "return"
      | "super"
      | "switch"
      | "this"
      | "throw"
      | "try"
      | "typeof"
      | "var"
      | "void"
      | "while"
      | "with"
      | "yield"
      | "let"
      | "static"
      | "enum"
      | "await"
      | "null"
      | "true"
      | "false"
  )
}

/// `= x` but not `== x` / `=> x`.
fn assigned(s: &str) -> bool {
  let t = s.trim_start();
  t.starts_with('=') && !t.starts_with("==") && !t.starts_with("=>")
}

/// `'name' rest` or `"name" rest` -> (name, rest)
fn quoted(s: &str) -> Option<(&str, &str)> {
  let q = s.chars().next().filter(|c| *c == '\'' || *c == '"')?;
  let end = s[1..].find(q)? + 1;
  Some((&s[1..end], &s[end + 1..]))
}

/// Keys at the top level of an object literal body (after `{`).
fn object_literal_keys(body: &str, names: &mut BTreeSet<String>) {
  let bytes = body.as_bytes();
  let mut depth = 0usize;
  let mut expect_key = true;
  let mut i = 0;
  while i < bytes.len() {
    let b = bytes[i];
    match b {
      b'{' | b'[' | b'(' => depth += 1,
      b'}' | b']' | b')' => {
        if depth == 0 {
          return;
        }
        depth -= 1;
      }
      b',' if depth == 0 => expect_key = true,
      b'\'' | b'"' | b'`' => {
        let end = body[i + 1..].find(b as char).map_or(bytes.len(), |e| i + 1 + e);
        if depth == 0 && expect_key {
          names.insert(body[i + 1..end.min(bytes.len())].to_owned());
          expect_key = false;
        }
        i = end + 1;
        continue;
      }
      _ if depth == 0 && expect_key && is_ident_byte(b) => {
        let name = ident_prefix(&body[i..]);
        let after = body[i + name.len()..].trim_start();
        let is_key = after.starts_with(':')
          || after.starts_with(',')
          || after.starts_with('}')
          || after.starts_with('(');
        let is_accessor = (name == "get" || name == "set" || name == "async") && !is_key;
        if is_key {
          names.insert(name.to_owned());
          expect_key = false;
        } else if !is_accessor {
          expect_key = false;
        }
        i += name.len();
        continue;
      }
      _ => {}
    }
    i += 1;
  }
}

#[cfg(test)]
mod tests {
  use super::export_names;

  #[test]
  fn finds_common_shapes() {
    let src = r#"
      exports.a = 1; module.exports.b = function () {};
      exports['c'] = 3; exports.d == 4; foo.exports.e = 5;
      Object.defineProperty(exports, "f", { get() {} });
      module.exports = { g, h: 1, i() {}, 'j': [1, { k: 2 }], default: 1 };
    "#;
    assert_eq!(export_names(src), ["a", "b", "c", "f", "g", "h", "i", "j"]);
  }
}
