//! The allocator, mimalloc, and how long it keeps freed pages before handing them back.

use std::ffi::c_int;
use std::ffi::c_long;
use std::future::Future;
use std::pin::pin;
use std::time::Duration;

// mimalloc is markedly faster than glibc's malloc for the engine's allocation pattern
// (many small, short-lived objects per request); see cli/Cargo.toml.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

extern "C" {
  fn mi_option_set(option: c_int, value: c_long);
}

/// `mi_option_purge_delay` in mimalloc.h's `mi_option_t` (v2 and v3 alike: retired
/// options keep their slots; the Rust bindings do not name this one).
const MI_OPTION_PURGE_DELAY: c_int = 15;

/// Freed pages go back to the system after 1 ms instead of mimalloc's 1 s. Its purges
/// run on later allocator calls, so with the default a server that sits idle after
/// start-up keeps ~1-3 MiB of start-up garbage.
const STARTUP_PURGE_DELAY_MS: c_long = 1;

/// The delay once start-up is over. On V8, 1 ms made a busy server fault fresh pages in
/// for its large allocations: a 64 MiB upload took 1.5x the CPU (40 vs 60-70 ms) and ran
/// at 0.6x the speed. On QuickJS the upload measured the same with 1 ms and 1 s, and
/// 1 ms keeps the idle server 1.2 MiB smaller.
#[cfg(feature = "v8")]
const SERVING_PURGE_DELAY_MS: c_long = 1000;
#[cfg(not(feature = "v8"))]
const SERVING_PURGE_DELAY_MS: c_long = STARTUP_PURGE_DELAY_MS;

/// How long after the loop first waits start-up counts as over: its last steps (a
/// `'listening'` callback, say) run after that first wait.
const STARTUP_TAIL: Duration = Duration::from_millis(50);

/// Sets mimalloc's purge delay, unless `MIMALLOC_PURGE_DELAY` decides.
fn set_purge_delay(ms: c_long) {
  if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
    // SAFETY: options may be set at any time; mimalloc is linked as the allocator.
    unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, ms) };
  }
}

/// The purge delay for start-up; call first thing.
pub fn tune_for_startup() {
  set_purge_delay(STARTUP_PURGE_DELAY_MS);
}

/// Runs `run`, switching to the serving purge delay [`STARTUP_TAIL`] after the loop
/// first waits (the main module has run).
pub async fn serving<F: Future>(run: F) -> F::Output {
  if SERVING_PURGE_DELAY_MS == STARTUP_PURGE_DELAY_MS {
    return run.await;
  }
  let mut run = pin!(run);
  let mut tail = pin!(None::<tokio::time::Sleep>);
  let mut switched = false;
  std::future::poll_fn(|cx| {
    let poll = run.as_mut().poll(cx);
    if poll.is_pending() && !switched {
      if tail.is_none() {
        tail.set(Some(tokio::time::sleep(STARTUP_TAIL)));
      }
      if let Some(sleep) = tail.as_mut().as_pin_mut() {
        if sleep.poll(cx).is_ready() {
          switched = true;
          set_purge_delay(SERVING_PURGE_DELAY_MS);
        }
      }
    }
    poll
  })
  .await
}
