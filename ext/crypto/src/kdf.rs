//! Key derivations beside PBKDF2: scrypt (RFC 7914) and HKDF (RFC 5869), each sync and
//! on the blocking pool.

use deno_core::op2;
use nodus_core::errors::NodeError;

fn scrypt_params(log_n: u8, r: u32, p: u32, key_len: usize) -> Result<scrypt::Params, NodeError> {
  scrypt::Params::new(log_n, r, p, key_len.max(10)).map_err(|e| {
    NodeError::range_error(
      "ERR_CRYPTO_INVALID_SCRYPT_PARAMS",
      format!("Invalid scrypt params: {e}"),
    )
  })
}

fn scrypt_derive(
  password: &[u8],
  salt: &[u8],
  log_n: u8,
  r: u32,
  p: u32,
  key_len: usize,
) -> Result<Vec<u8>, NodeError> {
  let params = scrypt_params(log_n, r, p, key_len)?;
  let mut out = vec![0u8; key_len];
  if key_len > 0 {
    scrypt::scrypt(password, salt, &params, &mut out).map_err(|e| {
      NodeError::range_error(
        "ERR_CRYPTO_INVALID_SCRYPT_PARAMS",
        format!("Invalid scrypt params: {e}"),
      )
    })?;
  }
  Ok(out)
}

/// `scryptSync`; JS has checked N (as log2), r, p and the memory limit.
#[op2]
#[buffer]
pub fn op_crypto_scrypt_sync(
  #[buffer] password: &[u8],
  #[buffer] salt: &[u8],
  log_n: u32,
  r: u32,
  p: u32,
  key_len: u32,
) -> Result<Vec<u8>, NodeError> {
  scrypt_derive(password, salt, log_n as u8, r, p, key_len as usize)
}

/// `scrypt` on the blocking pool, on copies of the inputs.
#[op2]
#[buffer]
pub async fn op_crypto_scrypt(
  #[buffer(copy)] password: Vec<u8>,
  #[buffer(copy)] salt: Vec<u8>,
  log_n: u32,
  r: u32,
  p: u32,
  key_len: u32,
) -> Result<Vec<u8>, NodeError> {
  tokio::task::spawn_blocking(move || scrypt_derive(&password, &salt, log_n as u8, r, p, key_len as usize))
    .await
    .map_err(|_| NodeError::generic("ERR_CRYPTO_OPERATION_FAILED", "scrypt task failed"))?
}

fn hkdf_derive(
  digest: &str,
  ikm: &[u8],
  salt: &[u8],
  info: &[u8],
  key_len: usize,
) -> Result<Vec<u8>, NodeError> {
  crate::digest::hkdf(digest, ikm, salt, info, key_len)?
    .ok_or_else(|| NodeError::range_error("ERR_CRYPTO_INVALID_KEYLEN", "Invalid key length"))
}

/// `hkdfSync`.
#[op2]
#[buffer]
pub fn op_crypto_hkdf_sync(
  #[string] digest: &str,
  #[buffer] ikm: &[u8],
  #[buffer] salt: &[u8],
  #[buffer] info: &[u8],
  key_len: u32,
) -> Result<Vec<u8>, NodeError> {
  hkdf_derive(digest, ikm, salt, info, key_len as usize)
}

/// `hkdf` on the blocking pool.
#[op2]
#[buffer]
pub async fn op_crypto_hkdf(
  #[string] digest: String,
  #[buffer(copy)] ikm: Vec<u8>,
  #[buffer(copy)] salt: Vec<u8>,
  #[buffer(copy)] info: Vec<u8>,
  key_len: u32,
) -> Result<Vec<u8>, NodeError> {
  tokio::task::spawn_blocking(move || hkdf_derive(&digest, &ikm, &salt, &info, key_len as usize))
    .await
    .map_err(|_| NodeError::generic("ERR_CRYPTO_OPERATION_FAILED", "HKDF task failed"))?
}

/// The output length of a digest, for HKDF's limit and Web Crypto's HMAC key lengths.
#[op2(fast)]
pub fn op_crypto_digest_len(#[string] digest: &str) -> Result<u32, NodeError> {
  Ok(crate::digest::digest_len(digest)? as u32)
}
