//! The hyper service of a connection: each request hyper has parsed goes into a slab
//! slot and its head onto the server's ready queue (for the loop to hand to JS, see
//! `batch.rs`); the service's future then waits for the response that an op puts into
//! the slot. What `listen()` fixed of a server's settings ([`ServerConfig`]) lives here,
//! as the service and the connection builder read it.

use std::cell::RefCell;
use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::Context;
use std::task::Poll;

use hyper::body::Body;
use hyper::body::Incoming;
use hyper::header::HeaderValue;
use hyper::upgrade::OnUpgrade;
use hyper::Request;
use hyper::Response;
use hyper::StatusCode;
use hyper::Version;

use super::batch::ReadyRequest;
use super::slab::Entry;
use super::slab::Slab;
use super::state::ServerShared;
use crate::body::OutgoingBody;
use crate::connection::Connection;

/// The hyper service of one connection.
pub(super) struct Service {
  pub(super) slab: Rc<RefCell<Slab>>,
  pub(super) server: Rc<RefCell<ServerShared>>,
  pub(super) conn: Rc<Connection>,
  pub(super) config: Rc<ServerConfig>,
}

/// What `listen()` fixed of a server's settings (the timeouts are in [`ServerShared`]).
pub(super) struct ServerConfig {
  /// `Keep-Alive: timeout=N` (empty when keepAliveTimeout is 0).
  keep_alive_value: HeaderValue,
  /// Header slots hyper parses into (None: its 100 on the stack; more costs an
  /// allocation per request, so only a server that asks for more pays it).
  pub(super) max_headers: Option<usize>,
  /// Node's maxHeaderSize: bytes of the request line and headers (a bigger head gets 431).
  pub(super) max_header_size: usize,
}

/// `Keep-Alive: timeout=N` for keepAliveTimeout (empty when it is 0), the header slots
/// (0: hyper's default) and the head size limit.
pub(super) fn server_config(
  keep_alive_timeout_ms: u32,
  max_headers: u32,
  max_header_size: u32,
) -> ServerConfig {
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
pub(super) enum ResponseFuture {
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

pub(super) fn status_only(status: StatusCode) -> Response<OutgoingBody> {
  let mut r = Response::new(OutgoingBody::Full(None));
  *r.status_mut() = status;
  r
}

#[cfg(test)]
mod tests {
  use super::*;

  #[test]
  fn close_token_in_a_connection_header() {
    assert!(has_close_token(b"close"));
    assert!(has_close_token(b"Close"));
    assert!(has_close_token(b"Upgrade, close"));
    assert!(has_close_token(b" CLOSE ,keep-alive"));
    assert!(!has_close_token(b"keep-alive"));
    assert!(!has_close_token(b"closed"));
    assert!(!has_close_token(b""));
  }

  #[test]
  fn config_from_listen() {
    let config = server_config(5000, 0, 16384);
    assert_eq!(config.keep_alive_value, "timeout=5");
    assert_eq!(config.max_headers, None);
    assert_eq!(config.max_header_size, 16384);
    let config = server_config(0, 200, 8192);
    assert!(config.keep_alive_value.is_empty());
    assert_eq!(config.max_headers, Some(200));
  }
}
