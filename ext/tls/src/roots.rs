//! Trust roots: the system's CA bundle (Debian's ca-certificates), read once per process,
//! plus the certificates of `NODE_EXTRA_CA_CERTS`, as Node adds them to its default store.

use std::sync::Arc;
use std::sync::OnceLock;

use rustls::RootCertStore;
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::CertificateDer;

/// Where Debian (and most Linux distributions) keep the concatenated CA bundle.
const SYSTEM_BUNDLES: &[&str] = &[
  "/etc/ssl/certs/ca-certificates.crt",
  "/etc/pki/tls/certs/ca-bundle.crt",
  "/etc/ssl/cert.pem",
];

/// The default trust roots and their PEM text (`tls.rootCertificates`).
pub struct DefaultRoots {
  /// The system bundle plus `NODE_EXTRA_CA_CERTS`.
  pub store: Arc<RootCertStore>,
  /// The system bundle's certificates as PEM (without the extra ones, as in Node).
  pub pem: Vec<String>,
  /// The certificates of `NODE_EXTRA_CA_CERTS` as PEM.
  pub extra_pem: Vec<String>,
}

static DEFAULT_ROOTS: OnceLock<DefaultRoots> = OnceLock::new();

thread_local! {
  /// `tls.setDefaultCACertificates()`: the roots of this thread's (worker's) new contexts
  /// from then on, instead of the system ones.
  static REPLACED: std::cell::RefCell<Option<(Arc<RootCertStore>, Vec<String>)>> =
    const { std::cell::RefCell::new(None) };
}

/// The roots a context without `ca` trusts.
pub fn default_store() -> Arc<RootCertStore> {
  REPLACED
    .with(|r| r.borrow().as_ref().map(|(store, _)| store.clone()))
    .unwrap_or_else(|| default_roots().store.clone())
}

/// `tls.getCACertificates('default')`: the PEM of what a context without `ca` trusts.
pub fn default_pem() -> Vec<String> {
  REPLACED
    .with(|r| r.borrow().as_ref().map(|(_, pem)| pem.clone()))
    .unwrap_or_else(|| {
      let roots = default_roots();
      roots.pem.iter().chain(&roots.extra_pem).cloned().collect()
    })
}

/// Replaces this thread's default roots.
pub fn replace_default(store: RootCertStore, pem: Vec<String>) {
  REPLACED.with(|r| *r.borrow_mut() = Some((Arc::new(store), pem)));
}

/// The process' default roots, loaded on first use.
pub fn default_roots() -> &'static DefaultRoots {
  DEFAULT_ROOTS.get_or_init(load_default_roots)
}

fn load_default_roots() -> DefaultRoots {
  let mut store = RootCertStore::empty();
  let mut pem = Vec::new();
  let mut extra_pem = Vec::new();
  if let Some(bytes) = SYSTEM_BUNDLES.iter().find_map(|p| std::fs::read(p).ok()) {
    for der in CertificateDer::pem_slice_iter(&bytes).flatten() {
      pem.push(to_pem(&der));
      // A certificate webpki cannot take as an anchor is skipped, as OpenSSL would.
      let _ = store.add(der);
    }
  }
  if let Some(path) = std::env::var_os("NODE_EXTRA_CA_CERTS") {
    match std::fs::read(&path) {
      Ok(bytes) => {
        for der in CertificateDer::pem_slice_iter(&bytes).flatten() {
          extra_pem.push(to_pem(&der));
          let _ = store.add(der);
        }
      }
      // Node warns and goes on without them.
      Err(e) => eprintln!(
        "Warning: Ignoring extra certs from `{}`, load failed: {}",
        path.to_string_lossy(),
        e
      ),
    }
  }
  DefaultRoots {
    store: Arc::new(store),
    pem,
    extra_pem,
  }
}

/// A DER certificate as PEM text, 64 base64 characters a line.
pub fn to_pem(der: &[u8]) -> String {
  let b64 = base64(der);
  let mut out = String::from("-----BEGIN CERTIFICATE-----\n");
  for line in b64.as_bytes().chunks(64) {
    out.push_str(std::str::from_utf8(line).unwrap_or_default());
    out.push('\n');
  }
  out.push_str("-----END CERTIFICATE-----");
  out
}

fn base64(data: &[u8]) -> String {
  const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
  for chunk in data.chunks(3) {
    let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
    let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
    for i in 0..4 {
      if i <= chunk.len() {
        out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
      } else {
        out.push('=');
      }
    }
  }
  out
}

#[cfg(test)]
mod tests {
  #[test]
  fn base64_pads() {
    assert_eq!(super::base64(b"f"), "Zg==");
    assert_eq!(super::base64(b"fo"), "Zm8=");
    assert_eq!(super::base64(b"foo"), "Zm9v");
    assert_eq!(super::base64(b""), "");
  }
}
