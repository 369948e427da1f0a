//! Bytes from Rust to JS, the way that is fast on every engine.

use deno_core::v8;

/// A `Uint8Array` over a new engine-owned `ArrayBuffer` holding a copy of `bytes`.
///
/// An op that returns a `Vec<u8>` hands the engine an owned backing store. V8 adopts it,
/// but QuickJS copies it into a zeroed buffer of its own, so bytes that first became a
/// `Vec` (a body chunk, say) were written three times. Allocating in the engine and
/// copying once costs the same on V8 and saves two passes on QuickJS. `None` when the
/// engine refuses the allocation.
pub fn uint8_array_copy<'a>(
  scope: &mut v8::PinScope<'a, '_>,
  bytes: &[u8],
) -> Option<v8::Local<'a, v8::Uint8Array>> {
  let buffer = v8::ArrayBuffer::new(scope, bytes.len());
  if !bytes.is_empty() {
    let data = buffer.data()?;
    // SAFETY: the engine just allocated `bytes.len()` bytes at `data`; nothing else
    // refers to them yet, and they cannot overlap `bytes`.
    unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), data.as_ptr().cast::<u8>(), bytes.len()) };
  }
  v8::Uint8Array::new(scope, buffer, 0, bytes.len())
}
