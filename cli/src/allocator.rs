//! The allocator, mimalloc, and when it hands memory back to the system.

use std::future::Future;
use std::pin::pin;
use std::time::Duration;

// mimalloc is markedly faster than glibc's malloc for the engine's allocation pattern
// (many small, short-lived objects per request); see cli/Cargo.toml.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

extern "C" {
  fn mi_collect(force: bool);
}

/// How long after the loop first waits start-up counts as over: its last steps (a
/// `'listening'` callback, say) run after that first wait.
const STARTUP_TAIL: Duration = Duration::from_millis(50);

/// Runs `run`, and [`STARTUP_TAIL`] after it first waits (the main module has run and
/// the loop waits for events) hands the pages that start-up freed back to the system.
///
/// mimalloc keeps freed pages for its purge delay (1 s) and purges only on later
/// allocator calls, so a server that sits idle after start-up would keep ~3 MiB of
/// start-up garbage. A 1 ms delay instead (until 2026-12) made the large allocations of
/// a busy server fault their pages in afresh: a 64 MiB upload took 1.5x the CPU, 1.7x
/// on V8. `MIMALLOC_PURGE_DELAY` still sets the delay.
pub async fn returning_startup_garbage<F: Future>(run: F) -> F::Output {
  let mut run = pin!(run);
  let mut tail = pin!(None::<tokio::time::Sleep>);
  let mut collected = false;
  std::future::poll_fn(|cx| {
    let poll = run.as_mut().poll(cx);
    if poll.is_pending() && !collected {
      if tail.is_none() {
        tail.set(Some(tokio::time::sleep(STARTUP_TAIL)));
      }
      if let Some(sleep) = tail.as_mut().as_pin_mut() {
        if sleep.poll(cx).is_ready() {
          collected = true;
          // SAFETY: mimalloc is linked as the allocator; collecting is allowed at any time.
          unsafe { mi_collect(true) };
        }
      }
    }
    poll
  })
  .await
}
