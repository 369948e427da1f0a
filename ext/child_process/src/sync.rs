//! `spawnSync()` and friends: the one place where the JS thread blocks on a child, on
//! std::process with a thread per pipe (so a chatty stderr cannot stall stdout).

use std::io::Read;
use std::io::Write;
use std::os::unix::process::ExitStatusExt;
use std::process::Stdio;
use std::sync::atomic::AtomicBool;
use std::sync::atomic::Ordering;
use std::sync::mpsc;
use std::sync::Arc;
use std::sync::Mutex;
use std::thread;
use std::time::Duration;

use deno_core::op2;
use deno_core::ToJsBuffer;
use serde::Deserialize;
use serde::Serialize;

use crate::fds;
use crate::spawn::base_command;
use crate::spawn::inherited;
use crate::spawn::SpawnOptions;

/// The limits of a sync spawn.
#[derive(Deserialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct SyncLimits {
  /// ms; 0 for none
  timeout: u64,
  kill_signal: i32,
  /// bytes per output pipe; 0 for no limit
  max_buffer: f64,
  has_input: bool,
}

/// The outcome, as `spawnSync` reports it before JS dresses it up.
#[derive(Serialize, Default)]
pub struct SyncResult {
  err: i32,
  pid: i32,
  status: Option<i32>,
  signal: Option<i32>,
  stdout: Option<ToJsBuffer>,
  stderr: Option<ToJsBuffer>,
}

fn kill(pid: i32, sig: i32) {
  // SAFETY: kill(2) on our child, which is not reaped before this thread joins.
  unsafe { libc::kill(pid, sig) };
}

/// What one reader thread collects; shared so that a killed child's output can be taken
/// without waiting for the pipe's end (a grandchild may hold it open).
type Collected = Arc<Mutex<Vec<u8>>>;

/// Reads a pipe to its end; past `max` bytes it kills the child and stops (keeping what
/// it read, as Node does).
fn collect(
  mut pipe: impl Read + Send + 'static,
  max: f64,
  pid: i32,
  sig: i32,
  overflow: Arc<AtomicBool>,
) -> (thread::JoinHandle<()>, Collected) {
  let out: Collected = Arc::default();
  let shared = out.clone();
  let handle = thread::spawn(move || {
    let mut buf = vec![0u8; 65536];
    loop {
      match pipe.read(&mut buf) {
        Ok(0) => break,
        Ok(n) => {
          let mut out = shared.lock().unwrap_or_else(|e| e.into_inner());
          out.extend_from_slice(&buf[..n]);
          if max > 0.0 && out.len() as f64 > max {
            overflow.store(true, Ordering::SeqCst);
            kill(pid, sig);
            break;
          }
        }
        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
        Err(_) => break,
      }
    }
  });
  (handle, out)
}

/// The output so far; after a kill we do not wait for the pipe to end (Node closes its
/// ends at that point too), otherwise we do.
fn finish(reader: Option<(thread::JoinHandle<()>, Collected)>, wait: bool) -> Option<ToJsBuffer> {
  let (handle, out) = reader?;
  if wait {
    let _ = handle.join();
  }
  let data = std::mem::take(&mut *out.lock().unwrap_or_else(|e| e.into_inner()));
  Some(data.into())
}

/// Runs a child to its end, feeding it `input` and collecting what it writes.
#[op2]
#[serde]
pub fn op_cp_spawn_sync(
  #[serde] opts: SpawnOptions,
  #[serde] limits: SyncLimits,
  #[buffer] input: &[u8],
) -> SyncResult {
  let mut cmd = base_command(&opts);
  let stdio = opts.stdio();
  for i in 0..3 {
    let kind = stdio.get(i).copied().unwrap_or(fds::STDIO_IGNORE);
    let slot = match kind {
      fds::STDIO_PIPE => Ok(Stdio::piped()),
      fds::STDIO_IGNORE | fds::STDIO_IPC => Ok(Stdio::null()),
      fd => inherited(fd, i),
    };
    let slot = match slot {
      Ok(s) => s,
      Err(e) => {
        return SyncResult {
          err: fds::neg_errno(&e),
          ..Default::default()
        }
      }
    };
    match i {
      0 => cmd.stdin(slot),
      1 => cmd.stdout(slot),
      _ => cmd.stderr(slot),
    };
  }
  let mut child = match cmd.spawn() {
    Ok(c) => c,
    Err(e) => {
      return SyncResult {
        err: fds::neg_errno(&e),
        ..Default::default()
      }
    }
  };
  let pid = child.id() as i32;
  let sig = limits.kill_signal;
  let overflow = Arc::new(AtomicBool::new(false));
  let writer = child.stdin.take().map(|mut stdin| {
    let data = if limits.has_input {
      input.to_vec()
    } else {
      Vec::new()
    };
    thread::spawn(move || {
      // A child that does not read its input is not an error (EPIPE is dropped).
      let _ = stdin.write_all(&data);
    })
  });
  let out = child
    .stdout
    .take()
    .map(|p| collect(p, limits.max_buffer, pid, sig, overflow.clone()));
  let err = child
    .stderr
    .take()
    .map(|p| collect(p, limits.max_buffer, pid, sig, overflow.clone()));
  let mut timed_out = false;
  let status = if limits.timeout > 0 {
    let (tx, rx) = mpsc::channel();
    let waiter = thread::spawn(move || {
      let _ = tx.send(child.wait());
    });
    let status = match rx.recv_timeout(Duration::from_millis(limits.timeout)) {
      Ok(s) => s,
      Err(_) => {
        timed_out = true;
        kill(pid, sig);
        rx.recv()
          .unwrap_or_else(|_| Err(std::io::Error::from_raw_os_error(libc::ECHILD)))
      }
    };
    let _ = waiter.join();
    status
  } else {
    child.wait()
  };
  let killed = timed_out || overflow.load(Ordering::SeqCst);
  if let Some(w) = writer {
    if !killed {
      let _ = w.join();
    }
  }
  let mut result = SyncResult {
    pid,
    stdout: finish(out, !killed),
    stderr: finish(err, !killed),
    ..Default::default()
  };
  match status {
    Ok(st) => {
      result.status = st.code();
      result.signal = st.signal();
    }
    Err(e) => result.err = fds::neg_errno(&e),
  }
  if timed_out {
    result.err = -libc::ETIMEDOUT;
  } else if overflow.load(Ordering::SeqCst) {
    result.err = -libc::ENOBUFS;
  }
  result
}
