//! JS strings to and from Rust, the ways that are fast on every engine.

use deno_core::v8;

/// A JS string from UTF-8 (the empty string if the engine refuses it, e.g. too long).
pub fn js_string<'a>(scope: &mut v8::PinScope<'a, '_>, s: &str) -> v8::Local<'a, v8::Value> {
  v8::String::new(scope, s).map_or_else(|| v8::String::empty(scope).into(), Into::into)
}

/// A JS string with one char per byte (latin-1).
pub fn js_latin1<'a>(scope: &mut v8::PinScope<'a, '_>, bytes: &[u8]) -> v8::Local<'a, v8::Value> {
  v8::String::new_from_one_byte(scope, bytes, v8::NewStringType::Normal)
    .map_or_else(|| v8::String::empty(scope).into(), Into::into)
}

/// The UTF-8 of a JS string, lone surrogates as U+FFFD (what Node writes). On QuickJS
/// this is several times faster for long strings than op2's `#[string]` conversion,
/// which goes through UTF-16.
pub fn utf8_bytes(scope: &mut v8::PinScope, s: v8::Local<v8::String>) -> Vec<u8> {
  let mut buf = vec![0u8; s.utf8_length(scope)];
  let n = s.write_utf8_v2(scope, &mut buf, v8::WriteFlags::kReplaceInvalidUtf8, None);
  buf.truncate(n);
  buf
}
