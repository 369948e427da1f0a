//! The IPC channel of `fork()`: one end of a Unix socket pair carrying newline-delimited
//! JSON (Node's 'json' serialization). Reads take what the socket has in one recvmsg and
//! give JS only complete lines (one string per read, however many messages it holds);
//! descriptors that arrive with SCM_RIGHTS are queued for `op_cp_ipc_take_fd`, and a
//! write can carry one descriptor, which is how handles travel.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::io;
use std::os::fd::AsRawFd;
use std::os::fd::FromRawFd;
use std::os::fd::IntoRawFd;
use std::os::fd::OwnedFd;
use std::os::fd::RawFd;
use std::rc::Rc;

use deno_core::op2;
use deno_core::CancelFuture;
use deno_core::CancelHandle;
use deno_core::OpState;
use deno_core::RcRef;
use deno_core::Resource;
use deno_core::ResourceId;
use nodus_core::errors::NodeError;
use tokio::io::Interest;
use tokio::net::UnixStream;

const READ_SIZE: usize = 65536;
/// Room for the SCM_RIGHTS header and a few descriptors, 8-byte aligned.
const CMSG_WORDS: usize = 16;

struct Pending {
  data: Vec<u8>,
  pos: usize,
  fd: Option<OwnedFd>,
}

/// One end of an IPC channel.
pub struct IpcResource {
  stream: UnixStream,
  /// Where reads land; kept so that a read does not allocate.
  buf: RefCell<Vec<u8>>,
  /// The bytes after the last newline read so far (a message not complete yet).
  partial: RefCell<Vec<u8>>,
  /// What the socket did not take yet, in order.
  out: RefCell<VecDeque<Pending>>,
  /// Descriptors received, oldest first.
  fds_in: RefCell<VecDeque<OwnedFd>>,
  cancel: CancelHandle,
}

impl Resource for IpcResource {
  fn name(&self) -> std::borrow::Cow<'_, str> {
    "ipcChannel".into()
  }

  fn close(self: Rc<Self>) {
    self.cancel.cancel();
  }
}

fn recv(fd: RawFd, buf: &mut [u8], fds_in: &RefCell<VecDeque<OwnedFd>>) -> io::Result<usize> {
  let mut iov = libc::iovec {
    iov_base: buf.as_mut_ptr().cast(),
    iov_len: buf.len(),
  };
  let mut control = [0u64; CMSG_WORDS];
  // SAFETY: a zeroed msghdr is valid; the pointers set below outlive the call.
  let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
  msg.msg_iov = &mut iov;
  msg.msg_iovlen = 1;
  msg.msg_control = control.as_mut_ptr().cast();
  msg.msg_controllen = std::mem::size_of_val(&control);
  // SAFETY: msg describes live buffers of the sizes given.
  let n = unsafe { libc::recvmsg(fd, &mut msg, libc::MSG_CMSG_CLOEXEC) };
  if n < 0 {
    return Err(io::Error::last_os_error());
  }
  // SAFETY: walking the control messages the kernel wrote into `control`.
  unsafe {
    let mut c = libc::CMSG_FIRSTHDR(&msg);
    while !c.is_null() {
      if (*c).cmsg_level == libc::SOL_SOCKET && (*c).cmsg_type == libc::SCM_RIGHTS {
        let data = libc::CMSG_DATA(c) as *const RawFd;
        let count = ((*c).cmsg_len as usize - libc::CMSG_LEN(0) as usize) / std::mem::size_of::<RawFd>();
        for i in 0..count {
          let fd = std::ptr::read_unaligned(data.add(i));
          fds_in.borrow_mut().push_back(OwnedFd::from_raw_fd(fd));
        }
      }
      c = libc::CMSG_NXTHDR(&msg, c);
    }
  }
  Ok(n as usize)
}

/// One sendmsg of `head` then `tail` (a message and its newline, gathered by the kernel
/// rather than joined in memory), with `pass` as SCM_RIGHTS.
fn send(fd: RawFd, head: &[u8], tail: &[u8], pass: Option<RawFd>) -> io::Result<usize> {
  let mut iov = [
    libc::iovec {
      iov_base: head.as_ptr() as *mut libc::c_void,
      iov_len: head.len(),
    },
    libc::iovec {
      iov_base: tail.as_ptr() as *mut libc::c_void,
      iov_len: tail.len(),
    },
  ];
  let mut control = [0u64; CMSG_WORDS];
  // SAFETY: as in recv; the control buffer is large enough for one descriptor.
  unsafe {
    let mut msg: libc::msghdr = std::mem::zeroed();
    msg.msg_iov = iov.as_mut_ptr();
    msg.msg_iovlen = 2;
    if let Some(pass) = pass {
      msg.msg_control = control.as_mut_ptr().cast();
      msg.msg_controllen = libc::CMSG_SPACE(std::mem::size_of::<RawFd>() as u32) as usize;
      let c = libc::CMSG_FIRSTHDR(&msg);
      (*c).cmsg_level = libc::SOL_SOCKET;
      (*c).cmsg_type = libc::SCM_RIGHTS;
      (*c).cmsg_len = libc::CMSG_LEN(std::mem::size_of::<RawFd>() as u32) as usize;
      std::ptr::write_unaligned(libc::CMSG_DATA(c) as *mut RawFd, pass);
    }
    // MSG_NOSIGNAL: a peer that went away is EPIPE here, not a SIGPIPE.
    let n = libc::sendmsg(fd, &msg, libc::MSG_NOSIGNAL);
    if n < 0 {
      Err(io::Error::last_os_error())
    } else {
      Ok(n as usize)
    }
  }
}

fn channel(state: &OpState, rid: ResourceId) -> Result<Rc<IpcResource>, NodeError> {
  state
    .resource_table
    .get::<IpcResource>(rid)
    .map_err(|_| NodeError::generic("ERR_IPC_CHANNEL_CLOSED", "Channel closed"))
}

/// Makes a channel of an inherited or freshly made socket fd (taking it over).
#[op2(fast)]
#[smi]
pub fn op_cp_ipc_open(state: &mut OpState, fd: i32) -> Result<ResourceId, NodeError> {
  // A stale NODE_CHANNEL_FD must not make us own (and later close) some other descriptor.
  if crate::fds::socket_type(fd) != Some(libc::SOCK_STREAM) {
    return Err(NodeError::errno(libc::EBADF, "open"));
  }
  // SAFETY: JS hands over ownership of a socket descriptor (ours or the inherited one).
  let std = unsafe { std::os::unix::net::UnixStream::from_raw_fd(fd) };
  // The inherited end is not close-on-exec; our own children must not get it.
  // SAFETY: fcntl on the descriptor owned by `std`.
  unsafe { libc::fcntl(std.as_raw_fd(), libc::F_SETFD, libc::FD_CLOEXEC) };
  let stream = std
    .set_nonblocking(true)
    .and_then(|_| UnixStream::from_std(std))
    .map_err(|e| NodeError::system(&e, "open", ""))?;
  Ok(state.resource_table.add(IpcResource {
    stream,
    buf: RefCell::new(vec![0; READ_SIZE]),
    partial: RefCell::new(Vec::new()),
    out: RefCell::new(VecDeque::new()),
    fds_in: RefCell::new(VecDeque::new()),
    cancel: CancelHandle::new(),
  }))
}

/// The next complete lines (one or more messages, each ending in `\n`); `""` when the
/// other side has closed the channel.
#[op2]
#[string]
pub async fn op_cp_ipc_read(
  state: Rc<RefCell<OpState>>,
  #[smi] rid: ResourceId,
) -> Result<String, NodeError> {
  let res = channel(&state.borrow(), rid)?;
  let read = async {
    loop {
      let n = loop {
        res.stream.readable().await?;
        let mut buf = res.buf.borrow_mut();
        match res.stream.try_io(Interest::READABLE, || {
          recv(res.stream.as_raw_fd(), &mut buf, &res.fds_in)
        }) {
          Ok(n) => break n,
          Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
          Err(e) => return Err(e),
        }
      };
      if n == 0 {
        return Ok(String::new());
      }
      let buf = res.buf.borrow();
      let chunk = &buf[..n];
      let Some(last) = chunk.iter().rposition(|&b| b == b'\n') else {
        res.partial.borrow_mut().extend_from_slice(chunk);
        continue;
      };
      let mut partial = res.partial.borrow_mut();
      let mut lines = std::mem::take(&mut *partial);
      lines.extend_from_slice(&chunk[..=last]);
      partial.extend_from_slice(&chunk[last + 1..]);
      return Ok(match String::from_utf8(lines) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
      });
    }
  };
  match read.or_cancel(RcRef::map(&res, |r| &r.cancel)).await {
    Ok(Ok(s)) => Ok(s),
    // Closed by us, or reset by the peer: both end the channel.
    Ok(Err(e)) if e.raw_os_error() == Some(libc::ECONNRESET) => Ok(String::new()),
    Ok(Err(e)) => Err(NodeError::system(&e, "read", "")),
    Err(_) => Ok(String::new()),
  }
}

/// Sends `msg` (serialized; the newline is added here) and, if `fd >= 0`, that descriptor with it
/// (taking it over: it is closed once sent). Writes now what the socket takes; returns 0 when all went out,
/// 1 when the rest waits for `op_cp_ipc_flush`.
#[op2(fast)]
pub fn op_cp_ipc_write(
  state: &mut OpState,
  #[smi] rid: ResourceId,
  #[string] msg: &str,
  fd: i32,
) -> Result<u32, NodeError> {
  // SAFETY: JS hands over a descriptor of its own (a duplicate made for sending): it is
  // ours from here on, closed once sent or when the write fails, whatever happens.
  let pass = (fd >= 0).then(|| unsafe { OwnedFd::from_raw_fd(fd) });
  let res = channel(state, rid)?;
  let data = msg.as_bytes();
  let total = data.len() + 1;
  let mut out = res.out.borrow_mut();
  let mut pos = 0;
  let mut pass_now = pass;
  if out.is_empty() {
    loop {
      let fd_arg = pass_now.as_ref().map(|f| f.as_raw_fd());
      let (head, tail) = if pos < data.len() {
        (&data[pos..], &b"\n"[..])
      } else {
        (&[][..], &b"\n"[pos - data.len()..])
      };
      match res.stream.try_io(Interest::WRITABLE, || {
        send(res.stream.as_raw_fd(), head, tail, fd_arg)
      }) {
        Ok(n) => {
          pos += n;
          // The descriptor went with the first bytes.
          pass_now = None;
          if pos == total {
            return Ok(0);
          }
        }
        Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
        Err(e) => return Err(NodeError::system(&e, "write", "")),
      }
    }
  }
  let mut rest = Vec::with_capacity(total - pos);
  rest.extend_from_slice(&data[pos.min(data.len())..]);
  rest.push(b'\n');
  out.push_back(Pending {
    data: rest,
    pos: 0,
    fd: pass_now,
  });
  Ok(1)
}

/// Writes everything queued by `op_cp_ipc_write`, waiting for the socket as needed.
#[op2]
pub async fn op_cp_ipc_flush(state: Rc<RefCell<OpState>>, #[smi] rid: ResourceId) -> Result<(), NodeError> {
  let res = channel(&state.borrow(), rid)?;
  let flush = async {
    loop {
      res.stream.writable().await?;
      let mut out = res.out.borrow_mut();
      let Some(front) = out.front_mut() else {
        return Ok(());
      };
      let fd_arg = front.fd.as_ref().map(|f| f.as_raw_fd());
      match res.stream.try_io(Interest::WRITABLE, || {
        send(res.stream.as_raw_fd(), &front.data[front.pos..], &[], fd_arg)
      }) {
        Ok(n) => {
          front.pos += n;
          front.fd = None;
          if front.pos == front.data.len() {
            out.pop_front();
          }
        }
        Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
        Err(e) => return Err(e),
      }
    }
  };
  match flush.or_cancel(RcRef::map(&res, |r| &r.cancel)).await {
    Ok(r) => r.map_err(|e| NodeError::system(&e, "write", "")),
    Err(_) => Ok(()),
  }
}

/// The oldest descriptor received with a message (now the caller's), or -1.
#[op2(fast)]
pub fn op_cp_ipc_take_fd(state: &mut OpState, #[smi] rid: ResourceId) -> i32 {
  let Ok(res) = channel(state, rid) else {
    return -1;
  };
  let fd = res.fds_in.borrow_mut().pop_front();
  fd.map_or(-1, IntoRawFd::into_raw_fd)
}

/// How many writes are still queued (JS matches them with their callbacks: a flush that
/// ended may have raced with a write JS made before it learnt of the end).
#[op2(fast)]
pub fn op_cp_ipc_queued(state: &mut OpState, #[smi] rid: ResourceId) -> u32 {
  channel(state, rid).map_or(0, |res| res.out.borrow().len() as u32)
}
