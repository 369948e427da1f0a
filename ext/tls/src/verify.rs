//! Certificate verification as Node does it: the handshake always completes, the chain's
//! verdict is kept, and JS decides afterwards (`rejectUnauthorized`, `authorized`,
//! `authorizationError`); the host name is checked in JS by `checkServerIdentity`. The
//! verdict is named with OpenSSL's verify codes, which Node reports.

use std::sync::Arc;
use std::sync::Mutex;

use rustls::client::danger::HandshakeSignatureValid;
use rustls::client::danger::ServerCertVerified;
use rustls::client::danger::ServerCertVerifier;
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::CryptoProvider;
use rustls::server::danger::ClientCertVerified;
use rustls::server::danger::ClientCertVerifier;
use rustls::server::WebPkiClientVerifier;
use rustls::CertificateError;
use rustls::DigitallySignedStruct;
use rustls::DistinguishedName;
use rustls::RootCertStore;
use rustls::SignatureScheme;
use rustls_pki_types::CertificateDer;
use rustls_pki_types::ServerName;
use rustls_pki_types::UnixTime;

/// An OpenSSL verify error: its code and message, as Node's `authorizationError` and the
/// error it destroys the socket with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerifyError {
  /// e.g. `DEPTH_ZERO_SELF_SIGNED_CERT`
  pub code: &'static str,
  /// e.g. `self-signed certificate`
  pub message: &'static str,
}

const fn verify_error(code: &'static str, message: &'static str) -> VerifyError {
  VerifyError { code, message }
}

/// Where a verifier leaves its verdict for the connection.
pub type Verdict = Arc<Mutex<Option<VerifyError>>>;

fn is_self_signed(der: &[u8]) -> bool {
  match x509_parser::parse_x509_certificate(der) {
    Ok((_, cert)) => cert.subject().as_raw() == cert.issuer().as_raw(),
    Err(_) => false,
  }
}

/// The OpenSSL name of why `chain` (leaf first) is not trusted.
fn classify(
  error: &rustls::Error,
  end_entity: &CertificateDer,
  intermediates: &[CertificateDer],
) -> VerifyError {
  use CertificateError as C;
  let rustls::Error::InvalidCertificate(cert_error) = error else {
    return verify_error(
      "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
      "unable to verify the first certificate",
    );
  };
  match cert_error {
    C::Expired | C::ExpiredContext { .. } => verify_error("CERT_HAS_EXPIRED", "certificate has expired"),
    C::NotValidYet | C::NotValidYetContext { .. } => {
      verify_error("CERT_NOT_YET_VALID", "certificate is not yet valid")
    }
    C::Revoked => verify_error("CERT_REVOKED", "certificate revoked"),
    C::BadSignature => verify_error("CERT_SIGNATURE_FAILURE", "certificate signature failure"),
    C::UnknownIssuer => {
      if intermediates.is_empty() && is_self_signed(end_entity) {
        verify_error("DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate")
      } else if intermediates.last().is_some_and(|c| is_self_signed(c)) {
        verify_error(
          "SELF_SIGNED_CERT_IN_CHAIN",
          "self-signed certificate in certificate chain",
        )
      } else if intermediates.is_empty() {
        verify_error(
          "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
          "unable to verify the first certificate",
        )
      } else {
        verify_error(
          "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
          "unable to get local issuer certificate",
        )
      }
    }
    C::InvalidPurpose | C::InvalidPurposeContext { .. } => {
      verify_error("INVALID_PURPOSE", "unsupported certificate purpose")
    }
    _ => verify_error("CERT_REJECTED", "certificate rejected"),
  }
}

/// Checks the chain against the roots (not the name), records the verdict and lets the
/// handshake go on; signatures over the handshake are still checked for real.
#[derive(Debug)]
pub struct RecordingServerVerifier {
  inner: Option<Arc<WebPkiServerVerifier>>,
  provider: Arc<CryptoProvider>,
  /// The verdict of the last certificate seen.
  pub verdict: Verdict,
}

impl RecordingServerVerifier {
  /// A verifier trusting `roots`.
  pub fn new(roots: Arc<RootCertStore>, provider: Arc<CryptoProvider>) -> Self {
    // webpki refuses an empty store; then nothing is trusted.
    let inner = WebPkiServerVerifier::builder_with_provider(roots, provider.clone())
      .build()
      .ok();
    RecordingServerVerifier {
      inner,
      provider,
      verdict: Verdict::default(),
    }
  }
}

fn record(verdict: &Verdict, value: Option<VerifyError>) {
  if let Ok(mut slot) = verdict.lock() {
    *slot = value;
  }
}

impl ServerCertVerifier for RecordingServerVerifier {
  fn verify_server_cert(
    &self,
    end_entity: &CertificateDer<'_>,
    intermediates: &[CertificateDer<'_>],
    server_name: &ServerName<'_>,
    ocsp_response: &[u8],
    now: UnixTime,
  ) -> Result<ServerCertVerified, rustls::Error> {
    let result = match &self.inner {
      Some(inner) => inner.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now),
      None => Err(rustls::Error::InvalidCertificate(CertificateError::UnknownIssuer)),
    };
    let verdict = match result {
      Ok(_) => None,
      // The chain is good; the name is JS' checkServerIdentity's business.
      Err(rustls::Error::InvalidCertificate(
        CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
      )) => None,
      Err(e) => Some(classify(&e, end_entity, intermediates)),
    };
    record(&self.verdict, verdict);
    Ok(ServerCertVerified::assertion())
  }

  fn verify_tls12_signature(
    &self,
    message: &[u8],
    cert: &CertificateDer<'_>,
    dss: &DigitallySignedStruct,
  ) -> Result<HandshakeSignatureValid, rustls::Error> {
    rustls::crypto::verify_tls12_signature(
      message,
      cert,
      dss,
      &self.provider.signature_verification_algorithms,
    )
  }

  fn verify_tls13_signature(
    &self,
    message: &[u8],
    cert: &CertificateDer<'_>,
    dss: &DigitallySignedStruct,
  ) -> Result<HandshakeSignatureValid, rustls::Error> {
    rustls::crypto::verify_tls13_signature(
      message,
      cert,
      dss,
      &self.provider.signature_verification_algorithms,
    )
  }

  fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
    self
      .provider
      .signature_verification_algorithms
      .supported_schemes()
  }
}

/// A server's view of client certificates (`requestCert`): asks for one, checks it
/// against the roots, records the verdict, and fails the handshake itself only for a
/// missing certificate when it is mandatory (JS destroys an unauthorized socket when
/// `rejectUnauthorized`, as Node does).
#[derive(Debug)]
pub struct RecordingClientVerifier {
  inner: Option<Arc<dyn ClientCertVerifier>>,
  provider: Arc<CryptoProvider>,
  hints: Vec<DistinguishedName>,
  mandatory: bool,
  /// The verdict on the client's certificate.
  pub verdict: Verdict,
}

impl RecordingClientVerifier {
  /// A verifier trusting `roots`.
  pub fn new(roots: Arc<RootCertStore>, provider: Arc<CryptoProvider>, mandatory: bool) -> Self {
    let hints = roots.subjects();
    let inner = WebPkiClientVerifier::builder_with_provider(roots, provider.clone())
      .allow_unauthenticated()
      .build()
      .ok();
    RecordingClientVerifier {
      inner,
      provider,
      hints,
      mandatory,
      verdict: Verdict::default(),
    }
  }
}

impl ClientCertVerifier for RecordingClientVerifier {
  fn offer_client_auth(&self) -> bool {
    true
  }

  fn client_auth_mandatory(&self) -> bool {
    self.mandatory
  }

  fn root_hint_subjects(&self) -> &[DistinguishedName] {
    &self.hints
  }

  fn verify_client_cert(
    &self,
    end_entity: &CertificateDer<'_>,
    intermediates: &[CertificateDer<'_>],
    now: UnixTime,
  ) -> Result<ClientCertVerified, rustls::Error> {
    let result = match &self.inner {
      Some(inner) => inner
        .verify_client_cert(end_entity, intermediates, now)
        .map(|_| ()),
      None => Err(rustls::Error::InvalidCertificate(CertificateError::UnknownIssuer)),
    };
    record(
      &self.verdict,
      result.err().map(|e| classify(&e, end_entity, intermediates)),
    );
    Ok(ClientCertVerified::assertion())
  }

  fn verify_tls12_signature(
    &self,
    message: &[u8],
    cert: &CertificateDer<'_>,
    dss: &DigitallySignedStruct,
  ) -> Result<HandshakeSignatureValid, rustls::Error> {
    rustls::crypto::verify_tls12_signature(
      message,
      cert,
      dss,
      &self.provider.signature_verification_algorithms,
    )
  }

  fn verify_tls13_signature(
    &self,
    message: &[u8],
    cert: &CertificateDer<'_>,
    dss: &DigitallySignedStruct,
  ) -> Result<HandshakeSignatureValid, rustls::Error> {
    rustls::crypto::verify_tls13_signature(
      message,
      cert,
      dss,
      &self.provider.signature_verification_algorithms,
    )
  }

  fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
    self
      .provider
      .signature_verification_algorithms
      .supported_schemes()
  }
}

/// A client that sent no certificate to a server that asked for one.
pub const NO_PEER_CERTIFICATE: VerifyError =
  verify_error("UNABLE_TO_GET_ISSUER_CERT", "unable to get issuer certificate");
