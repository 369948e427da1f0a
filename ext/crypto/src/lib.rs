//! ext_crypto: `node:crypto` for nodus: hashes, HMAC and PBKDF2 from the RustCrypto
//! crates, random bytes from the operating system, and the Web Crypto object that Node
//! installs as the `crypto` global. See README.md.

#![warn(missing_docs)]

mod cipher;
mod digest;
mod ecdh;
mod kdf;
mod keys;
mod random;
mod sign;
mod x509;

use cipher::*;
use digest::*;
use ecdh::*;
use kdf::*;
use keys::*;
use random::*;
use sign::*;
use x509::*;

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
    op_crypto_scrypt_sync,
    op_crypto_scrypt,
    op_crypto_hkdf_sync,
    op_crypto_hkdf,
    op_crypto_digest_len,
    op_crypto_cipher_new,
    op_crypto_cipher_update,
    op_crypto_cipher_set_aad,
    op_crypto_cipher_set_auto_padding,
    op_crypto_cipher_set_auth_tag,
    op_crypto_cipher_final,
    op_crypto_cipher_get_auth_tag,
    op_crypto_aes_kw,
    op_crypto_key_parse,
    op_crypto_key_public,
    op_crypto_key_info,
    op_crypto_key_export,
    op_crypto_key_equals,
    op_crypto_key_export_jwk,
    op_crypto_key_import_jwk,
    op_crypto_key_generate_sync,
    op_crypto_key_generate,
    op_crypto_sign,
    op_crypto_verify,
    op_crypto_rsa_crypt,
    op_crypto_diffie_hellman,
    op_crypto_ecdh_random_scalar,
    op_crypto_ecdh_point,
    op_crypto_ecdh_compute,
    op_crypto_ecdh_convert,
    op_crypto_x509_parse,
  ],
  customizer = |ext: &mut deno_core::Extension| {
    nodus_core::builtin_modules!("ext_crypto";
      public: ["crypto"];
      internal: [
        "internal/crypto/util",
        "internal/crypto/keys",
        "internal/crypto/cipher",
        "internal/crypto/kdf",
        "internal/crypto/sign",
        "internal/crypto/ecdh",
        "internal/crypto/x509",
        "internal/crypto/webcrypto_asymmetric",
        "internal/crypto/webcrypto",
      ]
    )
    .install(ext);
  },
);
