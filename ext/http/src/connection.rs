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
use std::pin::Pin;
use std::rc::Rc;
use std::sync::atomic::AtomicBool;
use std::sync::atomic::AtomicU64;
use std::sync::atomic::AtomicU8;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;
use std::sync::Mutex;
use std::task::Context;
use std::task::Poll;
use std::time::Instant;

use deno_core::convert::ToV8;
use deno_core::op2;
use deno_core::v8;
use deno_core::CancelHandle;
use deno_core::OpState;
use tokio::io::AsyncRead;
use tokio::io::AsyncWrite;
use tokio::io::ReadBuf;
use tokio::sync::Notify;

use crate::body::js_string;
use crate::server::Framing;
use crate::server::FramingError;
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
  /// The socket's idle timeout (`server.timeout`, `req/res.setTimeout`); 0: none.
  pub(crate) timeout_ms: Cell<u32>,
  /// The request now in the service (for 'timeout' on its req/res).
  pub(crate) current_request: Cell<u32>,
  /// What the socket wrapper stamps (hyper wants a `Send` socket for upgrades, hence
  /// atomics; all on one thread, so relaxed loads and stores: plain moves).
  pub(crate) act: Arc<Activity>,
}

/// The timing facts of a connection that its socket ([`ConnIo`]) updates.
#[derive(Default)]
pub(crate) struct Activity {
  /// Where the request the connection is receiving stands ([`Phase`] as u8), for the
  /// sweep's headersTimeout/requestTimeout/keepAliveTimeout.
  phase: AtomicU8,
  /// When `phase` began (for `Head` and `Body`: when the request began), coarse clock.
  phase_since_ms: AtomicU64,
  /// The last time bytes were read or written (coarse clock), for socket timeouts.
  last_io_ms: AtomicU64,
  /// The idle timeout fired and no bytes moved since: it fires once per idle spell.
  timeout_fired: AtomicBool,
  /// Keep the last chunk read while waiting for a request head: `rawPacket` of
  /// 'clientError', only while the server has such a listener.
  pub(crate) keep_raw: AtomicBool,
  pub(crate) raw: Mutex<Vec<u8>>,
  /// The request bytes broke Node's framing rules ([`Framing`]): the connection stops
  /// there and its task answers with Node's status.
  pub(crate) framing_error: Mutex<Option<FramingError>>,
  /// `framing_error` is set (read without a lock).
  pub(crate) broken: AtomicBool,
  /// What hyper writes from now on goes nowhere (a request it still waits on was
  /// aborted: see request_body.rs).
  pub(crate) swallow_writes: AtomicBool,
}

impl Activity {
  pub(crate) fn record_framing_error(&self, e: FramingError) {
    self.broken.store(true, Relaxed);
    if let Ok(mut slot) = self.framing_error.lock() {
      slot.get_or_insert(e);
    }
  }

  pub(crate) fn phase(&self) -> Phase {
    match self.phase.load(Relaxed) {
      0 => Phase::Head,
      1 => Phase::Body,
      2 => Phase::Serving,
      _ => Phase::KeptAlive,
    }
  }
  fn set_phase(&self, phase: Phase) {
    self.phase.store(phase as u8, Relaxed);
  }
  pub(crate) fn phase_since_ms(&self) -> u64 {
    self.phase_since_ms.load(Relaxed)
  }
  pub(crate) fn last_io_ms(&self) -> u64 {
    self.last_io_ms.load(Relaxed)
  }
  pub(crate) fn timeout_fired(&self) -> bool {
    self.timeout_fired.load(Relaxed)
  }
  pub(crate) fn set_timeout_fired(&self) {
    self.timeout_fired.store(true, Relaxed);
  }

  /// Bytes moved either way.
  #[inline]
  fn stamp(&self, now: u64) {
    self.last_io_ms.store(now, Relaxed);
    self.timeout_fired.store(false, Relaxed);
  }

  /// Bytes arrived from the client.
  #[inline]
  fn on_read(&self, data: &[u8]) {
    let now = coarse_now_ms();
    self.stamp(now);
    match self.phase() {
      Phase::KeptAlive => {
        self.set_phase(Phase::Head);
        self.phase_since_ms.store(now, Relaxed);
      }
      Phase::Head => {}
      _ => return,
    }
    if self.keep_raw.load(Relaxed) {
      if let Ok(mut raw) = self.raw.lock() {
        raw.clear();
        raw.extend_from_slice(data);
      }
    }
  }
}

/// The receiving side of a connection, as far as the timeouts care.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub(crate) enum Phase {
  /// A request head is (or may be) arriving: a fresh connection, or bytes came after
  /// the last response. headersTimeout and requestTimeout count.
  Head,
  /// The head is in, its body is not yet read to its end: requestTimeout counts.
  Body,
  /// The request is in; its response is on the way.
  Serving,
  /// Between requests, nothing received: keepAliveTimeout counts.
  KeptAlive,
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
      timeout_ms: Cell::new(0),
      current_request: Cell::new(u32::MAX),
      act: Arc::new(Activity {
        phase_since_ms: AtomicU64::new(coarse_now_ms()),
        last_io_ms: AtomicU64::new(coarse_now_ms()),
        ..Default::default()
      }),
    })
  }

  /// A request timeout went to a 'clientError' listener: the connection stays open for
  /// it to answer (and end it with `socket.destroy()`), for `grace` at most, and the
  /// sweep leaves it alone.
  pub(crate) fn hand_to_listener(self: &Rc<Self>, grace: std::time::Duration) {
    self.act.set_phase(Phase::Serving);
    let conn = self.clone();
    deno_core::unsync::spawn(async move {
      tokio::time::sleep(grace).await;
      conn.kill.cancel();
    });
  }

  pub(crate) fn request_started(&self, id: u32, has_body: bool) {
    self.in_flight.set(self.in_flight.get() + 1);
    self.current_request.set(id);
    let act = &self.act;
    if act.phase() != Phase::Head {
      // The whole head came with bytes read earlier (pipelined): it begins now.
      act.phase_since_ms.store(coarse_now_ms(), Relaxed);
    }
    act.set_phase(if has_body { Phase::Body } else { Phase::Serving });
  }

  /// The request body has been read to its end, or the request answered: the request
  /// timeout stops.
  pub(crate) fn request_received(&self) {
    if self.act.phase() == Phase::Body {
      self.act.set_phase(Phase::Serving);
    }
  }

  pub(crate) fn request_ended(&self) {
    let n = self.in_flight.get().saturating_sub(1);
    self.in_flight.set(n);
    if n == 0 && self.act.phase() != Phase::Head {
      self.act.set_phase(Phase::KeptAlive);
      self.act.phase_since_ms.store(coarse_now_ms(), Relaxed);
    }
  }

  /// Sets the socket's idle timeout (0: none); counts from now.
  pub(crate) fn set_timeout(&self, ms: u32) {
    self.timeout_ms.set(ms);
    self.act.stamp(tick_coarse_clock());
  }

  /// The local address of the connection while it is open.
  pub(crate) fn local_address(&self) -> Option<SocketAddr> {
    if self.ended.get() {
      None
    } else {
      local_address(self.fd)
    }
  }

  /// Writes `bytes` straight to the socket, as far as it takes them at once (for a 408
  /// while hyper waits for the request: hyper is not writing then).
  pub(crate) fn write_raw(&self, bytes: &[u8]) {
    if self.ended.get() {
      return;
    }
    // SAFETY: the descriptor stays open while the connection has not ended; a
    // non-blocking send of a few bytes, without SIGPIPE.
    unsafe {
      libc::send(
        self.fd,
        bytes.as_ptr() as *const libc::c_void,
        bytes.len(),
        libc::MSG_NOSIGNAL | libc::MSG_DONTWAIT,
      );
    }
  }

  /// No request of the connection is in flight.
  pub(crate) fn is_idle(&self) -> bool {
    self.in_flight.get() == 0
  }

  pub(crate) fn end(&self) {
    self.ended.set(true);
    self.ended_notify.notify_waiters();
  }
}

/// The largest write [`ConnIo`] copies into one buffer rather than send as iovecs.
const GATHER_LIMIT: usize = 8 * 1024;

thread_local! {
  /// Where [`ConnIo`] gathers a small vectored write; connections share it (one thread).
  static GATHER: RefCell<Vec<u8>> = RefCell::new(Vec::with_capacity(GATHER_LIMIT));
}

/// The socket of a served connection as hyper sees it: the TCP stream, stamping the
/// connection's last activity (two cell writes per read or write) for the timeouts.
pub(crate) struct ConnIo {
  pub(crate) stream: crate::server::tls::ServeStream,
  act: Arc<Activity>,
  /// Node's framing rules over the bytes hyper is about to parse.
  framing: Framing,
  /// The framing broke: hyper's shutdown of the socket is skipped, and what hyper
  /// writes goes nowhere, so that Node's answer is the one written (serve_until_done).
  broken: bool,
  /// A violation found after sound requests in the same read: those go to hyper first,
  /// the next read fails.
  pending: Option<FramingError>,
}

impl ConnIo {
  pub(crate) fn new(stream: crate::server::tls::ServeStream, conn: &Connection) -> Self {
    ConnIo {
      stream,
      act: conn.act.clone(),
      framing: Framing::default(),
      broken: false,
      pending: None,
    }
  }
}

impl AsyncRead for ConnIo {
  fn poll_read(
    self: Pin<&mut Self>,
    cx: &mut Context<'_>,
    buf: &mut ReadBuf<'_>,
  ) -> Poll<std::io::Result<()>> {
    let this = self.get_mut();
    if let Some(e) = this.pending.take() {
      return Poll::Ready(Err(this.fail(e)));
    }
    if this.broken {
      return Poll::Ready(Err(std::io::ErrorKind::InvalidData.into()));
    }
    let before = buf.filled().len();
    let r = Pin::new(&mut this.stream).poll_read(cx, buf);
    if matches!(r, Poll::Ready(Ok(()))) {
      let read = &buf.filled()[before..];
      let verdict = if read.is_empty() {
        this.framing.eof().map_err(|e| (e, 0))
      } else {
        this.act.on_read(read);
        this.framing.feed(read)
      };
      if let Err((e, sound)) = verdict {
        // hyper gets the sound requests before the violation, if any, and then none of
        // it: the connection ends there (see serve_until_done).
        buf.set_filled(before + sound);
        this.act.record_framing_error(e);
        if sound > 0 {
          this.pending = Some(e);
          return r;
        }
        return Poll::Ready(Err(this.fail(e)));
      }
    }
    r
  }
}

impl ConnIo {
  /// The connection broke Node's framing rules with `e`: the error for hyper.
  fn fail(&mut self, e: FramingError) -> std::io::Error {
    self.broken = true;
    std::io::Error::new(std::io::ErrorKind::InvalidData, e.reason)
  }
}

impl AsyncWrite for ConnIo {
  fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, data: &[u8]) -> Poll<std::io::Result<usize>> {
    let this = self.get_mut();
    if this.broken || this.act.swallow_writes.load(Relaxed) {
      return Poll::Ready(Ok(data.len()));
    }
    let r = Pin::new(&mut this.stream).poll_write(cx, data);
    if matches!(r, Poll::Ready(Ok(n)) if n > 0) {
      this.act.stamp(coarse_now_ms());
    }
    r
  }

  fn poll_write_vectored(
    self: Pin<&mut Self>,
    cx: &mut Context<'_>,
    bufs: &[std::io::IoSlice<'_>],
  ) -> Poll<std::io::Result<usize>> {
    let this = self.get_mut();
    let total: usize = bufs.iter().map(|b| b.len()).sum();
    if this.broken || this.act.swallow_writes.load(Relaxed) {
      return Poll::Ready(Ok(total));
    }
    let r = if bufs.len() > 1 && total <= GATHER_LIMIT {
      // A head and a short body go out as one buffer: the kernel sends one plain buffer
      // faster than the same bytes as several iovecs (about 5% more hello-world
      // requests per second, measured), and the copy is small. Larger writes keep
      // writev, which saves copying the body.
      GATHER.with_borrow_mut(|gathered| {
        gathered.clear();
        for b in bufs {
          gathered.extend_from_slice(b);
        }
        Pin::new(&mut this.stream).poll_write(cx, gathered)
      })
    } else {
      Pin::new(&mut this.stream).poll_write_vectored(cx, bufs)
    };
    if matches!(r, Poll::Ready(Ok(n)) if n > 0) {
      this.act.stamp(coarse_now_ms());
    }
    r
  }

  fn is_write_vectored(&self) -> bool {
    self.stream.is_write_vectored()
  }

  fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
    Pin::new(&mut self.get_mut().stream).poll_flush(cx)
  }

  fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
    let this = self.get_mut();
    if this.broken {
      return Poll::Ready(Ok(()));
    }
    Pin::new(&mut this.stream).poll_shutdown(cx)
  }
}

/// The connections JS holds a socket object for, by id.
#[derive(Default)]
pub struct WatchedConnections(RefCell<HashMap<u32, Rc<Connection>>>);

impl WatchedConnections {
  /// Keeps `conn` for [`op_http_connection_closed`] and [`op_http_connection_destroy`].
  pub(crate) fn watch(&self, conn: &Rc<Connection>) {
    self.0.borrow_mut().insert(conn.id, conn.clone());
  }
}

/// `[connectionId, localAddress, localPort, remoteAddress, remotePort, family]`, the
/// layout of `node:net`'s socket facts.
pub struct SocketFacts {
  pub(crate) conn: Rc<Connection>,
  pub(crate) local: Option<SocketAddr>,
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
  state.borrow::<WatchedConnections>().watch(&conn);
  // Once the connection has ended its descriptor may belong to another file.
  let local = conn.local_address();
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

/// Writes `data` straight to watched connection `id` (a 'clientError' listener
/// answering a request timeout: hyper is waiting for a head then, not writing).
#[op2(fast)]
pub fn op_http_connection_write(state: &mut OpState, #[smi] id: u32, #[buffer] data: &[u8]) {
  if let Some(conn) = state.borrow::<WatchedConnections>().0.borrow().get(&id) {
    conn.write_raw(data);
  }
}

/// Drops watched connection `id` at once (`req.socket.destroy()`).
#[op2(fast)]
pub fn op_http_connection_destroy(state: &mut OpState, #[smi] id: u32) {
  if let Some(conn) = state.borrow::<WatchedConnections>().0.borrow().get(&id) {
    conn.kill.cancel();
  }
}
