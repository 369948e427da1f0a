//! JS strings to and from Rust, the ways that are fast on every engine.

use std::cell::RefCell;

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

/// Up to this many bytes, a string's bytes go through a buffer kept for that; longer
/// ones get a buffer of their own, which is not kept.
const SCRATCH: usize = 64 * 1024;

thread_local! {
  static SCRATCH_BUFFER: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Calls `f` with the UTF-8 of a JS string, lone surrogates as U+FFFD (what Node
/// writes), in one engine call for most strings (see [`append_utf8`]).
pub fn with_utf8<R>(scope: &mut v8::PinScope, s: v8::Local<v8::String>, f: impl FnOnce(&[u8]) -> R) -> R {
  with_scratch(|buf| {
    append_utf8(scope, s, buf);
    f(buf)
  })
}

/// The UTF-8 of a JS string, lone surrogates as U+FFFD (what Node writes).
pub fn utf8_bytes(scope: &mut v8::PinScope, s: v8::Local<v8::String>) -> Vec<u8> {
  let mut bytes = Vec::new();
  append_utf8(scope, s, &mut bytes);
  bytes
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

/// Runs `f` with the kept buffer, emptied; with a new one if `f` is already using it
/// (it reads another string).
fn with_scratch<R>(f: impl FnOnce(&mut Vec<u8>) -> R) -> R {
  SCRATCH_BUFFER.with(|cell| {
    let Ok(mut buf) = cell.try_borrow_mut() else {
      return f(&mut Vec::new());
    };
    buf.clear();
    let r = f(&mut buf);
    if buf.capacity() > SCRATCH {
      *buf = Vec::new();
    }
    r
  })
}

/// Strings up to this many UTF-8 bytes are written by the engine's `WriteUtf8`, longer
/// one-byte (latin-1) ones read through a `ValueView`: on QuickJS the first costs about
/// 50 instructions a character, the second about 15 but some 600 more to set up
/// (measured with callgrind).
const SHORT: usize = 16;

/// Appends the UTF-8 of `s` to `out`. The view is dropped before anything else touches
/// the engine (V8 forbids garbage collection while one is alive).
fn append_utf8(scope: &mut v8::PinScope, s: v8::Local<v8::String>, out: &mut Vec<u8>) {
  // First as a short string, with room for one character more: the engine stops before
  // a character that does not fit, so if that room is left the string has ended. One
  // engine call for the common case, where a length query would be a second.
  out.reserve(SHORT + 4);
  let start = out.len();
  let room = &mut out.spare_capacity_mut()[..SHORT + 4];
  let n = s.write_utf8_uninit_v2(scope, room, v8::WriteFlags::kReplaceInvalidUtf8, None);
  if n <= SHORT {
    // SAFETY: the engine wrote (initialised) the `n` bytes after `start`.
    unsafe { out.set_len(start + n) };
    return;
  }
  match v8::ValueView::new(scope, s).data() {
    v8::ValueViewData::OneByte(chars) if chars.is_ascii() => return out.extend_from_slice(chars),
    v8::ValueViewData::OneByte(chars) => {
      out.reserve(chars.len() * 2);
      for &c in chars {
        if c < 0x80 {
          out.push(c);
        } else {
          out.extend_from_slice(&[0xc0 | (c >> 6), 0x80 | (c & 0x3f)]);
        }
      }
      return;
    }
    // QuickJS's view of a lone surrogate is three U+FFFD, not one: `WriteUtf8` below
    // gets it right on both engines.
    v8::ValueViewData::TwoByte(_) => {}
  }
  let len = s.utf8_length(scope);
  out.reserve(len);
  let n = s.write_utf8_uninit_v2(
    scope,
    out.spare_capacity_mut(),
    v8::WriteFlags::kReplaceInvalidUtf8,
    None,
  );
  // SAFETY: the engine wrote (initialised) the `n` bytes after `start`.
  unsafe { out.set_len(start + n) };
}
