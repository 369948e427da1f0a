//! Upgrades ('upgrade' and 'connect'): the answer that a listener wrote to its socket goes
//! to hyper as the response (`op_http_upgrade`); after a 101 (a 2xx to CONNECT) hyper
//! lets go of the connection, and `op_http_upgraded` turns the TCP stream, with any bytes
//! hyper had read ahead, into an ordinary ext_net socket.

use std::cell::RefCell;
use std::convert::Infallible;
use std::rc::Rc;

use deno_core::convert::ToV8;
use deno_core::op2;
use deno_core::v8;
use deno_core::OpState;
use deno_core::Resource;
use deno_core::ResourceId;
use hyper::header::HeaderValue;
use hyper::upgrade::OnUpgrade;
use hyper_util::rt::TokioIo;
use nodus_core::errors::NodeError;

use super::respond::build_response;
use super::slab::HttpSlab;
use crate::body::body_bytes;
use crate::body::uint8_array_or_null;
use crate::body::OutgoingBody;
use crate::connection::ConnIo;
use crate::tokens::HeaderTokens;

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
pub(crate) fn op_http_upgrade<'a>(
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
struct UpgradedSocket {
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
pub(crate) async fn op_http_upgraded(
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
  let stream = match parts.io.into_inner().stream {
    super::tls::ServeStream::Tcp(stream) => stream,
    super::tls::ServeStream::Tls(_) => {
      return Err(NodeError::generic(
        "ERR_NOT_IMPLEMENTED",
        "'upgrade' on an https server is not implemented in nodus",
      ))
    }
  };
  let info = ext_net::ConnInfo::new(&mut state.borrow_mut(), ext_net::Stream::Tcp(stream));
  Ok(UpgradedSocket {
    info,
    head: parts.read_buf,
  })
}

/// The client went away before the switch completed.
fn connection_reset() -> NodeError {
  NodeError::errno(libc::ECONNRESET, "read")
}
