//! ext_net: TCP listeners as deno_core resources, and `node:net` for nodus.
//!
//! A listening socket is bound synchronously by [`op_net_listen_tcp`] (so that
//! `server.address()` works right after `listen()`, as in Node) and kept in the resource
//! table as a [`TcpListenerResource`]. Other extensions (ext_http) take the tokio listener
//! out of the resource and serve it. See README.md.

#![warn(missing_docs)]

mod ops;

use std::cell::RefCell;
use std::convert::Infallible;
use std::net::SocketAddr;

use deno_core::convert::ToV8;
use deno_core::v8;
use deno_core::Resource;
use deno_core::ResourceId;

/// A bound, listening TCP socket not yet handed to a server.
#[derive(Debug)]
pub struct TcpListenerResource {
  listener: RefCell<Option<tokio::net::TcpListener>>,
}

impl TcpListenerResource {
  /// Wraps a listener.
  pub fn new(listener: tokio::net::TcpListener) -> Self {
    TcpListenerResource {
      listener: RefCell::new(Some(listener)),
    }
  }

  /// Takes the listener out (once); `None` if it was already taken.
  pub fn take(&self) -> Option<tokio::net::TcpListener> {
    self.listener.borrow_mut().take()
  }
}

impl Resource for TcpListenerResource {
  fn name(&self) -> std::borrow::Cow<'_, str> {
    "tcpListener".into()
  }
}

/// What JS learns about a new listener: `[rid, address, family, port]`.
#[derive(Debug)]
pub struct ListenInfo {
  pub(crate) rid: ResourceId,
  pub(crate) addr: SocketAddr,
}

impl<'a> ToV8<'a> for ListenInfo {
  type Error = Infallible;
  fn to_v8<'i>(self, scope: &mut v8::PinScope<'a, 'i>) -> Result<v8::Local<'a, v8::Value>, Infallible> {
    let rid = v8::Integer::new_from_unsigned(scope, self.rid).into();
    let address = v8::String::new(scope, &self.addr.ip().to_string())
      .map_or_else(|| v8::undefined(scope).into(), Into::into);
    let family = v8::String::new(scope, if self.addr.is_ipv4() { "IPv4" } else { "IPv6" })
      .map_or_else(|| v8::undefined(scope).into(), Into::into);
    let port = v8::Integer::new_from_unsigned(scope, self.addr.port() as u32).into();
    Ok(v8::Array::new_with_elements(scope, &[rid, address, family, port]).into())
  }
}

use ops::*;

deno_core::extension!(
  ext_net,
  ops = [op_net_listen_tcp, op_net_is_ip],
  customizer = |ext: &mut deno_core::Extension| {
    nodus_core::builtin_modules!("ext_net";
      public: ["net"];
      internal: []
    )
    .install(ext);
  },
);

#[cfg(test)]
mod tests {
  use super::ops::is_ip;

  #[test]
  fn ip_kinds() {
    assert_eq!(is_ip("127.0.0.1"), 4);
    assert_eq!(is_ip("::1"), 6);
    assert_eq!(is_ip("fe80::1%eth0"), 6);
    assert_eq!(is_ip("fe80::1%"), 0);
    assert_eq!(is_ip("01.2.3.4"), 0);
    assert_eq!(is_ip("example.com"), 0);
    assert_eq!(is_ip(""), 0);
  }
}
