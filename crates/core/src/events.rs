//! Event sources: Rust state that hands its events to JS by calling a function, with no
//! promise per event.
//!
//! An async op costs a promise, its resolution and a microtask or two per completion:
//! on QuickJS about as much as serving a request. A source that fires many times (an
//! HTTP server's batches of requests) registers here instead; the loop
//! ([`NodusRuntime::run`](crate::NodusRuntime::run)) asks each source to deliver
//! whenever the loop wakes. A source does not keep the loop alive: its owner holds an
//! ordinary op for that (which also gives it `ref`/`unref`).

use std::cell::RefCell;
use std::rc::Rc;
use std::task::Context;

use deno_core::v8;

/// Something that calls into JS when it has events.
pub trait EventSource {
  /// Calls into JS with what is ready, and returns true; with nothing ready, keeps
  /// `cx`'s waker to wake when something is, and returns false.
  fn deliver(&self, scope: &mut v8::PinScope, cx: &mut Context) -> bool;
}

/// The registered sources, in `OpState` as `Rc<EventSources>`.
#[derive(Default)]
pub struct EventSources {
  sources: RefCell<Vec<Rc<dyn EventSource>>>,
}

impl std::fmt::Debug for EventSources {
  fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
    f.debug_struct("EventSources")
      .field("len", &self.sources.borrow().len())
      .finish()
  }
}

impl EventSources {
  /// Adds `source`; the loop asks it to deliver from its next wake-up on.
  pub fn add(&self, source: Rc<dyn EventSource>) {
    self.sources.borrow_mut().push(source);
  }

  /// Removes `source` (compared by identity).
  pub fn remove(&self, source: &Rc<dyn EventSource>) {
    self.sources.borrow_mut().retain(|s| !Rc::ptr_eq(s, source));
  }

  /// The sources now (a copy: a delivery may add or remove some).
  pub(crate) fn snapshot(&self) -> Vec<Rc<dyn EventSource>> {
    self.sources.borrow().clone()
  }
}
