//! Handshake failures as the errors Node reports: OpenSSL's reason codes
//! (`ERR_SSL_<REASON>`), and ECONNRESET for a peer that went away mid-handshake.

use std::io;

use nodus_core::errors::NodeError;
use rustls::AlertDescription;

fn ssl(code: &'static str, reason: &'static str) -> NodeError {
  NodeError::generic(code, format!("SSL routines::{reason}"))
}

fn alert(description: AlertDescription) -> NodeError {
  use AlertDescription as A;
  match description {
    A::HandshakeFailure => ssl(
      "ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE",
      "sslv3 alert handshake failure",
    ),
    A::BadCertificate => ssl(
      "ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE",
      "sslv3 alert bad certificate",
    ),
    A::CertificateExpired => ssl(
      "ERR_SSL_SSLV3_ALERT_CERTIFICATE_EXPIRED",
      "sslv3 alert certificate expired",
    ),
    A::UnknownCA => ssl("ERR_SSL_TLSV1_ALERT_UNKNOWN_CA", "tlsv1 alert unknown ca"),
    A::ProtocolVersion => ssl(
      "ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION",
      "tlsv1 alert protocol version",
    ),
    A::NoApplicationProtocol => ssl(
      "ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL",
      "tlsv1 alert no application protocol",
    ),
    A::CertificateRequired => ssl(
      "ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED",
      "tlsv13 alert certificate required",
    ),
    A::DecryptError => ssl("ERR_SSL_TLSV1_ALERT_DECRYPT_ERROR", "tlsv1 alert decrypt error"),
    A::UnrecognisedName => ssl("ERR_SSL_TLSV1_UNRECOGNIZED_NAME", "tlsv1 unrecognized name"),
    _ => ssl("ERR_SSL_TLSV1_ALERT_INTERNAL_ERROR", "tlsv1 alert internal error"),
  }
}

/// The error JS sees for a failed handshake.
pub fn handshake_error(e: &io::Error) -> NodeError {
  if let Some(tls) = e
    .get_ref()
    .and_then(|inner| inner.downcast_ref::<rustls::Error>())
  {
    return match tls {
      rustls::Error::AlertReceived(description) => alert(*description),
      rustls::Error::NoApplicationProtocol => {
        ssl("ERR_SSL_NO_APPLICATION_PROTOCOL", "no application protocol")
      }
      rustls::Error::InvalidMessage(_)
      | rustls::Error::InappropriateMessage { .. }
      | rustls::Error::InappropriateHandshakeMessage { .. } => {
        ssl("ERR_SSL_WRONG_VERSION_NUMBER", "wrong version number")
      }
      rustls::Error::PeerIncompatible(_) => ssl("ERR_SSL_UNSUPPORTED_PROTOCOL", "unsupported protocol"),
      rustls::Error::NoCertificatesPresented => ssl(
        "ERR_SSL_PEER_DID_NOT_RETURN_A_CERTIFICATE",
        "peer did not return a certificate",
      ),
      rustls::Error::DecryptError => ssl(
        "ERR_SSL_DECRYPTION_FAILED_OR_BAD_RECORD_MAC",
        "decryption failed or bad record mac",
      ),
      other => NodeError::generic("ERR_SSL_SSL_HANDSHAKE_FAILURE", other.to_string()),
    };
  }
  match e.kind() {
    // The peer closed or reset mid-handshake: JS words it as Node does.
    io::ErrorKind::UnexpectedEof | io::ErrorKind::ConnectionReset | io::ErrorKind::BrokenPipe => {
      NodeError::errno(libc::ECONNRESET, "read")
    }
    // rustls' own reading of garbage surfaces as InvalidData without a typed inner error.
    io::ErrorKind::InvalidData => ssl("ERR_SSL_WRONG_VERSION_NUMBER", "wrong version number"),
    _ => NodeError::system(e, "read", ""),
  }
}
