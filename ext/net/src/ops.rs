//! Ops of ext_net.

use std::net::IpAddr;
use std::net::Ipv4Addr;
use std::net::Ipv6Addr;
use std::net::SocketAddr;
use std::net::ToSocketAddrs;

use std::cell::RefCell;
use std::os::fd::AsRawFd;
use std::os::fd::FromRawFd;
use std::rc::Rc;

use deno_core::op2;
use deno_core::CancelFuture;
use deno_core::OpState;
use deno_core::RcRef;
use deno_core::ResourceId;
use nodus_core::errors::NodeError;

use crate::stream::ConnInfo;
use crate::stream::Stream;
use crate::ListenInfo;
use crate::Listener;
use crate::ListenerResource;

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

pub(crate) fn enotfound(host: &str) -> NodeError {
  NodeError::System {
    code: "ENOTFOUND",
    errno: -3008,
    syscall: "getaddrinfo",
    path: Some(host.to_owned()),
    dest: None,
    description: "not found",
  }
}

/// `listen({ reusePort: true })`: SO_REUSEPORT, the kernel spreads connections over the
/// sockets bound to the port.
const LISTEN_REUSE_PORT: u32 = 1;
/// `listen({ ipv6Only: true })`: `::` without the IPv4 half.
const LISTEN_IPV6_ONLY: u32 = 2;

fn set_ipv6_only(socket: &tokio::net::TcpSocket) -> std::io::Result<()> {
  let on: libc::c_int = 1;
  // SAFETY: sets an int-sized option on a socket we own.
  let r = unsafe {
    libc::setsockopt(
      socket.as_raw_fd(),
      libc::IPPROTO_IPV6,
      libc::IPV6_V6ONLY,
      &on as *const libc::c_int as *const libc::c_void,
      std::mem::size_of::<libc::c_int>() as libc::socklen_t,
    )
  };
  if r != 0 {
    return Err(std::io::Error::last_os_error());
  }
  Ok(())
}

/// Binds and listens on `host:port` (port 0 picks a free port). Throws a system error
/// (`EADDRINUSE`, `EACCES`, ...) with syscall `listen`/`bind`.
#[op2]
pub fn op_net_listen_tcp(
  state: &mut OpState,
  #[string] host: &str,
  #[smi] port: u32,
  #[smi] backlog: i32,
  #[smi] flags: u32,
) -> Result<ListenInfo, NodeError> {
  let port = u16::try_from(port).map_err(|_| NodeError::bad_port("options.port", port))?;
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
  if flags & LISTEN_REUSE_PORT != 0 {
    socket
      .set_reuseport(true)
      .map_err(|e| NodeError::system(&e, "listen", ""))?;
  }
  if flags & LISTEN_IPV6_ONLY != 0 && addr.is_ipv6() {
    set_ipv6_only(&socket).map_err(|e| NodeError::system(&e, "listen", ""))?;
  }
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
  let rid = state
    .resource_table
    .add(ListenerResource::new(Listener::Tcp(listener)));
  Ok(ListenInfo {
    rid,
    addr: Some(addr),
    path: String::new(),
  })
}

/// Binds and listens on the Unix domain socket `path`.
#[op2]
pub fn op_net_listen_unix(
  state: &mut OpState,
  #[string] path: String,
  #[smi] backlog: i32,
) -> Result<ListenInfo, NodeError> {
  let std_listener = std::os::unix::net::UnixListener::bind(&path)
    .map_err(|e| NodeError::system(&e, "listen", path.clone()))?;
  if backlog > 0 {
    // SAFETY: re-listening on a bound socket only changes its backlog.
    unsafe { libc::listen(std_listener.as_raw_fd(), backlog) };
  }
  let listener = std_listener
    .set_nonblocking(true)
    .and_then(|_| tokio::net::UnixListener::from_std(std_listener))
    .map_err(|e| NodeError::system(&e, "listen", path.clone()))?;
  let rid = state
    .resource_table
    .add(ListenerResource::bound_unix(listener, path.clone().into()));
  Ok(ListenInfo {
    rid,
    addr: None,
    path,
  })
}

/// Listens on an inherited or received listening socket fd (taking ownership of it).
#[op2]
pub fn op_net_listen_fd(state: &mut OpState, fd: i32) -> Result<ListenInfo, NodeError> {
  // Not a socket: libuv's listen() fails with ENOTSOCK on a pipe and Node itself refuses
  // anything else with EINVAL.
  let sock = socket_kind(fd).map_err(|_| {
    // SAFETY: fstat only fills `st`, which is plain data; a bad fd makes it fail (and
    // that is EINVAL here too).
    let is_fifo = unsafe {
      let mut st: libc::stat = std::mem::zeroed();
      libc::fstat(fd, &mut st) == 0 && (st.st_mode & libc::S_IFMT) == libc::S_IFIFO
    };
    NodeError::errno(if is_fifo { libc::ENOTSOCK } else { libc::EINVAL }, "listen")
  })?;
  // SAFETY: the caller hands over ownership of a listening socket fd.
  let owned = unsafe { std::os::fd::OwnedFd::from_raw_fd(fd) };
  let (listener, addr, path) = if sock == libc::AF_UNIX {
    let l = std::os::unix::net::UnixListener::from(owned);
    let path = l
      .local_addr()
      .ok()
      .and_then(|a| a.as_pathname().map(|p| p.to_string_lossy().into_owned()))
      .unwrap_or_default();
    let l = l
      .set_nonblocking(true)
      .and_then(|_| tokio::net::UnixListener::from_std(l))
      .map_err(|e| NodeError::system(&e, "listen", ""))?;
    (Listener::Unix(l), None, path)
  } else {
    let l = std::net::TcpListener::from(owned);
    let addr = l.local_addr().ok();
    let l = l
      .set_nonblocking(true)
      .and_then(|_| tokio::net::TcpListener::from_std(l))
      .map_err(|e| NodeError::system(&e, "listen", ""))?;
    (Listener::Tcp(l), addr, String::new())
  };
  let resource = ListenerResource::new(listener);
  // Another process may listen on the same socket.
  resource.shared.set(true);
  let rid = state.resource_table.add(resource);
  Ok(ListenInfo { rid, addr, path })
}

/// The address family of a socket fd; `ERR_INVALID_FD_TYPE` if it is not a socket.
pub fn socket_kind(fd: i32) -> Result<libc::c_int, NodeError> {
  let mut domain: libc::c_int = 0;
  let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
  // SAFETY: reads an int-sized option into `domain`.
  let r = unsafe {
    libc::getsockopt(
      fd,
      libc::SOL_SOCKET,
      libc::SO_DOMAIN,
      &mut domain as *mut libc::c_int as *mut libc::c_void,
      &mut len,
    )
  };
  if fd < 0 || r != 0 {
    return Err(NodeError::invalid_fd_type(handle_type(fd)));
  }
  Ok(domain)
}

/// What Node's `guessHandleType` (libuv's `uv_guess_handle`) calls a descriptor that is
/// not a socket: `TTY`, `FILE` (a regular file or another character device), `PIPE` (a
/// FIFO) or `UNKNOWN` (anything else, or no such descriptor).
fn handle_type(fd: i32) -> &'static str {
  let mut st = std::mem::MaybeUninit::<libc::stat>::uninit();
  // SAFETY: fstat writes a `stat` into `st`; an invalid fd makes it fail instead.
  if fd < 0 || unsafe { libc::fstat(fd, st.as_mut_ptr()) } != 0 {
    return "UNKNOWN";
  }
  // SAFETY: fstat succeeded, so `st` is initialised.
  let mode = unsafe { st.assume_init() }.st_mode & libc::S_IFMT;
  // SAFETY: isatty only inspects the descriptor.
  if unsafe { libc::isatty(fd) } == 1 {
    return "TTY";
  }
  match mode {
    libc::S_IFREG | libc::S_IFCHR => "FILE",
    libc::S_IFIFO => "PIPE",
    _ => "UNKNOWN",
  }
}

/// A close-on-exec duplicate of `raw`, owned by the caller.
pub(crate) fn dup_fd(raw: i32) -> Result<i32, NodeError> {
  // SAFETY: duplicating a live fd; the copy is owned by the caller.
  let fd = unsafe { libc::fcntl(raw, libc::F_DUPFD_CLOEXEC, 0) };
  if fd < 0 {
    return Err(NodeError::system(&std::io::Error::last_os_error(), "dup", ""));
  }
  Ok(fd)
}

/// Waits for the next connection on listener `rid`; `null` once the listener is closed.
#[op2]
pub async fn op_net_accept(
  state: Rc<RefCell<OpState>>,
  #[smi] rid: ResourceId,
) -> Result<Option<ConnInfo>, NodeError> {
  let Ok(resource) = state.borrow().resource_table.get::<ListenerResource>(rid) else {
    return Ok(None);
  };
  let Some(listener) = resource.listener() else {
    return Ok(None);
  };
  loop {
    let accepted = async {
      match &*listener {
        Listener::Tcp(l) => l.accept().await.map(|(s, _)| {
          let _ = s.set_nodelay(true);
          Stream::Tcp(s)
        }),
        Listener::Unix(l) => l.accept().await.map(|(s, _)| Stream::Unix(s)),
      }
    };
    match accepted.or_cancel(RcRef::map(&resource, |r| &r.cancel)).await {
      Err(_canceled) => return Ok(None),
      Ok(Ok(stream)) => return Ok(Some(ConnInfo::new(&mut state.borrow_mut(), stream))),
      // The connection died before we took it: wait for the next one.
      Ok(Err(e)) if e.kind() == std::io::ErrorKind::ConnectionAborted => continue,
      Ok(Err(e)) => return Err(NodeError::system(&e, "accept", "")),
    }
  }
}

/// A duplicate of a listening socket's fd, for sharing it with another process.
#[op2(fast)]
pub fn op_net_listener_dup_fd(state: &mut OpState, #[smi] rid: ResourceId) -> Result<i32, NodeError> {
  let resource = state
    .resource_table
    .get::<ListenerResource>(rid)
    .map_err(|_| NodeError::server_not_running())?;
  let listener = resource.listener().ok_or_else(NodeError::server_not_running)?;
  resource.shared.set(true);
  let raw = match &*listener {
    Listener::Tcp(l) => l.as_raw_fd(),
    Listener::Unix(l) => l.as_raw_fd(),
  };
  dup_fd(raw)
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
