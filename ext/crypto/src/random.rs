//! Random bytes from the operating system, and the comparisons and key derivations that
//! need no state between calls.

use deno_core::op2;
use nodus_core::errors::NodeError;

/// Fills `buf` with random bytes (`randomBytes`, `randomFill`, `getRandomValues`).
#[op2(fast)]
pub fn op_crypto_random_fill(#[buffer] buf: &mut [u8]) -> Result<(), NodeError> {
  getrandom::fill(buf)
    .map_err(|e| NodeError::generic("ERR_CRYPTO_OPERATION_FAILED", format!("no random bytes: {e}")))
}

/// `timingSafeEqual`: compares all bytes whatever the first difference (JS checked
/// that the lengths are equal).
#[op2(fast)]
pub fn op_crypto_timing_safe_equal(#[buffer] a: &[u8], #[buffer] b: &[u8]) -> bool {
  a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// `pbkdf2Sync`.
#[op2]
#[buffer]
pub fn op_crypto_pbkdf2_sync(
  #[string] digest: &str,
  #[buffer] password: &[u8],
  #[buffer] salt: &[u8],
  iterations: u32,
  key_len: u32,
) -> Result<Vec<u8>, NodeError> {
  crate::digest::pbkdf2(digest, password, salt, iterations, key_len as usize)
}

/// `pbkdf2`: the derivation runs on tokio's blocking pool, on copies of the inputs (JS
/// buffers must not be dropped off the JS thread).
#[op2]
#[buffer]
pub async fn op_crypto_pbkdf2(
  #[string] digest: String,
  #[buffer(copy)] password: Vec<u8>,
  #[buffer(copy)] salt: Vec<u8>,
  iterations: u32,
  key_len: u32,
) -> Result<Vec<u8>, NodeError> {
  tokio::task::spawn_blocking(move || {
    crate::digest::pbkdf2(&digest, &password, &salt, iterations, key_len as usize)
  })
  .await
  .map_err(|_| NodeError::generic("ERR_CRYPTO_OPERATION_FAILED", "PBKDF2 task failed"))?
}
