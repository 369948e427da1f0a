//! `createECDH`: raw EC key pairs on P-256, P-384 and secp256k1 as bytes (a scalar and a
//! SEC1 point), the shared secret, and point format conversion.

use deno_core::op2;
use elliptic_curve::sec1::ToEncodedPoint;
use nodus_core::errors::NodeError;

use crate::keys::with_curve;
use crate::keys::Curve;

fn curve_of(name: &str) -> Result<Curve, NodeError> {
  Curve::parse(name).ok_or_else(|| NodeError::type_error("ERR_CRYPTO_INVALID_CURVE", "Invalid EC curve name"))
}

fn invalid_public_key() -> NodeError {
  NodeError::generic(
    "ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY",
    "Public key is not valid for specified curve",
  )
}

/// A new random private scalar for `curve`.
#[op2]
#[buffer]
pub fn op_crypto_ecdh_random_scalar(#[string] curve: &str) -> Result<Vec<u8>, NodeError> {
  let curve = curve_of(curve)?;
  Ok(
    with_curve!(curve, C => elliptic_curve::SecretKey::<C>::random(&mut rand_core::OsRng).to_bytes().to_vec()),
  )
}

/// The public point of `scalar`, compressed or not.
#[op2]
#[buffer]
pub fn op_crypto_ecdh_point(
  #[string] curve: &str,
  #[buffer] scalar: &[u8],
  compressed: bool,
) -> Result<Vec<u8>, NodeError> {
  let curve = curve_of(curve)?;
  with_curve!(curve, C => {
    let secret = elliptic_curve::SecretKey::<C>::from_slice(scalar).map_err(|_| {
      NodeError::range_error("ERR_CRYPTO_INVALID_KEYTYPE", "Private key is not valid for specified curve.")
    })?;
    Ok(secret.public_key().to_encoded_point(compressed).as_bytes().to_vec())
  })
}

/// `ecdh.computeSecret(peer)`: the x coordinate of scalar * peer.
#[op2]
#[buffer]
pub fn op_crypto_ecdh_compute(
  #[string] curve: &str,
  #[buffer] scalar: &[u8],
  #[buffer] peer: &[u8],
) -> Result<Vec<u8>, NodeError> {
  let curve = curve_of(curve)?;
  with_curve!(curve, C => {
    let secret = elliptic_curve::SecretKey::<C>::from_slice(scalar)
      .map_err(|_| NodeError::generic("ERR_CRYPTO_INVALID_STATE", "Invalid state for operation computeSecret"))?;
    let public = elliptic_curve::PublicKey::<C>::from_sec1_bytes(peer).map_err(|_| invalid_public_key())?;
    let shared = elliptic_curve::ecdh::diffie_hellman(secret.to_nonzero_scalar(), public.as_affine());
    Ok(shared.raw_secret_bytes().to_vec())
  })
}

/// `ECDH.convertKey` / `setPublicKey`: a SEC1 point re-encoded, checked to be on the curve.
#[op2]
#[buffer]
pub fn op_crypto_ecdh_convert(
  #[string] curve: &str,
  #[buffer] point: &[u8],
  compressed: bool,
) -> Result<Vec<u8>, NodeError> {
  let curve = curve_of(curve)?;
  with_curve!(curve, C => {
    let public = elliptic_curve::PublicKey::<C>::from_sec1_bytes(point).map_err(|_| {
      NodeError::generic("ERR_CRYPTO_OPERATION_FAILED", "Failed to convert Buffer to EC_POINT")
    })?;
    Ok(public.to_encoded_point(compressed).as_bytes().to_vec())
  })
}
