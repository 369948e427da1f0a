//! An established TLS connection as a resource, and the ops that read, write and end it
//! (the same shape as ext_net's socket ops, so node:net's Socket drives both), plus
//! [`SharedTlsStream`] for other protocols (ext_http's client runs hyper over it).

use std::cell::RefCell;
use std::future::poll_fn;
use std::io;
use std::pin::Pin;
use std::rc::Rc;
use std::task::Context;
use std::task::Poll;

use deno_core::op2;
use deno_core::CancelFuture;
use deno_core::CancelHandle;
use deno_core::JsBuffer;
use deno_core::OpState;
use deno_core::RcRef;
use deno_core::Resource;
use deno_core::ResourceId;
use ext_net::SharedStream;
use ext_net::StreamResource;
use nodus_core::errors::NodeError;
use rustls_pki_types::CertificateDer;
use tokio::io::AsyncRead;
use tokio::io::AsyncWrite;
use tokio::io::ReadBuf;
use tokio::io::ReadHalf;
use tokio::io::WriteHalf;
use tokio_rustls::TlsStream;

/// A TLS connection over a socket of ext_net, split so that a read and a write can be
/// pending at once (each half is borrowed only inside one poll). The peer's
/// certificates are kept from the handshake.
pub struct TlsStreamResource {
  reader: RefCell<ReadHalf<TlsStream<SharedStream>>>,
  writer: RefCell<WriteHalf<TlsStream<SharedStream>>>,
  cancel: CancelHandle,
  /// The peer's chain, leaf first (empty if it sent none).
  pub peer_certificates: Vec<CertificateDer<'static>>,
}

impl TlsStreamResource {
  /// Wraps a connection whose handshake is done.
  pub fn new(stream: TlsStream<SharedStream>) -> Self {
    let (_, connection) = stream.get_ref();
    let peer_certificates = connection
      .peer_certificates()
      .map(|c| c.iter().map(|c| c.clone().into_owned()).collect())
      .unwrap_or_default();
    let (reader, writer) = tokio::io::split(stream);
    TlsStreamResource {
      reader: RefCell::new(reader),
      writer: RefCell::new(writer),
      cancel: CancelHandle::new(),
      peer_certificates,
    }
  }

  fn poll_read(&self, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
    Pin::new(&mut *self.reader.borrow_mut()).poll_read(cx, buf)
  }

  fn poll_write(&self, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
    Pin::new(&mut *self.writer.borrow_mut()).poll_write(cx, buf)
  }

  fn poll_flush(&self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
    Pin::new(&mut *self.writer.borrow_mut()).poll_flush(cx)
  }

  fn poll_shutdown(&self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
    Pin::new(&mut *self.writer.borrow_mut()).poll_shutdown(cx)
  }
}

impl Resource for TlsStreamResource {
  fn name(&self) -> std::borrow::Cow<'_, str> {
    "tlsStream".into()
  }

  fn close(self: Rc<Self>) {
    self.cancel.cancel();
  }
}

fn tls_stream(state: &OpState, rid: ResourceId) -> Result<Rc<TlsStreamResource>, NodeError> {
  state
    .resource_table
    .get::<TlsStreamResource>(rid)
    .map_err(|_| NodeError::errno(libc::EBADF, "read"))
}

fn canceled(syscall: &'static str) -> NodeError {
  NodeError::errno(libc::ECANCELED, syscall)
}

/// Reads decrypted bytes into `buf` (at least one, waiting if needed); 0 at the end. A
/// peer that closes without close_notify ends the stream too, as in Node.
#[op2]
pub async fn op_tls_read(
  state: Rc<RefCell<OpState>>,
  #[smi] rid: ResourceId,
  #[buffer] mut buf: JsBuffer,
) -> Result<u32, NodeError> {
  let resource = tls_stream(&state.borrow(), rid)?;
  let read = poll_fn(|cx| {
    let mut read_buf = ReadBuf::new(&mut buf);
    resource
      .poll_read(cx, &mut read_buf)
      .map_ok(|()| read_buf.filled().len())
  });
  match read
    .or_cancel(RcRef::map(&resource, |r| &r.cancel))
    .await
    .map_err(|_| canceled("read"))?
  {
    Ok(n) => Ok(n as u32),
    Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => Ok(0),
    Err(e) if e.get_ref().is_some_and(|i| i.is::<rustls::Error>()) => Err(crate::errors::handshake_error(&e)),
    Err(e) => Err(NodeError::system(&e, "read", "")),
  }
}

/// Nothing is written without waiting (encryption and the socket write go together in
/// [`op_tls_write`]): always 0, so JS hands the whole chunk to the async write.
#[op2(fast)]
pub fn op_tls_try_write(#[smi] _rid: ResourceId, #[buffer] _buf: &[u8]) -> u32 {
  0
}

/// Encrypts and writes all of `buf`.
#[op2]
pub async fn op_tls_write(
  state: Rc<RefCell<OpState>>,
  #[smi] rid: ResourceId,
  #[buffer] buf: JsBuffer,
) -> Result<(), NodeError> {
  let resource = tls_stream(&state.borrow(), rid)?;
  let write = async {
    let mut written = 0;
    while written < buf.len() {
      written += poll_fn(|cx| resource.poll_write(cx, &buf[written..])).await?;
    }
    poll_fn(|cx| resource.poll_flush(cx)).await
  };
  write
    .or_cancel(RcRef::map(&resource, |r| &r.cancel))
    .await
    .map_err(|_| canceled("write"))?
    .map_err(|e| NodeError::system(&e, "write", ""))
}

/// `end()`: sends close_notify, then half-closes the socket.
#[op2]
pub async fn op_tls_shutdown(state: Rc<RefCell<OpState>>, #[smi] rid: ResourceId) -> Result<(), NodeError> {
  let resource = tls_stream(&state.borrow(), rid)?;
  match poll_fn(|cx| resource.poll_shutdown(cx))
    .or_cancel(RcRef::map(&resource, |r| &r.cancel))
    .await
    .map_err(|_| canceled("shutdown"))?
  {
    Ok(()) => Ok(()),
    // The peer is already gone: nothing left to close.
    Err(e) if matches!(e.kind(), io::ErrorKind::NotConnected | io::ErrorKind::BrokenPipe) => Ok(()),
    Err(e) => Err(NodeError::system(&e, "shutdown", "")),
  }
}

/// The peer's certificates (leaf first), described as Node's `getPeerCertificate()`.
#[op2]
#[serde]
pub fn op_tls_peer_certificates(
  state: &mut OpState,
  #[smi] rid: ResourceId,
) -> Result<Vec<crate::cert_info::CertInfo>, NodeError> {
  let resource = tls_stream(state, rid)?;
  Ok(
    resource
      .peer_certificates
      .iter()
      .filter_map(|c| crate::cert_info::describe(c))
      .collect(),
  )
}

/// Takes socket `rid` away from node:net for TLS to run over it: whatever net had pending
/// on it (a read) is cancelled, and the socket comes back under a new rid, which only
/// TLS reads and writes from now on (socket options still work on it).
#[op2(fast)]
#[smi]
pub fn op_tls_detach_socket(state: &mut OpState, #[smi] rid: ResourceId) -> Result<ResourceId, NodeError> {
  let socket = state
    .resource_table
    .take::<StreamResource>(rid)
    .map_err(|_| NodeError::errno(libc::EBADF, "read"))?;
  Resource::close(socket.clone());
  Ok(state.resource_table.add_rc(socket))
}

/// A TLS connection that JS holds as a TLSSocket and another protocol drives (tokio's
/// `AsyncRead`/`AsyncWrite` on the shared resource, like ext_net's `SharedStream`). JS
/// must not read the socket itself meanwhile.
#[derive(Clone)]
pub struct SharedTlsStream(Rc<TlsStreamResource>);

impl SharedTlsStream {
  /// The TLS connection `rid` of the resource table.
  pub fn get(state: &OpState, rid: ResourceId) -> Result<Self, NodeError> {
    tls_stream(state, rid).map(SharedTlsStream)
  }
}

impl AsyncRead for SharedTlsStream {
  fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
    match self.0.poll_read(cx, buf) {
      // A peer gone without close_notify is the end of the stream here too.
      Poll::Ready(Err(e)) if e.kind() == io::ErrorKind::UnexpectedEof => Poll::Ready(Ok(())),
      other => other,
    }
  }
}

impl AsyncWrite for SharedTlsStream {
  fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
    self.0.poll_write(cx, buf)
  }

  fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
    self.0.poll_flush(cx)
  }

  fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
    self.0.poll_shutdown(cx)
  }
}
