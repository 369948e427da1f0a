//! The client and server handshakes over a socket resource of ext_net, and the facts JS
//! learns when one completes.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use deno_core::op2;
use deno_core::CancelFuture;
use deno_core::CancelHandle;
use deno_core::OpState;
use deno_core::RcRef;
use deno_core::Resource;
use deno_core::ResourceId;
use ext_net::SharedStream;
use nodus_core::errors::NodeError;
use rustls::crypto::CryptoProvider;
use rustls::server::Acceptor;
use rustls::ClientConfig;
use rustls::ServerConfig;
use rustls::SupportedProtocolVersion;
use rustls_pki_types::ServerName;
use serde::Deserialize;
use serde::Serialize;
use tokio_rustls::LazyConfigAcceptor;
use tokio_rustls::StartHandshake;

use crate::context::get_context;
use crate::context::SecureContext;
use crate::errors::handshake_error;
use crate::stream::TlsStreamResource;
use crate::verify::RecordingClientVerifier;
use crate::verify::RecordingServerVerifier;
use crate::verify::Verdict;
use crate::verify::NO_PEER_CERTIFICATE;

/// The crypto provider every connection uses (ring).
pub fn provider() -> Arc<CryptoProvider> {
  thread_local! {
    static PROVIDER: Arc<CryptoProvider> = Arc::new(rustls::crypto::ring::default_provider());
  }
  PROVIDER.with(Arc::clone)
}

/// A handle JS closes to abandon a handshake (socket destroyed, handshake timeout).
pub struct HandshakeCancel(CancelHandle);

impl Resource for HandshakeCancel {
  fn name(&self) -> std::borrow::Cow<'_, str> {
    "tlsHandshake".into()
  }
  fn close(self: Rc<Self>) {
    self.0.cancel();
  }
}

/// A new cancel handle for the handshake about to start.
#[op2(fast)]
#[smi]
pub fn op_tls_handshake_handle(state: &mut OpState) -> ResourceId {
  state.resource_table.add(HandshakeCancel(CancelHandle::new()))
}

fn cancel_handle(state: &Rc<RefCell<OpState>>, rid: ResourceId) -> Result<Rc<HandshakeCancel>, NodeError> {
  state
    .borrow()
    .resource_table
    .get::<HandshakeCancel>(rid)
    .map_err(|_| aborted())
}

fn aborted() -> NodeError {
  NodeError::errno(libc::ECANCELED, "read")
}

/// Options of one connection beyond its context.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ConnectionOptions {
  #[serde(default)]
  alpn: Vec<String>,
  /// 12 or 13
  #[serde(default = "tls12")]
  min_version: u8,
  #[serde(default = "tls13")]
  max_version: u8,
  #[serde(default)]
  request_cert: bool,
  /// With `request_cert`: a client without a certificate fails the handshake (Node's
  /// SSL_VERIFY_FAIL_IF_NO_PEER_CERT); an untrusted one is still JS' to refuse.
  #[serde(default)]
  reject_unauthorized: bool,
}

fn tls12() -> u8 {
  12
}
fn tls13() -> u8 {
  13
}

fn versions(options: &ConnectionOptions) -> Result<Vec<&'static SupportedProtocolVersion>, NodeError> {
  let mut out = Vec::new();
  if options.min_version <= 12 && options.max_version >= 12 {
    out.push(&rustls::version::TLS12);
  }
  if options.min_version <= 13 && options.max_version >= 13 {
    out.push(&rustls::version::TLS13);
  }
  if out.is_empty() {
    return Err(NodeError::range_error(
      "ERR_TLS_INVALID_PROTOCOL_VERSION",
      "minVersion is greater than maxVersion",
    ));
  }
  Ok(out)
}

fn config_error(e: rustls::Error) -> NodeError {
  NodeError::generic("ERR_SSL_SSL_HANDSHAKE_FAILURE", e.to_string())
}

/// What JS learns from a completed handshake.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Handshaken {
  rid: ResourceId,
  protocol: &'static str,
  cipher: Option<&'static str>,
  alpn: Option<String>,
  /// `[code, message]` of the peer's certificate verdict, when it is not trusted.
  verify_error: Option<(&'static str, &'static str)>,
  servername: Option<String>,
}

fn verdict_of(verdict: &Verdict) -> Option<(&'static str, &'static str)> {
  verdict.lock().ok().and_then(|v| *v).map(|e| (e.code, e.message))
}

fn finish(
  state: &Rc<RefCell<OpState>>,
  stream: tokio_rustls::TlsStream<SharedStream>,
  verify_error: Option<(&'static str, &'static str)>,
) -> Handshaken {
  let (_, connection) = stream.get_ref();
  let protocol = match connection.protocol_version() {
    Some(rustls::ProtocolVersion::TLSv1_3) => "TLSv1.3",
    Some(rustls::ProtocolVersion::TLSv1_2) => "TLSv1.2",
    _ => "unknown",
  };
  let cipher = connection
    .negotiated_cipher_suite()
    .and_then(|s| s.suite().as_str());
  let alpn = connection
    .alpn_protocol()
    .map(|p| String::from_utf8_lossy(p).into_owned());
  let servername = match &stream {
    tokio_rustls::TlsStream::Server(s) => s.get_ref().1.server_name().map(str::to_owned),
    tokio_rustls::TlsStream::Client(_) => None,
  };
  let resource = TlsStreamResource::new(stream);
  let rid = state.borrow_mut().resource_table.add(resource);
  Handshaken {
    rid,
    protocol,
    cipher,
    alpn,
    verify_error,
    servername,
  }
}

fn alpn_list(names: &[String]) -> Vec<Vec<u8>> {
  names.iter().map(|n| n.as_bytes().to_vec()).collect()
}

/// Starts TLS as a client over the socket `tcp_rid`, which stays in the table (its
/// address and socket options keep working); `servername` is sent as SNI when it is a
/// host name. Resolves to the new TLS stream once the handshake is done.
#[op2]
#[serde]
pub async fn op_tls_connect(
  state: Rc<RefCell<OpState>>,
  #[smi] tcp_rid: ResourceId,
  #[smi] context_rid: ResourceId,
  #[smi] cancel_rid: ResourceId,
  #[string] servername: String,
  #[serde] options: ConnectionOptions,
) -> Result<Handshaken, NodeError> {
  let (socket, context) = {
    let state = state.borrow();
    (
      SharedStream::get(&state, tcp_rid)?,
      get_context(&state, context_rid)?,
    )
  };
  let cancel = cancel_handle(&state, cancel_rid)?;
  let provider = provider();
  let verifier = Arc::new(RecordingServerVerifier::new(
    context.roots.clone(),
    provider.clone(),
  ));
  let verdict = verifier.verdict.clone();
  let builder = ClientConfig::builder_with_provider(provider)
    .with_protocol_versions(&versions(&options)?)
    .map_err(config_error)?
    .dangerous()
    .with_custom_certificate_verifier(verifier);
  let mut config = match context.identity() {
    Some((chain, key)) => builder.with_client_auth_cert(chain, key).map_err(config_error)?,
    None => builder.with_no_client_auth(),
  };
  config.alpn_protocols = alpn_list(&options.alpn);
  // An IP address or no name: no SNI (rustls sends none for an IP), verified as localhost.
  let name = ServerName::try_from(servername)
    .unwrap_or_else(|_| ServerName::try_from("localhost".to_owned()).expect("a valid name"));
  let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
  let stream = connector
    .connect(name, socket)
    .or_cancel(RcRef::map(&cancel, |c| &c.0))
    .await
    .map_err(|_| aborted())?
    .map_err(|e| handshake_error(&e))?;
  let verify_error = verdict_of(&verdict);
  Ok(finish(
    &state,
    tokio_rustls::TlsStream::Client(stream),
    verify_error,
  ))
}

/// A server connection whose ClientHello has been read, waiting for JS to pick the
/// context (SNICallback).
pub struct AcceptingResource(RefCell<Option<StartHandshake<SharedStream>>>);

impl Resource for AcceptingResource {
  fn name(&self) -> std::borrow::Cow<'_, str> {
    "tlsAccepting".into()
  }
}

/// The server's first step: reads the ClientHello on `tcp_rid` and tells JS
/// `[rid, servername, alpnOffered]` so that it can choose a context.
#[op2]
#[serde]
pub async fn op_tls_accept_hello(
  state: Rc<RefCell<OpState>>,
  #[smi] tcp_rid: ResourceId,
  #[smi] cancel_rid: ResourceId,
) -> Result<(ResourceId, Option<String>, Vec<String>), NodeError> {
  let socket = SharedStream::get(&state.borrow(), tcp_rid)?;
  let cancel = cancel_handle(&state, cancel_rid)?;
  let start = LazyConfigAcceptor::new(Acceptor::default(), socket)
    .or_cancel(RcRef::map(&cancel, |c| &c.0))
    .await
    .map_err(|_| aborted())?
    .map_err(|e| handshake_error(&e))?;
  let hello = start.client_hello();
  let servername = hello.server_name().map(str::to_owned);
  let alpn = hello
    .alpn()
    .map(|list| list.map(|p| String::from_utf8_lossy(p).into_owned()).collect())
    .unwrap_or_default();
  let rid = state
    .borrow_mut()
    .resource_table
    .add(AcceptingResource(RefCell::new(Some(start))));
  Ok((rid, servername, alpn))
}

/// A rustls server configuration from a context and the server's options; the verdict
/// on the client's certificate lands in the returned slot.
pub fn server_config(
  context: &SecureContext,
  options: &ConnectionOptions,
) -> Result<(ServerConfig, Option<Verdict>), NodeError> {
  let provider = provider();
  let builder = ServerConfig::builder_with_provider(provider.clone())
    .with_protocol_versions(&versions(options)?)
    .map_err(config_error)?;
  let (builder, verdict) = if options.request_cert {
    let verifier = RecordingClientVerifier::new(context.roots.clone(), provider, options.reject_unauthorized);
    let verdict = verifier.verdict.clone();
    // No certificate at all is "unable to get issuer certificate" unless one comes.
    if let Ok(mut slot) = verdict.lock() {
      *slot = Some(NO_PEER_CERTIFICATE);
    }
    (
      builder.with_client_cert_verifier(Arc::new(verifier)),
      Some(verdict),
    )
  } else {
    (builder.with_no_client_auth(), None)
  };
  let Some((chain, key)) = context.identity() else {
    return Err(NodeError::generic(
      "ERR_SSL_NO_SHARED_CIPHER",
      "The server has no certificate and key (options key and cert)",
    ));
  };
  let mut config = builder.with_single_cert(chain, key).map_err(config_error)?;
  config.alpn_protocols = alpn_list(&options.alpn);
  Ok((config, verdict))
}

/// The server's second step: completes the handshake of `accept_rid` with the context.
#[op2]
#[serde]
pub async fn op_tls_accept_finish(
  state: Rc<RefCell<OpState>>,
  #[smi] accept_rid: ResourceId,
  #[smi] context_rid: ResourceId,
  #[smi] cancel_rid: ResourceId,
  #[serde] options: ConnectionOptions,
) -> Result<Handshaken, NodeError> {
  let (start, context) = {
    let mut state = state.borrow_mut();
    let accepting = state
      .resource_table
      .take::<AcceptingResource>(accept_rid)
      .map_err(|_| aborted())?;
    let start = accepting.0.borrow_mut().take().ok_or_else(aborted)?;
    (start, get_context(&state, context_rid)?)
  };
  let cancel = cancel_handle(&state, cancel_rid)?;
  let (config, verdict) = server_config(&context, &options)?;
  let stream = start
    .into_stream(Arc::new(config))
    .or_cancel(RcRef::map(&cancel, |c| &c.0))
    .await
    .map_err(|_| aborted())?
    .map_err(|e| handshake_error(&e))?;
  let verify_error = verdict.as_ref().and_then(verdict_of);
  Ok(finish(
    &state,
    tokio_rustls::TlsStream::Server(stream),
    verify_error,
  ))
}
