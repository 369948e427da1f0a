//! Streamed responses (`res.write()`): the head goes to hyper first
//! (`op_http_write_head`) with a body that JS feeds chunk by chunk (`op_http_write`,
//! `op_http_end` with the trailers), and `op_http_drained` tells JS when hyper has taken
//! enough of it to write more ('drain').

use std::cell::RefCell;
use std::rc::Rc;

use deno_core::op2;
use deno_core::v8;
use deno_core::OpState;
use hyper::HeaderMap;
use nodus_core::errors::NodeError;

use super::respond::build_response;
use super::respond::reason_phrase;
use super::slab::HttpSlab;
use crate::body::append_js_headers;
use crate::body::body_bytes;
use crate::body::drained;
use crate::body::OutgoingBody;
use crate::body::StreamState;
use crate::tokens::HeaderTokens;

/// The head of a streamed response (first `res.write()`, or `end()` after `write()`).
#[op2(fast)]
pub(crate) fn op_http_write_head<'a>(
  scope: &mut v8::PinScope<'a, '_>,
  state: &mut OpState,
  #[smi] id: u32,
  #[smi] status: u32,
  reason: v8::Local<'a, v8::Value>,
  headers: v8::Local<'a, v8::Value>,
) -> Result<bool, NodeError> {
  let slab = state.borrow::<HttpSlab>().0.clone();
  let Some(keep_alive) = slab.borrow_mut().unanswered(id) else {
    return Ok(false);
  };
  let reason = reason_phrase(scope, reason);
  let stream = Rc::new(RefCell::new(StreamState::default()));
  let response = build_response(
    scope,
    status,
    &reason,
    headers,
    state.borrow::<HeaderTokens>(),
    keep_alive,
    OutgoingBody::Stream(stream.clone()),
  )?;
  let delivered = slab.borrow_mut().deliver(id, response, Some(stream)).is_some();
  Ok(delivered)
}

fn with_stream<R>(state: &mut OpState, id: u32, f: impl FnOnce(&mut StreamState) -> R) -> Option<R> {
  let slab = state.borrow::<HttpSlab>().0.clone();
  let stream = slab.borrow_mut().get(id)?.stream.clone()?;
  let mut s = stream.borrow_mut();
  Some(f(&mut s))
}

/// A chunk of a streamed response; returns the bytes now buffered (not yet sent).
#[op2(fast)]
#[number]
pub(crate) fn op_http_write<'a>(
  scope: &mut v8::PinScope<'a, '_>,
  state: &mut OpState,
  #[smi] id: u32,
  chunk: v8::Local<'a, v8::Value>,
) -> u64 {
  let data = body_bytes(scope, chunk);
  with_stream(state, id, |s| s.push(data) as u64).unwrap_or(0)
}

/// Ends a streamed response, with an optional last chunk and trailers (a flat
/// `[name, value, ...]` array, or null).
#[op2(fast)]
pub(crate) fn op_http_end<'a>(
  scope: &mut v8::PinScope<'a, '_>,
  state: &mut OpState,
  #[smi] id: u32,
  chunk: v8::Local<'a, v8::Value>,
  trailers: v8::Local<'a, v8::Value>,
) -> Result<(), NodeError> {
  let data = body_bytes(scope, chunk);
  let mut trailer_map = HeaderMap::new();
  append_js_headers(scope, trailers, state.borrow::<HeaderTokens>(), &mut trailer_map)?;
  with_stream(state, id, |s| {
    if !trailer_map.is_empty() {
      s.trailers = Some(trailer_map);
    }
    s.finish(data)
  });
  let slab = state.borrow::<HttpSlab>().0.clone();
  let mut slab = slab.borrow_mut();
  if slab.get(id).is_some_and(|e| e.future_gone) {
    slab.remove(id);
  }
  Ok(())
}

/// Resolves when what was written to streamed response `id` has gone to hyper ('drain').
#[op2]
pub(crate) async fn op_http_drained(state: Rc<RefCell<OpState>>, #[smi] id: u32) {
  let slab = state.borrow().borrow::<HttpSlab>().0.clone();
  let stream = slab.borrow_mut().get(id).and_then(|e| e.stream.clone());
  if let Some(stream) = stream {
    drained(stream).await;
  }
}
