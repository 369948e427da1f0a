//! A server's state: what its accept loop, its connections' hyper services, its sweep
//! and the ops share ([`ServerShared`]), and the resource JS holds it by
//! ([`HttpServerResource`]).
//!
//! Everything runs on the runtime's one thread, so the state is an `Rc<RefCell<_>>`;
//! whoever waits on it (the loop for requests, `op_http_served`, `op_http_connections`,
//! `op_http_events`) parks a waker in it, which the changes it waits for wake.

use std::cell::RefCell;
use std::collections::HashMap;
use std::collections::VecDeque;
use std::rc::Rc;
use std::task::Waker;

use deno_core::CancelHandle;
use deno_core::OpState;
use deno_core::Resource;
use deno_core::ResourceId;
use nodus_core::events::EventSource;
use tokio::sync::Notify;

use super::batch::ReadyRequest;
use super::events::ServerEvent;
use super::lifecycle::begin_close;
use super::service::ServerConfig;
use super::slab::Slab;
use crate::connection::Connection;

/// What a server's accept loop, hyper services, sweep and ops share.
#[derive(Default)]
pub(super) struct ServerShared {
  pub(super) ready: VecDeque<ReadyRequest>,
  /// The loop, waiting for requests to deliver (see `BatchSource`).
  pub(super) waker: Option<Waker>,
  /// `op_http_served`, waiting for the server to finish.
  pub(super) finish_waker: Option<Waker>,
  /// `op_http_connections`, waiting for the first connection or for the last to end.
  pub(super) live_waker: Option<Waker>,
  pub(super) accepting: bool,
  pub(super) closing: bool,
  /// The open connections by id, for the idle sweep and `closeIdleConnections`.
  pub(super) live: HashMap<u32, Rc<Connection>>,
  /// keepAliveTimeout, headersTimeout and requestTimeout as fixed by `listen()` (0: off).
  pub(super) keep_alive_ms: u32,
  pub(super) headers_ms: u32,
  pub(super) request_ms: u32,
  /// `server.timeout`: the idle timeout new connections start with.
  pub(super) server_timeout_ms: u32,
  /// The shortest socket timeout ever set on a connection (0: none), for the sweep period.
  pub(super) min_socket_timeout_ms: u32,
  /// The sweep runs; `sweep_wake` makes it look at its period again.
  pub(super) sweeping: bool,
  pub(super) sweep_wake: Rc<Notify>,
  /// Timeouts and client errors for JS (`op_http_events`).
  pub(super) events: Vec<ServerEvent>,
  pub(super) events_waker: Option<Waker>,
  /// The server has 'clientError' listeners: parse errors and request timeouts go to JS.
  pub(super) watch_client_errors: bool,
}

impl ServerShared {
  pub(super) fn wake(&mut self) {
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
  pub(super) fn finished(&self) -> bool {
    !self.accepting && self.live.is_empty() && self.ready.is_empty()
  }
  pub(super) fn push_event(&mut self, event: ServerEvent) {
    self.events.push(event);
    if let Some(w) = self.events_waker.take() {
      w.wake();
    }
  }
}

/// A listening HTTP server. Closing the resource stops everything at once; `op_http_close`
/// stops accepting and lets in-flight requests finish.
pub struct HttpServerResource {
  pub(super) shared: Rc<RefCell<ServerShared>>,
  pub(super) cancel: Rc<CancelHandle>,
  pub(super) shutdown: Rc<Notify>,
  pub(super) config: Rc<ServerConfig>,
  pub(super) slab: Rc<RefCell<Slab>>,
  /// An accept loop runs (else connections only come through `op_http_adopt`).
  pub(super) has_listener: bool,
  /// What hands the requests to JS, once `op_http_deliver_to` registered it.
  pub(super) source: RefCell<Option<Rc<dyn EventSource>>>,
  /// https: the TLS every served connection starts with (`op_http_serve_tls`).
  pub(super) tls: RefCell<Option<std::sync::Arc<ext_tls::rustls::ServerConfig>>>,
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

pub(super) fn server_shared(state: &OpState, rid: ResourceId) -> Option<Rc<RefCell<ServerShared>>> {
  let server = state.resource_table.get::<HttpServerResource>(rid).ok()?;
  Some(server.shared.clone())
}
