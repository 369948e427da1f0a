//! `fs.statfs`: statfs(2)'s numbers for a `StatFs` object.

use deno_core::op2;
use nodus_core::errors::NodeError;

/// statfs(2)'s numbers: type, bsize, frsize, blocks, bfree, bavail, files, ffree.
pub type StatFsNumbers = Vec<f64>;

fn statfs(path: &str) -> Result<StatFsNumbers, NodeError> {
  let c =
    std::ffi::CString::new(path).map_err(|_| NodeError::errno(libc::EINVAL, "statfs").with_path(path))?;
  // SAFETY: zeroed is a valid value for this plain C struct.
  let mut s: libc::statfs = unsafe { std::mem::zeroed() };
  // SAFETY: `c` is a valid C string and `s` a writable statfs.
  if unsafe { libc::statfs(c.as_ptr(), &mut s) } != 0 {
    return Err(NodeError::os(&std::io::Error::last_os_error(), "statfs").with_path(path));
  }
  Ok(vec![
    s.f_type as f64,
    s.f_bsize as f64,
    s.f_frsize as f64,
    s.f_blocks as f64,
    s.f_bfree as f64,
    s.f_bavail as f64,
    s.f_files as f64,
    s.f_ffree as f64,
  ])
}

/// `fs.statfsSync`
#[op2]
#[serde]
pub fn op_fs_statfs_sync(#[string] path: String) -> Result<StatFsNumbers, NodeError> {
  statfs(&path)
}

/// `fs.statfs`
#[op2]
#[serde]
pub async fn op_fs_statfs(#[string] path: String) -> Result<StatFsNumbers, NodeError> {
  crate::ops::blocking(move || statfs(&path)).await
}
