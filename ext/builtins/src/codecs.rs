//! Byte <-> string codecs of `node:buffer` that are too slow in JS on an interpreter:
//! base64/base64url, hex, latin1, ascii and utf16le, with Node's exact rules (see
//! `internal/buffer/codecs.js`, which picks these ops up by name). An op answers `null`
//! where it cannot be exact, and JS then does the work by Node's per-UTF-16-unit rules:
//! the base64/hex decoders for strings that are not ASCII, the latin1/utf16le encoders
//! for strings with U+FFFD (the engine hands strings out as UTF-8 with lone surrogates
//! already replaced by U+FFFD, so those cannot be told apart). utf16le decoding stays in
//! JS: making a string from UTF-16 goes through UTF-8 in the engine and was slower.

use deno_core::op2;
use deno_core::v8;
use nodus_core::strings::utf8_bytes;

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Sextet value of a byte in either alphabet, or 255.
const B64_VALUE: [u8; 256] = {
  let mut t = [255u8; 256];
  let mut i = 0;
  while i < 64 {
    t[B64[i] as usize] = i as u8;
    t[B64URL[i] as usize] = i as u8;
    i += 1;
  }
  t
};

/// Bytes to base64 (padded) or base64url (unpadded).
pub fn base64_encode(bytes: &[u8], url: bool) -> String {
  let table = if url { B64URL } else { B64 };
  let mut out = Vec::with_capacity(bytes.len().div_ceil(3) * 4);
  let mut chunks = bytes.chunks_exact(3);
  for c in &mut chunks {
    let v = (c[0] as u32) << 16 | (c[1] as u32) << 8 | c[2] as u32;
    out.extend_from_slice(&[
      table[(v >> 18) as usize],
      table[(v >> 12 & 63) as usize],
      table[(v >> 6 & 63) as usize],
      table[(v & 63) as usize],
    ]);
  }
  match *chunks.remainder() {
    [a] => {
      out.extend_from_slice(&[table[(a >> 2) as usize], table[((a & 3) << 4) as usize]]);
      if !url {
        out.extend_from_slice(b"==");
      }
    }
    [a, b] => {
      let v = (a as u32) << 8 | b as u32;
      out.extend_from_slice(&[
        table[(v >> 10) as usize],
        table[(v >> 4 & 63) as usize],
        table[((v & 15) << 2) as usize],
      ]);
      if !url {
        out.push(b'=');
      }
    }
    _ => {}
  }
  // Only alphabet bytes were written.
  String::from_utf8(out).unwrap_or_default()
}

/// Node's lenient base64 decoder (both alphabets): bytes outside them are skipped, the
/// first `=` ends the input, and the output is capped at the length Node computes.
pub fn base64_decode(s: &[u8]) -> Vec<u8> {
  let mut n = s.len();
  if n > 0 && s[n - 1] == b'=' {
    n -= 1;
  }
  if n > 1 && s[n - 1] == b'=' {
    n -= 1;
  }
  let cap = n * 3 / 4;
  let mut out = Vec::with_capacity(cap);
  let (mut acc, mut sextets) = (0u32, 0);
  for &ch in s {
    if out.len() >= cap {
      break;
    }
    let v = B64_VALUE[ch as usize];
    if v == 255 {
      if ch == b'=' {
        break;
      }
      continue;
    }
    acc = acc << 6 | v as u32;
    sextets += 1;
    if sextets == 4 {
      out.extend_from_slice(&[(acc >> 16) as u8, (acc >> 8) as u8, acc as u8]);
      acc = 0;
      sextets = 0;
    }
  }
  // A partial group gives the whole bytes it holds.
  match sextets {
    2 => out.push((acc >> 4) as u8),
    3 => out.extend_from_slice(&[(acc >> 10) as u8, (acc >> 2) as u8]),
    _ => {}
  }
  out.truncate(cap);
  out
}

/// Bytes to lower-case hex.
pub fn hex_encode(bytes: &[u8]) -> String {
  const DIGITS: &[u8; 16] = b"0123456789abcdef";
  let mut out = Vec::with_capacity(bytes.len() * 2);
  for &b in bytes {
    out.extend_from_slice(&[DIGITS[(b >> 4) as usize], DIGITS[(b & 15) as usize]]);
  }
  String::from_utf8(out).unwrap_or_default()
}

/// Hex to bytes; decoding stops at the first pair that is not valid hex (as Node's).
pub fn hex_decode(s: &[u8]) -> Vec<u8> {
  let value = |c: u8| (c as char).to_digit(16);
  s.chunks_exact(2)
    .map_while(|p| Some((value(p[0])? << 4 | value(p[1])?) as u8))
    .collect()
}

/// `op_buffer_base64_encode(u8, url)`
#[op2]
#[string]
pub fn op_buffer_base64_encode(#[buffer] bytes: &[u8], url: bool) -> String {
  base64_encode(bytes, url)
}

/// `op_buffer_base64_decode(string)`: `null` for a string that is not ASCII (JS decodes
/// those, by Node's rules for UTF-16 units).
#[op2]
#[buffer]
pub fn op_buffer_base64_decode(scope: &mut v8::PinScope, s: v8::Local<v8::String>) -> Option<Vec<u8>> {
  let s = utf8_bytes(scope, s);
  s.is_ascii().then(|| base64_decode(&s))
}

/// `op_buffer_hex_encode(u8)`
#[op2]
#[string]
pub fn op_buffer_hex_encode(#[buffer] bytes: &[u8]) -> String {
  hex_encode(bytes)
}

/// `op_buffer_hex_decode(string)`: `null` for a string that is not ASCII, as above.
#[op2]
#[buffer]
pub fn op_buffer_hex_decode(scope: &mut v8::PinScope, s: v8::Local<v8::String>) -> Option<Vec<u8>> {
  let s = utf8_bytes(scope, s);
  s.is_ascii().then(|| hex_decode(&s))
}

/// The UTF-8 of a JS string; `None` if it contains U+FFFD (see the module docs).
fn utf8_without_replacement(scope: &mut v8::PinScope, s: v8::Local<v8::String>) -> Option<Vec<u8>> {
  let buf = utf8_bytes(scope, s);
  let has_replacement = buf.windows(3).any(|w| w == [0xef, 0xbf, 0xbd]);
  (!has_replacement).then_some(buf)
}

/// `op_buffer_utf8_encode(string)`: UTF-8, lone surrogates as U+FFFD (as Node).
#[op2]
#[buffer]
pub fn op_buffer_utf8_encode(scope: &mut v8::PinScope, s: v8::Local<v8::String>) -> Vec<u8> {
  utf8_bytes(scope, s)
}

/// `op_buffer_utf8_byte_length(string)`: how long its UTF-8 is (a lone surrogate counts
/// 3 bytes, as the U+FFFD Node writes for it does). On QuickJS the JS fallback's scan
/// took ~12 us for 1 KiB; the engine measures it in one pass.
#[op2(fast)]
pub fn op_buffer_utf8_byte_length(scope: &mut v8::PinScope, s: v8::Local<v8::String>) -> u32 {
  s.utf8_length(scope) as u32
}

/// The UTF-16 code units of valid UTF-8.
fn utf16_units(utf8: &[u8]) -> impl Iterator<Item = u16> + '_ {
  std::str::from_utf8(utf8).unwrap_or_default().encode_utf16()
}

/// `op_buffer_latin1_encode(string)`: the low byte of every UTF-16 unit.
#[op2]
#[buffer]
pub fn op_buffer_latin1_encode(scope: &mut v8::PinScope, s: v8::Local<v8::String>) -> Option<Vec<u8>> {
  let utf8 = utf8_without_replacement(scope, s)?;
  if utf8.is_ascii() {
    return Some(utf8);
  }
  Some(utf16_units(&utf8).map(|u| u as u8).collect())
}

/// `op_buffer_utf16le_encode(string)`: every UTF-16 unit, little-endian.
#[op2]
#[buffer]
pub fn op_buffer_utf16le_encode(scope: &mut v8::PinScope, s: v8::Local<v8::String>) -> Option<Vec<u8>> {
  let utf8 = utf8_without_replacement(scope, s)?;
  Some(utf16_units(&utf8).flat_map(u16::to_le_bytes).collect())
}

fn one_byte_string<'a>(scope: &mut v8::PinScope<'a, '_>, bytes: &[u8]) -> v8::Local<'a, v8::String> {
  v8::String::new_from_one_byte(scope, bytes, v8::NewStringType::Normal)
    .unwrap_or_else(|| v8::String::empty(scope))
}

/// `op_buffer_latin1_decode(u8)`: one char per byte.
#[op2]
pub fn op_buffer_latin1_decode<'a>(
  scope: &mut v8::PinScope<'a, '_>,
  #[buffer] bytes: &[u8],
) -> v8::Local<'a, v8::String> {
  one_byte_string(scope, bytes)
}

/// `op_buffer_ascii_decode(u8)`: one char per byte, the high bit dropped (as Node).
#[op2]
pub fn op_buffer_ascii_decode<'a>(
  scope: &mut v8::PinScope<'a, '_>,
  #[buffer] bytes: &[u8],
) -> v8::Local<'a, v8::String> {
  if bytes.is_ascii() {
    return one_byte_string(scope, bytes);
  }
  let low: Vec<u8> = bytes.iter().map(|b| b & 0x7f).collect();
  one_byte_string(scope, &low)
}

#[cfg(test)]
mod tests {
  use super::*;

  #[test]
  fn base64_round_trips_and_pads_like_node() {
    assert_eq!(base64_encode(b"", false), "");
    assert_eq!(base64_encode(b"f", false), "Zg==");
    assert_eq!(base64_encode(b"fo", false), "Zm8=");
    assert_eq!(base64_encode(b"foo", false), "Zm9v");
    assert_eq!(base64_encode(&[0xfb, 0xff], true), "-_8");
    for n in 0..40u8 {
      let data: Vec<u8> = (0..n).map(|i| i.wrapping_mul(37)).collect();
      assert_eq!(base64_decode(base64_encode(&data, false).as_bytes()), data);
      assert_eq!(base64_decode(base64_encode(&data, true).as_bytes()), data);
    }
  }

  #[test]
  fn base64_decoding_is_lenient_like_node() {
    assert_eq!(base64_decode(b"Zm9v YmFy"), b"foobar");
    assert_eq!(base64_decode(b"Zm9v=YmFy"), b"foo");
    assert_eq!(base64_decode(b"Zg"), b"f");
    assert_eq!(base64_decode(b"Z"), b"");
  }

  #[test]
  fn hex_stops_at_the_first_bad_pair() {
    assert_eq!(hex_encode(&[0, 0xab, 0xff]), "00abff");
    assert_eq!(hex_decode(b"00abFF"), [0, 0xab, 0xff]);
    assert_eq!(hex_decode(b"0a0g11"), [0x0a]);
    assert_eq!(hex_decode(b"abc"), [0xab]);
  }
}
