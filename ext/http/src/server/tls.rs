//! https: the server's TLS. `op_http_serve_tls` gives a server (made by `op_http_serve`)
//! a rustls configuration from an ext_tls secure context; each accepted socket then does
//! its handshake before hyper serves it, so keep-alive, streaming and backpressure are
//! the same as over TCP.

use std::io;
use std::os::fd::AsRawFd;
use std::pin::Pin;
use std::sync::Arc;
use std::task::Context;
use std::task::Poll;

use deno_core::op2;
use deno_core::OpState;
use deno_core::ResourceId;
use nodus_core::errors::NodeError;
use tokio::io::AsyncRead;
use tokio::io::AsyncWrite;
use tokio::io::ReadBuf;
use tokio::net::TcpStream;

use super::state::HttpServerResource;

/// How long a client may take over its handshake (Node's `handshakeTimeout` default).
const HANDSHAKE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(120);

/// A served connection's socket: plain TCP, or TLS over it.
pub(crate) enum ServeStream {
  Tcp(TcpStream),
  Tls(Box<ext_tls::tokio_rustls::server::TlsStream<TcpStream>>),
}

impl ServeStream {
  /// The TCP socket underneath.
  pub(crate) fn tcp(&self) -> &TcpStream {
    match self {
      ServeStream::Tcp(s) => s,
      ServeStream::Tls(s) => s.get_ref().0,
    }
  }
}

impl AsRawFd for ServeStream {
  fn as_raw_fd(&self) -> std::os::fd::RawFd {
    self.tcp().as_raw_fd()
  }
}

impl AsyncRead for ServeStream {
  fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
    match self.get_mut() {
      ServeStream::Tcp(s) => Pin::new(s).poll_read(cx, buf),
      ServeStream::Tls(s) => match Pin::new(s.as_mut()).poll_read(cx, buf) {
        // A client gone without close_notify has simply ended, as in Node.
        Poll::Ready(Err(e)) if e.kind() == io::ErrorKind::UnexpectedEof => Poll::Ready(Ok(())),
        other => other,
      },
    }
  }
}

impl AsyncWrite for ServeStream {
  fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
    match self.get_mut() {
      ServeStream::Tcp(s) => Pin::new(s).poll_write(cx, buf),
      ServeStream::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, buf),
    }
  }

  fn poll_write_vectored(
    self: Pin<&mut Self>,
    cx: &mut Context<'_>,
    bufs: &[io::IoSlice<'_>],
  ) -> Poll<io::Result<usize>> {
    match self.get_mut() {
      ServeStream::Tcp(s) => Pin::new(s).poll_write_vectored(cx, bufs),
      ServeStream::Tls(s) => Pin::new(s.as_mut()).poll_write_vectored(cx, bufs),
    }
  }

  fn is_write_vectored(&self) -> bool {
    match self {
      ServeStream::Tcp(s) => s.is_write_vectored(),
      ServeStream::Tls(s) => s.is_write_vectored(),
    }
  }

  fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
    match self.get_mut() {
      ServeStream::Tcp(s) => Pin::new(s).poll_flush(cx),
      ServeStream::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
    }
  }

  fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
    match self.get_mut() {
      ServeStream::Tcp(s) => Pin::new(s).poll_shutdown(cx),
      ServeStream::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
    }
  }
}

/// The handshake of an accepted socket; `None` if the client failed it or took too long
/// (the socket is dropped, the server goes on).
pub(crate) async fn handshake(
  config: Arc<ext_tls::rustls::ServerConfig>,
  stream: TcpStream,
) -> Option<ServeStream> {
  let accept = ext_tls::tokio_rustls::TlsAcceptor::from(config).accept(stream);
  match tokio::time::timeout(HANDSHAKE_TIMEOUT, accept).await {
    Ok(Ok(tls)) => Some(ServeStream::Tls(Box::new(tls))),
    _ => None,
  }
}

/// Makes server `rid` speak TLS with secure context `context_rid`: every connection it
/// serves from now on does a handshake first.
#[op2]
pub(crate) fn op_http_serve_tls(
  state: &mut OpState,
  #[smi] rid: ResourceId,
  #[smi] context_rid: ResourceId,
  #[serde] options: ext_tls::ConnectionOptions,
) -> Result<(), NodeError> {
  let server = state
    .resource_table
    .get::<HttpServerResource>(rid)
    .map_err(|_| NodeError::server_not_running())?;
  let context = ext_tls::get_context(state, context_rid)?;
  let (config, _) = ext_tls::server_config(&context, &options)?;
  *server.tls.borrow_mut() = Some(Arc::new(config));
  Ok(())
}
