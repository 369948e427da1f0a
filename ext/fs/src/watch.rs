//! `fs.watch` on Linux: one inotify instance per watcher, read on tokio's reactor (no
//! thread per watcher). Events come out as libuv reports them: `rename` for anything but
//! a change of content or attributes, the entry's name (or, for the watched path's own
//! events, its base name). With `recursive`, every directory below the root is watched
//! too, directories made later are added as they appear, and names are relative to the
//! root, as Node 24 reports them on Linux.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ffi::CStr;
use std::io;
use std::os::fd::AsRawFd;
use std::os::fd::FromRawFd;
use std::os::fd::OwnedFd;
use std::path::Path;
use std::rc::Rc;

use deno_core::op2;
use deno_core::CancelFuture;
use deno_core::CancelHandle;
use deno_core::OpState;
use deno_core::RcRef;
use deno_core::Resource;
use deno_core::ResourceId;
use nodus_core::errors::NodeError;
use tokio::io::unix::AsyncFd;

/// What libuv asks inotify for.
const MASK: u32 = libc::IN_ATTRIB
  | libc::IN_CREATE
  | libc::IN_MODIFY
  | libc::IN_DELETE
  | libc::IN_DELETE_SELF
  | libc::IN_MOVE_SELF
  | libc::IN_MOVED_FROM
  | libc::IN_MOVED_TO;

/// One `fs.watch` watcher.
pub struct WatchResource {
  fd: AsyncFd<OwnedFd>,
  /// The watched path, as given.
  root: String,
  /// Watch descriptor -> the directory it watches, relative to the root ("" for the root).
  dirs: RefCell<HashMap<i32, String>>,
  recursive: bool,
  cancel: CancelHandle,
}

impl Resource for WatchResource {
  fn name(&self) -> std::borrow::Cow<'_, str> {
    "fsWatcher".into()
  }

  fn close(self: Rc<Self>) {
    self.cancel.cancel();
  }
}

fn add_watch(fd: i32, path: &str) -> io::Result<i32> {
  let c = std::ffi::CString::new(path).map_err(|_| io::Error::from_raw_os_error(libc::EINVAL))?;
  // SAFETY: `c` is a valid C string; `fd` is our inotify descriptor.
  let wd = unsafe { libc::inotify_add_watch(fd, c.as_ptr(), MASK) };
  if wd < 0 {
    return Err(io::Error::last_os_error());
  }
  Ok(wd)
}

impl WatchResource {
  /// Watches the directories below `rel` (relative to the root), not following links.
  fn add_tree(&self, rel: &str) {
    let dir = if rel.is_empty() {
      self.root.clone()
    } else {
      format!("{}/{rel}", self.root)
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
      return;
    };
    for entry in entries.flatten() {
      if !entry.file_type().map(|t| t.is_dir()).unwrap_or(false) {
        continue;
      }
      let name = entry.file_name().to_string_lossy().into_owned();
      let child = if rel.is_empty() {
        name
      } else {
        format!("{rel}/{name}")
      };
      if let Ok(wd) = add_watch(self.fd.get_ref().as_raw_fd(), &format!("{}/{child}", self.root)) {
        self.dirs.borrow_mut().insert(wd, child.clone());
        self.add_tree(&child);
      }
    }
  }

  /// The events in `buf` as (type, name) pairs.
  fn parse(&self, buf: &[u8]) -> Vec<(String, String)> {
    let header = std::mem::size_of::<libc::inotify_event>();
    let base = Path::new(&self.root)
      .file_name()
      .map(|s| s.to_string_lossy().into_owned())
      .unwrap_or_default();
    let mut out = Vec::new();
    let mut at = 0;
    while at + header <= buf.len() {
      // SAFETY: the kernel wrote a whole inotify_event header at `at` (checked above);
      // read_unaligned copes with any alignment.
      let event: libc::inotify_event = unsafe { std::ptr::read_unaligned(buf[at..].as_ptr().cast()) };
      let name_bytes = &buf[(at + header).min(buf.len())..(at + header + event.len as usize).min(buf.len())];
      at += header + event.len as usize;
      if event.mask & libc::IN_IGNORED != 0 {
        self.dirs.borrow_mut().remove(&event.wd);
        continue;
      }
      if event.mask & libc::IN_Q_OVERFLOW != 0 {
        continue;
      }
      let name = CStr::from_bytes_until_nul(name_bytes)
        .map(|c| c.to_string_lossy().into_owned())
        .unwrap_or_else(|_| String::from_utf8_lossy(name_bytes).into_owned());
      let rel_dir = self.dirs.borrow().get(&event.wd).cloned();
      let filename = match (&rel_dir, name.is_empty()) {
        (_, true) if self.recursive => match &rel_dir {
          Some(d) if !d.is_empty() => d.clone(),
          _ => base.clone(),
        },
        (_, true) => base.clone(),
        (Some(d), false) if !d.is_empty() => format!("{d}/{name}"),
        _ => name,
      };
      if self.recursive
        && event.mask & libc::IN_ISDIR != 0
        && event.mask & (libc::IN_CREATE | libc::IN_MOVED_TO) != 0
      {
        if let Ok(wd) = add_watch(
          self.fd.get_ref().as_raw_fd(),
          &format!("{}/{filename}", self.root),
        ) {
          self.dirs.borrow_mut().insert(wd, filename.clone());
          self.add_tree(&filename);
        }
      }
      let kind = if event.mask & !(libc::IN_ATTRIB | libc::IN_MODIFY) != 0 {
        "rename"
      } else {
        "change"
      };
      out.push((kind.to_owned(), filename));
    }
    out
  }
}

/// Starts watching `path`; Node's `watch` error (ENOENT, ENOSPC...) when it cannot be.
#[op2(fast)]
#[smi]
pub fn op_fs_watch_start(
  state: &mut OpState,
  #[string] path: String,
  recursive: bool,
) -> Result<ResourceId, NodeError> {
  let fail = |e: io::Error| NodeError::os(&e, "watch").with_path(&path);
  // SAFETY: plain syscall; the descriptor is owned right below.
  let raw = unsafe { libc::inotify_init1(libc::IN_NONBLOCK | libc::IN_CLOEXEC) };
  if raw < 0 {
    return Err(fail(io::Error::last_os_error()));
  }
  // SAFETY: `raw` was just made and nothing else owns it.
  let owned = unsafe { OwnedFd::from_raw_fd(raw) };
  let wd = add_watch(raw, &path).map_err(fail)?;
  // SAFETY: `owned` is an open descriptor that the AsyncFd owns from here on, so it stays
  // open and the same for the AsyncFd's whole life.
  let fd = unsafe { AsyncFd::register(owned) }.map_err(|e| fail(e.into()))?;
  let resource = WatchResource {
    fd,
    root: path.clone(),
    dirs: RefCell::new(HashMap::from([(wd, String::new())])),
    recursive: recursive && Path::new(&path).is_dir(),
    cancel: CancelHandle::new(),
  };
  if resource.recursive {
    resource.add_tree("");
  }
  Ok(state.resource_table.add(resource))
}

/// The next events, as [type, filename] pairs; empty once the watcher is closed.
#[op2]
#[serde]
pub async fn op_fs_watch_next(
  state: Rc<RefCell<OpState>>,
  #[smi] rid: ResourceId,
) -> Result<Vec<(String, String)>, NodeError> {
  let Ok(res) = state.borrow().resource_table.get::<WatchResource>(rid) else {
    return Ok(Vec::new());
  };
  let read = async {
    let mut buf = vec![0u8; 16384];
    loop {
      let mut guard = res.fd.readable().await?;
      let n = match guard.try_io(|fd| {
        // SAFETY: `buf` is writable for its length.
        let n = unsafe { libc::read(fd.get_ref().as_raw_fd(), buf.as_mut_ptr().cast(), buf.len()) };
        if n < 0 {
          Err(io::Error::last_os_error())
        } else {
          Ok(n as usize)
        }
      }) {
        Ok(r) => r?,
        Err(_would_block) => continue,
      };
      let events = res.parse(&buf[..n]);
      if !events.is_empty() {
        return Ok::<_, io::Error>(events);
      }
    }
  };
  match read.or_cancel(RcRef::map(&res, |r| &r.cancel)).await {
    Ok(Ok(events)) => Ok(events),
    Ok(Err(e)) => Err(NodeError::os(&e, "watch").with_path(&res.root)),
    Err(_) => Ok(Vec::new()),
  }
}

/// Stops a watcher (a pending `op_fs_watch_next` resolves empty).
#[op2(fast)]
pub fn op_fs_watch_close(state: &mut OpState, #[smi] rid: ResourceId) {
  if let Ok(res) = state.resource_table.take::<WatchResource>(rid) {
    res.close();
  }
}
