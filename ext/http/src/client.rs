//! The HTTP/1.1 client: hyper's client connection over a socket that JS connected with
//! `node:net` (the `net.Socket` stays the request's `socket`), one resource per
//! connection and one per request/response exchange.
//!
//! JS (the Agent) decides which connection a request uses and when a connection goes back
//! to the pool; a connection carries one exchange at a time, as in Node.

use std::cell::Cell;
use std::cell::RefCell;
use std::convert::Infallible;
use std::rc::Rc;

use deno_core::convert::ToV8;
use deno_core::futures::FutureExt;
use deno_core::op2;
use deno_core::v8;
use deno_core::CancelFuture;
use deno_core::CancelHandle;
use deno_core::OpState;
use deno_core::RcRef;
use deno_core::Resource;
use deno_core::ResourceId;
use ext_net::SharedStream;
use hyper::body::Incoming;
use hyper::client::conn::http1;
use hyper::Method;
use hyper::Request;
use hyper::Uri;
use hyper::Version;
use hyper_util::rt::TokioIo;
use nodus_core::errors::NodeError;
use tokio::sync::Notify;

use crate::body::*;
use crate::tokens::HeaderTokens;

/// A client connection: hyper's sender, and the task that drives the connection.
pub struct ClientConnection {
  sender: RefCell<Option<http1::SendRequest<OutgoingBody>>>,
  cancel: Rc<CancelHandle>,
  ended: Rc<Cell<bool>>,
  ended_notify: Rc<Notify>,
}

impl Resource for ClientConnection {
  fn name(&self) -> std::borrow::Cow<'_, str> {
    "httpClientConnection".into()
  }

  fn close(self: Rc<Self>) {
    self.cancel.cancel();
  }
}

/// One request and its response.
pub struct ClientExchange {
  conn: Rc<ClientConnection>,
  request: RefCell<Option<Request<OutgoingBody>>>,
  stream: Option<Rc<RefCell<StreamState>>>,
  body: RefCell<Option<Incoming>>,
  cancel: CancelHandle,
}

impl Resource for ClientExchange {
  fn name(&self) -> std::borrow::Cow<'_, str> {
    "httpClientExchange".into()
  }

  fn close(self: Rc<Self>) {
    self.cancel.cancel();
  }
}

/// Node's error for a connection that ended before its response was complete.
fn hang_up() -> NodeError {
  NodeError::System {
    code: "ECONNRESET",
    errno: -libc::ECONNRESET,
    syscall: "read",
    path: None,
    dest: None,
    description: "socket hang up",
  }
}

fn bad_request(message: String) -> NodeError {
  NodeError::type_error("ERR_INVALID_ARG_VALUE", message)
}

/// Starts HTTP/1.1 on the connected `node:net` socket `socket_rid` (a TCP or Unix socket,
/// or the TLS stream of a `tls.TLSSocket`); the connection's rid. JS must not read the
/// socket from then on.
#[op2(fast)]
#[smi]
pub fn op_http_client_start(
  state: &mut OpState,
  #[smi] socket_rid: ResourceId,
) -> Result<ResourceId, NodeError> {
  match SharedStream::get(state, socket_rid) {
    Ok(stream) => start_connection(state, stream),
    Err(e) => match ext_tls::SharedTlsStream::get(state, socket_rid) {
      Ok(stream) => start_connection(state, stream),
      Err(_) => Err(e),
    },
  }
}

fn start_connection<S>(state: &mut OpState, stream: S) -> Result<ResourceId, NodeError>
where
  S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + 'static,
{
  let handshake = http1::Builder::new()
    .title_case_headers(true)
    .handshake::<_, OutgoingBody>(TokioIo::new(stream));
  // An HTTP/1 handshake does no I/O: it is ready at once.
  let (sender, conn) = match handshake.now_or_never() {
    Some(Ok(pair)) => pair,
    _ => return Err(hang_up()),
  };
  let cancel = Rc::new(CancelHandle::new());
  let ended = Rc::new(Cell::new(false));
  let ended_notify = Rc::new(Notify::new());
  {
    let cancel = cancel.clone();
    let ended = ended.clone();
    let ended_notify = ended_notify.clone();
    deno_core::unsync::spawn(async move {
      let _ = conn.or_cancel(cancel).await;
      ended.set(true);
      ended_notify.notify_waiters();
    });
  }
  Ok(state.resource_table.add(ClientConnection {
    sender: RefCell::new(Some(sender)),
    cancel,
    ended,
    ended_notify,
  }))
}

/// Resolves when connection `rid` has ended (either side closed it, or JS did).
#[op2]
pub async fn op_http_client_wait_closed(state: Rc<RefCell<OpState>>, #[smi] rid: ResourceId) {
  let Ok(conn) = state.borrow().resource_table.get::<ClientConnection>(rid) else {
    return;
  };
  loop {
    let notified = conn.ended_notify.notified();
    if conn.ended.get() {
      return;
    }
    notified.await;
  }
}

/// A request on connection `conn_rid`: method, target (`/path?query`, or an absolute URL
/// for a proxy), flat `[name, value, ...]` headers and the body. With `streaming` the
/// body is the first chunk and more follow ([`op_http_client_write`], `..._end`);
/// otherwise it is the whole body. Sent when JS asks for the response.
#[op2(fast)]
#[smi]
pub fn op_http_client_request<'a>(
  scope: &mut v8::PinScope<'a, '_>,
  state: &mut OpState,
  #[smi] conn_rid: ResourceId,
  #[string] method: &str,
  #[string] target: &str,
  headers: v8::Local<'a, v8::Value>,
  body: v8::Local<'a, v8::Value>,
  streaming: bool,
) -> Result<ResourceId, NodeError> {
  let conn = state
    .resource_table
    .get::<ClientConnection>(conn_rid)
    .map_err(|_| hang_up())?;
  let method =
    Method::from_bytes(method.as_bytes()).map_err(|_| bad_request(format!("invalid method {method}")))?;
  let uri: Uri = target.parse().map_err(|_| {
    NodeError::type_error(
      "ERR_UNESCAPED_CHARACTERS",
      "Request path contains unescaped characters",
    )
  })?;
  let data = body_bytes(scope, body);
  let (body, stream) = if streaming {
    let stream = Rc::new(RefCell::new(StreamState::default()));
    stream.borrow_mut().push(data);
    (OutgoingBody::Stream(stream.clone()), Some(stream))
  } else {
    (OutgoingBody::Full(data), None)
  };
  let mut request = Request::new(body);
  *request.method_mut() = method;
  *request.uri_mut() = uri;
  append_js_headers(
    scope,
    headers,
    state.borrow::<HeaderTokens>(),
    request.headers_mut(),
  )?;
  Ok(state.resource_table.add(ClientExchange {
    conn,
    request: RefCell::new(Some(request)),
    stream,
    body: RefCell::new(None),
    cancel: CancelHandle::new(),
  }))
}

fn with_stream<R>(state: &OpState, rid: ResourceId, f: impl FnOnce(&mut StreamState) -> R) -> Option<R> {
  let exchange = state.resource_table.get::<ClientExchange>(rid).ok()?;
  let stream = exchange.stream.as_ref()?;
  let mut s = stream.borrow_mut();
  Some(f(&mut s))
}

/// A chunk of a streamed request body; the bytes buffered and not yet sent.
#[op2(fast)]
#[number]
pub fn op_http_client_write<'a>(
  scope: &mut v8::PinScope<'a, '_>,
  state: &mut OpState,
  #[smi] rid: ResourceId,
  chunk: v8::Local<'a, v8::Value>,
) -> u64 {
  let data = body_bytes(scope, chunk);
  with_stream(state, rid, |s| s.push(data) as u64).unwrap_or(0)
}

/// Resolves when what was written to request `rid`'s body has gone to hyper ('drain').
#[op2]
pub async fn op_http_client_drained(state: Rc<RefCell<OpState>>, #[smi] rid: ResourceId) {
  let stream = state
    .borrow()
    .resource_table
    .get::<ClientExchange>(rid)
    .ok()
    .and_then(|e| e.stream.clone());
  if let Some(stream) = stream {
    drained(stream).await;
  }
}

/// Ends a streamed request body, with an optional last chunk.
#[op2(fast)]
pub fn op_http_client_end<'a>(
  scope: &mut v8::PinScope<'a, '_>,
  state: &mut OpState,
  #[smi] rid: ResourceId,
  chunk: v8::Local<'a, v8::Value>,
) {
  let data = body_bytes(scope, chunk);
  with_stream(state, rid, |s| s.finish(data));
}

/// A response head for JS, with the start of the body when it had already arrived:
/// `[status, reason, version (10 or 11), headers ("name\nvalue\n..." latin-1), body
/// (Uint8Array or null), ended]`.
pub struct ResponseHead {
  status: u16,
  reason: String,
  version: u32,
  headers: Vec<u8>,
  body: Vec<u8>,
  ended: bool,
}

impl<'a> ToV8<'a> for ResponseHead {
  type Error = Infallible;
  fn to_v8<'i>(self, scope: &mut v8::PinScope<'a, 'i>) -> Result<v8::Local<'a, v8::Value>, Infallible> {
    let body = uint8_array_or_null(scope, &self.body);
    let values = [
      v8::Integer::new_from_unsigned(scope, self.status as u32).into(),
      js_string(scope, &self.reason),
      v8::Integer::new_from_unsigned(scope, self.version).into(),
      js_latin1(scope, &self.headers),
      body,
      v8::Boolean::new(scope, self.ended).into(),
    ];
    Ok(v8::Array::new_with_elements(scope, &values).into())
  }
}

fn exchange(state: &Rc<RefCell<OpState>>, rid: ResourceId) -> Result<Rc<ClientExchange>, NodeError> {
  state
    .borrow()
    .resource_table
    .get::<ClientExchange>(rid)
    .map_err(|_| hang_up())
}

/// Sends request `rid` (waiting for its connection to be free) and resolves with the
/// response head: see [`ResponseHead`].
#[op2]
pub async fn op_http_client_response(
  state: Rc<RefCell<OpState>>,
  #[smi] rid: ResourceId,
) -> Result<ResponseHead, NodeError> {
  let exchange = exchange(&state, rid)?;
  let request = exchange.request.borrow_mut().take().ok_or_else(hang_up)?;
  let sending = async {
    // Taken out while waiting, so that no RefCell borrow is held across an await.
    let mut sender = exchange.conn.sender.borrow_mut().take().ok_or_else(hang_up)?;
    let ready = sender.ready().await;
    let response = ready.map(|_| sender.send_request(request));
    *exchange.conn.sender.borrow_mut() = Some(sender);
    response.map_err(|_| hang_up())?.await.map_err(|_| hang_up())
  };
  let response = sending
    .or_cancel(RcRef::map(&exchange, |e| &e.cancel))
    .await
    .map_err(|_| hang_up())??;
  let (parts, mut body) = response.into_parts();
  let reason = match parts.extensions.get::<hyper::ext::ReasonPhrase>() {
    Some(p) => p.as_bytes().iter().map(|&b| b as char).collect(),
    None => parts.status.canonical_reason().unwrap_or("").to_owned(),
  };
  let mut headers = Vec::with_capacity(256);
  join_headers(&parts.headers, &mut headers);
  // Whatever of the body has already arrived comes along, so that a small response is
  // one op; the rest is read with op_http_client_read.
  let mut data = Vec::new();
  let mut ended = false;
  loop {
    match next_chunk(&mut body, &mut None).now_or_never() {
      Some(Ok(Some(chunk))) => data.extend_from_slice(&chunk),
      Some(Ok(None)) => {
        ended = true;
        break;
      }
      // Not yet there, or broken (op_http_client_read reports it).
      Some(Err(_)) | None => break,
    }
  }
  if !ended {
    *exchange.body.borrow_mut() = Some(body);
  }
  Ok(ResponseHead {
    status: parts.status.as_u16(),
    reason,
    version: if parts.version == Version::HTTP_10 { 10 } else { 11 },
    headers,
    body: data,
    ended,
  })
}

/// The next chunk of response `rid`'s body; empty at its end. A connection that breaks
/// mid-body is ECONNRESET.
#[op2]
pub async fn op_http_client_read(
  state: Rc<RefCell<OpState>>,
  #[smi] rid: ResourceId,
) -> Result<BodyChunk, NodeError> {
  let exchange = exchange(&state, rid)?;
  let Some(mut body) = exchange.body.borrow_mut().take() else {
    return Ok(BodyChunk(None));
  };
  let chunk = next_chunk(&mut body, &mut None)
    .or_cancel(RcRef::map(&exchange, |e| &e.cancel))
    .await
    .map_err(|_| hang_up())?;
  match chunk {
    Ok(Some(data)) => {
      *exchange.body.borrow_mut() = Some(body);
      Ok(BodyChunk(Some(data)))
    }
    Ok(None) => Ok(BodyChunk(None)),
    Err(_) => Err(hang_up()),
  }
}
