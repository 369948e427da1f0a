//! `fs.opendir`'s `Dir`: an open directory stream read a few entries at a time, in the
//! order the OS gives them (as libuv's `uv_fs_readdir`).

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::Mutex;

use deno_core::op2;
use deno_core::OpState;
use deno_core::Resource;
use deno_core::ResourceId;
use nodus_core::errors::NodeError;

use crate::ops::dirent_type;

/// One open directory; `None` once closed.
pub struct DirResource {
  entries: Arc<Mutex<Option<std::fs::ReadDir>>>,
}

impl Resource for DirResource {
  fn name(&self) -> std::borrow::Cow<'_, str> {
    "fsDir".into()
  }
}

/// Entries of a directory read: (name, libuv dirent type).
pub type DirEntries = Vec<(String, u8)>;

fn open_dir(path: &str) -> Result<std::fs::ReadDir, NodeError> {
  std::fs::read_dir(path).map_err(|e| NodeError::os(&e, "opendir").with_path(path))
}

/// Up to `count` entries; `None` at the end of the directory.
fn read_some(
  entries: &Mutex<Option<std::fs::ReadDir>>,
  count: usize,
) -> Result<Option<DirEntries>, NodeError> {
  let mut guard = entries
    .lock()
    .map_err(|_| NodeError::errno(libc::EIO, "scandir"))?;
  let Some(iter) = guard.as_mut() else {
    return Err(NodeError::errno(libc::EBADF, "scandir"));
  };
  let mut out = Vec::new();
  for entry in iter.by_ref() {
    let entry = entry.map_err(|e| NodeError::os(&e, "scandir"))?;
    let kind = entry.file_type().map(dirent_type).unwrap_or(0);
    out.push((entry.file_name().to_string_lossy().into_owned(), kind));
    if out.len() >= count {
      break;
    }
  }
  Ok(if out.is_empty() { None } else { Some(out) })
}

fn dir(state: &OpState, rid: ResourceId) -> Result<Arc<Mutex<Option<std::fs::ReadDir>>>, NodeError> {
  state
    .resource_table
    .get::<DirResource>(rid)
    .map(|d| d.entries.clone())
    .map_err(|_| NodeError::errno(libc::EBADF, "scandir"))
}

fn add(state: &mut OpState, iter: std::fs::ReadDir) -> ResourceId {
  state.resource_table.add(DirResource {
    entries: Arc::new(Mutex::new(Some(iter))),
  })
}

/// `fs.opendirSync`: a directory handle.
#[op2(fast)]
#[smi]
pub fn op_fs_opendir_sync(state: &mut OpState, #[string] path: String) -> Result<ResourceId, NodeError> {
  let iter = open_dir(&path)?;
  Ok(add(state, iter))
}

/// `fs.opendir`
#[op2]
#[smi]
pub async fn op_fs_opendir(
  state: Rc<RefCell<OpState>>,
  #[string] path: String,
) -> Result<ResourceId, NodeError> {
  let iter = crate::ops::blocking(move || open_dir(&path)).await?;
  Ok(add(&mut state.borrow_mut(), iter))
}

/// `dir.readSync()`: up to `count` entries, `null` at the end.
#[op2]
#[serde]
pub fn op_fs_dir_read_sync(
  state: &mut OpState,
  #[smi] rid: ResourceId,
  count: u32,
) -> Result<Option<DirEntries>, NodeError> {
  let entries = dir(state, rid)?;
  read_some(&entries, count.max(1) as usize)
}

/// `dir.read()`
#[op2]
#[serde]
pub async fn op_fs_dir_read(
  state: Rc<RefCell<OpState>>,
  #[smi] rid: ResourceId,
  count: u32,
) -> Result<Option<DirEntries>, NodeError> {
  let entries = dir(&state.borrow(), rid)?;
  crate::ops::blocking(move || read_some(&entries, count.max(1) as usize)).await
}

/// `dir.close()`: the directory is closed now (closing is not a blocking call).
#[op2(fast)]
pub fn op_fs_dir_close(state: &mut OpState, #[smi] rid: ResourceId) -> Result<(), NodeError> {
  let res = state
    .resource_table
    .take::<DirResource>(rid)
    .map_err(|_| NodeError::errno(libc::EBADF, "closedir"))?;
  if let Ok(mut guard) = res.entries.lock() {
    guard.take();
  }
  Ok(())
}
