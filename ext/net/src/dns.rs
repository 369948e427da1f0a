//! `dns.lookup()`: the system resolver (getaddrinfo, through tokio on its blocking pool).

use std::net::IpAddr;

use deno_core::op2;
use nodus_core::errors::NodeError;

/// The addresses `host` resolves to, in the resolver's order: `[address, family, ...]`
/// with family 4 or 6; `ENOTFOUND` (getaddrinfo) if there are none.
#[op2]
#[serde]
pub async fn op_dns_lookup(#[string] host: String) -> Result<Vec<(String, u8)>, NodeError> {
  let found = tokio::net::lookup_host((host.as_str(), 0))
    .await
    .map_err(|_| crate::ops::enotfound(&host))?;
  let mut out: Vec<(String, u8)> = Vec::new();
  for addr in found {
    let entry = match addr.ip() {
      IpAddr::V4(ip) => (ip.to_string(), 4),
      IpAddr::V6(ip) => (ip.to_string(), 6),
    };
    if !out.contains(&entry) {
      out.push(entry);
    }
  }
  if out.is_empty() {
    return Err(crate::ops::enotfound(&host));
  }
  Ok(out)
}
