//! `createCipheriv`/`createDecipheriv`: AES in CBC, ECB, CTR and GCM, and
//! ChaCha20-Poly1305, as streams of `update` calls ended by `final`.
//!
//! The block modes come from the `cbc`/`ecb` crates fed one block at a time (padding is
//! PKCS#7, as OpenSSL's). The AEADs are built from their parts as their specs define them
//! (GCM: AES-CTR from J0+1 and GHASH, NIST SP 800-38D; ChaCha20-Poly1305: RFC 8439), so
//! that `update` returns its bytes at once like OpenSSL's, any GCM IV length works and a
//! tag may be shorter than 16 bytes.

use std::cell::RefCell;

use cipher::generic_array::GenericArray;
use cipher::BlockDecryptMut;
use cipher::BlockEncrypt;
use cipher::BlockEncryptMut;
use cipher::KeyInit;
use cipher::KeyIvInit;
use cipher::StreamCipher;
use cipher::StreamCipherSeek;
use deno_core::op2;
use deno_core::v8;
use deno_core::GarbageCollected;
use nodus_core::errors::NodeError;
use universal_hash::UniversalHash;

const BLOCK: usize = 16;

/// One AES block, encrypted or decrypted in place (with the mode's chaining).
trait BlockStep {
  fn step(&mut self, block: &mut [u8]);
}

struct Encrypting<T>(T);
struct Decrypting<T>(T);

impl<T: BlockEncryptMut<BlockSize = cipher::consts::U16>> BlockStep for Encrypting<T> {
  fn step(&mut self, block: &mut [u8]) {
    self.0.encrypt_block_mut(GenericArray::from_mut_slice(block));
  }
}

impl<T: BlockDecryptMut<BlockSize = cipher::consts::U16>> BlockStep for Decrypting<T> {
  fn step(&mut self, block: &mut [u8]) {
    self.0.decrypt_block_mut(GenericArray::from_mut_slice(block));
  }
}

/// A keystream applied in place.
trait Keystream {
  fn apply(&mut self, data: &mut [u8]);
}

impl<T: StreamCipher> Keystream for T {
  fn apply(&mut self, data: &mut [u8]) {
    self.apply_keystream(data);
  }
}

/// Feeds a universal hash (GHASH, Poly1305) with data that arrives in pieces of any length.
struct BlockFeeder<H: UniversalHash> {
  hash: H,
  partial: Vec<u8>,
}

impl<H: UniversalHash> BlockFeeder<H> {
  fn new(hash: H) -> Self {
    BlockFeeder {
      hash,
      partial: Vec::with_capacity(BLOCK),
    }
  }

  fn feed(&mut self, mut data: &[u8]) {
    if !self.partial.is_empty() {
      let take = (BLOCK - self.partial.len()).min(data.len());
      self.partial.extend_from_slice(&data[..take]);
      data = &data[take..];
      if self.partial.len() < BLOCK {
        return;
      }
      self.hash.update_padded(&self.partial);
      self.partial.clear();
    }
    let whole = data.len() - data.len() % BLOCK;
    self.hash.update_padded(&data[..whole]);
    self.partial.extend_from_slice(&data[whole..]);
  }

  /// Ends a section (AAD or text) by zero-padding it to a whole block.
  fn pad(&mut self) {
    if !self.partial.is_empty() {
      self.hash.update_padded(&self.partial);
      self.partial.clear();
    }
  }
}

/// Where an AEAD is: taking AAD, taking text, or done.
#[derive(PartialEq)]
enum AeadStage {
  Aad,
  Text,
}

/// An AEAD built from a keystream and a universal hash over AAD and ciphertext.
struct Aead<H: UniversalHash> {
  keystream: Box<dyn Keystream>,
  mac: BlockFeeder<H>,
  stage: AeadStage,
  aad_len: u64,
  text_len: u64,
  /// GCM: E(K, J0), XORed onto GHASH's output; ChaCha20-Poly1305: none.
  tag_mask: Option<[u8; BLOCK]>,
  /// GCM writes the bit lengths big-endian, ChaCha20-Poly1305 the byte lengths little-endian.
  gcm_lengths: bool,
}

impl<H: UniversalHash> Aead<H> {
  fn aad(&mut self, data: &[u8]) -> bool {
    if self.stage != AeadStage::Aad {
      return false;
    }
    self.aad_len += data.len() as u64;
    self.mac.feed(data);
    true
  }

  fn text(&mut self, data: &mut [u8], encrypt: bool) {
    if self.stage == AeadStage::Aad {
      self.mac.pad();
      self.stage = AeadStage::Text;
    }
    self.text_len += data.len() as u64;
    if encrypt {
      self.keystream.apply(data);
      self.mac.feed(data);
    } else {
      self.mac.feed(data);
      self.keystream.apply(data);
    }
  }

  fn tag(mut self) -> [u8; BLOCK] {
    self.mac.pad();
    let mut lengths = [0u8; BLOCK];
    if self.gcm_lengths {
      lengths[..8].copy_from_slice(&(self.aad_len * 8).to_be_bytes());
      lengths[8..].copy_from_slice(&(self.text_len * 8).to_be_bytes());
    } else {
      lengths[..8].copy_from_slice(&self.aad_len.to_le_bytes());
      lengths[8..].copy_from_slice(&self.text_len.to_le_bytes());
    }
    self.mac.hash.update_padded(&lengths);
    let mut tag = [0u8; BLOCK];
    tag.copy_from_slice(&self.mac.hash.finalize());
    if let Some(mask) = self.tag_mask {
      for (t, m) in tag.iter_mut().zip(mask) {
        *t ^= m;
      }
    }
    tag
  }
}

/// The state of the algorithm behind one Cipheriv/Decipheriv.
enum Engine {
  /// CBC or ECB: whole blocks, PKCS#7 padding unless turned off.
  Block {
    step: Box<dyn BlockStep>,
    pending: Vec<u8>,
  },
  Stream(Box<dyn Keystream>),
  Gcm(Box<Aead<ghash::GHash>>),
  ChaCha(Box<Aead<poly1305::Poly1305>>),
}

/// The modes nodus has, with the parameters OpenSSL gives them.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
  Cbc,
  Ecb,
  Ctr,
  Gcm,
  ChaCha20Poly1305,
}

/// `(mode, key length)` for a cipher name, as `getCiphers()` lists them.
fn parse_name(name: &str) -> Option<(Mode, usize)> {
  let lower = name.to_ascii_lowercase();
  if lower == "chacha20-poly1305" {
    return Some((Mode::ChaCha20Poly1305, 32));
  }
  let (bits, mode) = match lower.as_str() {
    "aes128" => ("128", "cbc"),
    "aes192" => ("192", "cbc"),
    "aes256" => ("256", "cbc"),
    "id-aes128-gcm" => ("128", "gcm"),
    "id-aes192-gcm" => ("192", "gcm"),
    "id-aes256-gcm" => ("256", "gcm"),
    _ => {
      let rest = lower.strip_prefix("aes-")?;
      rest.split_once('-')?
    }
  };
  let key_len = match bits {
    "128" => 16,
    "192" => 24,
    "256" => 32,
    _ => return None,
  };
  let mode = match mode {
    "cbc" => Mode::Cbc,
    "ecb" => Mode::Ecb,
    "ctr" => Mode::Ctr,
    "gcm" => Mode::Gcm,
    _ => return None,
  };
  Some((mode, key_len))
}

/// Runs `$body` with `$A` bound to the AES type for a key of `$len` bytes.
macro_rules! with_aes {
  ($len:expr, $A:ident => $body:expr) => {
    match $len {
      16 => {
        type $A = aes::Aes128;
        $body
      }
      24 => {
        type $A = aes::Aes192;
        $body
      }
      _ => {
        type $A = aes::Aes256;
        $body
      }
    }
  };
}

fn invalid_iv() -> NodeError {
  NodeError::type_error("ERR_CRYPTO_INVALID_IV", "Invalid initialization vector")
}

/// GCM's tag lengths (NIST SP 800-38D): 4, 8, or 12 to 16 bytes.
fn valid_gcm_tag_len(len: usize) -> bool {
  matches!(len, 4 | 8 | 12..=16)
}

fn new_gcm(key: &[u8], iv: &[u8]) -> Aead<ghash::GHash> {
  with_aes!(key.len(), A => {
    let aes = A::new(GenericArray::from_slice(key));
    let mut h = GenericArray::default();
    aes.encrypt_block(&mut h);
    // J0: IV || 0^31 || 1 for 96-bit IVs, else GHASH of the padded IV and its bit length.
    let mut j0 = [0u8; BLOCK];
    if iv.len() == 12 {
      j0[..12].copy_from_slice(iv);
      j0[15] = 1;
    } else {
      let mut g = ghash::GHash::new(&h);
      g.update_padded(iv);
      let mut lengths = [0u8; BLOCK];
      lengths[8..].copy_from_slice(&(iv.len() as u64 * 8).to_be_bytes());
      g.update_padded(&lengths);
      j0 = g.finalize().into();
    }
    let mut mask = GenericArray::clone_from_slice(&j0);
    aes.encrypt_block(&mut mask);
    let mut counter = j0;
    let low = u32::from_be_bytes([j0[12], j0[13], j0[14], j0[15]]).wrapping_add(1);
    counter[12..].copy_from_slice(&low.to_be_bytes());
    let ctr = ctr::Ctr32BE::<A>::new(GenericArray::from_slice(key), GenericArray::from_slice(&counter));
    Aead {
      keystream: Box::new(ctr),
      mac: BlockFeeder::new(ghash::GHash::new(&h)),
      stage: AeadStage::Aad,
      aad_len: 0,
      text_len: 0,
      tag_mask: Some(mask.into()),
      gcm_lengths: true,
    }
  })
}

fn new_chacha(key: &[u8], iv: &[u8]) -> Aead<poly1305::Poly1305> {
  let mut chacha = chacha20::ChaCha20::new(GenericArray::from_slice(key), GenericArray::from_slice(iv));
  // The one-time Poly1305 key is the first 32 bytes of block 0; the text starts at block 1.
  let mut poly_key = [0u8; 32];
  chacha.apply_keystream(&mut poly_key);
  chacha.seek(64u32);
  Aead {
    keystream: Box::new(chacha),
    mac: BlockFeeder::new(poly1305::Poly1305::new(GenericArray::from_slice(&poly_key))),
    stage: AeadStage::Aad,
    aad_len: 0,
    text_len: 0,
    tag_mask: None,
    gcm_lengths: false,
  }
}

/// A Cipheriv or Decipheriv in progress.
pub struct CipherState(RefCell<Option<CipherInner>>);

struct CipherInner {
  engine: Engine,
  encrypt: bool,
  auto_padding: bool,
  /// The tag length asked for (`authTagLength`) or GCM/ChaCha's 16.
  tag_len: usize,
  tag_len_fixed: bool,
  /// Decipher: the tag from `setAuthTag`; Cipher: the tag made by `final`.
  tag: Option<Vec<u8>>,
  finished: bool,
}

// SAFETY: CipherState holds no references to other garbage-collected objects.
unsafe impl GarbageCollected for CipherState {
  fn trace(&self, _visitor: &mut v8::cppgc::Visitor) {}

  fn get_name(&self) -> &'static std::ffi::CStr {
    c"CipherState"
  }
}

fn invalid_state(op: &str) -> NodeError {
  NodeError::generic(
    "ERR_CRYPTO_INVALID_STATE",
    format!("Invalid state for operation {op}"),
  )
}

/// `createCipheriv`/`createDecipheriv(name, key, iv, { authTagLength })`; `tag_len` is -1
/// when no length was given. `iv` is `None` for a `null` IV.
#[op2]
#[cppgc]
pub fn op_crypto_cipher_new(
  #[string] name: &str,
  encrypt: bool,
  #[buffer] key: &[u8],
  #[buffer] iv: Option<&[u8]>,
  tag_len: i32,
) -> Result<CipherState, NodeError> {
  let (mode, key_len) =
    parse_name(name).ok_or_else(|| NodeError::generic("ERR_CRYPTO_UNKNOWN_CIPHER", "Unknown cipher"))?;
  if key.len() != key_len {
    return Err(NodeError::range_error(
      "ERR_CRYPTO_INVALID_KEYLEN",
      "Invalid key length",
    ));
  }
  let iv = iv.unwrap_or(&[]);
  let iv_ok = match mode {
    Mode::Ecb => iv.is_empty(),
    Mode::Cbc | Mode::Ctr => iv.len() == BLOCK,
    Mode::Gcm => !iv.is_empty(),
    Mode::ChaCha20Poly1305 => iv.len() == 12,
  };
  if !iv_ok {
    return Err(invalid_iv());
  }
  let aead = matches!(mode, Mode::Gcm | Mode::ChaCha20Poly1305);
  if tag_len >= 0 {
    let len = tag_len as usize;
    let ok = match mode {
      Mode::Gcm => valid_gcm_tag_len(len),
      Mode::ChaCha20Poly1305 => (1..=16).contains(&len),
      _ => true,
    };
    if !ok {
      return Err(NodeError::type_error(
        "ERR_CRYPTO_INVALID_AUTH_TAG",
        format!("Invalid authentication tag length: {len}"),
      ));
    }
  }
  let engine = with_aes!(key_len, A => {
    let key_ga = GenericArray::from_slice(key);
    match mode {
      Mode::Cbc => {
        let iv = GenericArray::from_slice(iv);
        let step: Box<dyn BlockStep> = if encrypt {
          Box::new(Encrypting(cbc::Encryptor::<A>::new(key_ga, iv)))
        } else {
          Box::new(Decrypting(cbc::Decryptor::<A>::new(key_ga, iv)))
        };
        Engine::Block { step, pending: Vec::new() }
      }
      Mode::Ecb => {
        let step: Box<dyn BlockStep> = if encrypt {
          Box::new(Encrypting(ecb::Encryptor::<A>::new(key_ga)))
        } else {
          Box::new(Decrypting(ecb::Decryptor::<A>::new(key_ga)))
        };
        Engine::Block { step, pending: Vec::new() }
      }
      Mode::Ctr => Engine::Stream(Box::new(ctr::Ctr128BE::<A>::new(key_ga, GenericArray::from_slice(iv)))),
      Mode::Gcm => Engine::Gcm(Box::new(new_gcm(key, iv))),
      Mode::ChaCha20Poly1305 => Engine::ChaCha(Box::new(new_chacha(key, iv))),
    }
  });
  Ok(CipherState(RefCell::new(Some(CipherInner {
    engine,
    encrypt,
    auto_padding: true,
    tag_len: if aead && tag_len >= 0 {
      tag_len as usize
    } else {
      BLOCK
    },
    tag_len_fixed: tag_len >= 0,
    tag: None,
    finished: false,
  }))))
}

fn with_inner<T>(
  state: &CipherState,
  op: &str,
  f: impl FnOnce(&mut CipherInner) -> Result<T, NodeError>,
) -> Result<T, NodeError> {
  let mut inner = state.0.borrow_mut();
  match inner.as_mut() {
    Some(inner) if !inner.finished => f(inner),
    _ => Err(invalid_state(op)),
  }
}

/// `update(data)`: the bytes ready so far.
#[op2]
#[buffer]
pub fn op_crypto_cipher_update(
  #[cppgc] state: &CipherState,
  #[buffer] data: &[u8],
) -> Result<Vec<u8>, NodeError> {
  with_inner(state, "update", |inner| {
    let encrypt = inner.encrypt;
    let auto_padding = inner.auto_padding;
    Ok(match &mut inner.engine {
      Engine::Block { step, pending } => {
        pending.extend_from_slice(data);
        // A decipher keeps its last whole block back: it may be the padding.
        let keep = if !encrypt && auto_padding && pending.len() % BLOCK == 0 {
          BLOCK.min(pending.len())
        } else {
          pending.len() % BLOCK
        };
        let ready = pending.len() - keep;
        let mut out: Vec<u8> = pending.drain(..ready).collect();
        for block in out.chunks_exact_mut(BLOCK) {
          step.step(block);
        }
        out
      }
      Engine::Stream(ks) => {
        let mut out = data.to_vec();
        ks.apply(&mut out);
        out
      }
      Engine::Gcm(aead) => {
        let mut out = data.to_vec();
        aead.text(&mut out, encrypt);
        out
      }
      Engine::ChaCha(aead) => {
        let mut out = data.to_vec();
        aead.text(&mut out, encrypt);
        out
      }
    })
  })
}

/// `setAAD(data)`: false when the cipher is not an AEAD or text was already given.
#[op2(fast)]
pub fn op_crypto_cipher_set_aad(
  #[cppgc] state: &CipherState,
  #[buffer] data: &[u8],
) -> Result<bool, NodeError> {
  with_inner(state, "setAAD", |inner| {
    Ok(match &mut inner.engine {
      Engine::Gcm(aead) => aead.aad(data),
      Engine::ChaCha(aead) => aead.aad(data),
      _ => false,
    })
  })
}

/// `setAutoPadding(on)`: false after `final`.
#[op2(fast)]
pub fn op_crypto_cipher_set_auto_padding(#[cppgc] state: &CipherState, on: bool) -> bool {
  with_inner(state, "setAutoPadding", |inner| {
    inner.auto_padding = on;
    Ok(())
  })
  .is_ok()
}

/// `setAuthTag(tag)` on a decipher.
#[op2(fast)]
pub fn op_crypto_cipher_set_auth_tag(
  #[cppgc] state: &CipherState,
  #[buffer] tag: &[u8],
) -> Result<(), NodeError> {
  with_inner(state, "setAuthTag", |inner| {
    let gcm = matches!(inner.engine, Engine::Gcm(_));
    let chacha = matches!(inner.engine, Engine::ChaCha(_));
    if inner.encrypt || !(gcm || chacha) || inner.tag.is_some() {
      return Err(invalid_state("setAuthTag"));
    }
    let ok = if inner.tag_len_fixed {
      tag.len() == inner.tag_len
    } else if gcm {
      valid_gcm_tag_len(tag.len())
    } else {
      (1..=16).contains(&tag.len())
    };
    if !ok {
      return Err(NodeError::type_error(
        "ERR_CRYPTO_INVALID_AUTH_TAG",
        format!("Invalid authentication tag length: {}", tag.len()),
      ));
    }
    inner.tag_len = tag.len();
    inner.tag = Some(tag.to_vec());
    Ok(())
  })
}

fn openssl_error(code: &'static str, hex: &str, reason: &str) -> NodeError {
  NodeError::generic(code, format!("error:{hex}:Provider routines::{reason}"))
}

/// Compares all bytes whatever the first difference.
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
  a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// `final()`: the last bytes, or `None` when a decipher's tag does not match.
#[op2]
#[buffer]
pub fn op_crypto_cipher_final(#[cppgc] state: &CipherState) -> Result<Option<Vec<u8>>, NodeError> {
  let mut slot = state.0.borrow_mut();
  let inner = match slot.as_mut() {
    Some(inner) if !inner.finished => inner,
    _ => return Err(invalid_state("final")),
  };
  inner.finished = true;
  let encrypt = inner.encrypt;
  let engine = std::mem::replace(&mut inner.engine, Engine::Stream(Box::new(NoKeystream)));
  match engine {
    Engine::Block {
      mut step,
      mut pending,
    } => {
      if encrypt {
        if inner.auto_padding {
          let pad = BLOCK - pending.len() % BLOCK;
          pending.resize(pending.len() + pad, pad as u8);
        } else if !pending.len().is_multiple_of(BLOCK) {
          return Err(openssl_error(
            "ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH",
            "1C80006B",
            "wrong final block length",
          ));
        }
        for block in pending.chunks_exact_mut(BLOCK) {
          step.step(block);
        }
        Ok(Some(pending))
      } else {
        if !pending.len().is_multiple_of(BLOCK) || (inner.auto_padding && pending.is_empty()) {
          return Err(openssl_error(
            "ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH",
            "1C80006B",
            "wrong final block length",
          ));
        }
        for block in pending.chunks_exact_mut(BLOCK) {
          step.step(block);
        }
        if inner.auto_padding {
          let pad = pending[pending.len() - 1] as usize;
          let valid =
            (1..=BLOCK).contains(&pad) && pending[pending.len() - pad..].iter().all(|&b| b as usize == pad);
          if !valid {
            return Err(openssl_error("ERR_OSSL_BAD_DECRYPT", "1C800064", "bad decrypt"));
          }
          pending.truncate(pending.len() - pad);
        }
        Ok(Some(pending))
      }
    }
    Engine::Stream(_) => Ok(Some(Vec::new())),
    Engine::Gcm(aead) => Ok(finish_aead(inner, aead.tag())),
    Engine::ChaCha(aead) => Ok(finish_aead(inner, aead.tag())),
  }
}

fn finish_aead(inner: &mut CipherInner, full_tag: [u8; BLOCK]) -> Option<Vec<u8>> {
  let tag = &full_tag[..inner.tag_len];
  if inner.encrypt {
    inner.tag = Some(tag.to_vec());
    Some(Vec::new())
  } else {
    match &inner.tag {
      Some(expected) if same_bytes(expected, tag) => Some(Vec::new()),
      _ => None,
    }
  }
}

/// Stands in for the engine once `final` has consumed it.
struct NoKeystream;

impl Keystream for NoKeystream {
  fn apply(&mut self, _data: &mut [u8]) {}
}

/// `getAuthTag()` on a cipher after `final`.
#[op2]
#[buffer]
pub fn op_crypto_cipher_get_auth_tag(#[cppgc] state: &CipherState) -> Result<Vec<u8>, NodeError> {
  let slot = state.0.borrow();
  match slot.as_ref() {
    Some(inner) if inner.encrypt && inner.finished => {
      inner.tag.clone().ok_or_else(|| invalid_state("getAuthTag"))
    }
    _ => Err(invalid_state("getAuthTag")),
  }
}

/// AES Key Wrap (RFC 3394) for Web Crypto's AES-KW: `None` when the input is not a whole
/// number of 8-byte blocks or an unwrapped key fails its integrity check.
#[op2]
#[buffer]
pub fn op_crypto_aes_kw(#[buffer] key: &[u8], #[buffer] data: &[u8], wrap: bool) -> Option<Vec<u8>> {
  macro_rules! run {
    ($kek:ty) => {{
      let kek = <$kek>::new(GenericArray::from_slice(key));
      if wrap {
        kek.wrap_vec(data).ok()
      } else {
        kek.unwrap_vec(data).ok()
      }
    }};
  }
  match key.len() {
    16 => run!(aes_kw::KekAes128),
    24 => run!(aes_kw::KekAes192),
    32 => run!(aes_kw::KekAes256),
    _ => None,
  }
}
