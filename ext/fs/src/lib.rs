//! ext_fs: `node:fs` and `node:fs/promises` for nodus.
//!
//! Every file system call is one Rust body in [`ops`], exposed twice: as a sync op for
//! `fs.xSync` and as an async op, run on tokio's blocking pool, for the callback and
//! promise forms. Data crosses as buffers, never strings; `createReadStream` reads
//! `highWaterMark`-sized chunks with one async op each. See README.md.

#![warn(missing_docs)]

mod dir;
mod ops;
mod statfs;
mod watch;

use dir::*;
use ops::*;
use statfs::*;
use watch::*;

deno_core::extension!(
  ext_fs,
  deps = [ext_builtins],
  ops = [
    op_fs_open_sync,
    op_fs_open,
    op_fs_close_sync,
    op_fs_close,
    op_fs_read_sync,
    op_fs_read,
    op_fs_write_sync,
    op_fs_write,
    op_fs_read_file_sync,
    op_fs_read_file,
    op_fs_write_file_sync,
    op_fs_write_file,
    op_fs_stat_sync,
    op_fs_stat,
    op_fs_fstat_sync,
    op_fs_fstat,
    op_fs_readdir_sync,
    op_fs_readdir,
    op_fs_mkdir_sync,
    op_fs_mkdir,
    op_fs_rm_sync,
    op_fs_rm,
    op_fs_rmdir_sync,
    op_fs_rmdir,
    op_fs_unlink_sync,
    op_fs_unlink,
    op_fs_rename_sync,
    op_fs_rename,
    op_fs_link_sync,
    op_fs_link,
    op_fs_symlink_sync,
    op_fs_symlink,
    op_fs_readlink_sync,
    op_fs_readlink,
    op_fs_copy_file_sync,
    op_fs_copy_file,
    op_fs_access_sync,
    op_fs_access,
    op_fs_realpath_sync,
    op_fs_realpath,
    op_fs_chmod_sync,
    op_fs_chmod,
    op_fs_fchmod_sync,
    op_fs_fchmod,
    op_fs_chown_sync,
    op_fs_chown,
    op_fs_fchown_sync,
    op_fs_fchown,
    op_fs_ftruncate_sync,
    op_fs_ftruncate,
    op_fs_fsync_sync,
    op_fs_fsync,
    op_fs_utimes_sync,
    op_fs_utimes,
    op_fs_mkdtemp_sync,
    op_fs_mkdtemp,
    op_fs_watch_start,
    op_fs_watch_next,
    op_fs_watch_close,
    op_fs_opendir_sync,
    op_fs_opendir,
    op_fs_dir_read_sync,
    op_fs_dir_read,
    op_fs_dir_close,
    op_fs_statfs_sync,
    op_fs_statfs,
  ],
  customizer = |ext: &mut deno_core::Extension| {
    nodus_core::builtin_modules!("ext_fs";
      public: ["fs", "fs/promises"];
      internal: ["internal/fs/utils", "internal/fs/streams", "internal/fs/cp", "internal/fs/watchers", "internal/fs/dir", "internal/fs/glob"]
    )
    .install(ext);
  },
);
