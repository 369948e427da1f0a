//! A certificate described as Node's `getPeerCertificate()` does: subject and issuer by
//! short attribute names, OpenSSL's date format, colon-separated fingerprints, the
//! subjectAltName text, the RSA modulus and exponent, and the DER bytes.

use deno_core::ToJsBuffer;
use serde::Serialize;
use x509_parser::extensions::GeneralName;
use x509_parser::prelude::FromDer;
use x509_parser::prelude::X509Certificate;
use x509_parser::public_key::PublicKey;
use x509_parser::x509::X509Name;

/// One certificate as JS sees it (the JS side turns `raw` and `pubkey` into Buffers and
/// links `issuerCertificate`).
#[derive(Serialize)]
pub struct CertInfo {
  subject: Vec<(String, String)>,
  issuer: Vec<(String, String)>,
  subjectaltname: Option<String>,
  ca: bool,
  modulus: Option<String>,
  bits: Option<u32>,
  exponent: Option<String>,
  pubkey: ToJsBuffer,
  valid_from: String,
  valid_to: String,
  fingerprint: String,
  fingerprint256: String,
  fingerprint512: String,
  ext_key_usage: Option<Vec<String>>,
  #[serde(rename = "serialNumber")]
  serial_number: String,
  raw: ToJsBuffer,
}

fn hex_upper(bytes: &[u8]) -> String {
  bytes.iter().map(|b| format!("{b:02X}")).collect()
}

fn fingerprint(algorithm: &'static ring::digest::Algorithm, der: &[u8]) -> String {
  let digest = ring::digest::digest(algorithm, der);
  digest
    .as_ref()
    .iter()
    .map(|b| format!("{b:02X}"))
    .collect::<Vec<_>>()
    .join(":")
}

fn name_entries(name: &X509Name) -> Vec<(String, String)> {
  let registry = x509_parser::objects::oid_registry();
  let mut out = Vec::new();
  for rdn in name.iter_rdn() {
    for attr in rdn.iter() {
      let key = x509_parser::objects::oid2abbrev(attr.attr_type(), registry)
        .map(str::to_owned)
        .unwrap_or_else(|_| attr.attr_type().to_id_string());
      let value = attr.as_str().map(str::to_owned).unwrap_or_default();
      out.push((key, value));
    }
  }
  out
}

/// OpenSSL's `ASN1_TIME_print`: `Jan  1 00:00:00 2025 GMT`.
fn openssl_date(unix: i64) -> String {
  const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ];
  let days = unix.div_euclid(86_400);
  let secs = unix.rem_euclid(86_400);
  // Howard Hinnant's civil_from_days.
  let z = days + 719_468;
  let era = z.div_euclid(146_097);
  let doe = z - era * 146_097;
  let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
  let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  let mp = (5 * doy + 2) / 153;
  let day = doy - (153 * mp + 2) / 5 + 1;
  let month = if mp < 10 { mp + 3 } else { mp - 9 };
  let year = yoe + era * 400 + i64::from(month <= 2);
  format!(
    "{} {:>2} {:02}:{:02}:{:02} {} GMT",
    MONTHS[(month - 1) as usize],
    day,
    secs / 3600,
    secs / 60 % 60,
    secs % 60,
    year
  )
}

fn alt_names(cert: &X509Certificate) -> Option<String> {
  let san = cert.subject_alternative_name().ok()??;
  let names: Vec<String> = san
    .value
    .general_names
    .iter()
    .map(|name| match name {
      GeneralName::DNSName(d) => format!("DNS:{d}"),
      GeneralName::RFC822Name(e) => format!("email:{e}"),
      GeneralName::URI(u) => format!("URI:{u}"),
      GeneralName::IPAddress(ip) => match ip.len() {
        4 => format!(
          "IP Address:{}",
          std::net::Ipv4Addr::new(ip[0], ip[1], ip[2], ip[3])
        ),
        16 => {
          let mut octets = [0u8; 16];
          octets.copy_from_slice(ip);
          format!("IP Address:{}", std::net::Ipv6Addr::from(octets)).to_uppercase()
        }
        _ => "IP Address:<invalid>".to_owned(),
      },
      other => format!("{other}"),
    })
    .collect();
  Some(names.join(", "))
}

/// Describes a DER certificate; `None` if it does not parse.
pub fn describe(der: &[u8]) -> Option<CertInfo> {
  let (_, cert) = X509Certificate::from_der(der).ok()?;
  let (mut modulus, mut bits, mut exponent) = (None, None, None);
  if let Ok(PublicKey::RSA(rsa)) = cert.public_key().parsed() {
    let m = rsa
      .modulus
      .iter()
      .skip_while(|b| **b == 0)
      .copied()
      .collect::<Vec<_>>();
    bits = Some((m.len() * 8) as u32 - m.first().map_or(0, |b| b.leading_zeros()));
    modulus = Some(hex_upper(&m));
    let e = rsa
      .exponent
      .iter()
      .fold(0u64, |acc, b| (acc << 8) | u64::from(*b));
    exponent = Some(format!("0x{e:x}"));
  }
  let ext_key_usage = cert.extended_key_usage().ok().flatten().map(|eku| {
    let mut out = Vec::new();
    let usage = eku.value;
    if usage.server_auth {
      out.push("1.3.6.1.5.5.7.3.1".to_owned());
    }
    if usage.client_auth {
      out.push("1.3.6.1.5.5.7.3.2".to_owned());
    }
    out.extend(usage.other.iter().map(|o| o.to_id_string()));
    out
  });
  let serial = cert.raw_serial();
  let serial = serial
    .strip_prefix(&[0])
    .filter(|s| !s.is_empty())
    .unwrap_or(serial);
  Some(CertInfo {
    subject: name_entries(cert.subject()),
    issuer: name_entries(cert.issuer()),
    subjectaltname: alt_names(&cert),
    ca: cert.is_ca(),
    modulus,
    bits,
    exponent,
    pubkey: cert.public_key().raw.to_vec().into(),
    valid_from: openssl_date(cert.validity().not_before.timestamp()),
    valid_to: openssl_date(cert.validity().not_after.timestamp()),
    fingerprint: fingerprint(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY, der),
    fingerprint256: fingerprint(&ring::digest::SHA256, der),
    fingerprint512: fingerprint(&ring::digest::SHA512, der),
    ext_key_usage,
    serial_number: hex_upper(serial),
    raw: der.to_vec().into(),
  })
}

#[cfg(test)]
mod tests {
  #[test]
  fn dates_as_openssl_prints_them() {
    assert_eq!(super::openssl_date(0), "Jan  1 00:00:00 1970 GMT");
    assert_eq!(super::openssl_date(1_735_689_600), "Jan  1 00:00:00 2025 GMT");
    assert_eq!(super::openssl_date(951_825_600), "Feb 29 12:00:00 2000 GMT");
  }
}
