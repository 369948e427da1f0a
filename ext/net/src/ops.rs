//! Ops of ext_net.

use std::net::IpAddr;
use std::net::Ipv4Addr;
use std::net::Ipv6Addr;
use std::net::SocketAddr;
use std::net::ToSocketAddrs;

use deno_core::op2;
use deno_core::OpState;
use nodus_core::errors::NodeError;

use crate::ListenInfo;
use crate::TcpListenerResource;

/// The address a host name stands for when listening: `""` is the IPv6 (dual-stack)
/// wildcard as in Node, `localhost` is 127.0.0.1, IP literals are themselves, and other
/// names are looked up (blocking; listen is rare).
fn resolve(host: &str, port: u16) -> Result<SocketAddr, NodeError> {
  if host.is_empty() {
    return Ok(SocketAddr::new(IpAddr::V6(Ipv6Addr::UNSPECIFIED), port));
  }
  if host == "localhost" {
    return Ok(SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), port));
  }
  let literal = host
    .strip_prefix('[')
    .and_then(|h| h.strip_suffix(']'))
    .unwrap_or(host);
  if let Ok(ip) = literal.parse::<IpAddr>() {
    return Ok(SocketAddr::new(ip, port));
  }
  match (host, port).to_socket_addrs() {
    Ok(mut addrs) => addrs.next().ok_or_else(|| enotfound(host)),
    Err(_) => Err(enotfound(host)),
  }
}

fn enotfound(host: &str) -> NodeError {
  NodeError::System {
    code: "ENOTFOUND",
    errno: -3008,
    syscall: "getaddrinfo",
    path: host.to_owned(),
    description: "not found",
  }
}

/// Binds and listens on `host:port` (port 0 picks a free port). Throws a system error
/// (`EADDRINUSE`, `EACCES`, ...) with syscall `listen`/`bind`.
#[op2]
pub fn op_net_listen_tcp(
  state: &mut OpState,
  #[string] host: &str,
  #[smi] port: u32,
  #[smi] backlog: i32,
) -> Result<ListenInfo, NodeError> {
  let port =
    u16::try_from(port).map_err(|_| NodeError::range_error("ERR_SOCKET_BAD_PORT", "port out of range"))?;
  let addr = resolve(host, port)?;
  let socket = if addr.is_ipv4() {
    tokio::net::TcpSocket::new_v4()
  } else {
    tokio::net::TcpSocket::new_v6()
  }
  .map_err(|e| NodeError::system(&e, "listen", ""))?;
  socket
    .set_reuseaddr(true)
    .map_err(|e| NodeError::system(&e, "listen", ""))?;
  socket
    .bind(addr)
    .map_err(|e| NodeError::system(&e, "listen", ""))?;
  let backlog = if backlog <= 0 { 511 } else { backlog as u32 };
  let listener = socket
    .listen(backlog)
    .map_err(|e| NodeError::system(&e, "listen", ""))?;
  let addr = listener
    .local_addr()
    .map_err(|e| NodeError::system(&e, "listen", ""))?;
  let rid = state.resource_table.add(TcpListenerResource::new(listener));
  Ok(ListenInfo { rid, addr })
}

/// 4, 6 or 0: what kind of IP address `input` is, with Node's rules for IPv4 (four
/// dotted decimals, no leading zeros) and IPv6 (including a `%zone` suffix).
#[op2(fast)]
#[smi]
pub fn op_net_is_ip(#[string] input: &str) -> u32 {
  is_ip(input)
}

pub(crate) fn is_ip(input: &str) -> u32 {
  if input.parse::<Ipv4Addr>().is_ok() {
    return 4;
  }
  let base = match input.split_once('%') {
    Some((b, zone)) if !zone.is_empty() => b,
    Some(_) => return 0,
    None => input,
  };
  if base.parse::<Ipv6Addr>().is_ok() {
    6
  } else {
    0
  }
}
