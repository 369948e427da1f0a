//! The HTTP/1.1 server: accept loop, connections, the request slab and the ops.

use std::cell::RefCell;
use std::collections::HashMap;
use std::collections::VecDeque;
use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::Context;
use std::task::Poll;
use std::task::Waker;

use deno_core::convert::ToV8;
use deno_core::op2;
use deno_core::v8;
use deno_core::CancelFuture;
use deno_core::CancelHandle;
use deno_core::OpState;
use deno_core::Resource;
use deno_core::ResourceId;
use ext_net::ListenerResource;
use hyper::body::Body;
use hyper::body::Incoming;
use hyper::header::HeaderName;
use hyper::header::HeaderValue;
use hyper::server::conn::http1;
use hyper::upgrade::OnUpgrade;
use hyper::HeaderMap;
use hyper::Method;
use hyper::Request;
use hyper::Response;
use hyper::StatusCode;
use hyper::Uri;
use hyper::Version;
use hyper_util::rt::TokioIo;
use nodus_core::errors::NodeError;
use nodus_core::events::EventSource;
use nodus_core::events::EventSources;
use nodus_core::strings::with_utf8;

use crate::body::*;
use crate::connection::tick_coarse_clock;
use crate::connection::ConnIo;
use crate::connection::Connection;
use crate::connection::Phase;
use crate::connection::SocketFacts;
use crate::tokens::HeaderTokens;
use tokio::sync::Notify;

// ---------------------------------------------------------------------------------------
// The slab of in-flight requests, shared by all servers of a runtime (one JS thread).

const INDEX_BITS: u32 = 20;
const INDEX_MASK: u32 = (1 << INDEX_BITS) - 1;
// Ids stay below 2^31 so that they are small integers in JS.
const GEN_MASK: u32 = (1 << (31 - INDEX_BITS)) - 1;

pub(crate) struct Entry {
  pub(crate) conn: Rc<Connection>,
  body: Option<Incoming>,
  response: Option<Response<OutgoingBody>>,
  waker: Option<Waker>,
  stream: Option<Rc<RefCell<StreamState>>>,
  /// The hyper service future finished or was dropped.
  future_gone: bool,
  /// The connection stays open after the response: the `Keep-Alive` header value to
  /// send (empty: none).
  keep_alive: Option<HeaderValue>,
  /// The request asks to switch protocols (`Upgrade`, or `CONNECT`): hyper hands over
  /// the connection through this once the answer is a 101 (a 2xx for CONNECT).
  upgrade: Option<OnUpgrade>,
  /// The request body's trailers, once it has been read to its end.
  trailers: Option<HeaderMap>,
}

struct Slot {
  generation: u32,
  entry: Option<Entry>,
}

/// Request slots addressed by `generation << 20 | index`.
#[derive(Default)]
pub struct Slab {
  slots: Vec<Slot>,
  free: Vec<u32>,
}

impl Slab {
  fn insert(&mut self, entry: Entry) -> Option<u32> {
    let index = match self.free.pop() {
      Some(i) => i,
      None => {
        let i = self.slots.len() as u32;
        if i > INDEX_MASK {
          return None;
        }
        self.slots.push(Slot {
          generation: 0,
          entry: None,
        });
        i
      }
    };
    let slot = &mut self.slots[index as usize];
    slot.entry = Some(entry);
    Some((slot.generation << INDEX_BITS) | index)
  }

  pub(crate) fn get(&mut self, id: u32) -> Option<&mut Entry> {
    let slot = self.slots.get_mut((id & INDEX_MASK) as usize)?;
    if slot.generation != id >> INDEX_BITS {
      return None;
    }
    slot.entry.as_mut()
  }

  /// The request's keep-alive header, if it is still waiting for its response head.
  fn unanswered(&mut self, id: u32) -> Option<Option<HeaderValue>> {
    match self.get(id) {
      Some(e) if e.response.is_none() && e.stream.is_none() => Some(e.keep_alive.clone()),
      _ => None,
    }
  }

  /// Hands the response head (and the stream feeding its body, if any) to the waiting
  /// hyper handler. Returns the entry, or `None` if the request is gone.
  fn deliver(
    &mut self,
    id: u32,
    response: Response<OutgoingBody>,
    stream: Option<Rc<RefCell<StreamState>>>,
  ) -> Option<&mut Entry> {
    let entry = self.get(id)?;
    entry.conn.request_received();
    entry.response = Some(response);
    entry.stream = stream;
    if let Some(w) = entry.waker.take() {
      w.wake();
    }
    Some(entry)
  }

  fn remove(&mut self, id: u32) {
    let index = id & INDEX_MASK;
    if let Some(slot) = self.slots.get_mut(index as usize) {
      if slot.generation == id >> INDEX_BITS {
        if let Some(entry) = slot.entry.take() {
          entry.conn.request_ended();
          slot.generation = (slot.generation + 1) & GEN_MASK;
          self.free.push(index);
        }
      }
    }
  }
}

/// The slab of the runtime, in `OpState`.
#[derive(Clone, Default)]
pub struct HttpSlab(pub(crate) Rc<RefCell<Slab>>);

// ---------------------------------------------------------------------------------------
// Servers.

/// A request head waiting for JS.
struct ReadyRequest {
  id: u32,
  method: Method,
  uri: Uri,
  version: Version,
  has_body: bool,
  upgrade: bool,
  headers: HeaderMap,
}

#[derive(Default)]
pub(crate) struct ServerShared {
  ready: VecDeque<ReadyRequest>,
  /// The loop, waiting for requests to deliver (see `BatchSource`).
  waker: Option<Waker>,
  /// `op_http_served`, waiting for the server to finish.
  finish_waker: Option<Waker>,
  /// `op_http_connections`, waiting for the first connection or for the last to end.
  live_waker: Option<Waker>,
  accepting: bool,
  closing: bool,
  /// The open connections by id, for the idle sweep and `closeIdleConnections`.
  live: HashMap<u32, Rc<Connection>>,
  /// keepAliveTimeout, headersTimeout and requestTimeout as fixed by `listen()` (0: off).
  keep_alive_ms: u32,
  headers_ms: u32,
  request_ms: u32,
  /// `server.timeout`: the idle timeout new connections start with.
  server_timeout_ms: u32,
  /// The shortest socket timeout ever set on a connection (0: none), for the sweep period.
  min_socket_timeout_ms: u32,
  /// The sweep runs; `sweep_wake` makes it look at its period again.
  sweeping: bool,
  sweep_wake: Rc<Notify>,
  /// Timeouts and client errors for JS (`op_http_events`).
  events: Vec<ServerEvent>,
  events_waker: Option<Waker>,
  /// The server has 'clientError' listeners: parse errors and request timeouts go to JS.
  watch_client_errors: bool,
}

/// What `op_http_events` reports.
pub(crate) enum ServerEvent {
  /// Connection `conn` was idle for its socket timeout; `request` is the request in its
  /// service (-1: none).
  Timeout { conn: u32, request: i32 },
  /// A request that hyper could not parse, or a request timeout; the connection is gone.
  ClientError {
    facts: SocketFacts,
    code: &'static str,
    reason: &'static str,
    raw: Vec<u8>,
  },
}

impl<'a> ToV8<'a> for ServerEvent {
  type Error = Infallible;
  fn to_v8<'i>(self, scope: &mut v8::PinScope<'a, 'i>) -> Result<v8::Local<'a, v8::Value>, Infallible> {
    let values: Vec<v8::Local<'a, v8::Value>> = match self {
      ServerEvent::Timeout { conn, request } => vec![
        v8::Integer::new(scope, 0).into(),
        v8::Integer::new_from_unsigned(scope, conn).into(),
        v8::Integer::new(scope, request).into(),
      ],
      ServerEvent::ClientError {
        facts,
        code,
        reason,
        raw,
      } => {
        let len = raw.len() as u32;
        vec![
          v8::Integer::new(scope, 1).into(),
          facts.to_v8(scope)?,
          js_string(scope, code),
          js_string(scope, reason),
          v8::Integer::new_from_unsigned(scope, len).into(),
          uint8_array_or_null(scope, &raw),
        ]
      }
    };
    Ok(v8::Array::new_with_elements(scope, &values).into())
  }
}

/// A batch of [`ServerEvent`]s.
pub struct ServerEvents(Vec<ServerEvent>);

impl<'a> ToV8<'a> for ServerEvents {
  type Error = Infallible;
  fn to_v8<'i>(self, scope: &mut v8::PinScope<'a, 'i>) -> Result<v8::Local<'a, v8::Value>, Infallible> {
    let mut out = Vec::with_capacity(self.0.len());
    for e in self.0 {
      out.push(e.to_v8(scope)?);
    }
    Ok(v8::Array::new_with_elements(scope, &out).into())
  }
}

impl ServerShared {
  fn wake(&mut self) {
    if let Some(w) = self.waker.take() {
      w.wake();
    }
    if let Some(w) = self.finish_waker.take() {
      w.wake();
    }
    if let Some(w) = self.live_waker.take() {
      w.wake();
    }
  }
  fn finished(&self) -> bool {
    !self.accepting && self.live.is_empty() && self.ready.is_empty()
  }
  fn push_event(&mut self, event: ServerEvent) {
    self.events.push(event);
    if let Some(w) = self.events_waker.take() {
      w.wake();
    }
  }
}

/// A listening HTTP server. Closing the resource stops everything at once; `op_http_close`
/// stops accepting and lets in-flight requests finish.
pub struct HttpServerResource {
  shared: Rc<RefCell<ServerShared>>,
  cancel: Rc<CancelHandle>,
  shutdown: Rc<Notify>,
  config: Rc<ServerConfig>,
  slab: Rc<RefCell<Slab>>,
  /// An accept loop runs (else connections only come through `op_http_adopt`).
  has_listener: bool,
  /// What hands the requests to JS, once `op_http_deliver_to` registered it.
  source: RefCell<Option<Rc<dyn EventSource>>>,
}

impl Resource for HttpServerResource {
  fn name(&self) -> std::borrow::Cow<'_, str> {
    "httpServer".into()
  }

  fn close(self: Rc<Self>) {
    begin_close(&self);
    self.cancel.cancel();
  }
}

fn begin_close(server: &HttpServerResource) {
  let mut s = server.shared.borrow_mut();
  if !s.closing {
    s.closing = true;
    drop(s);
    server.cancel_accept();
    server.shutdown.notify_waiters();
  }
}

impl HttpServerResource {
  fn cancel_accept(&self) {
    // The accept loop watches `closing` after each wake-up through the notify.
    self.shutdown.notify_waiters();
    if !self.has_listener {
      self.stop_accepting();
    }
  }

  fn stop_accepting(&self) {
    let mut s = self.shared.borrow_mut();
    s.accepting = false;
    s.wake();
  }

  fn serve(&self, stream: tokio::net::TcpStream, peer: std::net::SocketAddr) {
    let _ = stream.set_nodelay(true);
    let conn = Connection::new(&stream, peer);
    let (timeout, watch) = {
      let s = self.shared.borrow();
      (s.server_timeout_ms, s.watch_client_errors)
    };
    if timeout > 0 {
      conn.set_timeout(timeout);
    }
    conn
      .act
      .keep_raw
      .store(watch, std::sync::atomic::Ordering::Relaxed);
    serve_connection(
      stream,
      conn,
      self.config.clone(),
      self.slab.clone(),
      self.shared.clone(),
      self.shutdown.clone(),
    );
  }
}

/// The hyper service of one connection.
struct Service {
  slab: Rc<RefCell<Slab>>,
  server: Rc<RefCell<ServerShared>>,
  conn: Rc<Connection>,
  config: Rc<ServerConfig>,
}

/// What `listen()` fixed of a server's settings (the timeouts are in [`ServerShared`]).
struct ServerConfig {
  /// `Keep-Alive: timeout=N` (empty when keepAliveTimeout is 0).
  keep_alive_value: HeaderValue,
  /// Header slots hyper parses into (None: its 100 on the stack; more costs an
  /// allocation per request, so only a server that asks for more pays it).
  max_headers: Option<usize>,
  /// Node's maxHeaderSize: bytes of the request line and headers (a bigger head gets 431).
  max_header_size: usize,
}

impl hyper::service::Service<Request<Incoming>> for Service {
  type Response = Response<OutgoingBody>;
  type Error = Infallible;
  type Future = ResponseFuture;

  fn call(&self, req: Request<Incoming>) -> ResponseFuture {
    let (mut parts, body) = req.into_parts();
    let upgrade = parts.extensions.remove::<OnUpgrade>();
    let has_body = !body.is_end_stream();
    let keep_alive = (parts.version == Version::HTTP_11
      && !parts
        .headers
        .get_all(hyper::header::CONNECTION)
        .iter()
        .any(|v| has_close_token(v.as_bytes())))
    .then(|| self.config.keep_alive_value.clone());
    let wants_upgrade = upgrade.is_some();
    let entry = Entry {
      conn: self.conn.clone(),
      body: has_body.then_some(body),
      response: None,
      waker: None,
      stream: None,
      future_gone: false,
      keep_alive,
      upgrade,
      trailers: None,
    };
    let Some(id) = self.slab.borrow_mut().insert(entry) else {
      return ResponseFuture::Busy;
    };
    self.conn.request_started(id, has_body);
    let mut server = self.server.borrow_mut();
    server.ready.push_back(ReadyRequest {
      id,
      method: parts.method,
      uri: parts.uri,
      version: parts.version,
      has_body,
      upgrade: wants_upgrade,
      headers: parts.headers,
    });
    server.wake();
    ResponseFuture::Wait {
      id,
      slab: self.slab.clone(),
    }
  }
}

/// A `Connection` header value lists `close` (`close`, `Upgrade, close`, ...).
fn has_close_token(value: &[u8]) -> bool {
  value
    .split(|&b| b == b',')
    .any(|token| token.trim_ascii().eq_ignore_ascii_case(b"close"))
}

/// Waits for JS to answer request `id`.
enum ResponseFuture {
  Wait { id: u32, slab: Rc<RefCell<Slab>> },
  Busy,
  Done,
}

impl Future for ResponseFuture {
  type Output = Result<Response<OutgoingBody>, Infallible>;

  fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
    let this = self.get_mut();
    match this {
      ResponseFuture::Wait { id, slab } => {
        let mut slab_ref = slab.borrow_mut();
        let Some(entry) = slab_ref.get(*id) else {
          drop(slab_ref);
          *this = ResponseFuture::Done;
          return Poll::Ready(Ok(status_only(StatusCode::INTERNAL_SERVER_ERROR)));
        };
        if let Some(response) = entry.response.take() {
          drop(slab_ref);
          // Drop now (frees the slot unless a stream still needs it).
          let done = std::mem::replace(this, ResponseFuture::Done);
          drop(done);
          return Poll::Ready(Ok(response));
        }
        entry.waker = Some(cx.waker().clone());
        Poll::Pending
      }
      ResponseFuture::Busy => {
        *this = ResponseFuture::Done;
        Poll::Ready(Ok(status_only(StatusCode::SERVICE_UNAVAILABLE)))
      }
      ResponseFuture::Done => Poll::Ready(Ok(status_only(StatusCode::INTERNAL_SERVER_ERROR))),
    }
  }
}

impl Drop for ResponseFuture {
  fn drop(&mut self) {
    if let ResponseFuture::Wait { id, slab } = self {
      let Ok(mut slab) = slab.try_borrow_mut() else {
        return;
      };
      let Some(entry) = slab.get(*id) else { return };
      entry.future_gone = true;
      let streaming = entry.stream.as_ref().is_some_and(|s| !s.borrow().ended);
      if !streaming {
        slab.remove(*id);
      }
    }
  }
}

fn status_only(status: StatusCode) -> Response<OutgoingBody> {
  let mut r = Response::new(OutgoingBody::Full(None));
  *r.status_mut() = status;
  r
}

/// Serves the listener `listener_rid` (taken from ext_net) with HTTP/1.1, or, when it is
/// -1, no listener at all: connections then come one by one through `op_http_adopt`
/// (a cluster worker's round-robin share). Returns the server's rid.
#[op2(fast)]
#[smi]
pub fn op_http_serve(
  state: &mut OpState,
  listener_rid: i32,
  #[smi] keep_alive_timeout_ms: u32,
  #[smi] headers_timeout_ms: u32,
  #[smi] request_timeout_ms: u32,
  #[smi] server_timeout_ms: u32,
  #[smi] max_headers: u32,
  #[smi] max_header_size: u32,
) -> Result<ResourceId, NodeError> {
  let listener = match ResourceId::try_from(listener_rid) {
    Err(_) => None,
    Ok(rid) => Some(
      state
        .resource_table
        .take::<ListenerResource>(rid)
        .ok()
        .and_then(|r| r.take())
        .ok_or_else(|| NodeError::generic("ERR_SERVER_NOT_RUNNING", "Server is not running."))?,
    ),
  };
  let shared = Rc::new(RefCell::new(ServerShared {
    accepting: true,
    keep_alive_ms: keep_alive_timeout_ms,
    headers_ms: headers_timeout_ms,
    request_ms: request_timeout_ms,
    server_timeout_ms,
    min_socket_timeout_ms: server_timeout_ms,
    ..Default::default()
  }));
  let config = Rc::new(server_config(keep_alive_timeout_ms, max_headers, max_header_size));
  ensure_sweep(&shared);
  let server = Rc::new(HttpServerResource {
    shared,
    cancel: Rc::new(CancelHandle::new()),
    shutdown: Rc::new(Notify::new()),
    config,
    slab: state.borrow::<HttpSlab>().0.clone(),
    has_listener: listener.is_some(),
    source: RefCell::new(None),
  });
  if let Some(listener) = listener {
    deno_core::unsync::spawn(accept_loop(listener, server.clone()));
  }
  Ok(state.resource_table.add_rc(server))
}

async fn accept_loop(listener: tokio::net::TcpListener, server: Rc<HttpServerResource>) {
  loop {
    if server.shared.borrow().closing {
      break;
    }
    let stop = server.shutdown.notified();
    let accepted = tokio::select! {
      r = listener.accept().or_cancel(server.cancel.clone()) => r,
      _ = stop => continue,
    };
    match accepted {
      Err(_canceled) => break,
      Ok(Ok((stream, peer))) => server.serve(stream, peer),
      Ok(Err(_)) => {
        // EMFILE and friends: back off a little instead of spinning.
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
      }
    }
  }
  drop(listener);
  server.stop_accepting();
}

/// Serves the connected TCP socket `fd` (now ours) on server `rid`, as if its listener had
/// accepted it.
#[op2(fast)]
pub fn op_http_adopt(state: &mut OpState, #[smi] rid: ResourceId, fd: i32) -> Result<(), NodeError> {
  let kind = ext_net::socket_kind(fd)?;
  // SAFETY: JS hands over a connected socket fd it owns (received from the primary).
  let owned = unsafe { <std::os::fd::OwnedFd as std::os::fd::FromRawFd>::from_raw_fd(fd) };
  if kind == libc::AF_UNIX {
    return Err(NodeError::type_error(
      "ERR_INVALID_FD_TYPE",
      format!("Unsupported fd type: {fd}"),
    ));
  }
  let std_stream = std::net::TcpStream::from(owned);
  let server = state
    .resource_table
    .get::<HttpServerResource>(rid)
    .map_err(|_| NodeError::generic("ERR_SERVER_NOT_RUNNING", "Server is not running."))?;
  let stream = std_stream
    .set_nonblocking(true)
    .and_then(|_| tokio::net::TcpStream::from_std(std_stream))
    .map_err(|e| NodeError::system(&e, "accept", ""))?;
  match stream.peer_addr() {
    Ok(peer) if !server.shared.borrow().closing => server.serve(stream, peer),
    // Closed already, or the client has gone: drop the socket.
    _ => {}
  }
  Ok(())
}

/// `Keep-Alive: timeout=N` for keepAliveTimeout (empty when it is 0), the header slots
/// (0: hyper's default) and the head size limit.
fn server_config(keep_alive_timeout_ms: u32, max_headers: u32, max_header_size: u32) -> ServerConfig {
  let keep_alive_value = if keep_alive_timeout_ms == 0 {
    HeaderValue::from_static("")
  } else {
    HeaderValue::from_str(&format!("timeout={}", keep_alive_timeout_ms / 1000))
      .unwrap_or(HeaderValue::from_static(""))
  };
  ServerConfig {
    keep_alive_value,
    max_headers: (max_headers > 0).then_some(max_headers as usize),
    max_header_size: max_header_size as usize,
  }
}

/// The smaller of two timeouts that are on (0: off).
fn min_on(a: u32, b: u32) -> u32 {
  match (a, b) {
    (0, x) | (x, 0) => x,
    (a, b) => a.min(b),
  }
}

impl ServerShared {
  /// How long a connection may stay between requests with nothing received: Node's
  /// keepAliveTimeout, or headersTimeout when keep-alive timing is off.
  fn kept_alive_limit(&self) -> u32 {
    if self.keep_alive_ms > 0 {
      self.keep_alive_ms
    } else {
      self.headers_ms
    }
  }

  /// How long a request head may take to arrive (headersTimeout, capped by
  /// requestTimeout).
  fn head_limit(&self) -> u32 {
    min_on(self.headers_ms, self.request_ms)
  }

  /// How often the sweep looks: a few times per shortest timeout; none when all are off.
  fn sweep_period(&self) -> Option<std::time::Duration> {
    let shortest = min_on(
      min_on(self.kept_alive_limit(), self.head_limit()),
      min_on(self.request_ms, self.min_socket_timeout_ms),
    );
    (shortest > 0).then(|| {
      (std::time::Duration::from_millis(shortest as u64) / 4).clamp(
        std::time::Duration::from_millis(25),
        std::time::Duration::from_secs(1),
      )
    })
  }
}

/// Starts the server's sweep if a timeout needs it and it does not run, or makes it look
/// at its period again.
fn ensure_sweep(shared: &Rc<RefCell<ServerShared>>) {
  let mut s = shared.borrow_mut();
  if s.sweeping {
    s.sweep_wake.notify_one();
    return;
  }
  if s.sweep_period().is_none() {
    return;
  }
  s.sweeping = true;
  drop(s);
  deno_core::unsync::spawn(sweep(shared.clone()));
}

/// The answer Node sends to a request that took too long to arrive.
const REQUEST_TIMEOUT_RESPONSE: &[u8] = b"HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n";

/// Node's timeouts, for all connections of a server, checked a few times per timeout
/// instead of a timer per request (the checks cost a few cell updates per read, write
/// and request):
/// - between requests with nothing received, a connection closes after keepAliveTimeout;
/// - a request whose head is not in after headersTimeout (or whose head and body are not
///   in after requestTimeout, counted from its first byte or the connection's start) gets
///   a 408 and the connection closes; with a 'clientError' listener that gets an
///   `ERR_HTTP_REQUEST_TIMEOUT` instead;
/// - a socket idle (no bytes either way) for its timeout goes to JS as 'timeout'.
async fn sweep(shared: Rc<RefCell<ServerShared>>) {
  tick_coarse_clock();
  loop {
    let (period, wake) = {
      let s = shared.borrow();
      match s.sweep_period() {
        Some(p) if !s.finished() => (p, s.sweep_wake.clone()),
        _ => break,
      }
    };
    tokio::select! {
      _ = tokio::time::sleep(period) => {}
      _ = wake.notified() => continue,
    }
    let now = tick_coarse_clock();
    let mut s = shared.borrow_mut();
    if s.finished() {
      break;
    }
    // Stamps are on a clock that may lag by a period: wait that much longer.
    let lag = period.as_millis() as u64;
    let over = |since: u64, limit: u32| limit > 0 && now.saturating_sub(since) >= limit as u64 + lag;
    let (kept, head, request) = (s.kept_alive_limit(), s.head_limit(), s.request_ms);
    let mut events = Vec::new();
    for conn in s.live.values() {
      if conn.kill.is_canceled() {
        continue;
      }
      let since = conn.act.phase_since_ms();
      let late = match conn.act.phase() {
        Phase::KeptAlive => {
          if over(since, kept) {
            conn.kill.cancel();
            continue;
          }
          false
        }
        Phase::Head => over(since, head),
        Phase::Body => over(since, request),
        Phase::Serving => false,
      };
      if late {
        if s.watch_client_errors {
          events.push(ServerEvent::ClientError {
            facts: SocketFacts {
              conn: conn.clone(),
              local: conn.local_address(),
            },
            code: "ERR_HTTP_REQUEST_TIMEOUT",
            reason: "Request timeout",
            raw: Vec::new(),
          });
        } else {
          conn.write_raw(REQUEST_TIMEOUT_RESPONSE);
        }
        conn.kill.cancel();
        continue;
      }
      let timeout = conn.timeout_ms.get();
      if timeout > 0 && !conn.act.timeout_fired() && over(conn.act.last_io_ms(), timeout) {
        conn.act.set_timeout_fired();
        let request = if conn.is_idle() {
          -1
        } else {
          conn.current_request.get() as i32
        };
        events.push(ServerEvent::Timeout {
          conn: conn.id,
          request,
        });
      }
    }
    for e in events {
      s.push_event(e);
    }
  }
  shared.borrow_mut().sweeping = false;
}

fn serve_connection(
  stream: tokio::net::TcpStream,
  conn: Rc<Connection>,
  config: Rc<ServerConfig>,
  slab: Rc<RefCell<Slab>>,
  shared: Rc<RefCell<ServerShared>>,
  shutdown: Rc<Notify>,
) {
  {
    let mut s = shared.borrow_mut();
    s.live.insert(conn.id, conn.clone());
    if s.live.len() == 1 {
      if let Some(w) = s.live_waker.take() {
        w.wake();
      }
    }
  }
  deno_core::unsync::spawn(async move {
    // Cancelling drops hyper's connection: the socket closes with requests unanswered.
    // One cancel handle per connection (a second, server-wide one cost a registration on
    // every poll): closeAllConnections cancels each live connection's.
    let _ = serve_until_done(stream, slab, shared.clone(), shutdown, conn.clone(), config)
      .or_cancel(conn.kill.clone())
      .await;
    conn.end();
    let mut s = shared.borrow_mut();
    s.live.remove(&conn.id);
    if s.live.is_empty() {
      s.wake();
    }
  });
}

async fn serve_until_done(
  stream: tokio::net::TcpStream,
  slab: Rc<RefCell<Slab>>,
  shared: Rc<RefCell<ServerShared>>,
  shutdown: Rc<Notify>,
  conn: Rc<Connection>,
  config: Rc<ServerConfig>,
) {
  {
    let mut builder = http1::Builder::new();
    builder
      .title_case_headers(true)
      // Like Node, answer a client that shut down its side after sending the request.
      .half_close(true)
      .max_header_size(config.max_header_size);
    if let Some(slots) = config.max_headers {
      builder.max_headers(slots);
    }
    let service = Service {
      slab,
      server: shared.clone(),
      conn: conn.clone(),
      config,
    };
    let connection = conn;
    let conn = builder
      .serve_connection(TokioIo::new(ConnIo::new(stream, &connection)), service)
      // An upgraded connection leaves hyper: see op_http_upgrade.
      .with_upgrades();
    let mut conn = std::pin::pin!(conn);
    let stop = shutdown.notified();
    let mut stop = std::pin::pin!(stop);
    stop.as_mut().enable();
    let result = if shared.borrow().closing {
      conn.as_mut().graceful_shutdown();
      conn.as_mut().await
    } else {
      tokio::select! {
        // The connection first, and no random pick: this runs on every wake-up.
        biased;
        r = conn.as_mut() => r,
        _ = stop => {
          conn.as_mut().graceful_shutdown();
          conn.as_mut().await
        }
      }
    };
    // hyper has answered a request it could not parse (400, 431) and is done with the
    // connection; its socket is still open here (hyper's connection is not dropped yet).
    if let Err(e) = result {
      let mut s = shared.borrow_mut();
      if e.is_parse() && s.watch_client_errors {
        let raw = connection
          .act
          .raw
          .lock()
          .map(|mut r| std::mem::take(&mut *r))
          .unwrap_or_default();
        let (code, reason) = parse_error_code(&e, &raw);
        let facts = SocketFacts {
          local: connection.local_address(),
          conn: connection,
        };
        s.push_event(ServerEvent::ClientError {
          facts,
          code,
          reason,
          raw,
        });
      }
    }
  }
}

/// Node's (llhttp's) `code` and `reason` for a parse error of hyper, as near as hyper's
/// error kinds and the bytes of the request head allow.
fn parse_error_code(e: &hyper::Error, raw: &[u8]) -> (&'static str, &'static str) {
  let text = e.to_string();
  let line_end = raw.iter().position(|&b| b == b'\n').unwrap_or(raw.len());
  let line = raw[..line_end].strip_suffix(b"\r").unwrap_or(&raw[..line_end]);
  let mut parts = line.split(|&b| b == b' ');
  let method = parts.next().unwrap_or_default();
  let target = parts.next();
  let version = parts.next();
  let is_token = |b: &u8| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(b);
  let bad_method = method.is_empty() || !method.iter().all(is_token) || target.is_none() || version.is_none();
  if text.starts_with("invalid HTTP method") {
    ("HPE_INVALID_METHOD", "Invalid method encountered")
  } else if text.starts_with("invalid HTTP version") {
    if version.is_some_and(|v| v.starts_with(b"HTTP/")) {
      ("HPE_INVALID_VERSION", "Invalid HTTP version")
    } else {
      ("HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/")
    }
  } else if text.starts_with("invalid URI") {
    ("HPE_INVALID_URL", "Invalid URL")
  } else if text.starts_with("URI too long") || text.starts_with("message head is too large") {
    ("HPE_HEADER_OVERFLOW", "Header overflow")
  } else if text.starts_with("invalid content-length") {
    (
      "HPE_INVALID_CONTENT_LENGTH",
      "Invalid character in Content-Length",
    )
  } else if text.starts_with("invalid transfer-encoding") || text.starts_with("unexpected transfer-encoding")
  {
    (
      "HPE_INVALID_TRANSFER_ENCODING",
      "Invalid `Transfer-Encoding` header value",
    )
  } else if bad_method {
    // httparse reports a broken request line as a bad token too.
    ("HPE_INVALID_METHOD", "Invalid method encountered")
  } else {
    ("HPE_INVALID_HEADER_TOKEN", "Invalid header token")
  }
}

/// A batch of requests for JS: `[fields, text]`. `fields` is an Int32Array with
/// [`BATCH_STRIDE`] values per request: the id, `method << 8 | flags`, where in `text` the
/// request's method, url and headers start, and where its headers end. `method` is an
/// index into [`METHODS`] ([`OTHER_METHOD`] when the method is spelled out in `text`),
/// `flags` is `version << 2 | upgrade << 1 | hasBody` with version 9, 10 or 11, and the
/// headers are `name\nvalue\nname\nvalue` (latin-1, see `join_headers`). On QuickJS
/// every JS value made costs (a handle, an array slot, a string), so a batch is two
/// arrays and one string whatever its size, and JS slices a request's url and headers out
/// of the text only when the program reads them.
pub struct Batch(Vec<ReadyRequestOut>);

/// One request of a [`Batch`].
pub struct ReadyRequestOut(ReadyRequest);

/// Int32 fields per request in a [`Batch`] (`BATCH_STRIDE` in http.js).
const BATCH_STRIDE: usize = 6;

/// The methods JS knows by index (`METHOD_INDEX` in http.js lists them in this order).
const METHODS: [Method; 9] = [
  Method::GET,
  Method::POST,
  Method::PUT,
  Method::DELETE,
  Method::HEAD,
  Method::OPTIONS,
  Method::PATCH,
  Method::CONNECT,
  Method::TRACE,
];

/// The method index of a request whose method is spelled out in the batch text.
const OTHER_METHOD: i32 = 255;

impl<'a> ToV8<'a> for Batch {
  type Error = Infallible;
  fn to_v8<'i>(self, scope: &mut v8::PinScope<'a, 'i>) -> Result<v8::Local<'a, v8::Value>, Infallible> {
    let mut fields: Vec<u8> = Vec::with_capacity(self.0.len() * BATCH_STRIDE * 4);
    let mut text: Vec<u8> = Vec::with_capacity(self.0.len() * 128);
    let push = |fields: &mut Vec<u8>, v: i32| fields.extend_from_slice(&v.to_ne_bytes());
    for ReadyRequestOut(r) in self.0 {
      // Ids stay below 2^31 (see `Slab`).
      push(&mut fields, r.id as i32);
      let method = match METHODS.iter().position(|m| *m == r.method) {
        Some(i) => i as i32,
        None => OTHER_METHOD,
      };
      let version = match r.version {
        Version::HTTP_10 => 10,
        Version::HTTP_09 => 9,
        _ => 11,
      };
      let flags = (version << 2) | ((r.upgrade as i32) << 1) | r.has_body as i32;
      push(&mut fields, (method << 8) | flags);
      push(&mut fields, text.len() as i32);
      if method == OTHER_METHOD {
        text.extend_from_slice(r.method.as_str().as_bytes());
      }
      push(&mut fields, text.len() as i32);
      if r.uri.scheme().is_some() {
        text.extend_from_slice(r.uri.to_string().as_bytes());
      } else if let Some(path) = r.uri.path_and_query() {
        text.extend_from_slice(path.as_str().as_bytes());
      } else {
        // CONNECT's authority form: `host:port`.
        text.extend_from_slice(r.uri.authority().map_or("/", |a| a.as_str()).as_bytes());
      }
      push(&mut fields, text.len() as i32);
      join_headers(&r.headers, &mut text);
      push(&mut fields, text.len() as i32);
    }
    let count = fields.len() / 4;
    let store = v8::ArrayBuffer::new_backing_store_from_vec(fields).make_shared();
    let buffer = v8::ArrayBuffer::with_backing_store(scope, &store);
    let fields: v8::Local<v8::Value> = match v8::Int32Array::new(scope, buffer, 0, count) {
      Some(a) => a.into(),
      None => v8::null(scope).into(),
    };
    let text = js_latin1(scope, &text);
    Ok(v8::Array::new_with_elements(scope, &[fields, text]).into())
  }
}

/// Hands a server's ready requests to JS in batches, by calling the function that
/// `op_http_deliver_to` registered: no promise per batch (see nodus_core::events).
struct BatchSource {
  shared: Rc<RefCell<ServerShared>>,
  callback: v8::Global<v8::Function>,
}

/// The most requests one call hands over; the rest go in the next.
const MAX_BATCH: usize = 256;

impl EventSource for BatchSource {
  fn deliver(&self, scope: &mut v8::PinScope, cx: &mut Context) -> bool {
    let batch = {
      let mut s = self.shared.borrow_mut();
      if s.ready.is_empty() {
        s.waker = Some(cx.waker().clone());
        return false;
      }
      let n = s.ready.len().min(MAX_BATCH);
      Batch(s.ready.drain(..n).map(ReadyRequestOut).collect())
    };
    let Ok(batch) = batch.to_v8(scope);
    let callback = v8::Local::new(scope, &self.callback);
    let this = v8::undefined(scope).into();
    callback.call(scope, this, &[batch]);
    true
  }
}

/// Starts handing the requests of server `rid` to `callback`, a batch (see [`Batch`])
/// per call, until `op_http_served` resolves.
#[op2(fast)]
pub fn op_http_deliver_to(
  scope: &mut v8::PinScope,
  state: &mut OpState,
  #[smi] rid: ResourceId,
  callback: v8::Local<v8::Function>,
) {
  let Ok(server) = state.resource_table.get::<HttpServerResource>(rid) else {
    return;
  };
  let source: Rc<dyn EventSource> = Rc::new(BatchSource {
    shared: server.shared.clone(),
    callback: v8::Global::new(scope, callback),
  });
  state.borrow::<Rc<EventSources>>().add(source.clone());
  if let Some(old) = server.source.replace(Some(source)) {
    state.borrow::<Rc<EventSources>>().remove(&old);
  }
}

/// Waits until `done` holds for `server` (or the server resource is closed), parking
/// in the waker slot `slot` of its shared state, which [`ServerShared`] wakes when what
/// `done` looks at changes.
async fn wait_for(
  server: &HttpServerResource,
  slot: fn(&mut ServerShared) -> &mut Option<Waker>,
  done: impl Fn(&ServerShared) -> bool,
) {
  let shared = server.shared.clone();
  let reached = std::future::poll_fn(|cx| {
    let mut s = shared.borrow_mut();
    if done(&s) {
      return Poll::Ready(());
    }
    *slot(&mut s) = Some(cx.waker().clone());
    Poll::Pending
  });
  let _ = reached.or_cancel(server.cancel.clone()).await;
}

/// Resolves once server `rid` is closed and its last connection has ended, all its
/// requests handed over; JS keeps it pending to keep the loop alive (or unrefs it).
#[op2]
pub async fn op_http_served(state: Rc<RefCell<OpState>>, #[smi] rid: ResourceId) {
  let Ok(server) = state.borrow().resource_table.get::<HttpServerResource>(rid) else {
    return;
  };
  wait_for(&server, |s| &mut s.finish_waker, ServerShared::finished).await;
  if let Some(source) = server.source.take() {
    state.borrow().borrow::<Rc<EventSources>>().remove(&source);
  }
}

/// Resolves once server `rid` has an open connection (`open`), or has none (`!open`),
/// or is gone. JS waits for the second, ref'd, while an unref'd server has connections:
/// as in Node, open sockets keep the loop alive when their server does not.
#[op2]
pub async fn op_http_connections(state: Rc<RefCell<OpState>>, #[smi] rid: ResourceId, open: bool) {
  let Ok(server) = state.borrow().resource_table.get::<HttpServerResource>(rid) else {
    return;
  };
  wait_for(
    &server,
    |s| &mut s.live_waker,
    |s| s.live.is_empty() != open || s.finished(),
  )
  .await;
}

/// `server.closeAllConnections()`: closes every connection open now, answered or not.
#[op2(fast)]
pub fn op_http_close_connections(state: &mut OpState, #[smi] rid: ResourceId) {
  if let Ok(server) = state.resource_table.get::<HttpServerResource>(rid) {
    for conn in server.shared.borrow().live.values() {
      conn.kill.cancel();
    }
  }
}

/// `server.closeIdleConnections()`: closes the connections with no request in flight.
#[op2(fast)]
pub fn op_http_close_idle_connections(state: &mut OpState, #[smi] rid: ResourceId) {
  if let Ok(server) = state.resource_table.get::<HttpServerResource>(rid) {
    for conn in server.shared.borrow().live.values() {
      if conn.is_idle() {
        conn.kill.cancel();
      }
    }
  }
}

/// `server.getConnections()`: how many connections are open.
#[op2(fast)]
#[smi]
pub fn op_http_connection_count(state: &mut OpState, #[smi] rid: ResourceId) -> u32 {
  state
    .resource_table
    .get::<HttpServerResource>(rid)
    .map_or(0, |server| server.shared.borrow().live.len() as u32)
}

/// `server.close()`: stop accepting, close idle connections, let in-flight requests
/// finish; `op_http_served` resolves when the last connection has ended.
#[op2(fast)]
pub fn op_http_close(state: &mut OpState, #[smi] rid: ResourceId) {
  if let Ok(server) = state.resource_table.get::<HttpServerResource>(rid) {
    begin_close(&server);
  }
}

/// The `Keep-Alive` name and the `Connection: keep-alive` value, made at compile time
/// (every keep-alive response has both).
const KEEP_ALIVE: HeaderName = HeaderName::from_static("keep-alive");
const KEEP_ALIVE_VALUE: HeaderValue = HeaderValue::from_static("keep-alive");

/// A response's `statusMessage` as its reason phrase: "" (the standard one) when it is
/// undefined or null, which is the common case and needs no string from the engine.
fn reason_phrase<'a>(scope: &mut v8::PinScope<'a, '_>, value: v8::Local<'a, v8::Value>) -> String {
  if value.is_null_or_undefined() {
    return String::new();
  }
  let text = string_of(scope, value);
  with_utf8(scope, text, |b| String::from_utf8_lossy(b).into_owned())
}

/// Builds a response head from JS values: status, reason ("" for the standard one) and a
/// flat `[name, value, ...]` array (or null).
fn build_response<'a>(
  scope: &mut v8::PinScope<'a, '_>,
  status: u32,
  reason: &str,
  headers: v8::Local<'a, v8::Value>,
  tokens: &HeaderTokens,
  keep_alive: Option<HeaderValue>,
  body: OutgoingBody,
) -> Result<Response<OutgoingBody>, NodeError> {
  let status = u16::try_from(status)
    .ok()
    .and_then(|s| StatusCode::from_u16(s).ok())
    .ok_or_else(|| {
      NodeError::range_error(
        "ERR_HTTP_INVALID_STATUS_CODE",
        format!("Invalid status code: {status}"),
      )
    })?;
  let mut response = Response::new(body);
  *response.status_mut() = status;
  if !reason.is_empty() && status.canonical_reason() != Some(reason) {
    let phrase: Vec<u8> = reason.chars().map(|c| c as u32 as u8).collect();
    if let Ok(p) = hyper::ext::ReasonPhrase::try_from(phrase) {
      response.extensions_mut().insert(p);
    }
  }
  let map = response.headers_mut();
  append_js_headers(scope, headers, tokens, map)?;
  let has_connection = map.contains_key(hyper::header::CONNECTION);
  if let Some(value) = keep_alive {
    if !has_connection {
      map.insert(hyper::header::CONNECTION, KEEP_ALIVE_VALUE);
      if !value.is_empty() {
        map.insert(KEEP_ALIVE, value);
      }
    }
  }
  Ok(response)
}

/// Whole responses (`res.end(body)` with nothing sent before), five values each:
/// `id, status, statusMessage (undefined or null for the standard reason), headers
/// ([name, value, ...] or null), body (string, Uint8Array or null)`. JS queues the
/// responses of a batch of requests and hands them over in one call. Each goes into its
/// request's slot and wakes the waiting hyper service; requests whose client is gone are
/// skipped. JS has validated status and headers; a response Rust still cannot build
/// becomes a 500 so that no client hangs.
#[op2(fast)]
pub fn op_http_respond<'a>(
  scope: &mut v8::PinScope<'a, '_>,
  state: &mut OpState,
  responses: v8::Local<'a, v8::Array>,
) {
  let slab = state.borrow::<HttpSlab>().0.clone();
  let len = responses.length();
  let mut i = 0;
  while i + 5 <= len {
    let field = |scope: &mut v8::PinScope<'a, '_>, k: u32| {
      responses
        .get_index(scope, i + k)
        .unwrap_or_else(|| v8::undefined(scope).into())
    };
    let id = field(scope, 0).uint32_value(scope).unwrap_or(u32::MAX);
    let status = field(scope, 1).uint32_value(scope).unwrap_or(0);
    let reason = field(scope, 2);
    let headers = field(scope, 3);
    let body = field(scope, 4);
    i += 5;
    let Some(keep_alive) = slab.borrow_mut().unanswered(id) else {
      continue;
    };
    let reason = reason_phrase(scope, reason);
    let data = body_bytes(scope, body);
    let response = build_response(
      scope,
      status,
      &reason,
      headers,
      state.borrow::<HeaderTokens>(),
      keep_alive,
      OutgoingBody::Full(data),
    )
    .unwrap_or_else(|_| status_only(StatusCode::INTERNAL_SERVER_ERROR));
    let mut slab = slab.borrow_mut();
    if let Some(entry) = slab.deliver(id, response, None) {
      if entry.future_gone {
        slab.remove(id);
      }
    }
  }
}

/// A connection on its way out of hyper: the protocol switch is answered, and hyper
/// hands over the socket once it has sent that answer.
struct PendingUpgrade(RefCell<Option<OnUpgrade>>);

impl Resource for PendingUpgrade {
  fn name(&self) -> std::borrow::Cow<'_, str> {
    "httpUpgrade".into()
  }
}

/// Answers request `id` of an `'upgrade'` or `'connect'` listener, whose socket JS gave
/// the listener: `status`, `reason` and `headers` are what it wrote there as the response
/// head, `body` what followed. With `switching` (a 101, or a 2xx to CONNECT) the
/// connection leaves HTTP: the result is the rid for [`op_http_upgraded`]. Otherwise it
/// is an ordinary response after which the connection closes (the listener owned the
/// socket, so no further request may follow on it), and the result is -1.
#[op2(fast)]
#[smi]
pub fn op_http_upgrade<'a>(
  scope: &mut v8::PinScope<'a, '_>,
  state: &mut OpState,
  #[smi] id: u32,
  #[smi] status: u32,
  #[string] reason: &str,
  headers: v8::Local<'a, v8::Value>,
  body: v8::Local<'a, v8::Value>,
  switching: bool,
) -> Result<i32, NodeError> {
  let slab = state.borrow::<HttpSlab>().0.clone();
  let on_upgrade = match slab.borrow_mut().get(id) {
    Some(entry) if entry.response.is_none() && entry.stream.is_none() => entry.upgrade.take(),
    _ => {
      return Err(NodeError::generic(
        "ERR_HTTP_HEADERS_SENT",
        "the upgrade was already answered",
      ))
    }
  };
  let data = body_bytes(scope, body);
  let mut response = build_response(
    scope,
    status,
    reason,
    headers,
    state.borrow::<HeaderTokens>(),
    None,
    OutgoingBody::Full(data),
  )?;
  if !switching {
    response
      .headers_mut()
      .insert(hyper::header::CONNECTION, HeaderValue::from_static("close"));
  }
  let mut slab = slab.borrow_mut();
  if let Some(entry) = slab.deliver(id, response, None) {
    if entry.future_gone {
      slab.remove(id);
    }
  }
  Ok(match on_upgrade {
    Some(on_upgrade) if switching => state
      .resource_table
      .add(PendingUpgrade(RefCell::new(Some(on_upgrade)))) as i32,
    _ => -1,
  })
}

/// The socket of an upgraded connection: ext_net's socket facts and the bytes hyper had
/// read past the request head (`[info, head]`, head a Uint8Array or null).
pub struct UpgradedSocket {
  info: ext_net::ConnInfo,
  head: bytes::Bytes,
}

impl<'a> ToV8<'a> for UpgradedSocket {
  type Error = Infallible;
  fn to_v8<'i>(self, scope: &mut v8::PinScope<'a, 'i>) -> Result<v8::Local<'a, v8::Value>, Infallible> {
    let info = self.info.to_v8(scope)?;
    let head = uint8_array_or_null(scope, &self.head);
    Ok(v8::Array::new_with_elements(scope, &[info, head]).into())
  }
}

/// Resolves with the socket of upgrade `rid` (from [`op_http_upgrade`]) once hyper has
/// sent the 101 and let go of the connection; it is an ordinary ext_net socket from then.
#[op2]
pub async fn op_http_upgraded(
  state: Rc<RefCell<OpState>>,
  #[smi] rid: ResourceId,
) -> Result<UpgradedSocket, NodeError> {
  let pending = state
    .borrow_mut()
    .resource_table
    .take::<PendingUpgrade>(rid)
    .map_err(|_| NodeError::generic("ERR_INVALID_STATE", "no such upgrade"))?;
  let on_upgrade = pending.0.borrow_mut().take();
  let upgraded = match on_upgrade {
    Some(on_upgrade) => on_upgrade.await.ok(),
    None => None,
  };
  let Some(upgraded) = upgraded else {
    return Err(connection_reset());
  };
  let parts = upgraded
    .downcast::<TokioIo<ConnIo>>()
    .map_err(|_| connection_reset())?;
  let stream = parts.io.into_inner().stream;
  let info = ext_net::ConnInfo::new(&mut state.borrow_mut(), ext_net::Stream::Tcp(stream));
  Ok(UpgradedSocket {
    info,
    head: parts.read_buf,
  })
}

/// The client went away before the switch completed.
fn connection_reset() -> NodeError {
  NodeError::system(&std::io::Error::from_raw_os_error(libc::ECONNRESET), "read", "")
}

/// The head of a streamed response (first `res.write()`, or `end()` after `write()`).
#[op2(fast)]
pub fn op_http_write_head<'a>(
  scope: &mut v8::PinScope<'a, '_>,
  state: &mut OpState,
  #[smi] id: u32,
  #[smi] status: u32,
  reason: v8::Local<'a, v8::Value>,
  headers: v8::Local<'a, v8::Value>,
) -> Result<bool, NodeError> {
  let slab = state.borrow::<HttpSlab>().0.clone();
  let Some(keep_alive) = slab.borrow_mut().unanswered(id) else {
    return Ok(false);
  };
  let reason = reason_phrase(scope, reason);
  let stream = Rc::new(RefCell::new(StreamState::default()));
  let response = build_response(
    scope,
    status,
    &reason,
    headers,
    state.borrow::<HeaderTokens>(),
    keep_alive,
    OutgoingBody::Stream(stream.clone()),
  )?;
  let delivered = slab.borrow_mut().deliver(id, response, Some(stream)).is_some();
  Ok(delivered)
}

fn with_stream<R>(state: &mut OpState, id: u32, f: impl FnOnce(&mut StreamState) -> R) -> Option<R> {
  let slab = state.borrow::<HttpSlab>().0.clone();
  let stream = slab.borrow_mut().get(id)?.stream.clone()?;
  let mut s = stream.borrow_mut();
  Some(f(&mut s))
}

/// A chunk of a streamed response; returns the bytes now buffered (not yet sent).
#[op2(fast)]
#[number]
pub fn op_http_write<'a>(
  scope: &mut v8::PinScope<'a, '_>,
  state: &mut OpState,
  #[smi] id: u32,
  chunk: v8::Local<'a, v8::Value>,
) -> u64 {
  let data = body_bytes(scope, chunk);
  with_stream(state, id, |s| s.push(data) as u64).unwrap_or(0)
}

/// Ends a streamed response, with an optional last chunk and trailers (a flat
/// `[name, value, ...]` array, or null).
#[op2(fast)]
pub fn op_http_end<'a>(
  scope: &mut v8::PinScope<'a, '_>,
  state: &mut OpState,
  #[smi] id: u32,
  chunk: v8::Local<'a, v8::Value>,
  trailers: v8::Local<'a, v8::Value>,
) -> Result<(), NodeError> {
  let data = body_bytes(scope, chunk);
  let mut trailer_map = HeaderMap::new();
  append_js_headers(scope, trailers, state.borrow::<HeaderTokens>(), &mut trailer_map)?;
  with_stream(state, id, |s| {
    if !trailer_map.is_empty() {
      s.trailers = Some(trailer_map);
    }
    s.finish(data)
  });
  let slab = state.borrow::<HttpSlab>().0.clone();
  let mut slab = slab.borrow_mut();
  if slab.get(id).is_some_and(|e| e.future_gone) {
    slab.remove(id);
  }
  Ok(())
}

/// Resolves when what was written to streamed response `id` has gone to hyper ('drain').
#[op2]
pub async fn op_http_drained(state: Rc<RefCell<OpState>>, #[smi] id: u32) {
  let slab = state.borrow().borrow::<HttpSlab>().0.clone();
  let stream = slab.borrow_mut().get(id).and_then(|e| e.stream.clone());
  if let Some(stream) = stream {
    drained(stream).await;
  }
}

/// Chunks of request bodies read for JS, waiting for the loop to hand them over.
#[derive(Default)]
pub struct BodyQueue {
  ready: VecDeque<(u32, BodyChunk)>,
  waker: Option<Waker>,
}

impl BodyQueue {
  fn push(&mut self, id: u32, chunk: BodyChunk) {
    self.ready.push_back((id, chunk));
    if let Some(w) = self.waker.take() {
      w.wake();
    }
  }
}

/// Hands each chunk of [`BodyQueue`] to the function that `op_http_bodies_to`
/// registered, as `(id, chunk)`: a Uint8Array, empty at the body's end, null if the
/// engine could not allocate it. No promise per chunk (see nodus_core::events).
struct BodySource {
  queue: Rc<RefCell<BodyQueue>>,
  callback: v8::Global<v8::Function>,
}

impl EventSource for BodySource {
  fn deliver(&self, scope: &mut v8::PinScope, cx: &mut Context) -> bool {
    let mut delivered = false;
    loop {
      let next = {
        let mut q = self.queue.borrow_mut();
        let next = q.ready.pop_front();
        if next.is_none() {
          q.waker = Some(cx.waker().clone());
        }
        next
      };
      let Some((id, chunk)) = next else {
        return delivered;
      };
      let id = v8::Integer::new_from_unsigned(scope, id).into();
      let chunk = chunk.to_v8(scope).unwrap_or_else(|_| v8::null(scope).into());
      let callback = v8::Local::new(scope, &self.callback);
      let this = v8::undefined(scope).into();
      if callback.call(scope, this, &[id, chunk]).is_none() {
        // It threw: the loop reports that before the next chunk is handed over.
        return true;
      }
      delivered = true;
    }
  }
}

/// Registers `callback` to receive the chunks that `op_http_pull` reads.
#[op2(fast)]
pub fn op_http_bodies_to(scope: &mut v8::PinScope, state: &mut OpState, callback: v8::Local<v8::Function>) {
  let source = Rc::new(BodySource {
    queue: state.borrow::<Rc<RefCell<BodyQueue>>>().clone(),
    callback: v8::Global::new(scope, callback),
  });
  state.borrow::<Rc<EventSources>>().add(source);
}

/// Reads the next chunk of request `id`'s body, for the `op_http_bodies_to` callback.
#[op2(fast)]
pub fn op_http_pull(state: &mut OpState, #[smi] id: u32) {
  let queue = state.borrow::<Rc<RefCell<BodyQueue>>>().clone();
  let slab = state.borrow::<HttpSlab>().0.clone();
  let Some(mut body) = slab.borrow_mut().get(id).and_then(|e| e.body.take()) else {
    queue.borrow_mut().push(id, BodyChunk(None));
    return;
  };
  deno_core::unsync::spawn(async move {
    let mut trailers = None;
    let chunk = match next_chunk(&mut body, &mut trailers).await {
      Ok(Some(data)) => {
        if let Some(e) = slab.borrow_mut().get(id) {
          e.body = Some(body);
        }
        Some(data)
      }
      // End of body, or a broken one (the client went away): end.
      Ok(None) | Err(_) => {
        if let Some(e) = slab.borrow_mut().get(id) {
          e.conn.request_received();
          e.trailers = trailers;
        }
        None
      }
    };
    queue.borrow_mut().push(id, BodyChunk(chunk));
  });
}

/// The trailers of request `id`'s body (read to its end) as `name\nvalue\n...` in
/// latin-1, or "" when it had none.
#[op2]
#[string]
pub fn op_http_request_trailers(state: &mut OpState, #[smi] id: u32) -> String {
  let slab = state.borrow::<HttpSlab>().0.clone();
  let Some(trailers) = slab.borrow_mut().get(id).and_then(|e| e.trailers.take()) else {
    return String::new();
  };
  let mut joined = Vec::new();
  join_headers(&trailers, &mut joined);
  joined.iter().map(|&b| b as char).collect()
}

fn server_shared(state: &OpState, rid: ResourceId) -> Option<Rc<RefCell<ServerShared>>> {
  let server = state.resource_table.get::<HttpServerResource>(rid).ok()?;
  Some(server.shared.clone())
}

/// Timeouts and client errors of server `rid` (see [`ServerEvent`]), as they happen; null
/// once the server has closed. JS waits for them only while it has a use for them.
#[op2]
pub async fn op_http_events(state: Rc<RefCell<OpState>>, #[smi] rid: ResourceId) -> Option<ServerEvents> {
  let server = state
    .borrow()
    .resource_table
    .get::<HttpServerResource>(rid)
    .ok()?;
  let shared = server.shared.clone();
  let next = std::future::poll_fn(|cx| {
    let mut s = shared.borrow_mut();
    if !s.events.is_empty() {
      return Poll::Ready(Some(ServerEvents(std::mem::take(&mut s.events))));
    }
    if s.finished() {
      return Poll::Ready(None);
    }
    s.events_waker = Some(cx.waker().clone());
    Poll::Pending
  });
  next.or_cancel(server.cancel.clone()).await.ok().flatten()
}

/// Sets the idle timeout of request `id`'s connection (`req/res.setTimeout`), counted
/// from now; 0 turns it off.
#[op2(fast)]
pub fn op_http_set_timeout(state: &mut OpState, #[smi] rid: ResourceId, #[smi] id: u32, #[smi] ms: u32) {
  let slab = state.borrow::<HttpSlab>().0.clone();
  let Some(conn) = slab.borrow_mut().get(id).map(|e| e.conn.clone()) else {
    return;
  };
  conn.set_timeout(ms);
  if let Some(shared) = server_shared(state, rid) {
    note_socket_timeout(&shared, ms);
  }
}

fn note_socket_timeout(shared: &Rc<RefCell<ServerShared>>, ms: u32) {
  if ms == 0 {
    return;
  }
  {
    let mut s = shared.borrow_mut();
    let shorter = min_on(s.min_socket_timeout_ms, ms);
    if shorter == s.min_socket_timeout_ms {
      return;
    }
    s.min_socket_timeout_ms = shorter;
  }
  ensure_sweep(shared);
}

/// `server.timeout = ms`: the idle timeout of connections accepted from now on.
#[op2(fast)]
pub fn op_http_server_timeout(state: &mut OpState, #[smi] rid: ResourceId, #[smi] ms: u32) {
  if let Some(shared) = server_shared(state, rid) {
    shared.borrow_mut().server_timeout_ms = ms;
    note_socket_timeout(&shared, ms);
  }
}

/// Whether server `rid` has 'clientError' listeners: then parse errors and request
/// timeouts are reported to JS (with the bytes of each request head kept for them).
#[op2(fast)]
pub fn op_http_watch_client_errors(state: &mut OpState, #[smi] rid: ResourceId, on: bool) {
  if let Some(shared) = server_shared(state, rid) {
    let mut s = shared.borrow_mut();
    s.watch_client_errors = on;
    for conn in s.live.values() {
      conn.act.keep_raw.store(on, std::sync::atomic::Ordering::Relaxed);
    }
  }
}

/// The socket facts of connection `conn` of server `rid` (see [`SocketFacts`]), watched
/// from now on; null if it has ended.
#[op2]
pub fn op_http_connection_socket(
  state: &mut OpState,
  #[smi] rid: ResourceId,
  #[smi] conn: u32,
) -> Option<SocketFacts> {
  let shared = server_shared(state, rid)?;
  let conn = shared.borrow().live.get(&conn).cloned()?;
  state
    .borrow::<crate::connection::WatchedConnections>()
    .watch(&conn);
  let local = conn.local_address();
  Some(SocketFacts { conn, local })
}
