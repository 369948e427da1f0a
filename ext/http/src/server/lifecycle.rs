//! How a server ends, and what JS waits on until it has: `server.close()` and the
//! connection-closing calls of `http.Server`, `op_http_served` (pending while the server
//! lives, which keeps the loop alive) and `op_http_connections` (open connections keep
//! the loop alive when an unref'd server does not).

use std::cell::RefCell;
use std::rc::Rc;
use std::task::Poll;
use std::task::Waker;

use deno_core::op2;
use deno_core::CancelFuture;
use deno_core::OpState;
use deno_core::ResourceId;
use nodus_core::events::EventSources;

use super::state::HttpServerResource;
use super::state::ServerShared;

/// Stops accepting and starts the graceful shutdown of every connection, once
/// (`server.close()`, and closing the resource before it cancels everything).
pub(super) fn begin_close(server: &HttpServerResource) {
  let mut s = server.shared.borrow_mut();
  if !s.closing {
    s.closing = true;
    drop(s);
    server.cancel_accept();
    server.shutdown.notify_waiters();
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
pub(crate) async fn op_http_served(state: Rc<RefCell<OpState>>, #[smi] rid: ResourceId) {
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
pub(crate) async fn op_http_connections(state: Rc<RefCell<OpState>>, #[smi] rid: ResourceId, open: bool) {
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
pub(crate) fn op_http_close_connections(state: &mut OpState, #[smi] rid: ResourceId) {
  if let Ok(server) = state.resource_table.get::<HttpServerResource>(rid) {
    for conn in server.shared.borrow().live.values() {
      conn.kill.cancel();
    }
  }
}

/// `server.closeIdleConnections()`: closes the connections with no request in flight.
#[op2(fast)]
pub(crate) fn op_http_close_idle_connections(state: &mut OpState, #[smi] rid: ResourceId) {
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
pub(crate) fn op_http_connection_count(state: &mut OpState, #[smi] rid: ResourceId) -> u32 {
  state
    .resource_table
    .get::<HttpServerResource>(rid)
    .map_or(0, |server| server.shared.borrow().live.len() as u32)
}

/// `server.close()`: stop accepting, close idle connections, let in-flight requests
/// finish; `op_http_served` resolves when the last connection has ended.
#[op2(fast)]
pub(crate) fn op_http_close(state: &mut OpState, #[smi] rid: ResourceId) {
  if let Ok(server) = state.resource_table.get::<HttpServerResource>(rid) {
    begin_close(&server);
  }
}
