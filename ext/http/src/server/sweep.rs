//! Node's server timeouts (keepAliveTimeout, headersTimeout, requestTimeout and the
//! socket idle timeout) without a timer per request or connection: one sweep task per
//! server looks at every connection's activity stamps a few times per shortest timeout.
//! The ops that set a socket timeout are here too, as they may start the sweep or
//! shorten its period.

use std::cell::RefCell;
use std::rc::Rc;

use deno_core::op2;
use deno_core::OpState;
use deno_core::ResourceId;

use super::events::ServerEvent;
use super::slab::HttpSlab;
use super::state::server_shared;
use super::state::ServerShared;
use crate::connection::tick_coarse_clock;
use crate::connection::Phase;
use crate::connection::SocketFacts;

/// The smaller of two timeouts that are on (0: off).
fn min_on(a: u32, b: u32) -> u32 {
  match (a, b) {
    (0, x) | (x, 0) => x,
    (a, b) => a.min(b),
  }
}

impl ServerShared {
  /// How long a connection may stay between requests with nothing received: Node's
  /// keepAliveTimeout, or headersTimeout when keep-alive timing is off.
  fn kept_alive_limit(&self) -> u32 {
    if self.keep_alive_ms > 0 {
      self.keep_alive_ms
    } else {
      self.headers_ms
    }
  }

  /// How long a request head may take to arrive (headersTimeout, capped by
  /// requestTimeout).
  fn head_limit(&self) -> u32 {
    min_on(self.headers_ms, self.request_ms)
  }

  /// How often the sweep looks: a few times per shortest timeout; none when all are off.
  fn sweep_period(&self) -> Option<std::time::Duration> {
    let shortest = min_on(
      min_on(self.kept_alive_limit(), self.head_limit()),
      min_on(self.request_ms, self.min_socket_timeout_ms),
    );
    (shortest > 0).then(|| {
      (std::time::Duration::from_millis(shortest as u64) / 4).clamp(
        std::time::Duration::from_millis(25),
        std::time::Duration::from_secs(1),
      )
    })
  }
}

/// Starts the server's sweep if a timeout needs it and it does not run, or makes it look
/// at its period again.
pub(super) fn ensure_sweep(shared: &Rc<RefCell<ServerShared>>) {
  let mut s = shared.borrow_mut();
  if s.sweeping {
    s.sweep_wake.notify_one();
    return;
  }
  if s.sweep_period().is_none() {
    return;
  }
  s.sweeping = true;
  drop(s);
  deno_core::unsync::spawn(sweep(shared.clone()));
}

/// The answer Node sends to a request that took too long to arrive.
/// How long a 'clientError' listener may keep a timed-out connection open.
const LISTENER_GRACE: std::time::Duration = std::time::Duration::from_secs(10);

const REQUEST_TIMEOUT_RESPONSE: &[u8] = b"HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n";

/// Node's timeouts, for all connections of a server, checked a few times per timeout
/// instead of a timer per request (the checks cost a few cell updates per read, write
/// and request):
/// - between requests with nothing received, a connection closes after keepAliveTimeout;
/// - a request whose head is not in after headersTimeout (or whose head and body are not
///   in after requestTimeout, counted from its first byte or the connection's start) gets
///   a 408 and the connection closes; with a 'clientError' listener that gets an
///   `ERR_HTTP_REQUEST_TIMEOUT` and the socket, still open, to answer itself;
/// - a socket idle (no bytes either way) for its timeout goes to JS as 'timeout'.
async fn sweep(shared: Rc<RefCell<ServerShared>>) {
  tick_coarse_clock();
  loop {
    let (period, wake) = {
      let s = shared.borrow();
      match s.sweep_period() {
        Some(p) if !s.finished() => (p, s.sweep_wake.clone()),
        _ => break,
      }
    };
    tokio::select! {
      _ = tokio::time::sleep(period) => {}
      _ = wake.notified() => continue,
    }
    let now = tick_coarse_clock();
    let mut s = shared.borrow_mut();
    if s.finished() {
      break;
    }
    // Stamps are on a clock that may lag by a period: wait that much longer.
    let lag = period.as_millis() as u64;
    let over = |since: u64, limit: u32| limit > 0 && now.saturating_sub(since) >= limit as u64 + lag;
    let (kept, head, request) = (s.kept_alive_limit(), s.head_limit(), s.request_ms);
    let mut events = Vec::new();
    for conn in s.live.values() {
      if conn.kill.is_canceled() {
        continue;
      }
      let since = conn.act.phase_since_ms();
      let late = match conn.act.phase() {
        Phase::KeptAlive => {
          if over(since, kept) {
            conn.kill.cancel();
            continue;
          }
          false
        }
        Phase::Head => over(since, head),
        Phase::Body => over(since, request),
        Phase::Serving => false,
      };
      if late {
        if s.watch_client_errors {
          events.push(ServerEvent::ClientError {
            facts: SocketFacts {
              conn: conn.clone(),
              local: conn.local_address(),
            },
            code: "ERR_HTTP_REQUEST_TIMEOUT",
            reason: "Request timeout",
            raw: Vec::new(),
          });
          // As in Node, the listener answers (its own 408) on a socket still open.
          conn.hand_to_listener(LISTENER_GRACE);
          continue;
        }
        conn.write_raw(REQUEST_TIMEOUT_RESPONSE);
        conn.kill.cancel();
        continue;
      }
      let timeout = conn.timeout_ms.get();
      if timeout > 0 && !conn.act.timeout_fired() && over(conn.act.last_io_ms(), timeout) {
        conn.act.set_timeout_fired();
        let request = if conn.is_idle() {
          -1
        } else {
          conn.current_request.get() as i32
        };
        events.push(ServerEvent::Timeout {
          conn: conn.id,
          request,
        });
      }
    }
    for e in events {
      s.push_event(e);
    }
  }
  shared.borrow_mut().sweeping = false;
}

/// Sets the idle timeout of request `id`'s connection (`req/res.setTimeout`), counted
/// from now; 0 turns it off.
#[op2(fast)]
pub(crate) fn op_http_set_timeout(
  state: &mut OpState,
  #[smi] rid: ResourceId,
  #[smi] id: u32,
  #[smi] ms: u32,
) {
  let slab = state.borrow::<HttpSlab>().0.clone();
  let Some(conn) = slab.borrow_mut().get(id).map(|e| e.conn.clone()) else {
    return;
  };
  conn.set_timeout(ms);
  if let Some(shared) = server_shared(state, rid) {
    note_socket_timeout(&shared, ms);
  }
}

fn note_socket_timeout(shared: &Rc<RefCell<ServerShared>>, ms: u32) {
  if ms == 0 {
    return;
  }
  {
    let mut s = shared.borrow_mut();
    let shorter = min_on(s.min_socket_timeout_ms, ms);
    if shorter == s.min_socket_timeout_ms {
      return;
    }
    s.min_socket_timeout_ms = shorter;
  }
  ensure_sweep(shared);
}

/// `server.timeout = ms`: the idle timeout of connections accepted from now on.
#[op2(fast)]
pub(crate) fn op_http_server_timeout(state: &mut OpState, #[smi] rid: ResourceId, #[smi] ms: u32) {
  if let Some(shared) = server_shared(state, rid) {
    shared.borrow_mut().server_timeout_ms = ms;
    note_socket_timeout(&shared, ms);
  }
}

#[cfg(test)]
mod tests {
  use std::time::Duration;

  use super::*;

  #[test]
  fn min_on_ignores_timeouts_that_are_off() {
    assert_eq!(min_on(0, 0), 0);
    assert_eq!(min_on(0, 5), 5);
    assert_eq!(min_on(5, 0), 5);
    assert_eq!(min_on(3, 5), 3);
  }

  #[test]
  fn sweep_period_follows_the_shortest_timeout() {
    let mut s = ServerShared::default();
    assert_eq!(s.sweep_period(), None, "no timeout, no sweep");
    // Node's defaults: keepAliveTimeout 5 s, headersTimeout 60 s, requestTimeout 300 s.
    (s.keep_alive_ms, s.headers_ms, s.request_ms) = (5000, 60_000, 300_000);
    assert_eq!(s.sweep_period(), Some(Duration::from_secs(1)));
    // Keep-alive timing off: headersTimeout limits the time between requests.
    s.keep_alive_ms = 0;
    assert_eq!(s.kept_alive_limit(), 60_000);
    s.min_socket_timeout_ms = 400;
    assert_eq!(s.sweep_period(), Some(Duration::from_millis(100)));
    s.min_socket_timeout_ms = 10;
    assert_eq!(s.sweep_period(), Some(Duration::from_millis(25)));
    // requestTimeout caps the head's time too.
    (s.headers_ms, s.request_ms) = (60_000, 2000);
    assert_eq!(s.head_limit(), 2000);
  }
}
