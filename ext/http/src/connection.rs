//! What JS can learn about, and do to, a server connection: `req.socket`. hyper owns the
//! connection, so JS gets its addresses, a promise for its end, and a way to drop it.
//! Nothing is paid per connection until JS asks (`req.socket`, a 'connection' listener).

use std::cell::Cell;
use std::cell::RefCell;
use std::collections::HashMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::os::fd::AsRawFd;
use std::os::fd::FromRawFd;
use std::os::fd::RawFd;
use std::rc::Rc;
use std::time::Instant;

use deno_core::convert::ToV8;
use deno_core::op2;
use deno_core::v8;
use deno_core::CancelHandle;
use deno_core::OpState;
use tokio::sync::Notify;

use crate::body::js_string;
use crate::server::HttpSlab;

/// One accepted connection, shared by its task and its requests.
pub struct Connection {
  pub(crate) id: u32,
  /// The socket, for its local address: asked for only when JS wants it (a syscall less
  /// per connection). The descriptor is open while a request of the connection is.
  fd: RawFd,
  peer: SocketAddr,
  ended: Cell<bool>,
  ended_notify: Notify,
  /// Cancelled to drop the connection (`req.socket.destroy()`, the idle sweep).
  pub(crate) kill: Rc<CancelHandle>,
  /// Requests of this connection in the slab.
  in_flight: Cell<u32>,
  /// When the last request ended (or the connection was accepted), on [`coarse_now_ms`].
  idle_since_ms: Cell<u64>,
}

thread_local! {
  static NEXT_ID: Cell<u32> = const { Cell::new(1) };
  /// Milliseconds since START, as of the last idle sweep: reading the clock per request
  /// is a syscall on some virtual machines, and the sweep needs no better.
  static COARSE_NOW_MS: Cell<u64> = const { Cell::new(0) };
  static START: Instant = Instant::now();
}

/// The coarse clock of the idle sweep.
pub(crate) fn coarse_now_ms() -> u64 {
  COARSE_NOW_MS.with(Cell::get)
}

/// Reads the real clock into the coarse one; what it read.
pub(crate) fn tick_coarse_clock() -> u64 {
  let now = START.with(|start| start.elapsed().as_millis() as u64);
  COARSE_NOW_MS.with(|c| c.set(now));
  now
}

impl Connection {
  pub(crate) fn new(stream: &tokio::net::TcpStream, peer: SocketAddr) -> Rc<Self> {
    let id = NEXT_ID.with(|n| {
      let id = n.get();
      // Ids stay small integers in JS; wrapping after 2^31 connections is harmless.
      n.set(if id >= i32::MAX as u32 { 1 } else { id + 1 });
      id
    });
    Rc::new(Connection {
      id,
      fd: stream.as_raw_fd(),
      peer,
      ended: Cell::new(false),
      ended_notify: Notify::new(),
      kill: Rc::new(CancelHandle::new()),
      in_flight: Cell::new(0),
      idle_since_ms: Cell::new(coarse_now_ms()),
    })
  }

  pub(crate) fn request_started(&self) {
    self.in_flight.set(self.in_flight.get() + 1);
  }

  pub(crate) fn request_ended(&self) {
    let n = self.in_flight.get().saturating_sub(1);
    self.in_flight.set(n);
    if n == 0 {
      self.idle_since_ms.set(coarse_now_ms());
    }
  }

  /// No request of the connection is in flight.
  pub(crate) fn is_idle(&self) -> bool {
    self.in_flight.get() == 0
  }

  /// For how many milliseconds (as of `now_ms` on the coarse clock) the connection has
  /// had no request in flight, if it has none.
  pub(crate) fn idle_ms(&self, now_ms: u64) -> Option<u64> {
    self
      .is_idle()
      .then(|| now_ms.saturating_sub(self.idle_since_ms.get()))
  }

  pub(crate) fn end(&self) {
    self.ended.set(true);
    self.ended_notify.notify_waiters();
  }
}

/// The connections JS holds a socket object for, by id.
#[derive(Default)]
pub struct WatchedConnections(RefCell<HashMap<u32, Rc<Connection>>>);

/// `[connectionId, localAddress, localPort, remoteAddress, remotePort, family]`, the
/// layout of `node:net`'s socket facts.
pub struct SocketFacts {
  conn: Rc<Connection>,
  local: Option<SocketAddr>,
}

/// `getsockname(2)` of `fd` as a socket address.
fn local_address(fd: RawFd) -> Option<SocketAddr> {
  // SAFETY: the descriptor is borrowed for the call only; ManuallyDrop keeps it open.
  let socket = std::mem::ManuallyDrop::new(unsafe { std::net::TcpStream::from_raw_fd(fd) });
  socket.local_addr().ok()
}

impl<'a> ToV8<'a> for SocketFacts {
  type Error = Infallible;
  fn to_v8<'i>(self, scope: &mut v8::PinScope<'a, 'i>) -> Result<v8::Local<'a, v8::Value>, Infallible> {
    let c = &self.conn;
    let local = self.local;
    let family = if c.peer.is_ipv6() { "IPv6" } else { "IPv4" };
    let values = [
      v8::Integer::new_from_unsigned(scope, c.id).into(),
      js_string(scope, &local.map(|a| a.ip().to_string()).unwrap_or_default()),
      v8::Integer::new_from_unsigned(scope, local.map_or(0, |a| a.port() as u32)).into(),
      js_string(scope, &c.peer.ip().to_string()),
      v8::Integer::new_from_unsigned(scope, c.peer.port() as u32).into(),
      js_string(scope, family),
    ];
    Ok(v8::Array::new_with_elements(scope, &values).into())
  }
}

/// The connection of request `id` (see [`SocketFacts`]), or null once the request is
/// gone. From then on the connection's end is reported by
/// [`op_http_connection_closed`].
#[op2]
pub fn op_http_request_socket(state: &mut OpState, #[smi] id: u32) -> Option<SocketFacts> {
  let slab = state.borrow::<HttpSlab>().0.clone();
  let conn = slab.borrow_mut().get(id)?.conn.clone();
  state
    .borrow::<WatchedConnections>()
    .0
    .borrow_mut()
    .insert(conn.id, conn.clone());
  // Once the connection has ended its descriptor may belong to another file.
  let local = if conn.ended.get() {
    None
  } else {
    local_address(conn.fd)
  };
  Some(SocketFacts { conn, local })
}

/// Resolves when watched connection `id` has ended.
#[op2]
pub async fn op_http_connection_closed(state: Rc<RefCell<OpState>>, #[smi] id: u32) {
  let conn = state
    .borrow()
    .borrow::<WatchedConnections>()
    .0
    .borrow()
    .get(&id)
    .cloned();
  if let Some(conn) = conn {
    loop {
      let notified = conn.ended_notify.notified();
      if conn.ended.get() {
        break;
      }
      notified.await;
    }
  }
  state
    .borrow()
    .borrow::<WatchedConnections>()
    .0
    .borrow_mut()
    .remove(&id);
}

/// Drops watched connection `id` at once (`req.socket.destroy()`).
#[op2(fast)]
pub fn op_http_connection_destroy(state: &mut OpState, #[smi] id: u32) {
  if let Some(conn) = state.borrow::<WatchedConnections>().0.borrow().get(&id) {
    conn.kill.cancel();
  }
}
