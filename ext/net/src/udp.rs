//! UDP sockets (`node:dgram`) as resources: bind, send, receive, connect and the socket
//! options Node exposes. Receiving is one pending op at a time, as with accept; closing
//! the resource cancels it.

use std::cell::RefCell;
use std::convert::Infallible;
use std::io;
use std::net::IpAddr;
use std::net::Ipv4Addr;
use std::net::Ipv6Addr;
use std::net::SocketAddr;
use std::rc::Rc;

use deno_core::convert::ToV8;
use deno_core::op2;
use deno_core::v8;
use deno_core::CancelFuture;
use deno_core::CancelHandle;
use deno_core::JsBuffer;
use deno_core::OpState;
use deno_core::RcRef;
use deno_core::Resource;
use deno_core::ResourceId;
use nodus_core::errors::NodeError;
use socket2::Domain;
use socket2::Protocol;
use socket2::SockAddr;
use socket2::Socket;
use socket2::Type;
use tokio::net::UdpSocket;

use crate::js_string;
use crate::ListenInfo;

/// A bound UDP socket.
pub struct UdpResource {
  socket: UdpSocket,
  cancel: CancelHandle,
}

impl Resource for UdpResource {
  fn name(&self) -> std::borrow::Cow<'_, str> {
    "udpSocket".into()
  }

  fn close(self: Rc<Self>) {
    self.cancel.cancel();
  }
}

/// `bind({ reuseAddr: true })`
const BIND_REUSE_ADDR: u32 = 1;
/// `createSocket({ ipv6Only: true })`
const BIND_IPV6_ONLY: u32 = 2;
/// `bind({ reusePort: true })`
const BIND_REUSE_PORT: u32 = 4;

/// An IP literal (JS resolves names first); `""` is the family's any-address.
fn ip_of(address: &str, family: u32, syscall: &'static str) -> Result<IpAddr, NodeError> {
  if address.is_empty() {
    return Ok(if family == 6 {
      IpAddr::V6(Ipv6Addr::UNSPECIFIED)
    } else {
      IpAddr::V4(Ipv4Addr::UNSPECIFIED)
    });
  }
  address
    .parse::<IpAddr>()
    .map_err(|_| NodeError::errno(libc::EINVAL, syscall))
}

fn udp(state: &OpState, rid: ResourceId) -> Result<Rc<UdpResource>, NodeError> {
  state
    .resource_table
    .get::<UdpResource>(rid)
    .map_err(|_| NodeError::errno(libc::EBADF, "send"))
}

/// Creates a socket of `family` (4 or 6) bound to `address:port` (port 0: any free one).
/// The result is `[rid, address, family, port]` of the bound socket.
#[op2]
pub fn op_udp_bind(
  state: &mut OpState,
  #[string] address: &str,
  #[smi] port: u32,
  #[smi] family: u32,
  #[smi] flags: u32,
) -> Result<ListenInfo, NodeError> {
  let port = u16::try_from(port).map_err(|_| NodeError::bad_port("Port", port))?;
  let addr = SocketAddr::new(ip_of(address, family, "bind")?, port);
  let fail = |e: io::Error| NodeError::system(&e, "bind", "");
  let domain = if family == 6 { Domain::IPV6 } else { Domain::IPV4 };
  let socket = Socket::new(domain, Type::DGRAM.nonblocking().cloexec(), Some(Protocol::UDP)).map_err(fail)?;
  if flags & BIND_REUSE_ADDR != 0 {
    socket.set_reuse_address(true).map_err(fail)?;
  }
  if flags & BIND_REUSE_PORT != 0 {
    socket.set_reuse_port(true).map_err(fail)?;
  }
  if family == 6 {
    socket.set_only_v6(flags & BIND_IPV6_ONLY != 0).map_err(fail)?;
  }
  // A udp6 socket given an IPv4 address would fail with EAFNOSUPPORT, as in Node.
  socket.bind(&SockAddr::from(addr)).map_err(fail)?;
  let socket = UdpSocket::from_std(socket.into()).map_err(fail)?;
  let local = socket.local_addr().map_err(fail)?;
  let rid = state.resource_table.add(UdpResource {
    socket,
    cancel: CancelHandle::new(),
  });
  Ok(ListenInfo {
    rid,
    addr: Some(local),
    path: String::new(),
  })
}

/// One received datagram: `[size, address, family, port]` (the bytes are in the buffer
/// JS passed).
pub struct Datagram {
  size: usize,
  from: SocketAddr,
}

impl<'a> ToV8<'a> for Datagram {
  type Error = Infallible;
  fn to_v8<'i>(self, scope: &mut v8::PinScope<'a, 'i>) -> Result<v8::Local<'a, v8::Value>, Infallible> {
    let size = v8::Integer::new_from_unsigned(scope, self.size as u32).into();
    let address = js_string(scope, &self.from.ip().to_string());
    let family = js_string(scope, if self.from.is_ipv4() { "IPv4" } else { "IPv6" });
    let port = v8::Integer::new_from_unsigned(scope, self.from.port() as u32).into();
    Ok(v8::Array::new_with_elements(scope, &[size, address, family, port]).into())
  }
}

/// Waits for the next datagram and puts it into `buf` (a longer one is cut to its size,
/// as libuv does with its 64 KiB buffer).
#[op2]
pub async fn op_udp_recv(
  state: Rc<RefCell<OpState>>,
  #[smi] rid: ResourceId,
  #[buffer] mut buf: JsBuffer,
) -> Result<Datagram, NodeError> {
  let resource = udp(&state.borrow(), rid)?;
  let recv = resource.socket.recv_from(&mut buf);
  match recv.or_cancel(RcRef::map(&resource, |r| &r.cancel)).await {
    Ok(Ok((size, from))) => Ok(Datagram { size, from }),
    Ok(Err(e)) => Err(NodeError::system(&e, "recvmsg", "")),
    Err(_) => Err(NodeError::errno(libc::ECANCELED, "recvmsg")),
  }
}

/// Sends `data` to `address:port`, or to the connected peer when `port` is 0. The
/// bytes sent.
#[op2]
pub async fn op_udp_send(
  state: Rc<RefCell<OpState>>,
  #[smi] rid: ResourceId,
  #[buffer] data: JsBuffer,
  #[string] address: String,
  #[smi] port: u32,
) -> Result<u32, NodeError> {
  let resource = udp(&state.borrow(), rid)?;
  let sent = if port == 0 {
    resource.socket.send(&data).await
  } else {
    let family = if resource.socket.local_addr().is_ok_and(|a| a.is_ipv6()) {
      6
    } else {
      4
    };
    let ip = ip_of(&address, family, "send")?;
    resource
      .socket
      .send_to(&data, SocketAddr::new(ip, port as u16))
      .await
  };
  sent
    .map(|n| n as u32)
    .map_err(|e| NodeError::system(&e, "send", ""))
}

/// Connects the socket to `address:port`: sends without an address go there, and only
/// its datagrams are received.
#[op2(fast)]
pub fn op_udp_connect(
  state: &mut OpState,
  #[smi] rid: ResourceId,
  #[string] address: &str,
  #[smi] port: u32,
) -> Result<(), NodeError> {
  let resource = udp(state, rid)?;
  let family = if resource.socket.local_addr().is_ok_and(|a| a.is_ipv6()) {
    6
  } else {
    4
  };
  let addr = SocketAddr::new(ip_of(address, family, "connect")?, port as u16);
  socket2::SockRef::from(&resource.socket)
    .connect(&SockAddr::from(addr))
    .map_err(|e| NodeError::system(&e, "connect", ""))
}

/// Dissolves a connection: connecting to an address of family `AF_UNSPEC`.
#[op2(fast)]
pub fn op_udp_disconnect(state: &mut OpState, #[smi] rid: ResourceId) -> Result<(), NodeError> {
  let resource = udp(state, rid)?;
  // SAFETY: a zeroed sockaddr with family AF_UNSPEC is what connect(2) takes to dissolve.
  let r = unsafe {
    let mut addr: libc::sockaddr = std::mem::zeroed();
    addr.sa_family = libc::AF_UNSPEC as libc::sa_family_t;
    libc::connect(
      std::os::fd::AsRawFd::as_raw_fd(&resource.socket),
      &addr,
      std::mem::size_of::<libc::sockaddr>() as libc::socklen_t,
    )
  };
  if r != 0 {
    return Err(NodeError::system(&io::Error::last_os_error(), "disconnect", ""));
  }
  Ok(())
}

/// The bound address (`peer` false, getsockname) or the connected peer (ENOTCONN when
/// there is none): `[rid, address, family, port]` with rid 0.
#[op2]
pub fn op_udp_address(
  state: &mut OpState,
  #[smi] rid: ResourceId,
  peer: bool,
) -> Result<ListenInfo, NodeError> {
  let resource = udp(state, rid)?;
  let addr = if peer {
    resource
      .socket
      .peer_addr()
      .map_err(|e| NodeError::system(&e, "getpeername", ""))?
  } else {
    resource
      .socket
      .local_addr()
      .map_err(|e| NodeError::system(&e, "getsockname", ""))?
  };
  Ok(ListenInfo {
    rid: 0,
    addr: Some(addr),
    path: String::new(),
  })
}

/// The socket options Node has setters for, by the number JS sends.
const OPT_BROADCAST: u32 = 0;
const OPT_TTL: u32 = 1;
const OPT_MULTICAST_TTL: u32 = 2;
const OPT_MULTICAST_LOOPBACK: u32 = 3;
const OPT_RECV_BUFFER: u32 = 4;
const OPT_SEND_BUFFER: u32 = 5;

/// Sets option `which` (see `OPT_*`) to `value`.
#[op2(fast)]
pub fn op_udp_set_option(
  state: &mut OpState,
  #[smi] rid: ResourceId,
  #[smi] which: u32,
  #[smi] value: u32,
) -> Result<(), NodeError> {
  let resource = udp(state, rid)?;
  let s = &resource.socket;
  let v6 = s.local_addr().is_ok_and(|a| a.is_ipv6());
  let sock = socket2::SockRef::from(s);
  let (result, syscall) = match which {
    OPT_BROADCAST => (s.set_broadcast(value != 0), "setBroadcast"),
    OPT_TTL if v6 => (sock.set_unicast_hops_v6(value), "setTTL"),
    OPT_TTL => (s.set_ttl(value), "setTTL"),
    OPT_MULTICAST_TTL if v6 => (sock.set_multicast_hops_v6(value), "setMulticastTTL"),
    OPT_MULTICAST_TTL => (s.set_multicast_ttl_v4(value), "setMulticastTTL"),
    OPT_MULTICAST_LOOPBACK if v6 => (s.set_multicast_loop_v6(value != 0), "setMulticastLoopback"),
    OPT_MULTICAST_LOOPBACK => (s.set_multicast_loop_v4(value != 0), "setMulticastLoopback"),
    OPT_RECV_BUFFER => (sock.set_recv_buffer_size(value as usize), "uv_recv_buffer_size"),
    OPT_SEND_BUFFER => (sock.set_send_buffer_size(value as usize), "uv_send_buffer_size"),
    _ => (Err(io::Error::from_raw_os_error(libc::EINVAL)), "setsockopt"),
  };
  result.map_err(|e| NodeError::system(&e, syscall, ""))
}

/// The receive (`send` false) or send buffer size the kernel reports.
#[op2(fast)]
#[smi]
pub fn op_udp_buffer_size(state: &mut OpState, #[smi] rid: ResourceId, send: bool) -> Result<u32, NodeError> {
  let resource = udp(state, rid)?;
  let sock = socket2::SockRef::from(&resource.socket);
  let (size, syscall) = if send {
    (sock.send_buffer_size(), "uv_send_buffer_size")
  } else {
    (sock.recv_buffer_size(), "uv_recv_buffer_size")
  };
  size
    .map(|n| n as u32)
    .map_err(|e| NodeError::system(&e, syscall, ""))
}

/// Joins (`join`) or leaves multicast group `group` on interface `interface` ("" for the
/// default one).
#[op2(fast)]
pub fn op_udp_membership(
  state: &mut OpState,
  #[smi] rid: ResourceId,
  #[string] group: &str,
  #[string] interface: &str,
  join: bool,
) -> Result<(), NodeError> {
  let resource = udp(state, rid)?;
  let s = &resource.socket;
  let syscall = if join { "addMembership" } else { "dropMembership" };
  let einval = || NodeError::errno(libc::EINVAL, syscall);
  let result = match group.parse::<IpAddr>().map_err(|_| einval())? {
    IpAddr::V4(g) => {
      let iface = if interface.is_empty() {
        Ipv4Addr::UNSPECIFIED
      } else {
        interface.parse().map_err(|_| einval())?
      };
      if join {
        s.join_multicast_v4(g, iface)
      } else {
        s.leave_multicast_v4(g, iface)
      }
    }
    IpAddr::V6(g) => {
      // An interface for IPv6 is a scope (index); the default one is 0.
      let index = interface.parse::<u32>().unwrap_or(0);
      if join {
        s.join_multicast_v6(&g, index)
      } else {
        s.leave_multicast_v6(&g, index)
      }
    }
  };
  result.map_err(|e| NodeError::system(&e, syscall, ""))
}
