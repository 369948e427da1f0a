//! Secure contexts (`tls.createSecureContext`): a certificate chain, its private key and
//! the trust roots, parsed once from PEM (or DER) and kept as a resource that connections
//! and servers build their rustls configurations from.

use std::sync::Arc;

use deno_core::op2;
use deno_core::OpState;
use deno_core::Resource;
use deno_core::ResourceId;
use nodus_core::errors::NodeError;
use rustls::RootCertStore;
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::CertificateDer;
use rustls_pki_types::PrivateKeyDer;
use serde::Deserialize;

use crate::roots::default_pem;
use crate::roots::default_roots;
use crate::roots::default_store;
use crate::roots::replace_default;

/// What `createSecureContext` was given, each PEM text (or DER bytes as latin1).
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ContextOptions {
  #[serde(default)]
  key: Vec<String>,
  #[serde(default)]
  cert: Vec<String>,
  /// `None`: the default roots; `Some`: exactly these (Node replaces, not adds).
  #[serde(default)]
  ca: Option<Vec<String>>,
}

/// A parsed secure context.
pub struct SecureContext {
  /// Our certificate chain, leaf first (empty when none was given).
  pub chain: Vec<CertificateDer<'static>>,
  /// The private key of `chain[0]`.
  pub key: Option<PrivateKeyDer<'static>>,
  /// Whom we trust.
  pub roots: Arc<RootCertStore>,
}

impl SecureContext {
  /// Our chain and key, or `None` when the context has no certificate.
  pub fn identity(&self) -> Option<(Vec<CertificateDer<'static>>, PrivateKeyDer<'static>)> {
    match (&self.key, self.chain.is_empty()) {
      (Some(key), false) => Some((self.chain.clone(), key.clone_key())),
      _ => None,
    }
  }
}

/// A secure context in the resource table.
pub struct SecureContextResource(pub Arc<SecureContext>);

impl Resource for SecureContextResource {
  fn name(&self) -> std::borrow::Cow<'_, str> {
    "tlsSecureContext".into()
  }
}

fn latin1(text: &str) -> Vec<u8> {
  text.chars().map(|c| c as u32 as u8).collect()
}

fn is_pem(bytes: &[u8]) -> bool {
  bytes.windows(11).any(|w| w == b"-----BEGIN ")
}

fn certificates(texts: &[String]) -> Result<Vec<CertificateDer<'static>>, NodeError> {
  let mut out = Vec::new();
  for text in texts {
    let bytes = latin1(text);
    if !is_pem(&bytes) {
      out.push(CertificateDer::from(bytes));
      continue;
    }
    for der in CertificateDer::pem_slice_iter(&bytes) {
      out.push(der.map_err(|_| no_start_line())?);
    }
  }
  Ok(out)
}

fn no_start_line() -> NodeError {
  // OpenSSL's wording, which Node passes on for a PEM it cannot read.
  NodeError::generic(
    "ERR_OSSL_PEM_NO_START_LINE",
    "error:0480006C:PEM routines::no start line",
  )
}

fn private_key(text: &str) -> Result<PrivateKeyDer<'static>, NodeError> {
  let bytes = latin1(text);
  if is_pem(&bytes) {
    if bytes.windows(9).any(|w| w == b"ENCRYPTED") {
      return Err(NodeError::generic(
        "ERR_NOT_IMPLEMENTED",
        "The tls option passphrase (encrypted private keys) is not implemented",
      ));
    }
    return PrivateKeyDer::from_pem_slice(&bytes).map_err(|_| no_start_line());
  }
  PrivateKeyDer::try_from(bytes).map_err(|_| {
    NodeError::generic(
      "ERR_OSSL_UNSUPPORTED",
      "error:1E08010C:DECODER routines::unsupported",
    )
  })
}

impl SecureContext {
  /// Parses the options of `createSecureContext`.
  pub fn new(options: ContextOptions) -> Result<Self, NodeError> {
    let chain = certificates(&options.cert)?;
    let key = options.key.first().map(|k| private_key(k)).transpose()?;
    if let Some(key) = &key {
      // A key ring cannot use, or one that does not go with the certificate, fails now,
      // as OpenSSL's does.
      let provider = rustls::crypto::ring::default_provider();
      let signing = provider
        .key_provider
        .load_private_key(key.clone_key())
        .map_err(|_| {
          NodeError::generic(
            "ERR_OSSL_UNSUPPORTED",
            "error:1E08010C:DECODER routines::unsupported",
          )
        })?;
      let certified = rustls::sign::CertifiedKey::new(chain.clone(), signing);
      if let (false, Err(rustls::Error::InconsistentKeys(_))) = (chain.is_empty(), certified.keys_match()) {
        return Err(NodeError::generic(
          "ERR_OSSL_X509_KEY_VALUES_MISMATCH",
          "error:05800074:x509 certificate routines::key values mismatch",
        ));
      }
    }
    let roots = roots_of(options.ca)?;
    Ok(SecureContext { chain, key, roots })
  }
}

/// The trust roots of a context: the default ones, or exactly `ca`.
fn roots_of(ca: Option<Vec<String>>) -> Result<Arc<RootCertStore>, NodeError> {
  let Some(ca) = ca else {
    return Ok(default_store());
  };
  let mut store = RootCertStore::empty();
  for der in certificates(&ca)? {
    // A CA webpki cannot use as an anchor is left out, as OpenSSL ignores it.
    let _ = store.add(der);
  }
  Ok(Arc::new(store))
}

/// `tls.createSecureContext(options)`: the context's resource id.
#[op2]
#[smi]
pub fn op_tls_create_context(
  state: &mut OpState,
  #[serde] options: ContextOptions,
) -> Result<ResourceId, NodeError> {
  let context = SecureContext::new(options)?;
  Ok(state.resource_table.add(SecureContextResource(Arc::new(context))))
}

/// `tls.rootCertificates`: the default roots as PEM.
#[op2]
#[serde]
pub fn op_tls_root_certificates() -> Vec<String> {
  default_roots().pem.clone()
}

/// `tls.getCACertificates(type)`: `default` (what a context without `ca` trusts),
/// `system` and `bundled` (the system bundle: nodus has no bundled store of its own),
/// `extra` (`NODE_EXTRA_CA_CERTS`).
#[op2]
#[serde]
pub fn op_tls_ca_certificates(#[string] kind: &str) -> Result<Vec<String>, NodeError> {
  let roots = default_roots();
  Ok(match kind {
    "default" => default_pem(),
    "system" | "bundled" => roots.pem.clone(),
    "extra" => roots.extra_pem.clone(),
    _ => {
      return Err(NodeError::type_error(
        "ERR_INVALID_ARG_VALUE",
        format!(
          "The argument 'type' must be one of: 'default', 'system', 'bundled', 'extra'. Received '{kind}'"
        ),
      ))
    }
  })
}

/// `tls.setDefaultCACertificates(certs)`: PEM texts that replace the default roots of
/// the contexts made from now on (on this thread).
#[op2]
pub fn op_tls_set_default_ca_certificates(#[serde] certs: Vec<String>) -> Result<(), NodeError> {
  let mut store = RootCertStore::empty();
  let mut pem = Vec::new();
  for der in certificates(&certs)? {
    pem.push(crate::roots::to_pem(&der));
    let _ = store.add(der);
  }
  replace_default(store, pem);
  Ok(())
}

/// The context `rid` of the resource table.
pub fn get_context(state: &OpState, rid: ResourceId) -> Result<Arc<SecureContext>, NodeError> {
  state
    .resource_table
    .get::<SecureContextResource>(rid)
    .map(|r| r.0.clone())
    .map_err(|_| NodeError::type_error("ERR_INVALID_ARG_TYPE", "The secure context is closed"))
}
