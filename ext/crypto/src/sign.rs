//! Signatures (RSA PKCS#1 v1.5 and PSS, ECDSA, Ed25519), RSA encryption (OAEP and
//! PKCS#1 v1.5) and Diffie-Hellman of EC and X25519 keys, over the RustCrypto crates.

use deno_core::op2;
use nodus_core::errors::NodeError;
use signature::hazmat::PrehashSigner;
use signature::hazmat::PrehashVerifier;

use crate::keys::with_curve;
use crate::keys::AsymKey;
use crate::keys::Curve;
use crate::keys::KeyHandle;

/// Node's `crypto.constants` for RSA padding and PSS salt lengths.
const RSA_PKCS1_PADDING: i32 = 1;
const RSA_NO_PADDING: i32 = 3;
const RSA_PKCS1_OAEP_PADDING: i32 = 4;
const RSA_PKCS1_PSS_PADDING: i32 = 6;
const RSA_PSS_SALTLEN_DIGEST: i32 = -1;
const RSA_PSS_SALTLEN_MAX_SIGN: i32 = -2;

fn unsupported_for_key() -> NodeError {
  NodeError::generic(
    "ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE",
    "error:03000096:digital envelope routines::operation not supported for this keytype",
  )
}

fn failed(what: impl std::fmt::Display) -> NodeError {
  NodeError::generic("ERR_CRYPTO_OPERATION_FAILED", format!("{what}"))
}

/// Runs `$body` with `$D` bound to the digest type named `$name` (those RSA signs with).
macro_rules! with_rsa_digest {
  ($name:expr, $D:ident => $body:expr) => {
    match $name {
      "md5" => {
        type $D = md5::Md5;
        $body
      }
      "sha1" => {
        type $D = sha1::Sha1;
        $body
      }
      "sha224" => {
        type $D = sha2::Sha224;
        $body
      }
      "sha256" => {
        type $D = sha2::Sha256;
        $body
      }
      "sha384" => {
        type $D = sha2::Sha384;
        $body
      }
      "sha512" => {
        type $D = sha2::Sha512;
        $body
      }
      other => {
        return Err(NodeError::type_error(
          "ERR_CRYPTO_INVALID_DIGEST",
          format!("Invalid digest: {other}"),
        ))
      }
    }
  };
}

/// The byte length of the RSA modulus minus what PSS needs besides the salt.
fn pss_max_salt(modulus_bits: usize, hash_len: usize) -> usize {
  let em_len = (modulus_bits - 1).div_ceil(8);
  em_len.saturating_sub(hash_len + 2)
}

/// `sign(digest, data, key)` / `Sign#sign`. `digest` is empty for Ed25519 (and the
/// default of RSA and ECDSA, SHA-256). `p1363` picks ECDSA's r||s form over DER.
#[op2]
#[buffer]
pub fn op_crypto_sign(
  #[cppgc] key: &KeyHandle,
  #[string] digest: &str,
  #[buffer] data: &[u8],
  padding: i32,
  salt_len: i32,
  p1363: bool,
) -> Result<Vec<u8>, NodeError> {
  let digest = if digest.is_empty() { "sha256" } else { digest };
  match &key.0 {
    AsymKey::RsaPrivate { key, pss } => {
      let hashed = crate::digest::hash_once(digest, data)?;
      if *pss || padding == RSA_PKCS1_PSS_PADDING {
        let salt = match salt_len {
          RSA_PSS_SALTLEN_DIGEST => hashed.len(),
          RSA_PSS_SALTLEN_MAX_SIGN => {
            pss_max_salt(rsa::traits::PublicKeyParts::n(key.as_ref()).bits(), hashed.len())
          }
          n if n >= 0 => n as usize,
          _ => return Err(failed("Invalid PSS salt length")),
        };
        let mut rng = rand_core::OsRng;
        with_rsa_digest!(digest, D => key
          .sign_with_rng(&mut rng, rsa::Pss::new_with_salt::<D>(salt), &hashed)
          .map_err(failed))
      } else {
        with_rsa_digest!(digest, D => key.sign(rsa::Pkcs1v15Sign::new::<D>(), &hashed).map_err(failed))
      }
    }
    AsymKey::EcPrivate { curve, scalar } => {
      let hashed = crate::digest::hash_once(digest, data)?;
      ecdsa_sign(*curve, scalar, &hashed, p1363)
    }
    AsymKey::Ed25519Private(key) => Ok(
      ed25519_dalek::Signer::sign(key.as_ref(), data)
        .to_bytes()
        .to_vec(),
    ),
    _ => Err(unsupported_for_key()),
  }
}

/// ECDSA over a prehashed message; P-521 has its own signer type in its crate.
fn ecdsa_sign(curve: Curve, scalar: &[u8], hashed: &[u8], p1363: bool) -> Result<Vec<u8>, NodeError> {
  macro_rules! sign_with {
    ($signer:expr, $C:ty) => {{
      let sig: ecdsa::Signature<$C> = $signer.sign_prehash(hashed).map_err(failed)?;
      Ok(if p1363 {
        sig.to_bytes().to_vec()
      } else {
        sig.to_der().as_bytes().to_vec()
      })
    }};
  }
  match curve {
    Curve::P256 => sign_with!(
      ecdsa::SigningKey::<p256::NistP256>::from_slice(scalar).map_err(failed)?,
      p256::NistP256
    ),
    Curve::P384 => sign_with!(
      ecdsa::SigningKey::<p384::NistP384>::from_slice(scalar).map_err(failed)?,
      p384::NistP384
    ),
    Curve::K256 => sign_with!(
      ecdsa::SigningKey::<k256::Secp256k1>::from_slice(scalar).map_err(failed)?,
      k256::Secp256k1
    ),
    Curve::P521 => sign_with!(
      p521::ecdsa::SigningKey::from_slice(scalar).map_err(failed)?,
      p521::NistP521
    ),
  }
}

/// Checks an ECDSA signature (DER or r||s) over a prehashed message; false when malformed.
fn ecdsa_verify(curve: Curve, point: &[u8], hashed: &[u8], sig: &[u8], p1363: bool) -> bool {
  macro_rules! verify_with {
    ($verifier:expr, $C:ty) => {{
      let Ok(verifier) = $verifier else { return false };
      let parsed = if p1363 {
        ecdsa::Signature::<$C>::from_slice(sig)
      } else {
        ecdsa::Signature::<$C>::from_der(sig)
      };
      match parsed {
        Ok(sig) => {
          let sig = sig.normalize_s().unwrap_or(sig);
          verifier.verify_prehash(hashed, &sig).is_ok()
        }
        Err(_) => false,
      }
    }};
  }
  match curve {
    Curve::P256 => verify_with!(
      ecdsa::VerifyingKey::<p256::NistP256>::from_sec1_bytes(point),
      p256::NistP256
    ),
    Curve::P384 => verify_with!(
      ecdsa::VerifyingKey::<p384::NistP384>::from_sec1_bytes(point),
      p384::NistP384
    ),
    Curve::K256 => verify_with!(
      ecdsa::VerifyingKey::<k256::Secp256k1>::from_sec1_bytes(point),
      k256::Secp256k1
    ),
    Curve::P521 => verify_with!(p521::ecdsa::VerifyingKey::from_sec1_bytes(point), p521::NistP521),
  }
}

/// `verify(digest, data, key, signature)` / `Verify#verify`, with a public key (JS takes
/// the public half of a private one).
#[op2(fast)]
pub fn op_crypto_verify(
  #[cppgc] key: &KeyHandle,
  #[string] digest: &str,
  #[buffer] data: &[u8],
  #[buffer] sig: &[u8],
  padding: i32,
  salt_len: i32,
  p1363: bool,
) -> Result<bool, NodeError> {
  let digest = if digest.is_empty() { "sha256" } else { digest };
  let public = key.0.public()?;
  match &public {
    AsymKey::RsaPublic { key, pss } => {
      let hashed = crate::digest::hash_once(digest, data)?;
      if *pss || padding == RSA_PKCS1_PSS_PADDING {
        let max = pss_max_salt(rsa::traits::PublicKeyParts::n(key.as_ref()).bits(), hashed.len());
        // A given length is checked exactly; the default (auto) accepts any salt.
        let candidates: Vec<usize> = match salt_len {
          RSA_PSS_SALTLEN_DIGEST => vec![hashed.len()],
          RSA_PSS_SALTLEN_MAX_SIGN => std::iter::once(hashed.len())
            .chain(std::iter::once(max))
            .chain(0..=max)
            .collect(),
          n if n >= 0 => vec![n as usize],
          _ => return Ok(false),
        };
        Ok(with_rsa_digest!(digest, D => candidates
          .into_iter()
          .any(|salt| key.verify(rsa::Pss::new_with_salt::<D>(salt), &hashed, sig).is_ok())))
      } else {
        Ok(with_rsa_digest!(digest, D => key.verify(rsa::Pkcs1v15Sign::new::<D>(), &hashed, sig).is_ok()))
      }
    }
    AsymKey::EcPublic { curve, point } => {
      let hashed = crate::digest::hash_once(digest, data)?;
      Ok(ecdsa_verify(*curve, point, &hashed, sig, p1363))
    }
    AsymKey::Ed25519Public(key) => Ok(match ed25519_dalek::Signature::from_slice(sig) {
      Ok(sig) => key.verify_strict(data, &sig).is_ok(),
      Err(_) => false,
    }),
    _ => Err(unsupported_for_key()),
  }
}

/// `publicEncrypt`/`privateDecrypt` with OAEP (`oaep_hash`, `label`) or PKCS#1 v1.5.
#[op2]
#[buffer]
pub fn op_crypto_rsa_crypt(
  #[cppgc] key: &KeyHandle,
  encrypt: bool,
  padding: i32,
  #[string] oaep_hash: &str,
  #[buffer] label: &[u8],
  #[buffer] data: &[u8],
) -> Result<Vec<u8>, NodeError> {
  let label = (!label.is_empty()).then(|| String::from_utf8_lossy(label).into_owned());
  let oaep_hash = if oaep_hash.is_empty() { "sha1" } else { oaep_hash };
  let oaep = |label: Option<String>| -> Result<rsa::Oaep, NodeError> {
    let mut scheme = with_rsa_digest!(oaep_hash, D => rsa::Oaep::new::<D>());
    scheme.label = label;
    Ok(scheme)
  };
  if padding == RSA_NO_PADDING {
    return Err(NodeError::generic(
      "ERR_NOT_IMPLEMENTED",
      "RSA_NO_PADDING is not implemented in nodus",
    ));
  }
  let decrypt_error = || {
    NodeError::generic(
      "ERR_OSSL_RSA_OAEP_DECODING_ERROR",
      "error:02000079:rsa routines::oaep decoding error",
    )
  };
  if encrypt {
    let public = key.0.public()?;
    let AsymKey::RsaPublic { key, .. } = &public else {
      return Err(unsupported_for_key());
    };
    let mut rng = rand_core::OsRng;
    match padding {
      RSA_PKCS1_PADDING => key.encrypt(&mut rng, rsa::Pkcs1v15Encrypt, data).map_err(failed),
      RSA_PKCS1_OAEP_PADDING => key.encrypt(&mut rng, oaep(label)?, data).map_err(failed),
      _ => Err(failed("Unknown padding")),
    }
  } else {
    let AsymKey::RsaPrivate { key, .. } = &key.0 else {
      return Err(unsupported_for_key());
    };
    match padding {
      RSA_PKCS1_PADDING => key.decrypt(rsa::Pkcs1v15Encrypt, data).map_err(|_| {
        NodeError::generic(
          "ERR_OSSL_RSA_PKCS_DECODING_ERROR",
          "error:02000072:rsa routines::padding check failed",
        )
      }),
      RSA_PKCS1_OAEP_PADDING => key.decrypt(oaep(label)?, data).map_err(|_| decrypt_error()),
      _ => Err(failed("Unknown padding")),
    }
  }
}

/// `diffieHellman({ privateKey, publicKey })` for EC and X25519 keys.
#[op2]
#[buffer]
pub fn op_crypto_diffie_hellman(
  #[cppgc] private: &KeyHandle,
  #[cppgc] public: &KeyHandle,
) -> Result<Vec<u8>, NodeError> {
  let incompatible = || {
    NodeError::generic(
      "ERR_CRYPTO_INCOMPATIBLE_KEY",
      "Incompatible key types for Diffie-Hellman: ",
    )
  };
  let public = public.0.public()?;
  match (&private.0, &public) {
    (AsymKey::X25519Private(secret), AsymKey::X25519Public(point)) => {
      Ok(secret.diffie_hellman(point).to_bytes().to_vec())
    }
    (AsymKey::EcPrivate { curve, scalar }, AsymKey::EcPublic { curve: other, point }) if curve == other => {
      with_curve!(*curve, C => {
        let secret = elliptic_curve::SecretKey::<C>::from_slice(scalar).map_err(failed)?;
        let public = elliptic_curve::PublicKey::<C>::from_sec1_bytes(point).map_err(failed)?;
        let shared = elliptic_curve::ecdh::diffie_hellman(secret.to_nonzero_scalar(), public.as_affine());
        Ok(shared.raw_secret_bytes().to_vec())
      })
    }
    _ => Err(incompatible()),
  }
}
