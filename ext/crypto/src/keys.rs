//! Asymmetric keys: RSA (and RSA-PSS), EC on P-256/P-384/P-521/secp256k1, Ed25519 and X25519,
//! read from PEM/DER (PKCS#8, SPKI, PKCS#1, SEC1) or JWK and written back the way
//! OpenSSL writes them; key pair generation. A parsed key lives in a `#[cppgc] KeyHandle`
//! that JS `KeyObject`s hold.

use deno_core::op2;
use deno_core::v8;
use deno_core::GarbageCollected;
use nodus_core::errors::NodeError;
use pkcs1::DecodeRsaPrivateKey;
use pkcs1::DecodeRsaPublicKey;
use pkcs1::EncodeRsaPrivateKey;
use pkcs1::EncodeRsaPublicKey;
use pkcs8::der::asn1::OctetStringRef;
use pkcs8::der::Decode;
use pkcs8::der::Encode;
use pkcs8::DecodePrivateKey;
use pkcs8::EncodePrivateKey;
use pkcs8::EncodePublicKey;
use rsa::traits::PrivateKeyParts;
use rsa::traits::PublicKeyParts;
use serde::Deserialize;
use serde::Serialize;

pub(crate) const OID_RSA: pkcs8::ObjectIdentifier =
  pkcs8::ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.1");
pub(crate) const OID_RSA_PSS: pkcs8::ObjectIdentifier =
  pkcs8::ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.10");
const OID_EC: pkcs8::ObjectIdentifier = pkcs8::ObjectIdentifier::new_unwrap("1.2.840.10045.2.1");
const OID_P256: pkcs8::ObjectIdentifier = pkcs8::ObjectIdentifier::new_unwrap("1.2.840.10045.3.1.7");
const OID_P384: pkcs8::ObjectIdentifier = pkcs8::ObjectIdentifier::new_unwrap("1.3.132.0.34");
const OID_K256: pkcs8::ObjectIdentifier = pkcs8::ObjectIdentifier::new_unwrap("1.3.132.0.10");
const OID_P521: pkcs8::ObjectIdentifier = pkcs8::ObjectIdentifier::new_unwrap("1.3.132.0.35");
const OID_ED25519: pkcs8::ObjectIdentifier = pkcs8::ObjectIdentifier::new_unwrap("1.3.101.112");
const OID_X25519: pkcs8::ObjectIdentifier = pkcs8::ObjectIdentifier::new_unwrap("1.3.101.110");

/// The curves nodus has for EC keys.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Curve {
  P256,
  P384,
  P521,
  K256,
}

impl Curve {
  fn oid(self) -> pkcs8::ObjectIdentifier {
    match self {
      Curve::P256 => OID_P256,
      Curve::P384 => OID_P384,
      Curve::P521 => OID_P521,
      Curve::K256 => OID_K256,
    }
  }

  fn from_oid(oid: pkcs8::ObjectIdentifier) -> Option<Self> {
    [Curve::P256, Curve::P384, Curve::P521, Curve::K256]
      .into_iter()
      .find(|c| c.oid() == oid)
  }

  /// OpenSSL's name (`asymmetricKeyDetails.namedCurve`).
  pub(crate) fn openssl_name(self) -> &'static str {
    match self {
      Curve::P256 => "prime256v1",
      Curve::P384 => "secp384r1",
      Curve::P521 => "secp521r1",
      Curve::K256 => "secp256k1",
    }
  }

  fn jwk_name(self) -> &'static str {
    match self {
      Curve::P256 => "P-256",
      Curve::P384 => "P-384",
      Curve::P521 => "P-521",
      Curve::K256 => "secp256k1",
    }
  }

  /// Any of the names Node accepts for the curve.
  pub(crate) fn parse(name: &str) -> Option<Self> {
    match name {
      "prime256v1" | "P-256" | "secp256r1" => Some(Curve::P256),
      "secp384r1" | "P-384" => Some(Curve::P384),
      "secp521r1" | "P-521" => Some(Curve::P521),
      "secp256k1" => Some(Curve::K256),
      _ => None,
    }
  }

  pub(crate) fn field_len(self) -> usize {
    match self {
      Curve::P256 | Curve::K256 => 32,
      Curve::P384 => 48,
      Curve::P521 => 66,
    }
  }
}

/// Runs `$body` with `$C` bound to the curve type of `$curve`.
macro_rules! with_curve {
  ($curve:expr, $C:ident => $body:expr) => {
    match $curve {
      crate::keys::Curve::P256 => {
        type $C = p256::NistP256;
        $body
      }
      crate::keys::Curve::P384 => {
        type $C = p384::NistP384;
        $body
      }
      crate::keys::Curve::P521 => {
        type $C = p521::NistP521;
        $body
      }
      crate::keys::Curve::K256 => {
        type $C = k256::Secp256k1;
        $body
      }
    }
  };
}
pub(crate) use with_curve;

/// A parsed asymmetric key. EC keys keep their scalar or uncompressed point as bytes and
/// become typed keys of their curve where they are used.
pub(crate) enum AsymKey {
  RsaPrivate { key: Box<rsa::RsaPrivateKey>, pss: bool },
  RsaPublic { key: Box<rsa::RsaPublicKey>, pss: bool },
  EcPrivate { curve: Curve, scalar: Vec<u8> },
  EcPublic { curve: Curve, point: Vec<u8> },
  Ed25519Private(Box<ed25519_dalek::SigningKey>),
  Ed25519Public(ed25519_dalek::VerifyingKey),
  X25519Private(Box<x25519_dalek::StaticSecret>),
  X25519Public(x25519_dalek::PublicKey),
}

/// A key that JS `KeyObject`s hold.
pub struct KeyHandle(pub(crate) AsymKey);

// SAFETY: KeyHandle holds no references to other garbage-collected objects.
unsafe impl GarbageCollected for KeyHandle {
  fn trace(&self, _visitor: &mut v8::cppgc::Visitor) {}

  fn get_name(&self) -> &'static std::ffi::CStr {
    c"KeyHandle"
  }
}

fn openssl_decoder_error() -> NodeError {
  NodeError::generic(
    "ERR_OSSL_UNSUPPORTED",
    "error:1E08010C:DECODER routines::unsupported",
  )
}

fn invalid_key(why: impl std::fmt::Display) -> NodeError {
  NodeError::generic("ERR_CRYPTO_INVALID_KEY", format!("Invalid key: {why}"))
}

fn ec_point_of(curve: Curve, scalar: &[u8]) -> Result<Vec<u8>, NodeError> {
  with_curve!(curve, C => {
    let secret = elliptic_curve::SecretKey::<C>::from_slice(scalar).map_err(|_| openssl_decoder_error())?;
    Ok(elliptic_curve::sec1::ToEncodedPoint::to_encoded_point(&secret.public_key(), false).as_bytes().to_vec())
  })
}

fn ec_normalize_point(curve: Curve, bytes: &[u8]) -> Result<Vec<u8>, NodeError> {
  with_curve!(curve, C => {
    let public = elliptic_curve::PublicKey::<C>::from_sec1_bytes(bytes).map_err(|_| openssl_decoder_error())?;
    Ok(elliptic_curve::sec1::ToEncodedPoint::to_encoded_point(&public, false).as_bytes().to_vec())
  })
}

fn parse_pkcs8(der: &[u8]) -> Result<AsymKey, NodeError> {
  let info = pkcs8::PrivateKeyInfo::from_der(der).map_err(|_| openssl_decoder_error())?;
  let oid = info.algorithm.oid;
  if oid == OID_RSA || oid == OID_RSA_PSS {
    let key = rsa::RsaPrivateKey::from_pkcs1_der(info.private_key).map_err(|_| openssl_decoder_error())?;
    return Ok(AsymKey::RsaPrivate {
      key: Box::new(key),
      pss: oid == OID_RSA_PSS,
    });
  }
  if oid == OID_EC {
    let curve_oid = info
      .algorithm
      .parameters_oid()
      .map_err(|_| openssl_decoder_error())?;
    let curve = Curve::from_oid(curve_oid).ok_or_else(openssl_decoder_error)?;
    let ec = sec1::EcPrivateKey::from_der(info.private_key).map_err(|_| openssl_decoder_error())?;
    return Ok(AsymKey::EcPrivate {
      curve,
      scalar: ec.private_key.to_vec(),
    });
  }
  if oid == OID_ED25519 {
    let key = ed25519_dalek::SigningKey::from_pkcs8_der(der).map_err(|_| openssl_decoder_error())?;
    return Ok(AsymKey::Ed25519Private(Box::new(key)));
  }
  if oid == OID_X25519 {
    let inner = OctetStringRef::from_der(info.private_key).map_err(|_| openssl_decoder_error())?;
    let bytes: [u8; 32] = inner.as_bytes().try_into().map_err(|_| openssl_decoder_error())?;
    return Ok(AsymKey::X25519Private(Box::new(
      x25519_dalek::StaticSecret::from(bytes),
    )));
  }
  Err(openssl_decoder_error())
}

fn parse_spki(der: &[u8]) -> Result<AsymKey, NodeError> {
  let info = spki::SubjectPublicKeyInfoRef::from_der(der).map_err(|_| openssl_decoder_error())?;
  let oid = info.algorithm.oid;
  let bits = info.subject_public_key.raw_bytes();
  if oid == OID_RSA || oid == OID_RSA_PSS {
    let key = rsa::RsaPublicKey::from_pkcs1_der(bits).map_err(|_| openssl_decoder_error())?;
    return Ok(AsymKey::RsaPublic {
      key: Box::new(key),
      pss: oid == OID_RSA_PSS,
    });
  }
  if oid == OID_EC {
    let curve_oid = info
      .algorithm
      .parameters_oid()
      .map_err(|_| openssl_decoder_error())?;
    let curve = Curve::from_oid(curve_oid).ok_or_else(openssl_decoder_error)?;
    return Ok(AsymKey::EcPublic {
      curve,
      point: ec_normalize_point(curve, bits)?,
    });
  }
  if oid == OID_ED25519 {
    let bytes: [u8; 32] = bits.try_into().map_err(|_| openssl_decoder_error())?;
    let key = ed25519_dalek::VerifyingKey::from_bytes(&bytes).map_err(|_| openssl_decoder_error())?;
    return Ok(AsymKey::Ed25519Public(key));
  }
  if oid == OID_X25519 {
    let bytes: [u8; 32] = bits.try_into().map_err(|_| openssl_decoder_error())?;
    return Ok(AsymKey::X25519Public(x25519_dalek::PublicKey::from(bytes)));
  }
  Err(openssl_decoder_error())
}

fn parse_sec1(der: &[u8]) -> Result<AsymKey, NodeError> {
  let ec = sec1::EcPrivateKey::from_der(der).map_err(|_| openssl_decoder_error())?;
  let curve_oid = ec
    .parameters
    .and_then(|p| p.named_curve())
    .ok_or_else(openssl_decoder_error)?;
  let curve = Curve::from_oid(curve_oid).ok_or_else(openssl_decoder_error)?;
  Ok(AsymKey::EcPrivate {
    curve,
    scalar: ec.private_key.to_vec(),
  })
}

/// Reads a key. `kind` is "private" or "public" (a public key may be read from a private
/// one); `format` "pem" or "der"; `type_` for DER "pkcs8", "spki", "pkcs1" or "sec1".
fn parse_key(kind: &str, format: &str, type_: &str, data: &[u8]) -> Result<AsymKey, NodeError> {
  let (label, der);
  if format == "pem" {
    let text = std::str::from_utf8(data).map_err(|_| openssl_decoder_error())?;
    // The first PEM block in the text (Node skips text around it).
    let start = text.find("-----BEGIN ").ok_or_else(openssl_decoder_error)?;
    let end_marker = start
      + text[start..]
        .find("-----END ")
        .ok_or_else(openssl_decoder_error)?;
    let end = end_marker
      + 9
      + text[end_marker + 9..]
        .find("-----")
        .ok_or_else(openssl_decoder_error)?
      + 5;
    let (l, d) =
      pkcs8::der::pem::decode_vec(&text.as_bytes()[start..end]).map_err(|_| openssl_decoder_error())?;
    label = l.to_string();
    der = d;
  } else {
    label = match type_ {
      "pkcs8" => "PRIVATE KEY",
      "spki" => "PUBLIC KEY",
      "sec1" => "EC PRIVATE KEY",
      "pkcs1" if kind == "private" => "RSA PRIVATE KEY",
      "pkcs1" => "RSA PUBLIC KEY",
      _ => return Err(openssl_decoder_error()),
    }
    .to_string();
    der = data.to_vec();
  }
  let key = match label.as_str() {
    "PRIVATE KEY" => parse_pkcs8(&der)?,
    "RSA PRIVATE KEY" => AsymKey::RsaPrivate {
      key: Box::new(rsa::RsaPrivateKey::from_pkcs1_der(&der).map_err(|_| openssl_decoder_error())?),
      pss: false,
    },
    "EC PRIVATE KEY" => parse_sec1(&der)?,
    "PUBLIC KEY" => parse_spki(&der)?,
    "RSA PUBLIC KEY" => AsymKey::RsaPublic {
      key: Box::new(rsa::RsaPublicKey::from_pkcs1_der(&der).map_err(|_| openssl_decoder_error())?),
      pss: false,
    },
    // createPublicKey(certificate): the certificate's subject key.
    "CERTIFICATE" if kind == "public" => {
      let cert = <x509_cert::Certificate as Decode>::from_der(&der).map_err(|_| openssl_decoder_error())?;
      let spki = cert
        .tbs_certificate
        .subject_public_key_info
        .to_der()
        .map_err(|_| openssl_decoder_error())?;
      parse_spki(&spki)?
    }
    "ENCRYPTED PRIVATE KEY" => {
      return Err(NodeError::generic(
        "ERR_NOT_IMPLEMENTED",
        "Encrypted private keys are not implemented in nodus",
      ))
    }
    _ => return Err(openssl_decoder_error()),
  };
  if kind == "private" && key.is_public() {
    return Err(openssl_decoder_error());
  }
  Ok(key)
}

impl AsymKey {
  pub(crate) fn is_public(&self) -> bool {
    matches!(
      self,
      AsymKey::RsaPublic { .. }
        | AsymKey::EcPublic { .. }
        | AsymKey::Ed25519Public(_)
        | AsymKey::X25519Public(_)
    )
  }

  /// `asymmetricKeyType`.
  pub(crate) fn type_name(&self) -> &'static str {
    match self {
      AsymKey::RsaPrivate { pss: false, .. } | AsymKey::RsaPublic { pss: false, .. } => "rsa",
      AsymKey::RsaPrivate { pss: true, .. } | AsymKey::RsaPublic { pss: true, .. } => "rsa-pss",
      AsymKey::EcPrivate { .. } | AsymKey::EcPublic { .. } => "ec",
      AsymKey::Ed25519Private(_) | AsymKey::Ed25519Public(_) => "ed25519",
      AsymKey::X25519Private(_) | AsymKey::X25519Public(_) => "x25519",
    }
  }

  /// The public half.
  pub(crate) fn public(&self) -> Result<AsymKey, NodeError> {
    Ok(match self {
      AsymKey::RsaPrivate { key, pss } => AsymKey::RsaPublic {
        key: Box::new(key.to_public_key()),
        pss: *pss,
      },
      AsymKey::EcPrivate { curve, scalar } => AsymKey::EcPublic {
        curve: *curve,
        point: ec_point_of(*curve, scalar)?,
      },
      AsymKey::Ed25519Private(key) => AsymKey::Ed25519Public(key.verifying_key()),
      AsymKey::X25519Private(key) => AsymKey::X25519Public(x25519_dalek::PublicKey::from(key.as_ref())),
      AsymKey::RsaPublic { key, pss } => AsymKey::RsaPublic {
        key: key.clone(),
        pss: *pss,
      },
      AsymKey::EcPublic { curve, point } => AsymKey::EcPublic {
        curve: *curve,
        point: point.clone(),
      },
      AsymKey::Ed25519Public(key) => AsymKey::Ed25519Public(*key),
      AsymKey::X25519Public(key) => AsymKey::X25519Public(*key),
    })
  }

  fn pkcs8_der(&self) -> Result<Vec<u8>, NodeError> {
    let der = match self {
      AsymKey::RsaPrivate { key, pss } => {
        let pkcs1 = key.to_pkcs1_der().map_err(invalid_key)?;
        let oid = if *pss { OID_RSA_PSS } else { OID_RSA };
        // rsaEncryption carries NULL parameters; RSASSA-PSS without restrictions none.
        let null = pkcs8::der::asn1::Null;
        let params = if *pss {
          None
        } else {
          Some(pkcs8::der::AnyRef::from(null))
        };
        let info = pkcs8::PrivateKeyInfo {
          algorithm: pkcs8::AlgorithmIdentifierRef {
            oid,
            parameters: params,
          },
          private_key: pkcs1.as_bytes(),
          public_key: None,
        };
        info.to_der().map_err(invalid_key)?
      }
      AsymKey::EcPrivate { curve, scalar } => with_curve!(*curve, C => {
        let secret = elliptic_curve::SecretKey::<C>::from_slice(scalar).map_err(invalid_key)?;
        secret.to_pkcs8_der().map_err(invalid_key)?.as_bytes().to_vec()
      }),
      AsymKey::Ed25519Private(key) => {
        let seed = OctetStringRef::new(key.as_bytes())
          .map_err(invalid_key)?
          .to_der()
          .map_err(invalid_key)?;
        pkcs8::PrivateKeyInfo::new(
          pkcs8::AlgorithmIdentifierRef {
            oid: OID_ED25519,
            parameters: None,
          },
          &seed,
        )
        .to_der()
        .map_err(invalid_key)?
      }
      AsymKey::X25519Private(key) => {
        let bytes = key.to_bytes();
        let inner = OctetStringRef::new(&bytes)
          .map_err(invalid_key)?
          .to_der()
          .map_err(invalid_key)?;
        pkcs8::PrivateKeyInfo::new(
          pkcs8::AlgorithmIdentifierRef {
            oid: OID_X25519,
            parameters: None,
          },
          &inner,
        )
        .to_der()
        .map_err(invalid_key)?
      }
      _ => return Err(invalid_key("not a private key")),
    };
    Ok(der)
  }

  fn spki_der(&self) -> Result<Vec<u8>, NodeError> {
    let public = self.public()?;
    let raw = |oid, bytes: &[u8]| -> Result<Vec<u8>, NodeError> {
      spki::SubjectPublicKeyInfoRef {
        algorithm: spki::AlgorithmIdentifierRef {
          oid,
          parameters: None,
        },
        subject_public_key: spki::der::asn1::BitStringRef::from_bytes(bytes).map_err(invalid_key)?,
      }
      .to_der()
      .map_err(invalid_key)
    };
    match &public {
      AsymKey::RsaPublic { key, pss: false } => {
        Ok(key.to_public_key_der().map_err(invalid_key)?.as_bytes().to_vec())
      }
      AsymKey::RsaPublic { key, pss: true } => {
        raw(OID_RSA_PSS, key.to_pkcs1_der().map_err(invalid_key)?.as_bytes())
      }
      AsymKey::EcPublic { curve, point } => with_curve!(*curve, C => {
        let public = elliptic_curve::PublicKey::<C>::from_sec1_bytes(point).map_err(invalid_key)?;
        Ok(public.to_public_key_der().map_err(invalid_key)?.as_bytes().to_vec())
      }),
      AsymKey::Ed25519Public(key) => raw(OID_ED25519, key.as_bytes()),
      AsymKey::X25519Public(key) => raw(OID_X25519, key.as_bytes()),
      _ => Err(invalid_key("not a public key")),
    }
  }

  /// The key in `type_` ("pkcs8", "spki", "pkcs1", "sec1") as DER, with its PEM label.
  fn export_der(&self, type_: &str) -> Result<(Vec<u8>, &'static str), NodeError> {
    let incompatible = |what: &str| {
      NodeError::generic(
        "ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS",
        format!("The selected key encoding {type_} {what}."),
      )
    };
    match (type_, self) {
      ("pkcs8", _) if !self.is_public() => Ok((self.pkcs8_der()?, "PRIVATE KEY")),
      ("spki", _) => Ok((self.spki_der()?, "PUBLIC KEY")),
      ("pkcs1", AsymKey::RsaPrivate { key, .. }) => Ok((
        key.to_pkcs1_der().map_err(invalid_key)?.as_bytes().to_vec(),
        "RSA PRIVATE KEY",
      )),
      ("pkcs1", AsymKey::RsaPublic { key, .. }) => Ok((
        key.to_pkcs1_der().map_err(invalid_key)?.as_bytes().to_vec(),
        "RSA PUBLIC KEY",
      )),
      ("pkcs1", _) => Err(incompatible("can only be used for RSA keys")),
      ("sec1", AsymKey::EcPrivate { curve, scalar }) => {
        // OpenSSL names the curve in the key itself ([0] parameters) and adds the point.
        let point = ec_point_of(*curve, scalar)?;
        let key = sec1::EcPrivateKey {
          private_key: scalar,
          parameters: Some(sec1::EcParameters::NamedCurve(curve.oid())),
          public_key: Some(&point),
        };
        Ok((key.to_der().map_err(invalid_key)?, "EC PRIVATE KEY"))
      }
      ("sec1", _) => Err(incompatible("can only be used for EC keys")),
      _ => Err(NodeError::type_error(
        "ERR_INVALID_ARG_VALUE",
        format!("The property 'options.type' is invalid. Received '{type_}'"),
      )),
    }
  }
}

/// What JS learns about a key it has read.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KeyInfo {
  /// `asymmetricKeyType`
  key_type: &'static str,
  /// "private" or "public"
  kind: &'static str,
  /// RSA: modulus bits
  modulus_length: Option<u32>,
  /// RSA: the public exponent, as a decimal string (JS makes a BigInt of it)
  public_exponent: Option<String>,
  /// EC: OpenSSL's curve name
  named_curve: Option<&'static str>,
}

fn info_of(key: &AsymKey) -> KeyInfo {
  let (modulus_length, public_exponent, named_curve) = match key {
    AsymKey::RsaPrivate { key, .. } => (Some(key.n().bits() as u32), Some(key.e().to_string()), None),
    AsymKey::RsaPublic { key, .. } => (Some(key.n().bits() as u32), Some(key.e().to_string()), None),
    AsymKey::EcPrivate { curve, .. } | AsymKey::EcPublic { curve, .. } => {
      (None, None, Some(curve.openssl_name()))
    }
    _ => (None, None, None),
  };
  KeyInfo {
    key_type: key.type_name(),
    kind: if key.is_public() { "public" } else { "private" },
    modulus_length,
    public_exponent,
    named_curve,
  }
}

/// `createPrivateKey`/`createPublicKey` from PEM or DER.
#[op2]
#[cppgc]
pub fn op_crypto_key_parse(
  #[string] kind: &str,
  #[string] format: &str,
  #[string] type_: &str,
  #[buffer] data: &[u8],
) -> Result<KeyHandle, NodeError> {
  let key = parse_key(kind, format, type_, data)?;
  let key = if kind == "public" { key.public()? } else { key };
  Ok(KeyHandle(key))
}

/// The public half of a private key (`createPublicKey(privateKey)`).
#[op2]
#[cppgc]
pub fn op_crypto_key_public(#[cppgc] key: &KeyHandle) -> Result<KeyHandle, NodeError> {
  Ok(KeyHandle(key.0.public()?))
}

/// `asymmetricKeyType`, the kind and `asymmetricKeyDetails`.
#[op2]
#[serde]
pub fn op_crypto_key_info(#[cppgc] key: &KeyHandle) -> KeyInfo {
  info_of(&key.0)
}

/// `keyObject.export({ format: 'pem' | 'der', type })`: PEM text or DER bytes.
#[op2]
#[buffer]
pub fn op_crypto_key_export(
  #[cppgc] key: &KeyHandle,
  #[string] format: &str,
  #[string] type_: &str,
) -> Result<Vec<u8>, NodeError> {
  let (der, label) = key.0.export_der(type_)?;
  if format == "pem" {
    let pem = pkcs8::der::pem::encode_string(label, pkcs8::LineEnding::LF, &der).map_err(invalid_key)?;
    Ok(pem.into_bytes())
  } else {
    Ok(der)
  }
}

/// `keyObject.equals(other)`: the same key material.
#[op2(fast)]
pub fn op_crypto_key_equals(#[cppgc] a: &KeyHandle, #[cppgc] b: &KeyHandle) -> bool {
  let der = |k: &AsymKey| {
    if k.is_public() {
      k.spki_der()
    } else {
      k.pkcs8_der()
    }
  };
  a.0.is_public() == b.0.is_public() && matches!((der(&a.0), der(&b.0)), (Ok(x), Ok(y)) if x == y)
}

/// A JWK's fields, base64url-encoded, as Node names them.
#[derive(Serialize, Deserialize, Default)]
pub struct Jwk {
  kty: String,
  #[serde(skip_serializing_if = "Option::is_none")]
  crv: Option<String>,
  #[serde(skip_serializing_if = "Option::is_none")]
  n: Option<String>,
  #[serde(skip_serializing_if = "Option::is_none")]
  e: Option<String>,
  #[serde(skip_serializing_if = "Option::is_none")]
  d: Option<String>,
  #[serde(skip_serializing_if = "Option::is_none")]
  p: Option<String>,
  #[serde(skip_serializing_if = "Option::is_none")]
  q: Option<String>,
  #[serde(skip_serializing_if = "Option::is_none")]
  dp: Option<String>,
  #[serde(skip_serializing_if = "Option::is_none")]
  dq: Option<String>,
  #[serde(skip_serializing_if = "Option::is_none")]
  qi: Option<String>,
  #[serde(skip_serializing_if = "Option::is_none")]
  x: Option<String>,
  #[serde(skip_serializing_if = "Option::is_none")]
  y: Option<String>,
}

fn b64(bytes: &[u8]) -> Option<String> {
  use base64::Engine;
  Some(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}

fn unb64(field: &Option<String>, name: &str) -> Result<Vec<u8>, NodeError> {
  use base64::Engine;
  let text = field
    .as_deref()
    .ok_or_else(|| invalid_jwk(&format!("\"{name}\" missing")))?;
  base64::engine::general_purpose::URL_SAFE_NO_PAD
    .decode(text.trim_end_matches('='))
    .map_err(|_| invalid_jwk(name))
}

fn invalid_jwk(_what: &str) -> NodeError {
  NodeError::type_error("ERR_CRYPTO_INVALID_JWK", "Invalid JWK data")
}

fn big(bytes: &[u8]) -> rsa::BigUint {
  rsa::BigUint::from_bytes_be(bytes)
}

/// `keyObject.export({ format: 'jwk' })`.
#[op2]
#[serde]
pub fn op_crypto_key_export_jwk(#[cppgc] key: &KeyHandle) -> Result<Jwk, NodeError> {
  let private = !key.0.is_public();
  Ok(match &key.0 {
    AsymKey::RsaPrivate { pss: true, .. } | AsymKey::RsaPublic { pss: true, .. } => {
      return Err(NodeError::generic(
        "ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE",
        "Unsupported JWK Key Type.",
      ))
    }
    AsymKey::RsaPrivate { key, .. } => {
      let primes = key.primes();
      let (p, q) = (primes.first(), primes.get(1));
      Jwk {
        kty: "RSA".into(),
        n: b64(&key.n().to_bytes_be()),
        e: b64(&key.e().to_bytes_be()),
        d: b64(&key.d().to_bytes_be()),
        p: p.and_then(|p| b64(&p.to_bytes_be())),
        q: q.and_then(|q| b64(&q.to_bytes_be())),
        dp: key.dp().and_then(|v| b64(&v.to_bytes_be())),
        dq: key.dq().and_then(|v| b64(&v.to_bytes_be())),
        qi: key
          .qinv()
          .and_then(|v| v.to_biguint())
          .and_then(|v| b64(&v.to_bytes_be())),
        ..Default::default()
      }
    }
    AsymKey::RsaPublic { key, .. } => Jwk {
      kty: "RSA".into(),
      n: b64(&key.n().to_bytes_be()),
      e: b64(&key.e().to_bytes_be()),
      ..Default::default()
    },
    AsymKey::EcPrivate { curve, .. } | AsymKey::EcPublic { curve, .. } => {
      let public = key.0.public()?;
      let AsymKey::EcPublic { point, .. } = &public else {
        return Err(invalid_key("EC"));
      };
      let len = curve.field_len();
      Jwk {
        kty: "EC".into(),
        crv: Some(curve.jwk_name().into()),
        x: b64(&point[1..1 + len]),
        y: b64(&point[1 + len..]),
        d: match &key.0 {
          AsymKey::EcPrivate { scalar, .. } => b64(scalar),
          _ => None,
        },
        ..Default::default()
      }
    }
    AsymKey::Ed25519Private(_)
    | AsymKey::Ed25519Public(_)
    | AsymKey::X25519Private(_)
    | AsymKey::X25519Public(_) => {
      let public = key.0.public()?;
      let (crv, x) = match &public {
        AsymKey::Ed25519Public(k) => ("Ed25519", k.to_bytes()),
        AsymKey::X25519Public(k) => ("X25519", k.to_bytes()),
        _ => return Err(invalid_key("OKP")),
      };
      let d = match &key.0 {
        AsymKey::Ed25519Private(k) if private => b64(k.as_bytes()),
        AsymKey::X25519Private(k) if private => b64(&k.to_bytes()),
        _ => None,
      };
      Jwk {
        kty: "OKP".into(),
        crv: Some(crv.into()),
        x: b64(&x),
        d,
        ..Default::default()
      }
    }
  })
}

/// `createPrivateKey`/`createPublicKey({ key: jwk, format: 'jwk' })`.
#[op2]
#[cppgc]
pub fn op_crypto_key_import_jwk(#[serde] jwk: Jwk, private: bool) -> Result<KeyHandle, NodeError> {
  let key = match jwk.kty.as_str() {
    "RSA" => {
      let n = big(&unb64(&jwk.n, "n")?);
      let e = big(&unb64(&jwk.e, "e")?);
      if private {
        let d = big(&unb64(&jwk.d, "d")?);
        let primes = vec![big(&unb64(&jwk.p, "p")?), big(&unb64(&jwk.q, "q")?)];
        let key = rsa::RsaPrivateKey::from_components(n, e, d, primes).map_err(|_| invalid_jwk("RSA"))?;
        AsymKey::RsaPrivate {
          key: Box::new(key),
          pss: false,
        }
      } else {
        let key = rsa::RsaPublicKey::new(n, e).map_err(|_| invalid_jwk("RSA"))?;
        AsymKey::RsaPublic {
          key: Box::new(key),
          pss: false,
        }
      }
    }
    "EC" => {
      let curve = Curve::parse(jwk.crv.as_deref().unwrap_or("")).ok_or_else(|| invalid_jwk("crv"))?;
      if private {
        let scalar = unb64(&jwk.d, "d")?;
        ec_point_of(curve, &scalar).map_err(|_| invalid_jwk("d"))?;
        AsymKey::EcPrivate { curve, scalar }
      } else {
        let mut point = vec![4u8];
        point.extend(unb64(&jwk.x, "x")?);
        point.extend(unb64(&jwk.y, "y")?);
        AsymKey::EcPublic {
          curve,
          point: ec_normalize_point(curve, &point).map_err(|_| invalid_jwk("x"))?,
        }
      }
    }
    "OKP" => {
      let field = if private { &jwk.d } else { &jwk.x };
      let bytes: [u8; 32] = unb64(field, if private { "d" } else { "x" })?
        .try_into()
        .map_err(|_| invalid_jwk("OKP"))?;
      match (jwk.crv.as_deref(), private) {
        (Some("Ed25519"), true) => {
          AsymKey::Ed25519Private(Box::new(ed25519_dalek::SigningKey::from_bytes(&bytes)))
        }
        (Some("Ed25519"), false) => AsymKey::Ed25519Public(
          ed25519_dalek::VerifyingKey::from_bytes(&bytes).map_err(|_| invalid_jwk("x"))?,
        ),
        (Some("X25519"), true) => AsymKey::X25519Private(Box::new(x25519_dalek::StaticSecret::from(bytes))),
        (Some("X25519"), false) => AsymKey::X25519Public(x25519_dalek::PublicKey::from(bytes)),
        _ => return Err(invalid_jwk("crv")),
      }
    }
    _ => {
      return Err(NodeError::type_error(
        "ERR_CRYPTO_INVALID_JWK",
        "Invalid JWK data",
      ))
    }
  };
  Ok(KeyHandle(key))
}

/// Makes a private key: "rsa"/"rsa-pss" (bits, exponent), "ec" (curve), "ed25519", "x25519".
fn generate(
  type_: &str,
  modulus_length: u32,
  public_exponent: u64,
  curve: &str,
) -> Result<AsymKey, NodeError> {
  let mut rng = rand_core::OsRng;
  Ok(match type_ {
    "rsa" | "rsa-pss" => {
      let exp = rsa::BigUint::from(public_exponent);
      let key = rsa::RsaPrivateKey::new_with_exp(&mut rng, modulus_length as usize, &exp).map_err(|e| {
        NodeError::generic(
          "ERR_CRYPTO_OPERATION_FAILED",
          format!("RSA key generation failed: {e}"),
        )
      })?;
      AsymKey::RsaPrivate {
        key: Box::new(key),
        pss: type_ == "rsa-pss",
      }
    }
    "ec" => {
      let curve = Curve::parse(curve)
        .ok_or_else(|| NodeError::type_error("ERR_CRYPTO_INVALID_CURVE", "Invalid EC curve name"))?;
      let scalar =
        with_curve!(curve, C => elliptic_curve::SecretKey::<C>::random(&mut rng).to_bytes().to_vec());
      AsymKey::EcPrivate { curve, scalar }
    }
    "ed25519" => AsymKey::Ed25519Private(Box::new(ed25519_dalek::SigningKey::generate(&mut rng))),
    "x25519" => AsymKey::X25519Private(Box::new(x25519_dalek::StaticSecret::random_from_rng(rng))),
    _ => {
      return Err(NodeError::type_error(
        "ERR_INVALID_ARG_VALUE",
        format!("The argument 'type' must be a supported key type. Received '{type_}'"),
      ))
    }
  })
}

/// `generateKeyPairSync`: the private key (JS takes the public half from it).
#[op2]
#[cppgc]
pub fn op_crypto_key_generate_sync(
  #[string] type_: &str,
  modulus_length: u32,
  #[number] public_exponent: u64,
  #[string] curve: &str,
) -> Result<KeyHandle, NodeError> {
  Ok(KeyHandle(generate(
    type_,
    modulus_length,
    public_exponent,
    curve,
  )?))
}

/// `generateKeyPair`: RSA keys take long, so it runs on the blocking pool and hands back
/// the PKCS#8 DER for JS to read.
#[op2]
#[buffer]
pub async fn op_crypto_key_generate(
  #[string] type_: String,
  modulus_length: u32,
  #[number] public_exponent: u64,
  #[string] curve: String,
) -> Result<Vec<u8>, NodeError> {
  tokio::task::spawn_blocking(move || generate(&type_, modulus_length, public_exponent, &curve)?.pkcs8_der())
    .await
    .map_err(|_| NodeError::generic("ERR_CRYPTO_OPERATION_FAILED", "key generation task failed"))?
}
