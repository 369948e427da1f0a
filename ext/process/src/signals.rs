//! `process.on('SIGxxx')`: while a signal has listeners, our handler (installed with
//! sigaction) writes its number to a pipe that an async op reads; when the last listener
//! goes, the default action is back (as libuv does for Node). Our own handler rather than
//! tokio's signal streams because those cannot give a signal its default action back.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::os::fd::FromRawFd;
use std::os::fd::OwnedFd;
use std::rc::Rc;
use std::sync::atomic::AtomicI32;
use std::sync::atomic::Ordering;

use deno_core::op2;
use deno_core::OpState;
use nodus_core::errors::NodeError;
use tokio::net::unix::pipe;

/// The pipe's write end, for the handler (-1 until the first listener).
static PIPE_WRITE: AtomicI32 = AtomicI32::new(-1);

extern "C" fn on_signal(signo: libc::c_int) {
  let fd = PIPE_WRITE.load(Ordering::Relaxed);
  if fd >= 0 {
    // write(2) is async-signal-safe; errno is the interrupted code's and stays so.
    // SAFETY: errno location of this thread; one byte from the stack.
    unsafe {
      let saved = *libc::__errno_location();
      let byte = signo as u8;
      libc::write(fd, &byte as *const u8 as *const libc::c_void, 1);
      *libc::__errno_location() = saved;
    }
  }
}

/// The pipe's read end and the signals read but not yet handed to JS.
struct SignalPipe {
  read: pipe::Receiver,
  pending: RefCell<VecDeque<u8>>,
}

fn signal_pipe(state: &mut OpState) -> Result<Rc<SignalPipe>, NodeError> {
  if let Some(p) = state.try_borrow::<Rc<SignalPipe>>() {
    return Ok(p.clone());
  }
  let mut fds = [0; 2];
  // SAFETY: pipe2 fills two fds.
  if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_NONBLOCK | libc::O_CLOEXEC) } != 0 {
    return Err(NodeError::system(
      &std::io::Error::last_os_error(),
      "uv_signal_start",
      "",
    ));
  }
  // SAFETY: both fds are new and ours.
  let read = pipe::Receiver::from_owned_fd(unsafe { OwnedFd::from_raw_fd(fds[0]) })
    .map_err(|e| NodeError::system(&e, "uv_signal_start", ""))?;
  PIPE_WRITE.store(fds[1], Ordering::Relaxed);
  let p = Rc::new(SignalPipe {
    read,
    pending: RefCell::new(VecDeque::new()),
  });
  state.put(p.clone());
  Ok(p)
}

fn einval() -> NodeError {
  NodeError::errno(libc::EINVAL, "uv_signal_start")
}

/// Whether JS may take `signo`: SIGKILL and SIGSTOP cannot be caught, and SIGCHLD
/// belongs to tokio's child reaping.
fn catchable(signo: i32) -> bool {
  (1..=64).contains(&signo) && signo != libc::SIGKILL && signo != libc::SIGSTOP && signo != libc::SIGCHLD
}

/// Starts delivering `signo` to JS (`process.on` got its first listener for it).
#[op2(fast)]
pub fn op_process_signal_listen(state: &mut OpState, signo: i32) -> Result<(), NodeError> {
  if !catchable(signo) {
    return Err(einval());
  }
  signal_pipe(state)?;
  set_action(
    signo,
    on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t,
  )
}

/// Gives `signo` its default action back (its last listener went).
#[op2(fast)]
pub fn op_process_signal_unlisten(signo: i32) -> Result<(), NodeError> {
  if !catchable(signo) {
    return Ok(());
  }
  set_action(signo, libc::SIG_DFL)
}

fn set_action(signo: i32, handler: libc::sighandler_t) -> Result<(), NodeError> {
  // SAFETY: a zeroed sigaction with a handler and an empty mask is valid.
  let r = unsafe {
    let mut action: libc::sigaction = std::mem::zeroed();
    action.sa_sigaction = handler;
    action.sa_flags = libc::SA_RESTART;
    libc::sigemptyset(&mut action.sa_mask);
    libc::sigaction(signo, &action, std::ptr::null_mut())
  };
  if r != 0 {
    return Err(einval());
  }
  Ok(())
}

/// The next signal that arrived for a listened signal.
#[op2]
pub async fn op_process_signal_next(state: Rc<RefCell<OpState>>) -> Result<u32, NodeError> {
  let p = signal_pipe(&mut state.borrow_mut())?;
  loop {
    if let Some(signo) = p.pending.borrow_mut().pop_front() {
      return Ok(signo as u32);
    }
    p.read
      .readable()
      .await
      .map_err(|e| NodeError::system(&e, "read", ""))?;
    let mut buf = [0u8; 64];
    match p.read.try_read(&mut buf) {
      Ok(n) => p.pending.borrow_mut().extend(&buf[..n]),
      Err(e)
        if matches!(
          e.kind(),
          std::io::ErrorKind::WouldBlock | std::io::ErrorKind::Interrupted
        ) => {}
      Err(e) => return Err(NodeError::system(&e, "read", "")),
    }
  }
}
