//! Hashes and HMACs: one garbage-collected object per `Hash`/`Hmac` in progress, fed by
//! `update` and consumed by `digest`.

use std::cell::RefCell;

use deno_core::op2;
use deno_core::v8;
use deno_core::GarbageCollected;
use digest::Digest;
use hmac::Mac;
use nodus_core::errors::NodeError;

/// The digest algorithms nodus provides, by OpenSSL's names.
#[derive(Clone, Copy)]
enum Algorithm {
  Md5,
  Sha1,
  Sha224,
  Sha256,
  Sha384,
  Sha512,
  Sha512_224,
  Sha512_256,
  Sha3_224,
  Sha3_256,
  Sha3_384,
  Sha3_512,
  Ripemd160,
  Blake2b512,
  Blake2s256,
}

impl Algorithm {
  /// OpenSSL's names and aliases, in any case: `sha256`, `SHA-256`, `SHA2-256`, `RSA-SHA256`
  /// (JS passes the canonical names; the aliases keep the ops usable on their own).
  fn parse(name: &str) -> Option<Self> {
    let lower = name.to_ascii_lowercase();
    let name = lower.strip_prefix("rsa-").unwrap_or(&lower);
    Some(match name {
      "md5" => Algorithm::Md5,
      "sha1" | "sha-1" => Algorithm::Sha1,
      "sha224" | "sha-224" | "sha2-224" => Algorithm::Sha224,
      "sha256" | "sha-256" | "sha2-256" => Algorithm::Sha256,
      "sha384" | "sha-384" | "sha2-384" => Algorithm::Sha384,
      "sha512" | "sha-512" | "sha2-512" => Algorithm::Sha512,
      "sha512-224" | "sha-512/224" | "sha2-512/224" => Algorithm::Sha512_224,
      "sha512-256" | "sha-512/256" | "sha2-512/256" => Algorithm::Sha512_256,
      "sha3-224" => Algorithm::Sha3_224,
      "sha3-256" => Algorithm::Sha3_256,
      "sha3-384" => Algorithm::Sha3_384,
      "sha3-512" => Algorithm::Sha3_512,
      "ripemd160" | "ripemd" | "ripemd-160" | "rmd160" => Algorithm::Ripemd160,
      "blake2b512" | "blake2b-512" => Algorithm::Blake2b512,
      "blake2s256" | "blake2s-256" => Algorithm::Blake2s256,
      _ => return None,
    })
  }

  fn parse_or_throw(name: &str) -> Result<Self, NodeError> {
    Self::parse(name)
      .ok_or_else(|| NodeError::type_error("ERR_CRYPTO_INVALID_DIGEST", format!("Invalid digest: {name}")))
  }
}

/// A hash or HMAC computation of any algorithm.
trait Digester {
  fn update(&mut self, data: &[u8]);
  fn finish(self: Box<Self>) -> Vec<u8>;
  fn boxed_clone(&self) -> Box<dyn Digester>;
}

struct HashOf<D>(D);

impl<D: Digest + Clone + 'static> Digester for HashOf<D> {
  fn update(&mut self, data: &[u8]) {
    Digest::update(&mut self.0, data);
  }
  fn finish(self: Box<Self>) -> Vec<u8> {
    self.0.finalize().to_vec()
  }
  fn boxed_clone(&self) -> Box<dyn Digester> {
    Box::new(HashOf(self.0.clone()))
  }
}

struct HmacOf<M>(M);

impl<M: Mac + Clone + 'static> Digester for HmacOf<M> {
  fn update(&mut self, data: &[u8]) {
    Mac::update(&mut self.0, data);
  }
  fn finish(self: Box<Self>) -> Vec<u8> {
    self.0.finalize().into_bytes().to_vec()
  }
  fn boxed_clone(&self) -> Box<dyn Digester> {
    Box::new(HmacOf(self.0.clone()))
  }
}

/// Runs `$body` with `$D` bound to the hash type of `$alg`.
macro_rules! with_hash {
  ($alg:expr, $D:ident => $body:expr) => {
    match $alg {
      Algorithm::Md5 => {
        type $D = md5::Md5;
        $body
      }
      Algorithm::Sha1 => {
        type $D = sha1::Sha1;
        $body
      }
      Algorithm::Sha224 => {
        type $D = sha2::Sha224;
        $body
      }
      Algorithm::Sha256 => {
        type $D = sha2::Sha256;
        $body
      }
      Algorithm::Sha384 => {
        type $D = sha2::Sha384;
        $body
      }
      Algorithm::Sha512 => {
        type $D = sha2::Sha512;
        $body
      }
      Algorithm::Sha512_224 => {
        type $D = sha2::Sha512_224;
        $body
      }
      Algorithm::Sha512_256 => {
        type $D = sha2::Sha512_256;
        $body
      }
      Algorithm::Sha3_224 => {
        type $D = sha3::Sha3_224;
        $body
      }
      Algorithm::Sha3_256 => {
        type $D = sha3::Sha3_256;
        $body
      }
      Algorithm::Sha3_384 => {
        type $D = sha3::Sha3_384;
        $body
      }
      Algorithm::Sha3_512 => {
        type $D = sha3::Sha3_512;
        $body
      }
      Algorithm::Ripemd160 => {
        type $D = ripemd::Ripemd160;
        $body
      }
      Algorithm::Blake2b512 => {
        type $D = blake2::Blake2b512;
        $body
      }
      Algorithm::Blake2s256 => {
        type $D = blake2::Blake2s256;
        $body
      }
    }
  };
}
fn new_hash(alg: Algorithm) -> Box<dyn Digester> {
  with_hash!(alg, D => Box::new(HashOf(D::new())))
}

fn new_hmac(alg: Algorithm, key: &[u8]) -> Box<dyn Digester> {
  // HMAC takes keys of any length, so `new_from_slice` cannot fail.
  with_hash!(alg, D => Box::new(HmacOf(
    hmac::SimpleHmac::<D>::new_from_slice(key).expect("HMAC accepts any key length"),
  )))
}

/// A `Hash` or `Hmac` in progress; empty once digested.
pub struct DigestState(RefCell<Option<Box<dyn Digester>>>);

// SAFETY: DigestState holds no references to other garbage-collected objects.
unsafe impl GarbageCollected for DigestState {
  fn trace(&self, _visitor: &mut v8::cppgc::Visitor) {}

  fn get_name(&self) -> &'static std::ffi::CStr {
    c"DigestState"
  }
}

impl DigestState {
  fn new(d: Box<dyn Digester>) -> Self {
    DigestState(RefCell::new(Some(d)))
  }
}

fn already_digested() -> NodeError {
  NodeError::generic("ERR_CRYPTO_HASH_FINALIZED", "Digest already called")
}

/// `crypto.createHash(algorithm)`.
#[op2]
#[cppgc]
pub fn op_crypto_hash_new(#[string] algorithm: &str) -> Result<DigestState, NodeError> {
  Ok(DigestState::new(new_hash(Algorithm::parse_or_throw(algorithm)?)))
}

/// `crypto.createHmac(algorithm, key)`.
#[op2]
#[cppgc]
pub fn op_crypto_hmac_new(#[string] algorithm: &str, #[buffer] key: &[u8]) -> Result<DigestState, NodeError> {
  Ok(DigestState::new(new_hmac(
    Algorithm::parse_or_throw(algorithm)?,
    key,
  )))
}

/// `hash.update(data)` with bytes.
#[op2(fast)]
pub fn op_crypto_digest_update(#[cppgc] state: &DigestState, #[buffer] data: &[u8]) -> Result<(), NodeError> {
  let mut d = state.0.borrow_mut();
  d.as_mut().ok_or_else(already_digested)?.update(data);
  Ok(())
}

/// `hash.update(string)` with UTF-8 text, without a Buffer in between.
#[op2(fast)]
pub fn op_crypto_digest_update_utf8(
  scope: &mut v8::PinScope,
  #[cppgc] state: &DigestState,
  data: v8::Local<v8::String>,
) -> Result<(), NodeError> {
  let bytes = nodus_core::strings::utf8_bytes(scope, data);
  let mut d = state.0.borrow_mut();
  d.as_mut().ok_or_else(already_digested)?.update(&bytes);
  Ok(())
}

/// `hash.digest()`: the result; the state is spent.
#[op2]
#[buffer]
pub fn op_crypto_digest_final(#[cppgc] state: &DigestState) -> Result<Vec<u8>, NodeError> {
  let d = state.0.borrow_mut().take().ok_or_else(already_digested)?;
  Ok(d.finish())
}

/// `hash.copy()`.
#[op2]
#[cppgc]
pub fn op_crypto_digest_copy(#[cppgc] state: &DigestState) -> Result<DigestState, NodeError> {
  let d = state.0.borrow();
  Ok(DigestState::new(
    d.as_ref().ok_or_else(already_digested)?.boxed_clone(),
  ))
}

/// `crypto.hash(algorithm, data)`: a one-shot digest of bytes.
#[op2]
#[buffer]
pub fn op_crypto_hash_once(#[string] algorithm: &str, #[buffer] data: &[u8]) -> Result<Vec<u8>, NodeError> {
  let alg = Algorithm::parse_or_throw(algorithm)?;
  Ok(with_hash!(alg, D => D::digest(data).to_vec()))
}

/// PBKDF2 with HMAC of `digest`; the caller has checked the numbers.
pub(crate) fn pbkdf2(
  digest: &str,
  password: &[u8],
  salt: &[u8],
  iterations: u32,
  key_len: usize,
) -> Result<Vec<u8>, NodeError> {
  let alg = Algorithm::parse_or_throw(digest)?;
  let mut out = vec![0u8; key_len];
  with_hash!(alg, D => pbkdf2::pbkdf2::<hmac::SimpleHmac<D>>(password, salt, iterations, &mut out)
    .expect("HMAC accepts any key length"));
  Ok(out)
}

/// HKDF (RFC 5869) with HMAC of `digest`: `None` when `key_len` is more than 255 hash
/// lengths.
pub(crate) fn hkdf(
  digest: &str,
  ikm: &[u8],
  salt: &[u8],
  info: &[u8],
  key_len: usize,
) -> Result<Option<Vec<u8>>, NodeError> {
  let alg = Algorithm::parse_or_throw(digest)?;
  let mut out = vec![0u8; key_len];
  let ok = with_hash!(alg, D => hkdf::Hkdf::<D, hmac::SimpleHmac<D>>::new(Some(salt), ikm)
    .expand(info, &mut out)
    .is_ok());
  Ok(ok.then_some(out))
}

/// The output length of `digest` in bytes.
pub(crate) fn digest_len(digest: &str) -> Result<usize, NodeError> {
  let alg = Algorithm::parse_or_throw(digest)?;
  Ok(with_hash!(alg, D => <D as Digest>::output_size()))
}

/// A one-shot digest of `data` (signatures hash their input with it).
pub(crate) fn hash_once(digest: &str, data: &[u8]) -> Result<Vec<u8>, NodeError> {
  let alg = Algorithm::parse_or_throw(digest)?;
  Ok(with_hash!(alg, D => D::digest(data).to_vec()))
}
