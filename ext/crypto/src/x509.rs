//! `X509Certificate`: a certificate read from PEM or DER with `x509-cert`, its fields
//! printed the way OpenSSL prints them (names as `CN=...` lines, times as
//! `Jan  1 00:00:00 2024 GMT`, alternative names as `DNS:..., IP Address:...`).

use deno_core::op2;
use nodus_core::errors::NodeError;
use serde::Serialize;
use x509_cert::der::Decode;
use x509_cert::der::DecodePem;
use x509_cert::der::Encode;
use x509_cert::ext::pkix::name::GeneralName;

/// What JS needs of a certificate.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CertInfo {
  der: Vec<u8>,
  subject: String,
  issuer: String,
  /// `[short name, value]` pairs for `toLegacyObject`
  subject_fields: Vec<(String, String)>,
  issuer_fields: Vec<(String, String)>,
  subject_alt_name: Option<String>,
  valid_from: String,
  valid_to: String,
  valid_from_ms: f64,
  valid_to_ms: f64,
  serial_number: String,
  ca: bool,
  ext_key_usage: Option<Vec<String>>,
  spki: Vec<u8>,
  tbs: Vec<u8>,
  signature: Vec<u8>,
  signature_algorithm: String,
  signature_algorithm_oid: String,
  /// the digest to verify the signature with ("" for Ed25519, "?" when unknown)
  signature_digest: String,
}

fn no_start_line() -> NodeError {
  NodeError::generic(
    "ERR_OSSL_PEM_NO_START_LINE",
    "error:0480006C:PEM routines::no start line",
  )
}

fn short_name(oid: &str) -> Option<&'static str> {
  Some(match oid {
    "2.5.4.3" => "CN",
    "2.5.4.4" => "SN",
    "2.5.4.5" => "serialNumber",
    "2.5.4.6" => "C",
    "2.5.4.7" => "L",
    "2.5.4.8" => "ST",
    "2.5.4.9" => "street",
    "2.5.4.10" => "O",
    "2.5.4.11" => "OU",
    "2.5.4.12" => "title",
    "2.5.4.15" => "businessCategory",
    "2.5.4.17" => "postalCode",
    "2.5.4.42" => "GN",
    "2.5.4.97" => "organizationIdentifier",
    "1.2.840.113549.1.9.1" => "emailAddress",
    "0.9.2342.19200300.100.1.1" => "UID",
    "0.9.2342.19200300.100.1.25" => "DC",
    "1.3.6.1.4.1.311.60.2.1.3" => "jurisdictionC",
    _ => return None,
  })
}

/// A name as OpenSSL's one-line-per-RDN form, and its fields.
fn name_of(name: &x509_cert::name::Name) -> (String, Vec<(String, String)>) {
  let mut lines = Vec::new();
  let mut fields = Vec::new();
  for rdn in name.0.iter() {
    let mut parts = Vec::new();
    for atv in rdn.0.iter() {
      let oid = atv.oid.to_string();
      let key = short_name(&oid).map(str::to_string).unwrap_or(oid);
      let value = String::from_utf8_lossy(atv.value.value()).into_owned();
      parts.push(format!("{key}={value}"));
      fields.push((key, value));
    }
    lines.push(parts.join("+"));
  }
  (lines.join("\n"), fields)
}

const MONTHS: [&str; 12] = [
  "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn time_of(time: &x509_cert::time::Time) -> (String, f64) {
  let dt = time.to_date_time();
  let text = format!(
    "{} {:>2} {:02}:{:02}:{:02} {} GMT",
    MONTHS[(dt.month() as usize).saturating_sub(1) % 12],
    dt.day(),
    dt.hour(),
    dt.minutes(),
    dt.seconds(),
    dt.year()
  );
  (text, dt.unix_duration().as_millis() as f64)
}

fn general_name(name: &GeneralName) -> String {
  match name {
    GeneralName::DnsName(dns) => format!("DNS:{}", dns.as_str()),
    GeneralName::Rfc822Name(email) => format!("email:{}", email.as_str()),
    GeneralName::UniformResourceIdentifier(uri) => format!("URI:{}", uri.as_str()),
    GeneralName::IpAddress(ip) => {
      let bytes = ip.as_bytes();
      match bytes.len() {
        4 => format!("IP Address:{}.{}.{}.{}", bytes[0], bytes[1], bytes[2], bytes[3]),
        16 => {
          let groups: Vec<String> = bytes
            .chunks(2)
            .map(|g| format!("{:X}", u16::from_be_bytes([g[0], g[1]])))
            .collect();
          format!("IP Address:{}", groups.join(":"))
        }
        _ => "IP Address:<invalid>".to_string(),
      }
    }
    GeneralName::DirectoryName(name) => format!("DirName:{}", name_of(name).0.replace('\n', "/")),
    GeneralName::RegisteredId(oid) => format!("Registered ID:{oid}"),
    _ => "othername:<unsupported>".to_string(),
  }
}

fn signature_names(oid: &str) -> (&'static str, &'static str) {
  match oid {
    "1.2.840.113549.1.1.5" => ("sha1WithRSAEncryption", "sha1"),
    "1.2.840.113549.1.1.11" => ("sha256WithRSAEncryption", "sha256"),
    "1.2.840.113549.1.1.12" => ("sha384WithRSAEncryption", "sha384"),
    "1.2.840.113549.1.1.13" => ("sha512WithRSAEncryption", "sha512"),
    "1.2.840.113549.1.1.14" => ("sha224WithRSAEncryption", "sha224"),
    "1.2.840.10045.4.1" => ("ecdsa-with-SHA1", "sha1"),
    "1.2.840.10045.4.3.2" => ("ecdsa-with-SHA256", "sha256"),
    "1.2.840.10045.4.3.3" => ("ecdsa-with-SHA384", "sha384"),
    "1.2.840.10045.4.3.4" => ("ecdsa-with-SHA512", "sha512"),
    "1.3.101.112" => ("ED25519", ""),
    "1.2.840.113549.1.1.10" => ("RSASSA-PSS", "?"),
    _ => ("", "?"),
  }
}

/// `new X509Certificate(buffer)`: PEM (the first certificate) or DER.
#[op2]
#[serde]
pub fn op_crypto_x509_parse(#[buffer] data: &[u8]) -> Result<CertInfo, NodeError> {
  let cert = if data.starts_with(b"-----BEGIN") || data.windows(11).any(|w| w == b"-----BEGIN ") {
    let text = std::str::from_utf8(data).map_err(|_| no_start_line())?;
    let start = text
      .find("-----BEGIN CERTIFICATE-----")
      .ok_or_else(no_start_line)?;
    let end_marker = "-----END CERTIFICATE-----";
    let end = start + text[start..].find(end_marker).ok_or_else(no_start_line)? + end_marker.len();
    x509_cert::Certificate::from_pem(&text.as_bytes()[start..end]).map_err(|_| no_start_line())?
  } else {
    x509_cert::Certificate::from_der(data).map_err(|_| no_start_line())?
  };
  let tbs = &cert.tbs_certificate;
  let (subject, subject_fields) = name_of(&tbs.subject);
  let (issuer, issuer_fields) = name_of(&tbs.issuer);
  let (valid_from, valid_from_ms) = time_of(&tbs.validity.not_before);
  let (valid_to, valid_to_ms) = time_of(&tbs.validity.not_after);
  // OpenSSL prints the serial as a big number: no leading zero bytes.
  let serial = tbs.serial_number.as_bytes();
  let first = serial
    .iter()
    .position(|&b| b != 0)
    .unwrap_or(serial.len().saturating_sub(1));
  let serial_number: String = serial[first..].iter().map(|b| format!("{b:02X}")).collect();

  let mut subject_alt_name = None;
  let mut ca = false;
  let mut ext_key_usage = None;
  for ext in tbs.extensions.iter().flatten() {
    let value = ext.extn_value.as_bytes();
    match ext.extn_id.to_string().as_str() {
      "2.5.29.17" => {
        if let Ok(san) = x509_cert::ext::pkix::SubjectAltName::from_der(value) {
          subject_alt_name = Some(san.0.iter().map(general_name).collect::<Vec<_>>().join(", "));
        }
      }
      "2.5.29.19" => {
        if let Ok(bc) = x509_cert::ext::pkix::BasicConstraints::from_der(value) {
          ca = bc.ca;
        }
      }
      "2.5.29.37" => {
        if let Ok(eku) = x509_cert::ext::pkix::ExtendedKeyUsage::from_der(value) {
          ext_key_usage = Some(eku.0.iter().map(|oid| oid.to_string()).collect());
        }
      }
      _ => {}
    }
  }
  let sig_oid = cert.signature_algorithm.oid.to_string();
  let (sig_name, sig_digest) = signature_names(&sig_oid);
  let invalid = |e: x509_cert::der::Error| NodeError::generic("ERR_CRYPTO_OPERATION_FAILED", format!("{e}"));
  Ok(CertInfo {
    der: cert.to_der().map_err(invalid)?,
    subject,
    issuer,
    subject_fields,
    issuer_fields,
    subject_alt_name,
    valid_from,
    valid_to,
    valid_from_ms,
    valid_to_ms,
    serial_number,
    ca,
    ext_key_usage,
    spki: tbs.subject_public_key_info.to_der().map_err(invalid)?,
    tbs: tbs.to_der().map_err(invalid)?,
    signature: cert.signature.raw_bytes().to_vec(),
    signature_algorithm: if sig_name.is_empty() {
      sig_oid.clone()
    } else {
      sig_name.to_string()
    },
    signature_algorithm_oid: sig_oid,
    signature_digest: sig_digest.to_string(),
  })
}
