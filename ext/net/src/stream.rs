//! Connected sockets (TCP and Unix domain) as resources, and the ops that read, write,
//! shut down and tune them.
//!
//! Reads and writes use tokio's readiness API (`readable()` + `try_read`) on a shared
//! reference, so a read and a write can be pending at the same time without splitting
//! the socket, and closing the resource cancels whatever is pending.

use std::cell::RefCell;
use std::convert::Infallible;
use std::io;
use std::net::SocketAddr;
use std::os::fd::AsRawFd;
use std::os::fd::FromRawFd;
use std::os::fd::RawFd;
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
use tokio::io::Interest;
use tokio::net::TcpStream;
use tokio::net::UnixStream;

use crate::js_string;

/// A connected socket.
#[derive(Debug)]
pub enum Stream {
  /// TCP
  Tcp(TcpStream),
  /// Unix domain (stream)
  Unix(UnixStream),
}

impl Stream {
  async fn ready(&self, interest: Interest) -> io::Result<()> {
    match self {
      Stream::Tcp(s) => s.ready(interest).await.map(|_| ()),
      Stream::Unix(s) => s.ready(interest).await.map(|_| ()),
    }
  }

  fn try_read(&self, buf: &mut [u8]) -> io::Result<usize> {
    match self {
      Stream::Tcp(s) => s.try_read(buf),
      Stream::Unix(s) => s.try_read(buf),
    }
  }

  fn try_write(&self, buf: &[u8]) -> io::Result<usize> {
    match self {
      Stream::Tcp(s) => s.try_write(buf),
      Stream::Unix(s) => s.try_write(buf),
    }
  }

  fn raw_fd(&self) -> RawFd {
    match self {
      Stream::Tcp(s) => s.as_raw_fd(),
      Stream::Unix(s) => s.as_raw_fd(),
    }
  }
}

/// A connected socket in the resource table. Closing it cancels pending reads and writes
/// and closes the file descriptor once the last in-flight op lets go of it.
#[derive(Debug)]
pub struct StreamResource {
  stream: Stream,
  cancel: CancelHandle,
}

impl StreamResource {
  /// Wraps a connected socket.
  pub fn new(stream: Stream) -> Self {
    StreamResource {
      stream,
      cancel: CancelHandle::new(),
    }
  }

  /// The socket.
  pub fn stream(&self) -> &Stream {
    &self.stream
  }
}

impl Resource for StreamResource {
  fn name(&self) -> std::borrow::Cow<'_, str> {
    match self.stream {
      Stream::Tcp(_) => "tcpStream".into(),
      Stream::Unix(_) => "unixStream".into(),
    }
  }

  fn close(self: Rc<Self>) {
    self.cancel.cancel();
  }
}

/// What JS learns about a connected socket:
/// `[rid, localAddress, localPort, remoteAddress, remotePort, family]` (for a Unix socket
/// the addresses are paths, the ports 0 and the family `""`).
#[derive(Debug)]
pub struct ConnInfo {
  rid: ResourceId,
  local: Option<SocketAddr>,
  remote: Option<SocketAddr>,
  local_path: String,
  remote_path: String,
}

impl ConnInfo {
  /// Puts `stream` into the resource table as a socket and describes it.
  pub fn new(state: &mut OpState, stream: Stream) -> Self {
    let (local, remote, local_path, remote_path) = match &stream {
      Stream::Tcp(s) => (
        s.local_addr().ok(),
        s.peer_addr().ok(),
        String::new(),
        String::new(),
      ),
      Stream::Unix(s) => {
        let path = |a: io::Result<tokio::net::unix::SocketAddr>| {
          a.ok()
            .and_then(|a| a.as_pathname().map(|p| p.to_string_lossy().into_owned()))
            .unwrap_or_default()
        };
        (None, None, path(s.local_addr()), path(s.peer_addr()))
      }
    };
    let rid = state.resource_table.add(StreamResource::new(stream));
    ConnInfo {
      rid,
      local,
      remote,
      local_path,
      remote_path,
    }
  }
}

impl<'a> ToV8<'a> for ConnInfo {
  type Error = Infallible;
  fn to_v8<'i>(self, scope: &mut v8::PinScope<'a, 'i>) -> Result<v8::Local<'a, v8::Value>, Infallible> {
    let ip = |a: Option<SocketAddr>| a.map(|a| a.ip().to_string());
    let port = |a: Option<SocketAddr>| a.map_or(0, |a| a.port() as u32);
    let family = match self.local.or(self.remote) {
      Some(a) if a.is_ipv4() => "IPv4",
      Some(_) => "IPv6",
      None => "",
    };
    let local = ip(self.local).unwrap_or(self.local_path);
    let remote = ip(self.remote).unwrap_or(self.remote_path);
    let values = [
      v8::Integer::new_from_unsigned(scope, self.rid).into(),
      js_string(scope, &local),
      v8::Integer::new_from_unsigned(scope, port(self.local)).into(),
      js_string(scope, &remote),
      v8::Integer::new_from_unsigned(scope, port(self.remote)).into(),
      js_string(scope, family),
    ];
    Ok(v8::Array::new_with_elements(scope, &values).into())
  }
}

fn open_stream(state: &OpState, rid: ResourceId) -> Result<Rc<StreamResource>, NodeError> {
  state
    .resource_table
    .get::<StreamResource>(rid)
    .map_err(|_| ebadf())
}

fn stream_resource(state: &Rc<RefCell<OpState>>, rid: ResourceId) -> Result<Rc<StreamResource>, NodeError> {
  open_stream(&state.borrow(), rid)
}

fn ebadf() -> NodeError {
  NodeError::errno(libc::EBADF, "read")
}

fn canceled() -> NodeError {
  NodeError::errno(libc::ECANCELED, "read")
}

/// Connects to `host:port` (resolving names without blocking the thread).
///
/// `attempt_timeout_ms` is Node's autoSelectFamily ("Happy Eyeballs"): when it is not 0,
/// the addresses the name resolves to are tried in turn, IPv6 and IPv4 interleaved
/// starting with the first address's family, each attempt but the last given that long;
/// with 0, only the first address is tried, as Node does without autoSelectFamily.
#[op2]
pub async fn op_net_connect_tcp(
  state: Rc<RefCell<OpState>>,
  #[string] host: String,
  #[smi] port: u32,
  #[smi] attempt_timeout_ms: u32,
) -> Result<ConnInfo, NodeError> {
  let port = u16::try_from(port).map_err(|_| NodeError::bad_port("Port", port))?;
  let mut addrs: Vec<SocketAddr> = match host.parse::<std::net::IpAddr>() {
    Ok(ip) => vec![SocketAddr::new(ip, port)],
    Err(_) => tokio::net::lookup_host((host.as_str(), port))
      .await
      .map_err(|_| crate::ops::enotfound(&host))?
      .collect(),
  };
  if attempt_timeout_ms == 0 {
    addrs.truncate(1);
  } else {
    addrs = interleave_families(addrs);
  }
  connect_first(state, addrs, attempt_timeout_ms, &host).await
}

/// Connects to the first of `addresses` (IP addresses separated by commas, already in
/// the order to try, as a `lookup` function of the caller's gave them) that answers, each
/// attempt but the last given `attempt_timeout_ms` (0: no limit).
#[op2]
pub async fn op_net_connect_tcp_addresses(
  state: Rc<RefCell<OpState>>,
  #[string] addresses: String,
  #[smi] port: u32,
  #[smi] attempt_timeout_ms: u32,
) -> Result<ConnInfo, NodeError> {
  let port = u16::try_from(port).map_err(|_| NodeError::bad_port("Port", port))?;
  let mut addrs = Vec::new();
  for address in addresses.split(',') {
    let ip = address.parse::<std::net::IpAddr>().map_err(|_| {
      NodeError::type_error("ERR_INVALID_IP_ADDRESS", format!("Invalid IP address: {address}"))
    })?;
    addrs.push(SocketAddr::new(ip, port));
  }
  connect_first(state, addrs, attempt_timeout_ms, &addresses).await
}

/// Connects to `host:port` from a chosen local address and/or port (`localAddress`,
/// `localPort`; `""` and 0 leave either to the system). Only one address is tried, the
/// first of the local address's family, as Node does when a local address is given. A
/// failed bind is a `bind` error.
#[op2]
pub async fn op_net_connect_tcp_bound(
  state: Rc<RefCell<OpState>>,
  #[string] host: String,
  #[smi] port: u32,
  #[string] local_address: String,
  #[smi] local_port: u32,
) -> Result<ConnInfo, NodeError> {
  let port = u16::try_from(port).map_err(|_| NodeError::bad_port("Port", port))?;
  let local_port =
    u16::try_from(local_port).map_err(|_| NodeError::bad_port("options.localPort", local_port))?;
  let local_ip = if local_address.is_empty() {
    None
  } else {
    Some(local_address.parse::<std::net::IpAddr>().map_err(|_| {
      NodeError::type_error(
        "ERR_INVALID_IP_ADDRESS",
        format!("Invalid IP address: {local_address}"),
      )
    })?)
  };
  let addrs: Vec<SocketAddr> = match host.parse::<std::net::IpAddr>() {
    Ok(ip) => vec![SocketAddr::new(ip, port)],
    Err(_) => tokio::net::lookup_host((host.as_str(), port))
      .await
      .map_err(|_| crate::ops::enotfound(&host))?
      .collect(),
  };
  let addr = match local_ip {
    Some(ip) => addrs
      .iter()
      .find(|a| a.is_ipv4() == ip.is_ipv4())
      .or(addrs.first()),
    None => addrs.first(),
  }
  .copied()
  .ok_or_else(|| crate::ops::enotfound(&host))?;
  let socket = if addr.is_ipv4() {
    tokio::net::TcpSocket::new_v4()
  } else {
    tokio::net::TcpSocket::new_v6()
  }
  .map_err(|e| NodeError::system(&e, "connect", ""))?;
  let unspecified = if addr.is_ipv4() {
    std::net::IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED)
  } else {
    std::net::IpAddr::V6(std::net::Ipv6Addr::UNSPECIFIED)
  };
  socket
    .bind(SocketAddr::new(local_ip.unwrap_or(unspecified), local_port))
    .map_err(|e| NodeError::system(&e, "bind", ""))?;
  let stream = socket
    .connect(addr)
    .await
    .map_err(|e| NodeError::system(&e, "connect", ""))?;
  let _ = stream.set_nodelay(true);
  Ok(ConnInfo::new(&mut state.borrow_mut(), Stream::Tcp(stream)))
}

async fn connect_first(
  state: Rc<RefCell<OpState>>,
  addrs: Vec<SocketAddr>,
  attempt_timeout_ms: u32,
  host: &str,
) -> Result<ConnInfo, NodeError> {
  let attempt = std::time::Duration::from_millis(u64::from(attempt_timeout_ms));
  let mut last = None;
  let count = addrs.len();
  for (i, addr) in addrs.into_iter().enumerate() {
    let connecting = TcpStream::connect(addr);
    let result = if attempt_timeout_ms == 0 || i + 1 == count {
      connecting.await
    } else {
      tokio::time::timeout(attempt, connecting)
        .await
        .unwrap_or_else(|_| Err(io::Error::from_raw_os_error(libc::ETIMEDOUT)))
    };
    match result {
      Ok(stream) => {
        let _ = stream.set_nodelay(true);
        return Ok(ConnInfo::new(&mut state.borrow_mut(), Stream::Tcp(stream)));
      }
      Err(e) => last = Some(e),
    }
  }
  Err(match last {
    Some(e) => NodeError::system(&e, "connect", ""),
    None => crate::ops::enotfound(host),
  })
}

/// The order Happy Eyeballs (RFC 8305) tries addresses in: the first address's family,
/// then the other, alternating, each family in the resolver's order.
fn interleave_families(addrs: Vec<SocketAddr>) -> Vec<SocketAddr> {
  let first_is_v6 = addrs.first().is_some_and(SocketAddr::is_ipv6);
  let (first, other): (Vec<_>, Vec<_>) = addrs.into_iter().partition(|a| a.is_ipv6() == first_is_v6);
  let mut out = Vec::with_capacity(first.len() + other.len());
  let (mut first, mut other) = (first.into_iter(), other.into_iter());
  loop {
    match (first.next(), other.next()) {
      (None, None) => return out,
      (a, b) => out.extend(a.into_iter().chain(b)),
    }
  }
}

/// Connects to the Unix domain socket at `path`.
#[op2]
pub async fn op_net_connect_unix(
  state: Rc<RefCell<OpState>>,
  #[string] path: String,
) -> Result<ConnInfo, NodeError> {
  let stream = UnixStream::connect(&path)
    .await
    .map_err(|e| NodeError::system(&e, "connect", path.clone()))?;
  Ok(ConnInfo::new(&mut state.borrow_mut(), Stream::Unix(stream)))
}

/// Reads what is available (at least one byte, waiting if needed) into `buf`; 0 at the
/// end of the stream.
#[op2]
pub async fn op_net_read(
  state: Rc<RefCell<OpState>>,
  #[smi] rid: ResourceId,
  #[buffer] mut buf: JsBuffer,
) -> Result<u32, NodeError> {
  let resource = stream_resource(&state, rid)?;
  let read = async {
    loop {
      match resource.stream.try_read(&mut buf) {
        Ok(n) => return Ok(n as u32),
        Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
        Err(e) => return Err(NodeError::system(&e, "read", "")),
      }
      resource
        .stream
        .ready(Interest::READABLE)
        .await
        .map_err(|e| NodeError::system(&e, "read", ""))?;
    }
  };
  read
    .or_cancel(RcRef::map(&resource, |r| &r.cancel))
    .await
    .map_err(|_| canceled())?
}

/// Writes as much of `buf` as the socket takes right now, without waiting: the number of
/// bytes written (JS hands the rest to [`op_net_write`]).
#[op2(fast)]
pub fn op_net_try_write(
  state: &mut OpState,
  #[smi] rid: ResourceId,
  #[buffer] buf: &[u8],
) -> Result<u32, NodeError> {
  let resource = open_stream(state, rid)?;
  let mut written = 0;
  while written < buf.len() {
    match resource.stream.try_write(&buf[written..]) {
      Ok(n) => written += n,
      Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
      Err(e) => return Err(write_error(&e)),
    }
  }
  Ok(written as u32)
}

fn write_error(e: &io::Error) -> NodeError {
  NodeError::system(e, "write", "")
}

/// Writes all of `buf`, waiting for the socket as needed.
#[op2]
pub async fn op_net_write(
  state: Rc<RefCell<OpState>>,
  #[smi] rid: ResourceId,
  #[buffer] buf: JsBuffer,
) -> Result<(), NodeError> {
  let resource = stream_resource(&state, rid)?;
  let write = async {
    let mut written = 0;
    while written < buf.len() {
      match resource.stream.try_write(&buf[written..]) {
        Ok(n) => written += n,
        Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
          resource
            .stream
            .ready(Interest::WRITABLE)
            .await
            .map_err(|e| write_error(&e))?;
        }
        Err(e) => return Err(write_error(&e)),
      }
    }
    Ok(())
  };
  write
    .or_cancel(RcRef::map(&resource, |r| &r.cancel))
    .await
    .map_err(|_| canceled())?
}

fn sock_result(r: libc::c_int, syscall: &'static str) -> Result<(), NodeError> {
  if r == 0 {
    Ok(())
  } else {
    Err(NodeError::system(&io::Error::last_os_error(), syscall, ""))
  }
}

/// Half-closes the socket: no more writes (the peer reads the end of the stream).
#[op2(fast)]
pub fn op_net_shutdown(state: &mut OpState, #[smi] rid: ResourceId) -> Result<(), NodeError> {
  let resource = open_stream(state, rid)?;
  // SAFETY: the fd belongs to the live socket held by `resource`.
  let r = unsafe { libc::shutdown(resource.stream.raw_fd(), libc::SHUT_WR) };
  match sock_result(r, "shutdown") {
    // The peer is already gone: nothing left to half-close.
    Err(NodeError::System { code: "ENOTCONN", .. }) => Ok(()),
    other => other,
  }
}

/// `socket.resetAndDestroy()`: a zero linger time, so that the close JS does next sends
/// an RST instead of a FIN and the peer sees `ECONNRESET` (TCP only).
#[op2(fast)]
pub fn op_net_reset(state: &mut OpState, #[smi] rid: ResourceId) -> Result<(), NodeError> {
  let resource = open_stream(state, rid)?;
  let Stream::Tcp(_) = resource.stream else {
    return Ok(());
  };
  let linger = libc::linger {
    l_onoff: 1,
    l_linger: 0,
  };
  // SAFETY: `linger` outlives the call and its size is passed along.
  let r = unsafe {
    libc::setsockopt(
      resource.stream.raw_fd(),
      libc::SOL_SOCKET,
      libc::SO_LINGER,
      &linger as *const libc::linger as *const libc::c_void,
      std::mem::size_of::<libc::linger>() as libc::socklen_t,
    )
  };
  sock_result(r, "setsockopt")
}

fn set_sockopt(
  fd: RawFd,
  level: libc::c_int,
  name: libc::c_int,
  value: libc::c_int,
) -> Result<(), NodeError> {
  // SAFETY: `value` outlives the call and its size is passed along.
  let r = unsafe {
    libc::setsockopt(
      fd,
      level,
      name,
      &value as *const libc::c_int as *const libc::c_void,
      std::mem::size_of::<libc::c_int>() as libc::socklen_t,
    )
  };
  sock_result(r, "setsockopt")
}

/// `socket.setNoDelay(enable)` (TCP only; a no-op on Unix sockets).
#[op2(fast)]
pub fn op_net_set_nodelay(
  state: &mut OpState,
  #[smi] rid: ResourceId,
  enable: bool,
) -> Result<(), NodeError> {
  let resource = open_stream(state, rid)?;
  match &resource.stream {
    Stream::Tcp(s) => s
      .set_nodelay(enable)
      .map_err(|e| NodeError::system(&e, "setsockopt", "")),
    Stream::Unix(_) => Ok(()),
  }
}

/// `socket.setKeepAlive(enable, initialDelayMs)` (TCP only).
#[op2(fast)]
pub fn op_net_set_keepalive(
  state: &mut OpState,
  #[smi] rid: ResourceId,
  enable: bool,
  #[smi] delay_ms: u32,
) -> Result<(), NodeError> {
  let resource = open_stream(state, rid)?;
  let Stream::Tcp(_) = resource.stream else {
    return Ok(());
  };
  let fd = resource.stream.raw_fd();
  set_sockopt(fd, libc::SOL_SOCKET, libc::SO_KEEPALIVE, enable as libc::c_int)?;
  if enable && delay_ms >= 1000 {
    set_sockopt(
      fd,
      libc::IPPROTO_TCP,
      libc::TCP_KEEPIDLE,
      (delay_ms / 1000) as libc::c_int,
    )?;
  }
  Ok(())
}

/// A duplicate of the socket's file descriptor, for passing it to another process.
#[op2(fast)]
pub fn op_net_dup_fd(state: &mut OpState, #[smi] rid: ResourceId) -> Result<i32, NodeError> {
  let resource = open_stream(state, rid)?;
  crate::ops::dup_fd(resource.stream.raw_fd())
}

/// Builds a socket resource from a connected file descriptor (taking ownership of it),
/// e.g. one received from another process.
#[op2]
pub fn op_net_stream_from_fd(state: &mut OpState, fd: i32) -> Result<ConnInfo, NodeError> {
  let domain = crate::ops::socket_kind(fd)?;
  let stream = if domain == libc::AF_UNIX {
    // SAFETY: the caller hands over ownership of a connected socket fd.
    let s = unsafe { std::os::unix::net::UnixStream::from_raw_fd(fd) };
    s.set_nonblocking(true)
      .and_then(|_| UnixStream::from_std(s))
      .map(Stream::Unix)
  } else {
    // SAFETY: as above.
    let s = unsafe { std::net::TcpStream::from_raw_fd(fd) };
    s.set_nonblocking(true)
      .and_then(|_| TcpStream::from_std(s))
      .map(Stream::Tcp)
  }
  .map_err(|e| NodeError::system(&e, "open", ""))?;
  Ok(ConnInfo::new(state, stream))
}

/// A socket that JS holds as a `net.Socket` and another protocol drives (ext_http's
/// client runs hyper over it): tokio's `AsyncRead`/`AsyncWrite` on the shared resource,
/// so the resource stays in the table (address, setNoDelay and close keep working from
/// JS) while the protocol reads and writes. JS must not read the socket itself meanwhile.
#[derive(Debug, Clone)]
pub struct SharedStream(Rc<StreamResource>);

impl SharedStream {
  /// The socket `rid` of the resource table.
  pub fn get(state: &OpState, rid: ResourceId) -> Result<Self, NodeError> {
    open_stream(state, rid).map(SharedStream)
  }
}

impl Stream {
  fn poll_read_ready(&self, cx: &mut std::task::Context<'_>) -> std::task::Poll<io::Result<()>> {
    match self {
      Stream::Tcp(s) => s.poll_read_ready(cx),
      Stream::Unix(s) => s.poll_read_ready(cx),
    }
  }

  fn poll_write_ready(&self, cx: &mut std::task::Context<'_>) -> std::task::Poll<io::Result<()>> {
    match self {
      Stream::Tcp(s) => s.poll_write_ready(cx),
      Stream::Unix(s) => s.poll_write_ready(cx),
    }
  }
}

impl tokio::io::AsyncRead for SharedStream {
  fn poll_read(
    self: std::pin::Pin<&mut Self>,
    cx: &mut std::task::Context<'_>,
    buf: &mut tokio::io::ReadBuf<'_>,
  ) -> std::task::Poll<io::Result<()>> {
    let stream = &self.0.stream;
    loop {
      std::task::ready!(stream.poll_read_ready(cx))?;
      // try_read clears the readiness it found stale, so the next poll registers again.
      match stream.try_read(buf.initialize_unfilled()) {
        Ok(n) => {
          buf.advance(n);
          return std::task::Poll::Ready(Ok(()));
        }
        Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
        Err(e) => return std::task::Poll::Ready(Err(e)),
      }
    }
  }
}

impl tokio::io::AsyncWrite for SharedStream {
  fn poll_write(
    self: std::pin::Pin<&mut Self>,
    cx: &mut std::task::Context<'_>,
    buf: &[u8],
  ) -> std::task::Poll<io::Result<usize>> {
    let stream = &self.0.stream;
    loop {
      std::task::ready!(stream.poll_write_ready(cx))?;
      match stream.try_write(buf) {
        Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
        r => return std::task::Poll::Ready(r),
      }
    }
  }

  fn poll_flush(
    self: std::pin::Pin<&mut Self>,
    _: &mut std::task::Context<'_>,
  ) -> std::task::Poll<io::Result<()>> {
    std::task::Poll::Ready(Ok(()))
  }

  fn poll_shutdown(
    self: std::pin::Pin<&mut Self>,
    _: &mut std::task::Context<'_>,
  ) -> std::task::Poll<io::Result<()>> {
    // SAFETY: shutdown(2) on the descriptor the resource owns; it stays open.
    let r = unsafe { libc::shutdown(self.0.stream.raw_fd(), libc::SHUT_WR) };
    std::task::Poll::Ready(if r == 0 {
      Ok(())
    } else {
      Err(io::Error::last_os_error())
    })
  }
}

#[cfg(test)]
mod tests {
  use super::*;

  #[test]
  fn happy_eyeballs_alternates_families_from_the_first() {
    let a = |s: &str| s.parse::<SocketAddr>().unwrap();
    let given = vec![
      a("[::1]:80"),
      a("[::2]:80"),
      a("[::3]:80"),
      a("10.0.0.1:80"),
      a("10.0.0.2:80"),
    ];
    assert_eq!(
      interleave_families(given),
      [
        a("[::1]:80"),
        a("10.0.0.1:80"),
        a("[::2]:80"),
        a("10.0.0.2:80"),
        a("[::3]:80")
      ]
    );
    let v4_first = vec![a("10.0.0.1:80"), a("[::1]:80"), a("10.0.0.2:80")];
    assert_eq!(
      interleave_families(v4_first),
      [a("10.0.0.1:80"), a("[::1]:80"), a("10.0.0.2:80")]
    );
    assert!(interleave_families(Vec::new()).is_empty());
  }
}
