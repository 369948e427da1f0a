//! File descriptor plumbing shared by the async and sync spawns: socket pairs for pipes,
//! and the translation of JS's stdio list into what the child gets.

use std::io;
use std::os::fd::FromRawFd;
use std::os::fd::OwnedFd;
use std::os::fd::RawFd;

/// What one stdio slot of the child is, as JS encodes it: a pipe to the parent, nothing
/// (`/dev/null`), the IPC channel, or a parent's fd (`inherit` is the same index).
pub const STDIO_PIPE: i32 = -1;
/// `'ignore'`
pub const STDIO_IGNORE: i32 = -2;
/// `'ipc'`
pub const STDIO_IPC: i32 = -3;

/// A connected pair of Unix stream sockets, both close-on-exec.
pub fn socketpair() -> io::Result<(OwnedFd, OwnedFd)> {
  let mut fds = [0 as RawFd; 2];
  // SAFETY: `fds` has room for the two descriptors socketpair(2) writes.
  let r = unsafe {
    libc::socketpair(
      libc::AF_UNIX,
      libc::SOCK_STREAM | libc::SOCK_CLOEXEC,
      0,
      fds.as_mut_ptr(),
    )
  };
  if r != 0 {
    return Err(io::Error::last_os_error());
  }
  // SAFETY: socketpair succeeded, so both descriptors are new and ours.
  Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

/// A close-on-exec duplicate of `fd` (for giving a parent's descriptor to a child).
pub fn dup(fd: RawFd) -> io::Result<OwnedFd> {
  // SAFETY: fcntl(F_DUPFD_CLOEXEC) only reads `fd`; a bad one is reported as EBADF.
  let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
  if r < 0 {
    return Err(io::Error::last_os_error());
  }
  // SAFETY: `r` is a new descriptor we own.
  Ok(unsafe { OwnedFd::from_raw_fd(r) })
}

/// The parent's end of a socket pair becomes a raw fd that JS hands to another op
/// (`op_net_stream_from_fd`, `op_cp_ipc_open`), which takes ownership.
pub fn into_raw(fd: OwnedFd) -> RawFd {
  std::os::fd::IntoRawFd::into_raw_fd(fd)
}

/// Negative errno of an io error, as libuv reports spawn failures.
pub fn neg_errno(e: &io::Error) -> i32 {
  -e.raw_os_error().unwrap_or(libc::EINVAL)
}

/// Runs in the child between fork and exec: puts the extra descriptors (index 3 and up)
/// in place and starts a new session for `detached`. Only async-signal-safe calls.
pub fn child_setup(extra: &[(RawFd, RawFd)], detached: bool) -> io::Result<()> {
  if detached {
    // SAFETY: setsid(2) has no memory-safety preconditions.
    unsafe { libc::setsid() };
  }
  for &(src, target) in extra {
    // SAFETY: plain descriptor calls on descriptors the parent keeps open until exec.
    let r = unsafe {
      if src == target {
        libc::fcntl(src, libc::F_SETFD, 0)
      } else {
        libc::dup2(src, target)
      }
    };
    if r < 0 {
      return Err(io::Error::last_os_error());
    }
  }
  Ok(())
}

/// The socket type of `fd` (`SOCK_STREAM`, ...), or None if it is no socket.
pub fn socket_type(fd: RawFd) -> Option<i32> {
  let mut kind: libc::c_int = 0;
  let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
  // SAFETY: getsockopt writes at most `len` bytes into `kind`.
  let r = unsafe {
    libc::getsockopt(
      fd,
      libc::SOL_SOCKET,
      libc::SO_TYPE,
      (&mut kind as *mut libc::c_int).cast(),
      &mut len,
    )
  };
  (r == 0).then_some(kind)
}
