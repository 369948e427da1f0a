//! ext_crypto: `node:crypto` for nodus: hashes, HMAC and PBKDF2 from the RustCrypto
//! crates, random bytes from the operating system, and the Web Crypto object that Node
//! installs as the `crypto` global. See README.md.

#![warn(missing_docs)]

mod digest;
mod random;

use digest::*;
use random::*;

deno_core::extension!(
  ext_crypto,
  deps = [ext_builtins],
  ops = [
    op_crypto_hash_new,
    op_crypto_hmac_new,
    op_crypto_digest_update,
    op_crypto_digest_update_utf8,
    op_crypto_digest_final,
    op_crypto_digest_copy,
    op_crypto_hash_once,
    op_crypto_random_fill,
    op_crypto_timing_safe_equal,
    op_crypto_pbkdf2_sync,
    op_crypto_pbkdf2,
  ],
  customizer = |ext: &mut deno_core::Extension| {
    nodus_core::builtin_modules!("ext_crypto";
      public: ["crypto"];
      internal: []
    )
    .install(ext);
  },
);
