//! Byte <-> string codecs of `node:buffer` that are too slow in JS on an interpreter:
//! base64/base64url and hex, with Node's exact rules (see `internal/buffer/codecs.js`,
//! which picks these ops up by name; the decoders answer `null` for strings that are not
//! ASCII, which JS then decodes by Node's per-UTF-16-unit rules).

use deno_core::op2;

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
pub fn op_buffer_base64_decode(#[string] s: &str) -> Option<Vec<u8>> {
  s.is_ascii().then(|| base64_decode(s.as_bytes()))
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
pub fn op_buffer_hex_decode(#[string] s: &str) -> Option<Vec<u8>> {
  s.is_ascii().then(|| hex_decode(s.as_bytes()))
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
