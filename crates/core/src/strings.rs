//! JS strings to and from Rust, the ways that are fast on every engine.

use std::cell::RefCell;
use std::mem::MaybeUninit;

use deno_core::v8;

/// A JS string from UTF-8 (the empty string if the engine refuses it, e.g. too long).
pub fn js_string<'a>(scope: &mut v8::PinScope<'a, '_>, s: &str) -> v8::Local<'a, v8::Value> {
  v8::String::new(scope, s).map_or_else(|| v8::String::empty(scope).into(), Into::into)
}

/// A JS string with one char per byte (latin-1).
pub fn js_latin1<'a>(scope: &mut v8::PinScope<'a, '_>, bytes: &[u8]) -> v8::Local<'a, v8::Value> {
  // ASCII is the same in UTF-8, which QuickJS takes without the one-byte path's copy.
  if bytes.is_ascii() {
    return v8::String::new_from_utf8(scope, bytes, v8::NewStringType::Normal)
      .map_or_else(|| v8::String::empty(scope).into(), Into::into);
  }
  v8::String::new_from_one_byte(scope, bytes, v8::NewStringType::Normal)
    .map_or_else(|| v8::String::empty(scope).into(), Into::into)
}

/// Strings up to this many UTF-8 bytes are read in one engine call, into a buffer kept
/// for that.
const SCRATCH: usize = 64 * 1024;

thread_local! {
  static SCRATCH_BUFFER: RefCell<Vec<MaybeUninit<u8>>> = const { RefCell::new(Vec::new()) };
}

/// Calls `f` with the UTF-8 of a JS string, lone surrogates as U+FFFD (what Node
/// writes). A string up to 64 KiB takes one engine call and no allocation: on QuickJS
/// every length or view query converts the whole string again, so asking for the length
/// first costs a second conversion (and `to_rust_string_lossy` asks twice).
pub fn with_utf8<R>(scope: &mut v8::PinScope, s: v8::Local<v8::String>, f: impl FnOnce(&[u8]) -> R) -> R {
  let done = SCRATCH_BUFFER.with(|cell| {
    // Taken (f reads another string): the exact way below.
    let Ok(mut buf) = cell.try_borrow_mut() else {
      return Err(f);
    };
    if buf.len() < SCRATCH {
      buf.resize(SCRATCH, MaybeUninit::uninit());
    }
    let n = s.write_utf8_uninit_v2(scope, &mut buf, v8::WriteFlags::kReplaceInvalidUtf8, None);
    // The engine stops before a character that does not fit, and none takes more than 4
    // bytes: with that much room left, the string ended.
    if n + 4 > SCRATCH {
      return Err(f);
    }
    // SAFETY: the engine wrote (initialised) the first `n` bytes.
    let bytes = unsafe { std::slice::from_raw_parts(buf.as_ptr().cast::<u8>(), n) };
    Ok(f(bytes))
  });
  match done {
    Ok(r) => r,
    Err(f) => f(&utf8_bytes_long(scope, s)),
  }
}

/// The UTF-8 of a JS string, lone surrogates as U+FFFD (what Node writes). On QuickJS
/// this is several times faster for long strings than op2's `#[string]` conversion,
/// which goes through UTF-16.
pub fn utf8_bytes(scope: &mut v8::PinScope, s: v8::Local<v8::String>) -> Vec<u8> {
  with_utf8(scope, s, <[u8]>::to_vec)
}

fn utf8_bytes_long(scope: &mut v8::PinScope, s: v8::Local<v8::String>) -> Vec<u8> {
  let mut buf = vec![0u8; s.utf8_length(scope)];
  let n = s.write_utf8_v2(scope, &mut buf, v8::WriteFlags::kReplaceInvalidUtf8, None);
  buf.truncate(n);
  buf
}

/// Calls `f` with a JS string as latin-1, one byte per character (the low byte of wider
/// ones, as Node's `latin1` encoding and its header writer do).
pub fn with_latin1<R>(scope: &mut v8::PinScope, s: v8::Local<v8::String>, f: impl FnOnce(&[u8]) -> R) -> R {
  with_utf8(scope, s, |utf8| {
    if utf8.is_ascii() {
      return f(utf8);
    }
    let bytes: Vec<u8> = String::from_utf8_lossy(utf8)
      .chars()
      .map(|c| c as u32 as u8)
      .collect();
    f(&bytes)
  })
}
