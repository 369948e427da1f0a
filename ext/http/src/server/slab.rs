//! The slab of in-flight requests, shared by all servers of a runtime (one JS thread).
//!
//! A request lives in a slot from the moment hyper hands it to the service until its
//! response has gone out (or its client is gone); JS knows it only by its id,
//! `generation << 20 | index`. The generation moves on each time a slot is freed, so an
//! id that JS still holds for a finished request (a late `res.end()`, a body read after
//! the client left) finds nothing instead of the slot's next request. The ops of the
//! other files look their request up here; no channel or oneshot per request.

use std::cell::RefCell;
use std::rc::Rc;
use std::task::Waker;

use hyper::body::Incoming;
use hyper::header::HeaderValue;
use hyper::upgrade::OnUpgrade;
use hyper::HeaderMap;
use hyper::Response;

use crate::body::OutgoingBody;
use crate::body::StreamState;
use crate::connection::Connection;

const INDEX_BITS: u32 = 20;
const INDEX_MASK: u32 = (1 << INDEX_BITS) - 1;
// Ids stay below 2^31 so that they are small integers in JS.
const GEN_MASK: u32 = (1 << (31 - INDEX_BITS)) - 1;

pub(crate) struct Entry {
  pub(crate) conn: Rc<Connection>,
  pub(super) body: Option<Incoming>,
  pub(super) response: Option<Response<OutgoingBody>>,
  pub(super) waker: Option<Waker>,
  pub(super) stream: Option<Rc<RefCell<StreamState>>>,
  /// The hyper service future finished or was dropped.
  pub(super) future_gone: bool,
  /// The connection stays open after the response: the `Keep-Alive` header value to
  /// send (empty: none).
  pub(super) keep_alive: Option<HeaderValue>,
  /// The request asks to switch protocols (`Upgrade`, or `CONNECT`): hyper hands over
  /// the connection through this once the answer is a 101 (a 2xx for CONNECT).
  pub(super) upgrade: Option<OnUpgrade>,
  /// The request body's trailers, once it has been read to its end.
  pub(super) trailers: Option<HeaderMap>,
}

struct Slot {
  generation: u32,
  entry: Option<Entry>,
}

/// Request slots addressed by `generation << 20 | index`.
#[derive(Default)]
pub(crate) struct Slab {
  slots: Vec<Slot>,
  free: Vec<u32>,
}

impl Slab {
  pub(super) fn insert(&mut self, entry: Entry) -> Option<u32> {
    let index = match self.free.pop() {
      Some(i) => i,
      None => {
        let i = self.slots.len() as u32;
        if i > INDEX_MASK {
          return None;
        }
        self.slots.push(Slot {
          generation: 0,
          entry: None,
        });
        i
      }
    };
    let slot = &mut self.slots[index as usize];
    slot.entry = Some(entry);
    Some((slot.generation << INDEX_BITS) | index)
  }

  pub(crate) fn get(&mut self, id: u32) -> Option<&mut Entry> {
    let slot = self.slots.get_mut((id & INDEX_MASK) as usize)?;
    if slot.generation != id >> INDEX_BITS {
      return None;
    }
    slot.entry.as_mut()
  }

  /// The request's keep-alive header, if it is still waiting for its response head.
  pub(super) fn unanswered(&mut self, id: u32) -> Option<Option<HeaderValue>> {
    match self.get(id) {
      Some(e) if e.response.is_none() && e.stream.is_none() => Some(e.keep_alive.clone()),
      _ => None,
    }
  }

  /// Hands the response head (and the stream feeding its body, if any) to the waiting
  /// hyper handler. Returns the entry, or `None` if the request is gone.
  pub(super) fn deliver(
    &mut self,
    id: u32,
    response: Response<OutgoingBody>,
    stream: Option<Rc<RefCell<StreamState>>>,
  ) -> Option<&mut Entry> {
    let entry = self.get(id)?;
    entry.conn.request_received();
    entry.response = Some(response);
    entry.stream = stream;
    if let Some(w) = entry.waker.take() {
      w.wake();
    }
    Some(entry)
  }

  pub(super) fn remove(&mut self, id: u32) {
    let index = id & INDEX_MASK;
    if let Some(slot) = self.slots.get_mut(index as usize) {
      if slot.generation == id >> INDEX_BITS {
        if let Some(entry) = slot.entry.take() {
          entry.conn.request_ended();
          slot.generation = (slot.generation + 1) & GEN_MASK;
          self.free.push(index);
        }
      }
    }
  }
}

/// The slab of the runtime, in `OpState`.
#[derive(Clone, Default)]
pub(crate) struct HttpSlab(pub(crate) Rc<RefCell<Slab>>);

#[cfg(test)]
mod tests {
  use std::sync::atomic::AtomicUsize;
  use std::sync::atomic::Ordering;
  use std::sync::Arc;
  use std::task::Wake;

  use super::*;

  /// A connection for the slab's entries: `Connection` wants a real TCP stream (for its
  /// descriptor), kept open here for as long as the test holds the connection.
  struct TestConn {
    conn: Rc<Connection>,
    _stream: tokio::net::TcpStream,
    _peer: std::net::TcpStream,
    _rt: tokio::runtime::Runtime,
  }

  fn test_conn() -> TestConn {
    let rt = tokio::runtime::Builder::new_current_thread()
      .enable_io()
      .build()
      .unwrap();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let client = std::net::TcpStream::connect(addr).unwrap();
    let (peer, _) = listener.accept().unwrap();
    client.set_nonblocking(true).unwrap();
    let stream = {
      let _guard = rt.enter();
      tokio::net::TcpStream::from_std(client).unwrap()
    };
    let conn = Connection::new(&stream, addr);
    TestConn {
      conn,
      _stream: stream,
      _peer: peer,
      _rt: rt,
    }
  }

  fn entry(conn: &Rc<Connection>) -> Entry {
    Entry {
      conn: conn.clone(),
      body: None,
      response: None,
      waker: None,
      stream: None,
      future_gone: false,
      keep_alive: Some(HeaderValue::from_static("timeout=5")),
      upgrade: None,
      trailers: None,
    }
  }

  #[test]
  fn hands_out_ids_by_index_with_generation_zero() {
    let t = test_conn();
    let mut slab = Slab::default();
    let a = slab.insert(entry(&t.conn)).unwrap();
    let b = slab.insert(entry(&t.conn)).unwrap();
    assert_eq!((a, b), (0, 1));
    assert!(slab.get(a).is_some());
    assert!(slab.get(b).is_some());
    // An index never handed out finds nothing.
    assert!(slab.get(2).is_none());
  }

  #[test]
  fn removing_frees_the_slot_and_a_stale_id_is_rejected() {
    let t = test_conn();
    let mut slab = Slab::default();
    let old = slab.insert(entry(&t.conn)).unwrap();
    slab.remove(old);
    assert!(slab.get(old).is_none(), "a removed request is gone");
    assert_eq!(slab.free, vec![old & INDEX_MASK], "its slot is free again");

    // The slot is reused with the next generation: same index, a new id.
    let new = slab.insert(entry(&t.conn)).unwrap();
    assert_eq!(new & INDEX_MASK, old & INDEX_MASK);
    assert_eq!(new >> INDEX_BITS, 1);
    assert_ne!(new, old);
    assert!(slab.free.is_empty());

    // The old id (a late `res.end()`, say) neither finds nor frees the new request.
    assert!(slab.get(old).is_none());
    assert!(slab.unanswered(old).is_none());
    slab.remove(old);
    assert!(slab.get(new).is_some());
    assert!(slab.free.is_empty());

    // Removing twice frees the slot once.
    slab.remove(new);
    slab.remove(new);
    assert_eq!(slab.free, vec![new & INDEX_MASK]);
  }

  #[test]
  fn generations_wrap_and_ids_stay_below_2_pow_31() {
    let t = test_conn();
    let mut slab = Slab::default();
    let first = slab.insert(entry(&t.conn)).unwrap();
    slab.slots[first as usize].generation = GEN_MASK;
    let last_gen = (GEN_MASK << INDEX_BITS) | first;
    assert!(slab.get(last_gen).is_some());
    assert!(last_gen <= i32::MAX as u32);
    assert!((GEN_MASK << INDEX_BITS | INDEX_MASK) == i32::MAX as u32);
    slab.remove(last_gen);
    let again = slab.insert(entry(&t.conn)).unwrap();
    assert_eq!(again, first, "generation wrapped to 0");
  }

  struct CountWakes(AtomicUsize);

  impl Wake for CountWakes {
    fn wake(self: Arc<Self>) {
      self.0.fetch_add(1, Ordering::Relaxed);
    }
  }

  #[test]
  fn deliver_answers_once_and_wakes_the_service() {
    let t = test_conn();
    let mut slab = Slab::default();
    let id = slab.insert(entry(&t.conn)).unwrap();
    let wakes = Arc::new(CountWakes(AtomicUsize::new(0)));
    slab.get(id).unwrap().waker = Some(Waker::from(wakes.clone()));

    assert_eq!(
      slab.unanswered(id),
      Some(Some(HeaderValue::from_static("timeout=5")))
    );
    let response = Response::new(OutgoingBody::Full(None));
    assert!(slab.deliver(id, response, None).is_some());
    assert_eq!(wakes.0.load(Ordering::Relaxed), 1);
    // Answered: no second response for it.
    assert_eq!(slab.unanswered(id), None);
    assert!(slab.get(id).unwrap().response.is_some());

    slab.remove(id);
    let response = Response::new(OutgoingBody::Full(None));
    assert!(
      slab.deliver(id, response, None).is_none(),
      "gone requests are skipped"
    );
  }

  #[test]
  fn removing_ends_the_request_on_its_connection() {
    let t = test_conn();
    let mut slab = Slab::default();
    let id = slab.insert(entry(&t.conn)).unwrap();
    t.conn.request_started(id, false);
    assert!(!t.conn.is_idle());
    slab.remove(id);
    assert!(t.conn.is_idle());
  }
}
