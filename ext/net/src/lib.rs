//! ext_net: TCP and Unix domain sockets as deno_core resources, and `node:net` for nodus.
//!
//! A listening socket is bound synchronously by [`ops::op_net_listen_tcp`] (so that
//! `server.address()` works right after `listen()`, as in Node) and kept in the resource
//! table as a [`ListenerResource`]. `node:net` accepts from it; other extensions (ext_http)
//! take the tokio listener out and serve it themselves. Connected sockets are
//! [`StreamResource`]s. Both can be turned into a raw fd and rebuilt from
//! one, for passing them to another process. See README.md.

#![warn(missing_docs)]

mod dns;
mod ops;
mod stream;
mod udp;

use std::cell::RefCell;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::os::fd::AsRawFd;
use std::rc::Rc;

use deno_core::convert::ToV8;
use deno_core::v8;
use deno_core::CancelHandle;
use deno_core::Resource;
use deno_core::ResourceId;
pub use ops::socket_kind;
pub use stream::ConnInfo;
pub use stream::SharedStream;
pub use stream::Stream;
pub use stream::StreamResource;

/// A listening socket.
#[derive(Debug)]
pub enum Listener {
  /// TCP
  Tcp(tokio::net::TcpListener),
  /// Unix domain
  Unix(tokio::net::UnixListener),
}

/// A bound, listening socket. `node:net` accepts from it; `take()` hands a TCP listener
/// to another server implementation instead.
#[derive(Debug)]
pub struct ListenerResource {
  listener: RefCell<Option<Rc<Listener>>>,
  cancel: CancelHandle,
  /// The socket file of a Unix listener we bound, removed when it closes (as Node does).
  socket_file: Option<std::path::PathBuf>,
  /// Another process may hold the same socket (it came from one, or a duplicate went to
  /// one): closing only lets go of our descriptor, the socket stays listening for them.
  shared: std::cell::Cell<bool>,
}

impl ListenerResource {
  /// Wraps a listener.
  pub fn new(listener: Listener) -> Self {
    ListenerResource {
      listener: RefCell::new(Some(Rc::new(listener))),
      cancel: CancelHandle::new(),
      socket_file: None,
      shared: std::cell::Cell::new(false),
    }
  }

  /// Wraps a Unix listener bound at `path`, which is removed when the listener closes.
  pub fn bound_unix(listener: tokio::net::UnixListener, path: std::path::PathBuf) -> Self {
    ListenerResource {
      socket_file: Some(path),
      ..ListenerResource::new(Listener::Unix(listener))
    }
  }

  /// Takes the TCP listener out (once, and only while no accept is pending); `None` if
  /// it was already taken or is a Unix socket.
  pub fn take(&self) -> Option<tokio::net::TcpListener> {
    let rc = self.listener.borrow_mut().take()?;
    match Rc::try_unwrap(rc) {
      Ok(Listener::Tcp(l)) => Some(l),
      Ok(other) => {
        *self.listener.borrow_mut() = Some(Rc::new(other));
        None
      }
      Err(rc) => {
        *self.listener.borrow_mut() = Some(rc);
        None
      }
    }
  }

  pub(crate) fn listener(&self) -> Option<Rc<Listener>> {
    self.listener.borrow().clone()
  }
}

impl Resource for ListenerResource {
  fn name(&self) -> std::borrow::Cow<'_, str> {
    "listener".into()
  }

  fn close(self: Rc<Self>) {
    self.cancel.cancel();
    let listener = self.listener.borrow_mut().take();
    if let Some(listener) = listener.filter(|_| !self.shared.get()) {
      // Stop listening now: a pending accept still holds the socket until it is polled
      // again, and a client connecting in between must be refused, not reset later.
      let fd = match &*listener {
        Listener::Tcp(l) => l.as_raw_fd(),
        Listener::Unix(l) => l.as_raw_fd(),
      };
      // SAFETY: the fd belongs to the live listener held above.
      unsafe { libc::shutdown(fd, libc::SHUT_RDWR) };
    }
    if let Some(path) = self.socket_file.as_ref().filter(|_| !self.shared.get()) {
      let _ = std::fs::remove_file(path);
    }
  }
}

/// What JS learns about a new listener: `[rid, address, family, port]` (for a Unix
/// socket: the path, `""` and 0).
#[derive(Debug)]
pub struct ListenInfo {
  pub(crate) rid: ResourceId,
  pub(crate) addr: Option<SocketAddr>,
  pub(crate) path: String,
}

pub(crate) use nodus_core::strings::js_string;

impl<'a> ToV8<'a> for ListenInfo {
  type Error = Infallible;
  fn to_v8<'i>(self, scope: &mut v8::PinScope<'a, 'i>) -> Result<v8::Local<'a, v8::Value>, Infallible> {
    let rid = v8::Integer::new_from_unsigned(scope, self.rid).into();
    let (address, family, port) = match self.addr {
      Some(a) => (
        a.ip().to_string(),
        if a.is_ipv4() { "IPv4" } else { "IPv6" },
        a.port(),
      ),
      None => (self.path, "", 0),
    };
    let address = js_string(scope, &address);
    let family = js_string(scope, family);
    let port = v8::Integer::new_from_unsigned(scope, port as u32).into();
    Ok(v8::Array::new_with_elements(scope, &[rid, address, family, port]).into())
  }
}

use ops::*;
use stream::*;

deno_core::extension!(
  ext_net,
  deps = [ext_builtins],
  ops = [
    op_net_listen_tcp,
    op_net_listen_unix,
    op_net_accept,
    op_net_listener_dup_fd,
    op_net_listen_fd,
    op_net_is_ip,
    op_net_connect_tcp,
    op_net_connect_tcp_addresses,
    op_net_connect_tcp_bound,
    op_net_connect_unix,
    op_net_read,
    op_net_try_write,
    op_net_write,
    op_net_shutdown,
    op_net_reset,
    op_net_set_nodelay,
    op_net_set_keepalive,
    op_net_dup_fd,
    op_net_stream_from_fd,
    dns::op_dns_lookup,
    udp::op_udp_bind,
    udp::op_udp_recv,
    udp::op_udp_send,
    udp::op_udp_connect,
    udp::op_udp_disconnect,
    udp::op_udp_address,
    udp::op_udp_set_option,
    udp::op_udp_buffer_size,
    udp::op_udp_membership,
  ],
  customizer = |ext: &mut deno_core::Extension| {
    nodus_core::builtin_modules!("ext_net";
      public: ["net", "dns", "dns/promises", "dgram"];
      internal: ["internal/net"]
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
