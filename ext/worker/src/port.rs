//! Message ports: two entangled ends, each an inbox the other end posts into. An end is
//! `Send`: a port transferred in a message moves to the receiving thread as it is.

use std::collections::VecDeque;
use std::sync::atomic::AtomicBool;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::sync::Mutex;

use tokio::sync::Notify;

/// A serialized value (deno_core's serializer) with what was transferred beside it:
/// ports (moved here) and the store ids of transferred ArrayBuffers.
#[derive(Default)]
pub(crate) struct Envelope {
  pub(crate) data: Vec<u8>,
  pub(crate) ports: Vec<Arc<PortEnd>>,
  pub(crate) buffers: Vec<u32>,
  /// A BroadcastChannel message's SharedArrayBuffers, beside the bytes (every
  /// receiver wraps the same memory; see deno_core's `serialize_broadcast`).
  pub(crate) shared: Vec<deno_core::v8::SharedRef<deno_core::v8::BackingStore>>,
}

/// What travels between two ends. A worker's own port to its parent also carries the
/// worker's life events, in order with its messages (Node drains the messages before
/// `'exit'`).
pub(crate) enum Packet {
  Message(Envelope),
  Online,
  /// The worker's uncaught error, serialized.
  Error(Envelope),
  Exit(i32),
  /// The worker's runtime failed outside JS; the message says why.
  Failure(String),
  /// What the worker wrote to its stdout (1) or stderr (2).
  Output(u32, Vec<u8>),
}

#[derive(Default)]
struct Inbox {
  queue: Mutex<VecDeque<Packet>>,
  notify: Notify,
  /// The other end was closed (or dropped): once the queue is empty, nothing more comes.
  peer_closed: AtomicBool,
  /// Wakes those who wait for `peer_closed` (a port that is not reading still learns
  /// that its channel closed).
  closing: Notify,
}

impl Inbox {
  fn push(&self, packet: Packet) {
    self
      .queue
      .lock()
      .unwrap_or_else(|poison| poison.into_inner())
      .push_back(packet);
    self.notify.notify_one();
  }

  fn pop(&self) -> Option<Packet> {
    self
      .queue
      .lock()
      .unwrap_or_else(|poison| poison.into_inner())
      .pop_front()
  }
}

/// One end of a channel: reads its own inbox, posts into its peer's.
pub(crate) struct PortEnd {
  own: Arc<Inbox>,
  peer: Arc<Inbox>,
  closed: AtomicBool,
  /// A Worker's end: its channel ends with the worker's exit packet, which its thread
  /// posts after the worker's own end is gone, not when that end closes.
  until_exit: bool,
}

/// Posts into one inbox without being an end (closing nothing when dropped): how a
/// worker's thread reports its exit after its runtime is gone.
#[derive(Clone)]
pub(crate) struct Poster(Arc<Inbox>);

impl Poster {
  pub(crate) fn post(&self, packet: Packet) {
    self.0.push(packet);
  }
}

impl PortEnd {
  /// Two entangled ends (a `MessageChannel`).
  pub(crate) fn pair() -> (Arc<PortEnd>, Arc<PortEnd>) {
    Self::pair_with(false)
  }

  /// The ends between a Worker (the first) and its thread's `parentPort`.
  pub(crate) fn worker_pair() -> (Arc<PortEnd>, Arc<PortEnd>) {
    Self::pair_with(true)
  }

  fn pair_with(until_exit: bool) -> (Arc<PortEnd>, Arc<PortEnd>) {
    let a = Arc::new(Inbox::default());
    let b = Arc::new(Inbox::default());
    let one = PortEnd {
      own: a.clone(),
      peer: b.clone(),
      closed: AtomicBool::new(false),
      until_exit,
    };
    let two = PortEnd {
      own: b,
      peer: a,
      closed: AtomicBool::new(false),
      until_exit: false,
    };
    (Arc::new(one), Arc::new(two))
  }

  /// Posts to the other end; a message to a closed channel is dropped, as in Node.
  pub(crate) fn post(&self, packet: Packet) {
    if !self.closed.load(Ordering::Acquire) && !self.own.peer_closed.load(Ordering::Acquire) {
      self.peer.push(packet);
    }
  }

  /// A poster into the peer's inbox, which works after this end is closed.
  pub(crate) fn poster_to_peer(&self) -> Poster {
    Poster(self.peer.clone())
  }

  /// A poster into this end's own inbox.
  pub(crate) fn poster_to_self(&self) -> Poster {
    Poster(self.own.clone())
  }

  /// The next packet if one is waiting.
  pub(crate) fn try_recv(&self) -> Option<Packet> {
    if self.closed.load(Ordering::Acquire) {
      return None;
    }
    self.own.pop()
  }

  /// The next packet; `None` once the channel is closed and drained.
  pub(crate) async fn recv(&self) -> Option<Packet> {
    loop {
      if self.closed.load(Ordering::Acquire) {
        return None;
      }
      if let Some(packet) = self.own.pop() {
        return Some(packet);
      }
      if self.own.peer_closed.load(Ordering::Acquire) && !self.until_exit {
        return None;
      }
      self.own.notify.notified().await;
    }
  }

  /// Resolves once the other end has closed.
  pub(crate) async fn peer_closed(&self) {
    loop {
      let closing = self.own.closing.notified();
      if self.own.peer_closed.load(Ordering::Acquire) {
        return;
      }
      closing.await;
    }
  }

  /// Closes both ends: the peer sees its channel end once it has read what was sent.
  pub(crate) fn close(&self) {
    if !self.closed.swap(true, Ordering::AcqRel) {
      self.peer.peer_closed.store(true, Ordering::Release);
      self.peer.notify.notify_one();
      self.peer.closing.notify_waiters();
      self.own.notify.notify_one();
    }
  }
}

impl Drop for PortEnd {
  fn drop(&mut self) {
    self.close();
  }
}
