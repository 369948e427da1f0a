//! Whole responses: `op_http_respond` takes the responses that JS queued for a batch of
//! requests (`res.end(body)` with nothing sent before) in one call and puts each into
//! its request's slot. [`build_response`] and [`reason_phrase`], which turn JS values into
//! a response head, serve the streamed and upgrade answers as well.

use std::sync::OnceLock;

use deno_core::op2;
use deno_core::v8;
use deno_core::OpState;
use hyper::header::HeaderName;
use hyper::header::HeaderValue;
use hyper::Response;
use hyper::StatusCode;
use nodus_core::errors::NodeError;
use nodus_core::strings::with_utf8;

use super::service::status_only;
use super::slab::HttpSlab;
use crate::body::append_js_headers;
use crate::body::body_bytes;
use crate::body::string_of;
use crate::body::OutgoingBody;
use crate::tokens::HeaderTokens;

/// The `Keep-Alive` name and the `Connection: keep-alive` value, made at compile time
/// (every keep-alive response has both).
const KEEP_ALIVE: HeaderName = HeaderName::from_static("keep-alive");
const KEEP_ALIVE_VALUE: HeaderValue = HeaderValue::from_static("keep-alive");

/// Whether `NODUS_DEBUG_HTTP` is set (to anything but ""): then a response that Rust
/// cannot build says why on stderr. Read once.
fn debug_http() -> bool {
  static DEBUG: OnceLock<bool> = OnceLock::new();
  *DEBUG.get_or_init(|| std::env::var_os("NODUS_DEBUG_HTTP").is_some_and(|v| !v.is_empty()))
}

/// A response's `statusMessage` as its reason phrase: "" (the standard one) when it is
/// undefined or null, which is the common case and needs no string from the engine.
pub(super) fn reason_phrase<'a>(scope: &mut v8::PinScope<'a, '_>, value: v8::Local<'a, v8::Value>) -> String {
  if value.is_null_or_undefined() {
    return String::new();
  }
  let text = string_of(scope, value);
  with_utf8(scope, text, |b| String::from_utf8_lossy(b).into_owned())
}

/// Builds a response head from JS values: status, reason ("" for the standard one) and a
/// flat `[name, value, ...]` array (or null).
pub(super) fn build_response<'a>(
  scope: &mut v8::PinScope<'a, '_>,
  status: u32,
  reason: &str,
  headers: v8::Local<'a, v8::Value>,
  tokens: &HeaderTokens,
  keep_alive: Option<HeaderValue>,
  body: OutgoingBody,
) -> Result<Response<OutgoingBody>, NodeError> {
  let status = u16::try_from(status)
    .ok()
    .and_then(|s| StatusCode::from_u16(s).ok())
    .ok_or_else(|| {
      NodeError::range_error(
        "ERR_HTTP_INVALID_STATUS_CODE",
        format!("Invalid status code: {status}"),
      )
    })?;
  let mut response = Response::new(body);
  *response.status_mut() = status;
  if !reason.is_empty() && status.canonical_reason() != Some(reason) {
    let phrase: Vec<u8> = reason.chars().map(|c| c as u32 as u8).collect();
    if let Ok(p) = hyper::ext::ReasonPhrase::try_from(phrase) {
      response.extensions_mut().insert(p);
    }
  }
  let map = response.headers_mut();
  append_js_headers(scope, headers, tokens, map)?;
  let has_connection = map.contains_key(hyper::header::CONNECTION);
  if let Some(value) = keep_alive {
    if !has_connection {
      map.insert(hyper::header::CONNECTION, KEEP_ALIVE_VALUE);
      if !value.is_empty() {
        map.insert(KEEP_ALIVE, value);
      }
    }
  }
  Ok(response)
}

/// Whole responses (`res.end(body)` with nothing sent before), five values each:
/// `id, status, statusMessage (undefined or null for the standard reason), headers
/// ([name, value, ...] or null), body (string, Uint8Array or null)`. JS queues the
/// responses of a batch of requests and hands them over in one call. Each goes into its
/// request's slot and wakes the waiting hyper service; requests whose client is gone are
/// skipped. JS has validated status and headers; a response Rust still cannot build
/// becomes a 500 so that no client hangs (with `NODUS_DEBUG_HTTP` set, one line on stderr
/// says which request and why).
#[op2(fast)]
pub(crate) fn op_http_respond<'a>(
  scope: &mut v8::PinScope<'a, '_>,
  state: &mut OpState,
  responses: v8::Local<'a, v8::Array>,
) {
  let slab = state.borrow::<HttpSlab>().0.clone();
  let len = responses.length();
  let mut i = 0;
  while i + 5 <= len {
    let field = |scope: &mut v8::PinScope<'a, '_>, k: u32| {
      responses
        .get_index(scope, i + k)
        .unwrap_or_else(|| v8::undefined(scope).into())
    };
    let id = field(scope, 0).uint32_value(scope).unwrap_or(u32::MAX);
    let status = field(scope, 1).uint32_value(scope).unwrap_or(0);
    let reason = field(scope, 2);
    let headers = field(scope, 3);
    let body = field(scope, 4);
    i += 5;
    let Some(keep_alive) = slab.borrow_mut().unanswered(id) else {
      continue;
    };
    let reason = reason_phrase(scope, reason);
    let data = body_bytes(scope, body);
    let response = build_response(
      scope,
      status,
      &reason,
      headers,
      state.borrow::<HeaderTokens>(),
      keep_alive,
      OutgoingBody::Full(data),
    )
    .unwrap_or_else(|e| {
      if debug_http() {
        let reason = e.to_string();
        eprintln!(
          "nodus: http: request {id}: answered 500 instead, the response could not be built: {}: {}",
          e.code(),
          reason.escape_debug()
        );
      }
      status_only(StatusCode::INTERNAL_SERVER_ERROR)
    });
    let mut slab = slab.borrow_mut();
    if let Some(entry) = slab.deliver(id, response, None) {
      if entry.future_gone {
        slab.remove(id);
      }
    }
  }
}
