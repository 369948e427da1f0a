//! `spawn()`: starting a child on tokio's process support, waiting for it without
//! blocking (tokio reaps it on SIGCHLD), and signalling it.

use std::cell::Cell;
use std::cell::RefCell;
use std::io;
use std::os::fd::AsRawFd;
use std::os::fd::OwnedFd;
use std::os::unix::process::CommandExt;
use std::os::unix::process::ExitStatusExt;
use std::process::Stdio;
use std::rc::Rc;

use deno_core::op2;
use deno_core::OpState;
use deno_core::Resource;
use deno_core::ResourceId;
use nodus_core::errors::NodeError;
use serde::Deserialize;
use serde::Serialize;

use crate::fds;

/// What JS asks for, already normalised (`args` includes argv[0]).
#[derive(Deserialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct SpawnOptions {
  file: String,
  args: Vec<String>,
  cwd: Option<String>,
  /// The whole environment as `KEY=value` (None: inherit ours).
  env: Option<Vec<String>>,
  /// Added to the environment (NODE_CHANNEL_FD for fork's channel).
  #[serde(default)]
  extra_env: Vec<String>,
  /// One entry per child fd: `fds::STDIO_*` or a parent fd to give it.
  stdio: Vec<i32>,
  #[serde(default)]
  detached: bool,
  uid: Option<u32>,
  gid: Option<u32>,
}

fn set_env(cmd: &mut std::process::Command, pairs: &[String]) {
  for pair in pairs {
    // Node passes `KEY=value`; a pair without `=` (or starting with one) is skipped.
    if let Some(i) = pair.get(1..).and_then(|s| s.find('=')) {
      cmd.env(&pair[..i + 1], &pair[i + 2..]);
    }
  }
}

/// The command without its stdio; shared with the sync spawn.
pub fn base_command(opts: &SpawnOptions) -> std::process::Command {
  let mut cmd = std::process::Command::new(&opts.file);
  if let Some(argv0) = opts.args.first() {
    cmd.arg0(argv0);
  }
  cmd.args(opts.args.iter().skip(1));
  if let Some(cwd) = &opts.cwd {
    cmd.current_dir(cwd);
  }
  if let Some(env) = &opts.env {
    cmd.env_clear();
    set_env(&mut cmd, env);
  }
  set_env(&mut cmd, &opts.extra_env);
  if let Some(uid) = opts.uid {
    cmd.uid(uid);
  }
  if let Some(gid) = opts.gid {
    cmd.gid(gid);
  }
  cmd
}

/// Stdio slot `i` of a child: `Stdio` for 0..2, else a descriptor to put at `i`.
pub fn inherited(fd: i32, i: usize) -> io::Result<Stdio> {
  if fd == i as i32 {
    Ok(Stdio::inherit())
  } else {
    Ok(Stdio::from(fds::dup(fd)?))
  }
}

impl SpawnOptions {
  /// The stdio list.
  pub fn stdio(&self) -> &[i32] {
    &self.stdio
  }
}

/// A child process in the resource table.
#[derive(Debug)]
pub struct ChildResource {
  child: RefCell<Option<tokio::process::Child>>,
  pid: i32,
  exited: Cell<bool>,
}

impl Resource for ChildResource {
  fn name(&self) -> std::borrow::Cow<'_, str> {
    "child".into()
  }
}

/// What JS learns from a spawn: a negative errno (`err`, with nothing else), or the pid,
/// the child's resource and the parent's ends of the pipes (-1 where there is none).
#[derive(Serialize, Default)]
pub struct Spawned {
  err: i32,
  pid: i32,
  rid: ResourceId,
  fds: Vec<i32>,
}

fn spawn(state: &mut OpState, opts: &SpawnOptions) -> io::Result<Spawned> {
  let mut cmd = base_command(opts);
  let mut parent_fds = vec![-1; opts.stdio.len()];
  // The child's ends stay open here until the child has them.
  let mut child_ends: Vec<OwnedFd> = Vec::new();
  let mut extra: Vec<(i32, i32)> = Vec::new();
  for (i, &kind) in opts.stdio.iter().enumerate() {
    let slot: Option<Stdio> = match kind {
      fds::STDIO_PIPE | fds::STDIO_IPC => {
        let (parent, child) = fds::socketpair()?;
        parent_fds[i] = fds::into_raw(parent);
        if i < 3 {
          Some(Stdio::from(child))
        } else {
          extra.push((child.as_raw_fd(), i as i32));
          child_ends.push(child);
          None
        }
      }
      fds::STDIO_IGNORE => (i < 3).then(Stdio::null),
      fd => {
        if i < 3 {
          Some(inherited(fd, i)?)
        } else {
          let d = fds::dup(fd)?;
          extra.push((d.as_raw_fd(), i as i32));
          child_ends.push(d);
          None
        }
      }
    };
    if let Some(slot) = slot {
      match i {
        0 => cmd.stdin(slot),
        1 => cmd.stdout(slot),
        _ => cmd.stderr(slot),
      };
    }
  }
  // Node leaves missing stdio slots 0..2 closed-ish; we give /dev/null rather than ours.
  for i in opts.stdio.len()..3 {
    match i {
      0 => cmd.stdin(Stdio::null()),
      1 => cmd.stdout(Stdio::null()),
      _ => cmd.stderr(Stdio::null()),
    };
  }
  if !extra.is_empty() || opts.detached {
    let detached = opts.detached;
    // SAFETY: child_setup only makes async-signal-safe calls (fcntl, dup2, setsid).
    unsafe {
      cmd.pre_exec(move || fds::child_setup(&extra, detached));
    }
  }
  let child = match tokio::process::Command::from(cmd).spawn() {
    Ok(child) => child,
    Err(e) => {
      for &fd in &parent_fds {
        if fd >= 0 {
          // SAFETY: the parent's ends made above, not handed out yet.
          unsafe { libc::close(fd) };
        }
      }
      return Err(e);
    }
  };
  drop(child_ends);
  let pid = child.id().map_or(0, |p| p as i32);
  let rid = state.resource_table.add(ChildResource {
    child: RefCell::new(Some(child)),
    pid,
    exited: Cell::new(false),
  });
  Ok(Spawned {
    err: 0,
    pid,
    rid,
    fds: parent_fds,
  })
}

/// Starts a child. Failures that Node reports as an `'error'` event (ENOENT, EACCES, ...)
/// come back as `err`, not as an exception.
#[op2]
#[serde]
pub fn op_cp_spawn(state: &mut OpState, #[serde] opts: SpawnOptions) -> Spawned {
  spawn(state, &opts).unwrap_or_else(|e| Spawned {
    err: fds::neg_errno(&e),
    ..Default::default()
  })
}

/// Waits for the child to end: `[exitCode, signal]` (-1 for the one that does not apply).
#[op2]
#[serde]
pub async fn op_cp_wait(
  state: Rc<RefCell<OpState>>,
  #[smi] rid: ResourceId,
) -> Result<(i32, i32), NodeError> {
  let resource = state
    .borrow()
    .resource_table
    .get::<ChildResource>(rid)
    .map_err(|_| NodeError::generic("ERR_INVALID_STATE", "no such child"))?;
  let child = resource.child.borrow_mut().take();
  let Some(mut child) = child else {
    return Err(NodeError::generic(
      "ERR_INVALID_STATE",
      "child already waited for",
    ));
  };
  let status = child.wait().await;
  resource.exited.set(true);
  let _ = state.borrow_mut().resource_table.take_any(rid);
  let status = status.map_err(|e| NodeError::system(&e, "waitpid", ""))?;
  Ok(match (status.code(), status.signal()) {
    (Some(code), _) => (code, -1),
    (None, Some(sig)) => (-1, sig),
    _ => (-1, -1),
  })
}

/// Sends signal `sig` to the child: 0 or a negative errno (ESRCH once it has ended).
#[op2(fast)]
pub fn op_cp_kill(state: &mut OpState, #[smi] rid: ResourceId, sig: i32) -> i32 {
  let Ok(resource) = state.resource_table.get::<ChildResource>(rid) else {
    return -libc::ESRCH;
  };
  if resource.exited.get() || resource.pid <= 0 {
    return -libc::ESRCH;
  }
  // SAFETY: kill(2) on the pid of a child we have not reaped yet, so it is still ours.
  if unsafe { libc::kill(resource.pid, sig) } == 0 {
    0
  } else {
    fds::neg_errno(&io::Error::last_os_error())
  }
}

/// Closes a descriptor JS duplicated for a child (once the child has its copy).
#[op2(fast)]
pub fn op_cp_close_fd(fd: i32) {
  if fd > 2 {
    // SAFETY: JS owns this duplicate and does not use it after this call.
    unsafe { libc::close(fd) };
  }
}
