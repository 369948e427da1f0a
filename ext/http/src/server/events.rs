//! What a server reports to JS besides requests: idle timeouts and client errors
//! ([`ServerEvent`]), which the sweep and the connection tasks queue and
//! `op_http_events` hands over. JS awaits them only once it has a use for them (a
//! timeout is set or a 'clientError' listener exists), so a plain server pays nothing.

use std::cell::RefCell;
use std::convert::Infallible;
use std::rc::Rc;
use std::task::Poll;

use deno_core::convert::ToV8;
use deno_core::op2;
use deno_core::v8;
use deno_core::CancelFuture;
use deno_core::OpState;
use deno_core::ResourceId;

use super::state::server_shared;
use super::state::HttpServerResource;
use crate::body::js_string;
use crate::body::uint8_array_or_null;
use crate::connection::SocketFacts;

/// What `op_http_events` reports.
pub(super) enum ServerEvent {
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
struct ServerEvents(Vec<ServerEvent>);

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

/// Timeouts and client errors of server `rid` (see [`ServerEvent`]), as they happen; null
/// once the server has closed. JS waits for them only while it has a use for them.
#[op2]
pub(crate) async fn op_http_events(
  state: Rc<RefCell<OpState>>,
  #[smi] rid: ResourceId,
) -> Option<ServerEvents> {
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
  let events = next.or_cancel(server.cancel.clone()).await.ok().flatten()?;
  // A 'clientError' socket can be written to and destroyed (see connection.rs).
  for event in &events.0 {
    if let ServerEvent::ClientError { facts, .. } = event {
      state
        .borrow()
        .borrow::<crate::connection::WatchedConnections>()
        .watch(&facts.conn);
    }
  }
  Some(events)
}

/// Whether server `rid` has 'clientError' listeners: then parse errors and request
/// timeouts are reported to JS (with the bytes of each request head kept for them).
#[op2(fast)]
pub(crate) fn op_http_watch_client_errors(state: &mut OpState, #[smi] rid: ResourceId, on: bool) {
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
pub(crate) fn op_http_connection_socket(
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
