//! Starting a server and serving its connections: `op_http_serve` and the accept loop,
//! `op_http_adopt` (a connection handed over by a cluster primary), and the task that
//! runs hyper's HTTP/1.1 connection for each, until it ends or the server shuts it down.
//! A connection that hyper could not parse ends here too: [`parse_error_code`] names its
//! error as Node would, for 'clientError'.

use std::cell::RefCell;
use std::rc::Rc;

use deno_core::op2;
use deno_core::CancelFuture;
use deno_core::CancelHandle;
use deno_core::OpState;
use deno_core::ResourceId;
use ext_net::ListenerResource;
use hyper::server::conn::http1;
use hyper_util::rt::TokioIo;
use nodus_core::errors::NodeError;
use tokio::sync::Notify;

use super::events::ServerEvent;
use super::framing::FramingError;
use super::service::server_config;
use super::service::ServerConfig;
use super::service::Service;
use super::slab::HttpSlab;
use super::slab::Slab;
use super::state::HttpServerResource;
use super::state::ServerShared;
use super::sweep::ensure_sweep;
use super::tls::ServeStream;
use crate::connection::ConnIo;
use crate::connection::Connection;
use crate::connection::SocketFacts;

/// Serves the listener `listener_rid` (taken from ext_net) with HTTP/1.1, or, when it is
/// -1, no listener at all: connections then come one by one through `op_http_adopt`
/// (a cluster worker's round-robin share). Returns the server's rid.
#[op2(fast)]
#[smi]
pub(crate) fn op_http_serve(
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
        .ok_or_else(NodeError::server_not_running)?,
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
    tls: RefCell::new(None),
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
pub(crate) fn op_http_adopt(state: &mut OpState, #[smi] rid: ResourceId, fd: i32) -> Result<(), NodeError> {
  let kind = ext_net::socket_kind(fd)?;
  // SAFETY: JS hands over a connected socket fd it owns (received from the primary).
  let owned = unsafe { <std::os::fd::OwnedFd as std::os::fd::FromRawFd>::from_raw_fd(fd) };
  if kind == libc::AF_UNIX {
    // What Node's guessHandleType calls a Unix domain socket.
    return Err(NodeError::invalid_fd_type("PIPE"));
  }
  let std_stream = std::net::TcpStream::from(owned);
  let server = state
    .resource_table
    .get::<HttpServerResource>(rid)
    .map_err(|_| NodeError::server_not_running())?;
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

impl HttpServerResource {
  pub(super) fn cancel_accept(&self) {
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
    let parts = (
      self.config.clone(),
      self.slab.clone(),
      self.shared.clone(),
      self.shutdown.clone(),
    );
    let tls = self.tls.borrow().clone();
    match tls {
      None => serve_accepted(ServeStream::Tcp(stream), peer, parts),
      // https: the handshake first, on its own task; hyper serves what comes out of it.
      Some(tls) => {
        deno_core::unsync::spawn(async move {
          // A server closed meanwhile serves no more connections.
          if let Some(stream) = super::tls::handshake(tls, stream).await {
            if !parts.2.borrow().closing {
              serve_accepted(stream, peer, parts);
            }
          }
        });
      }
    }
  }
}

type ServerParts = (
  Rc<ServerConfig>,
  Rc<RefCell<Slab>>,
  Rc<RefCell<ServerShared>>,
  Rc<Notify>,
);

fn serve_accepted(stream: ServeStream, peer: std::net::SocketAddr, parts: ServerParts) {
  let (config, slab, shared, shutdown) = parts;
  let conn = Connection::new(stream.tcp(), peer);
  let (timeout, watch) = {
    let s = shared.borrow();
    (s.server_timeout_ms, s.watch_client_errors)
  };
  if timeout > 0 {
    conn.set_timeout(timeout);
  }
  conn
    .act
    .keep_raw
    .store(watch, std::sync::atomic::Ordering::Relaxed);
  serve_connection(stream, conn, config, slab, shared, shutdown);
}

fn serve_connection(
  stream: ServeStream,
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
  stream: ServeStream,
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
    // The bytes broke Node's framing rules (framing.rs): hyper saw none of them.
    let framing_error = connection
      .act
      .framing_error
      .lock()
      .ok()
      .and_then(|mut e| e.take());
    if let Some(e) = framing_error {
      answer_framing_error(&connection, &shared, e);
      return;
    }
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

/// Answers request bytes that broke Node's framing rules with Node's canned response
/// (400, 413) and ends the connection; a 'clientError' listener hears Node's code. (As
/// for hyper's own parse errors, the listener's socket cannot be written to: the
/// answer is Node's default one.) HTTP/1.1 without `Host` is not a parse error in Node
/// but a plain 400.
fn answer_framing_error(connection: &Rc<Connection>, shared: &Rc<RefCell<ServerShared>>, e: FramingError) {
  if e.code.is_empty() {
    connection.write_raw(
      b"HTTP/1.1 400 Bad Request\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    );
    return;
  }
  let response: &[u8] = match e.status {
    413 => b"HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n",
    _ => b"HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n",
  };
  connection.write_raw(response);
  let mut s = shared.borrow_mut();
  if s.watch_client_errors {
    let raw = connection
      .act
      .raw
      .lock()
      .map(|mut r| std::mem::take(&mut *r))
      .unwrap_or_default();
    let facts = SocketFacts {
      local: connection.local_address(),
      conn: connection.clone(),
    };
    s.push_event(ServerEvent::ClientError {
      facts,
      code: e.code,
      reason: e.reason,
      raw,
    });
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

#[cfg(test)]
mod tests {
  use std::convert::Infallible;

  use tokio::io::AsyncWriteExt;

  use super::*;

  /// The error hyper's HTTP/1.1 server gives for `head`, over an in-memory pipe (no
  /// socket), and what [`parse_error_code`] makes of it with `head` as the bytes read.
  fn code_for(head: &[u8]) -> (&'static str, &'static str) {
    let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
    rt.block_on(async {
      let (mut client, server) = tokio::io::duplex(64 * 1024);
      client.write_all(head).await.unwrap();
      let service =
        hyper::service::service_fn(|_req| async { Ok::<_, Infallible>(hyper::Response::new(String::new())) });
      let error = http1::Builder::new()
        .serve_connection(TokioIo::new(server), service)
        .await
        .expect_err("hyper rejects the head");
      assert!(error.is_parse(), "a parse error: {error}");
      parse_error_code(&error, head)
    })
  }

  #[test]
  fn parse_errors_get_node_codes() {
    assert_eq!(
      code_for(b"GET / HTTP/1.1\r\nBad Header: x\r\n\r\n"),
      ("HPE_INVALID_HEADER_TOKEN", "Invalid header token")
    );
    assert_eq!(
      code_for(b"GET / HTTP/1.1\r\nContent-Length: abc\r\n\r\n"),
      (
        "HPE_INVALID_CONTENT_LENGTH",
        "Invalid character in Content-Length"
      )
    );
    assert_eq!(
      code_for(b"GET / HTTP/2.0\r\n\r\n"),
      ("HPE_INVALID_VERSION", "Invalid HTTP version")
    );
    assert_eq!(
      code_for(b"GET / FOO/1.1\r\n\r\n"),
      ("HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/")
    );
  }

  #[test]
  fn a_broken_request_line_is_a_bad_method() {
    // httparse reports these as a bad token, as it does a bad header: the request line
    // tells them apart.
    assert_eq!(
      code_for(b"G(T / HTTP/1.1\r\n\r\n"),
      ("HPE_INVALID_METHOD", "Invalid method encountered")
    );
  }
}
