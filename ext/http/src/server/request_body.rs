//! Request bodies, read only when JS reads them: `op_http_pull` reads one chunk of a
//! request's body, and the loop hands the chunks to the function that
//! `op_http_bodies_to` registered (an event source: no promise per chunk). The trailers
//! of a chunked body are kept for `op_http_request_trailers`.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use std::task::Context;
use std::task::Waker;

use deno_core::convert::ToV8;
use deno_core::op2;
use deno_core::v8;
use deno_core::OpState;
use nodus_core::events::EventSource;
use nodus_core::events::EventSources;

use super::slab::HttpSlab;
use crate::body::join_headers;
use crate::body::next_chunk;
use crate::body::BodyChunk;

/// Chunks of request bodies read for JS, waiting for the loop to hand them over.
#[derive(Default)]
pub(crate) struct BodyQueue {
  ready: VecDeque<(u32, Pulled)>,
  waker: Option<Waker>,
}

impl BodyQueue {
  fn push(&mut self, id: u32, chunk: Pulled) {
    self.ready.push_back((id, chunk));
    if let Some(w) = self.waker.take() {
      w.wake();
    }
  }
}

/// What a pull of a request body gave.
enum Pulled {
  Chunk(BodyChunk),
  /// The body was cut short: `false` for JS, which aborts the request.
  Aborted,
}

/// Hands each chunk of [`BodyQueue`] to the function that `op_http_bodies_to`
/// registered, as `(id, chunk)`: a Uint8Array, empty at the body's end, null if the
/// engine could not allocate it, false if the body was cut short. No promise per chunk (see nodus_core::events).
struct BodySource {
  queue: Rc<RefCell<BodyQueue>>,
  callback: v8::Global<v8::Function>,
}

impl EventSource for BodySource {
  fn deliver(&self, scope: &mut v8::PinScope, cx: &mut Context) -> bool {
    let mut delivered = false;
    loop {
      let next = {
        let mut q = self.queue.borrow_mut();
        let next = q.ready.pop_front();
        if next.is_none() {
          q.waker = Some(cx.waker().clone());
        }
        next
      };
      let Some((id, chunk)) = next else {
        return delivered;
      };
      let id = v8::Integer::new_from_unsigned(scope, id).into();
      let chunk = match chunk {
        Pulled::Chunk(chunk) => chunk.to_v8(scope).unwrap_or_else(|_| v8::null(scope).into()),
        Pulled::Aborted => v8::Boolean::new(scope, false).into(),
      };
      let callback = v8::Local::new(scope, &self.callback);
      let this = v8::undefined(scope).into();
      if callback.call(scope, this, &[id, chunk]).is_none() {
        // It threw: the loop reports that before the next chunk is handed over.
        return true;
      }
      delivered = true;
    }
  }
}

/// Registers `callback` to receive the chunks that `op_http_pull` reads.
#[op2(fast)]
pub(crate) fn op_http_bodies_to(
  scope: &mut v8::PinScope,
  state: &mut OpState,
  callback: v8::Local<v8::Function>,
) {
  let source = Rc::new(BodySource {
    queue: state.borrow::<Rc<RefCell<BodyQueue>>>().clone(),
    callback: v8::Global::new(scope, callback),
  });
  state.borrow::<Rc<EventSources>>().add(source);
}

/// Reads the next chunk of request `id`'s body, for the `op_http_bodies_to` callback.
#[op2(fast)]
pub(crate) fn op_http_pull(state: &mut OpState, #[smi] id: u32) {
  let queue = state.borrow::<Rc<RefCell<BodyQueue>>>().clone();
  let slab = state.borrow::<HttpSlab>().0.clone();
  let Some(mut body) = slab.borrow_mut().get(id).and_then(|e| e.body.take()) else {
    queue.borrow_mut().push(id, Pulled::Chunk(BodyChunk(None)));
    return;
  };
  deno_core::unsync::spawn(async move {
    let mut trailers = None;
    let chunk = match next_chunk(&mut body, &mut trailers).await {
      Ok(Some(data)) => {
        if let Some(e) = slab.borrow_mut().get(id) {
          e.body = Some(body);
        }
        Some(data)
      }
      Ok(None) => {
        if let Some(e) = slab.borrow_mut().get(id) {
          e.conn.request_received();
          e.trailers = trailers;
        }
        None
      }
      // A broken body (cut short, bad framing, the client went away): not an end.
      Err(_) => {
        if let Some(e) = slab.borrow_mut().get(id) {
          if e.conn.act.broken.load(std::sync::atomic::Ordering::Relaxed) {
            e.conn
              .act
              .swallow_writes
              .store(true, std::sync::atomic::Ordering::Relaxed);
            // The framing broke: hyper waits for an answer that JS will not give (the
            // request is aborted). This one goes nowhere (the socket takes no more from
            // hyper) and lets hyper end the connection, which then gets Node's 400.
            e.response = Some(super::service::status_only(hyper::StatusCode::BAD_REQUEST));
            if let Some(w) = e.waker.take() {
              w.wake();
            }
          }
        }
        queue.borrow_mut().push(id, Pulled::Aborted);
        return;
      }
    };
    queue.borrow_mut().push(id, Pulled::Chunk(BodyChunk(chunk)));
  });
}

/// The trailers of request `id`'s body (read to its end) as `name\nvalue\n...` in
/// latin-1, or "" when it had none.
#[op2]
#[string]
pub(crate) fn op_http_request_trailers(state: &mut OpState, #[smi] id: u32) -> String {
  let slab = state.borrow::<HttpSlab>().0.clone();
  let Some(trailers) = slab.borrow_mut().get(id).and_then(|e| e.trailers.take()) else {
    return String::new();
  };
  let mut joined = Vec::new();
  join_headers(&trailers, &mut joined);
  joined.iter().map(|&b| b as char).collect()
}
