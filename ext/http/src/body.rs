//! What the server and the client share: outgoing bodies (whole or streamed from JS),
//! reading incoming bodies, and turning JS values into header maps and bytes.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::convert::Infallible;
use std::pin::Pin;
use std::rc::Rc;
use std::task::Context;
use std::task::Poll;
use std::task::Waker;

use bytes::Bytes;
use deno_core::convert::ToV8;
use deno_core::v8;
use hyper::body::Body;
use hyper::body::Frame;
use hyper::body::Incoming;
use hyper::body::SizeHint;
use hyper::header::HeaderName;
use hyper::header::HeaderValue;
use hyper::HeaderMap;
use nodus_core::buffers::uint8_array_copy;
use nodus_core::errors::NodeError;
pub(crate) use nodus_core::strings::js_latin1;
pub(crate) use nodus_core::strings::js_string;
use nodus_core::strings::{utf8_bytes, with_latin1};

use crate::tokens::HeaderTokens;

/// The bytes a streamed body buffers before `write()` returns false: a net.Socket's
/// default in Node 22 and later. One chunk of that size may wait while hyper sends the
/// previous one, which keeps the connection busy (http.js has the same number).
pub(crate) const HIGH_WATER_MARK: usize = 65536;

/// A streamed body: chunks that JS wrote and hyper has not sent yet.
#[derive(Debug, Default)]
pub struct StreamState {
  chunks: VecDeque<Bytes>,
  buffered: usize,
  pub(crate) ended: bool,
  /// hyper dropped the body (connection gone): writes are discarded.
  gone: bool,
  waker: Option<Waker>,
  /// JS waits for the buffer to empty ('drain').
  drain_waker: Option<Waker>,
  /// `res.addTrailers()`: sent after the last chunk (hyper sends them only when the
  /// request said `TE: trailers` and the response's `Trailer` header names them).
  pub(crate) trailers: Option<HeaderMap>,
}

impl StreamState {
  /// Queues a chunk (unless the body ended or hyper let go of it); the bytes now buffered.
  pub(crate) fn push(&mut self, data: Option<Bytes>) -> usize {
    if let Some(d) = data {
      if !self.gone && !self.ended {
        self.buffered += d.len();
        self.chunks.push_back(d);
        self.wake();
      }
    }
    self.buffered
  }

  /// Queues a last chunk and ends the body.
  pub(crate) fn finish(&mut self, data: Option<Bytes>) {
    self.push(data);
    self.ended = true;
    self.wake();
  }

  /// Ready once no more than [`HIGH_WATER_MARK`] bytes wait for hyper (or none can go).
  fn poll_drained(&mut self, cx: &mut Context<'_>) -> Poll<()> {
    if self.buffered <= HIGH_WATER_MARK || self.gone {
      return Poll::Ready(());
    }
    self.drain_waker = Some(cx.waker().clone());
    Poll::Pending
  }

  fn wake(&mut self) {
    if let Some(w) = self.waker.take() {
      w.wake();
    }
  }
}

/// An outgoing body (a server's response, a client's request): all at once
/// (`end(data)`), or streamed (`write()`).
pub enum OutgoingBody {
  /// The whole body.
  Full(Option<Bytes>),
  /// Chunks as JS writes them.
  Stream(Rc<RefCell<StreamState>>),
}

impl Body for OutgoingBody {
  type Data = Bytes;
  type Error = Infallible;

  fn poll_frame(
    self: Pin<&mut Self>,
    cx: &mut Context<'_>,
  ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
    match self.get_mut() {
      OutgoingBody::Full(data) => Poll::Ready(data.take().map(|d| Ok(Frame::data(d)))),
      OutgoingBody::Stream(state) => {
        let mut s = state.borrow_mut();
        if let Some(chunk) = s.chunks.pop_front() {
          s.buffered -= chunk.len();
          if s.buffered <= HIGH_WATER_MARK {
            if let Some(w) = s.drain_waker.take() {
              w.wake();
            }
          }
          return Poll::Ready(Some(Ok(Frame::data(chunk))));
        }
        if s.ended {
          return Poll::Ready(s.trailers.take().map(|t| Ok(Frame::trailers(t))));
        }
        s.waker = Some(cx.waker().clone());
        Poll::Pending
      }
    }
  }

  fn is_end_stream(&self) -> bool {
    match self {
      OutgoingBody::Full(data) => data.is_none(),
      OutgoingBody::Stream(state) => {
        let s = state.borrow();
        s.ended && s.chunks.is_empty() && s.trailers.is_none()
      }
    }
  }

  fn size_hint(&self) -> SizeHint {
    match self {
      OutgoingBody::Full(data) => SizeHint::with_exact(data.as_ref().map_or(0, |d| d.len() as u64)),
      OutgoingBody::Stream(_) => SizeHint::default(),
    }
  }
}

impl Drop for OutgoingBody {
  fn drop(&mut self) {
    if let OutgoingBody::Stream(state) = self {
      if let Ok(mut s) = state.try_borrow_mut() {
        s.gone = true;
        s.chunks.clear();
        s.buffered = 0;
        if let Some(w) = s.drain_waker.take() {
          w.wake();
        }
      }
    }
  }
}

/// Resolves once `stream` buffers no more than [`HIGH_WATER_MARK`] bytes.
pub(crate) async fn drained(stream: Rc<RefCell<StreamState>>) {
  std::future::poll_fn(|cx| stream.borrow_mut().poll_drained(cx)).await
}

/// The next non-empty chunk of an incoming body; `None` at its end. Trailers (of a
/// chunked body) go to `trailers`.
pub(crate) async fn next_chunk(
  body: &mut Incoming,
  trailers: &mut Option<HeaderMap>,
) -> Result<Option<Bytes>, hyper::Error> {
  loop {
    let frame = std::future::poll_fn(|cx| Pin::new(&mut *body).poll_frame(cx)).await;
    match frame {
      Some(Ok(frame)) => match frame.into_data() {
        Ok(data) if !data.is_empty() => return Ok(Some(data)),
        Ok(_empty) => {}
        Err(frame) => {
          if let Ok(t) = frame.into_trailers() {
            *trailers = Some(t);
          }
        }
      },
      Some(Err(e)) => return Err(e),
      None => return Ok(None),
    }
  }
}

/// Appends `name\nvalue\n...` of a message's headers to `out`, without a trailing
/// separator (hyper rejects CR and LF in headers, so `\n` separates safely).
pub(crate) fn join_headers(headers: &HeaderMap, out: &mut Vec<u8>) {
  for (i, (name, value)) in headers.iter().enumerate() {
    if i > 0 {
      out.push(b'\n');
    }
    out.extend_from_slice(name.as_str().as_bytes());
    out.push(b'\n');
    out.extend_from_slice(value.as_bytes());
  }
}

fn invalid_header_name(name: &str) -> NodeError {
  NodeError::type_error(
    "ERR_INVALID_HTTP_TOKEN",
    format!("Header name must be a valid HTTP token [\"{name}\"]"),
  )
}

fn invalid_header_value(name: &str) -> NodeError {
  NodeError::type_error(
    "ERR_INVALID_CHAR",
    format!("Invalid character in header content [\"{name}\"]"),
  )
}

/// Appends the headers of a flat JS `[name, value, ...]` array (anything else: none) to
/// `map`. Values are latin-1 strings, as Node writes them.
pub(crate) fn append_js_headers<'a>(
  scope: &mut v8::PinScope<'a, '_>,
  headers: v8::Local<'a, v8::Value>,
  tokens: &HeaderTokens,
  map: &mut HeaderMap,
) -> Result<(), NodeError> {
  let Ok(array) = v8::Local::<v8::Array>::try_from(headers) else {
    return Ok(());
  };
  let len = array.length();
  let mut i = 0;
  while i + 1 < len {
    let (Some(name), Some(value)) = (array.get_index(scope, i), array.get_index(scope, i + 1)) else {
      break;
    };
    i += 2;
    let header = match token(name).and_then(|id| tokens.name(id)) {
      Some(header) => header.clone(),
      None => {
        let name = string_of(scope, name);
        with_latin1(scope, name, |b| {
          HeaderName::from_bytes(b).map_err(|_| invalid_header_name(&String::from_utf8_lossy(b)))
        })?
      }
    };
    let value = match token(value).and_then(|id| tokens.value(id)) {
      Some(value) => value.clone(),
      None => {
        let value = string_of(scope, value);
        with_latin1(scope, value, |b| {
          HeaderValue::from_bytes(b).map_err(|_| invalid_header_value(header.as_str()))
        })?
      }
    };
    map.append(header, value);
  }
  Ok(())
}

/// A header token id (see tokens.rs) where a flat header list has a number.
fn token(value: v8::Local<v8::Value>) -> Option<i32> {
  v8::Local::<v8::Int32>::try_from(value).ok().map(|n| n.value())
}

/// A JS value as a string: itself when it is one (JS sends strings; converting costs).
pub(crate) fn string_of<'a>(
  scope: &mut v8::PinScope<'a, '_>,
  value: v8::Local<'a, v8::Value>,
) -> v8::Local<'a, v8::String> {
  match v8::Local::<v8::String>::try_from(value) {
    Ok(s) => s,
    Err(_) => value.to_string(scope).unwrap_or_else(|| v8::String::empty(scope)),
  }
}

/// Bytes for JS as a Uint8Array, or null when there are none.
pub(crate) fn uint8_array_or_null<'a>(
  scope: &mut v8::PinScope<'a, '_>,
  bytes: &[u8],
) -> v8::Local<'a, v8::Value> {
  if bytes.is_empty() {
    return v8::null(scope).into();
  }
  uint8_array_copy(scope, bytes).map_or_else(|| v8::null(scope).into(), Into::into)
}

/// A chunk of an incoming body for JS as a Uint8Array, empty at the body's end.
pub(crate) struct BodyChunk(pub(crate) Option<Bytes>);

impl<'a> ToV8<'a> for BodyChunk {
  type Error = NodeError;
  fn to_v8<'i>(self, scope: &mut v8::PinScope<'a, 'i>) -> Result<v8::Local<'a, v8::Value>, NodeError> {
    uint8_array_copy(scope, self.0.as_deref().unwrap_or_default())
      .map(Into::into)
      .ok_or_else(|| {
        NodeError::range_error("ERR_BUFFER_TOO_LARGE", "body chunk too large for an ArrayBuffer")
      })
  }
}

/// The bytes of a body chunk from JS (a string as UTF-8, or a Uint8Array); `None` when
/// empty or neither.
pub(crate) fn body_bytes<'a>(
  scope: &mut v8::PinScope<'a, '_>,
  body: v8::Local<'a, v8::Value>,
) -> Option<Bytes> {
  if let Ok(s) = v8::Local::<v8::String>::try_from(body) {
    let bytes = utf8_bytes(scope, s);
    if bytes.is_empty() {
      None
    } else {
      Some(Bytes::from(bytes))
    }
  } else if let Ok(view) = v8::Local::<v8::ArrayBufferView>::try_from(body) {
    let mut buf = vec![0u8; view.byte_length()];
    let n = view.copy_contents(&mut buf);
    buf.truncate(n);
    if buf.is_empty() {
      None
    } else {
      Some(Bytes::from(buf))
    }
  } else {
    None
  }
}
