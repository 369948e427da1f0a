//! The ops behind `node:fs`. Each file system call is written once as a plain Rust body;
//! [`fs_op!`] turns it into a sync op (`op_fs_x_sync`, for `fs.xSync`) and an async op
//! (`op_fs_x`, for callbacks and promises) that runs the same body on tokio's blocking
//! pool, so the JS thread never waits for the disk.
//!
//! Paths arrive as strings (JS turns Buffers and `file:` URLs into strings). File
//! descriptors are the OS's own numbers, as in Node.

use std::ffi::CString;
use std::fs::File;
use std::io::Read;
use std::io::Write;
use std::mem::ManuallyDrop;
use std::os::fd::FromRawFd;
use std::os::unix::fs::DirBuilderExt;
use std::os::unix::fs::FileExt;
use std::os::unix::fs::MetadataExt;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use deno_core::op2;
use deno_core::JsBuffer;

use nodus_core::errors::NodeError;

/// Runs `f` on tokio's blocking pool.
pub(crate) async fn blocking<T: Send + 'static>(
  f: impl FnOnce() -> Result<T, NodeError> + Send + 'static,
) -> Result<T, NodeError> {
  match tokio::task::spawn_blocking(f).await {
    Ok(r) => r,
    Err(_) => Err(NodeError::errno(libc::EIO, "uv_fs")),
  }
}

/// Defines a sync op and an async op with one body (see the module docs). Argument and
/// result types are single tokens (aliases below) because `op2` must see them as written.
macro_rules! fs_op {
  (
    $(#[doc = $doc:expr])*
    $sync:ident $(($fast:ident))? / $async:ident ($($(#[$pa:ident])? $arg:ident : $ty:ident),* $(,)?)
    $(#[$ra:ident])? -> $ret:tt $body:block
  ) => {
    $(#[doc = $doc])*
    #[op2 $(($fast))?]
    $(#[$ra])?
    pub fn $sync($($(#[$pa])? $arg: $ty),*) -> Result<$ret, NodeError> $body

    $(#[doc = $doc])*
    #[op2]
    $(#[$ra])?
    pub async fn $async($($(#[$pa])? $arg: $ty),*) -> Result<$ret, NodeError> {
      blocking(move || $body).await
    }
  };
}

fn cpath(path: &str, syscall: &'static str) -> Result<CString, NodeError> {
  CString::new(path).map_err(|_| NodeError::errno(libc::EINVAL, syscall).with_path(path))
}

/// A `File` view of a descriptor that JS owns: never closed when dropped.
fn borrow_fd(fd: i32) -> ManuallyDrop<File> {
  // SAFETY: the File is never dropped, so it does not close `fd`; an invalid or closed
  // descriptor makes the calls on it fail with EBADF, which is what Node reports.
  ManuallyDrop::new(unsafe { File::from_raw_fd(fd) })
}

/// `map_err(on("open", path))`: the error of `syscall` failing on `path` (named even when
/// empty, as Node's fs reports `open ''`).
fn on<'a>(syscall: &'static str, path: &'a str) -> impl FnOnce(std::io::Error) -> NodeError + 'a {
  move |e| NodeError::os(&e, syscall).with_path(path)
}

fn last_error() -> std::io::Error {
  std::io::Error::last_os_error()
}

/// `open(2)` with Node's numeric flags and mode (close-on-exec, as libuv opens files).
pub fn open(path: &str, flags: i32, mode: u32) -> Result<i32, NodeError> {
  let c = cpath(path, "open")?;
  // SAFETY: `c` is a valid C string for the duration of the call.
  let fd = unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode as libc::c_uint) };
  if fd < 0 {
    return Err(NodeError::os(&last_error(), "open").with_path(path));
  }
  Ok(fd)
}

/// A read's offset: `position` (a float from JS, exact up to 2^53), kept where a read of
/// `length` bytes cannot overflow the kernel's offset (past the end of any real file).
fn read_offset(position: f64, length: usize) -> libc::off_t {
  let last = libc::off_t::MAX - length as libc::off_t;
  (position as libc::off_t).min(last)
}

/// Reads into `buf` at `position` (or the current position when it is negative).
pub fn read_into(fd: i32, buf: &mut [u8], position: f64) -> Result<usize, NodeError> {
  let file = borrow_fd(fd);
  let r = if position >= 0.0 {
    file.read_at(buf, read_offset(position, buf.len()) as u64)
  } else {
    (&*file).read(buf)
  };
  r.map_err(|e| NodeError::os(&e, "read"))
}

/// Writes `buf` at `position` (or the current position when it is negative).
pub fn write_from(fd: i32, buf: &[u8], position: f64) -> Result<usize, NodeError> {
  let file = borrow_fd(fd);
  let r = if position >= 0.0 {
    file.write_at(buf, position as u64)
  } else {
    (&*file).write(buf)
  };
  r.map_err(|e| NodeError::os(&e, "write"))
}

/// The whole content of `fd` from its current position.
fn read_to_end(file: &File) -> Result<Vec<u8>, NodeError> {
  let size = file.metadata().map(|m| m.len()).unwrap_or(0) as usize;
  let mut data = Vec::with_capacity(size);
  let mut reader = file;
  reader
    .read_to_end(&mut data)
    .map_err(|e| NodeError::os(&e, "read"))?;
  Ok(data)
}

/// Opens `path` (or borrows `fd` when it is not negative) and runs `f` on the file.
fn with_file<T>(
  path: &str,
  fd: i32,
  flags: i32,
  mode: u32,
  f: impl FnOnce(&File) -> Result<T, NodeError>,
) -> Result<T, NodeError> {
  if fd >= 0 {
    return f(&borrow_fd(fd));
  }
  let fd = open(path, flags, mode)?;
  // SAFETY: `fd` was just opened and is owned by this File, which closes it.
  let file = unsafe { File::from_raw_fd(fd) };
  f(&file)
}

/// The numbers of a `Stats` object, in this order: dev, mode, nlink, uid, gid, rdev,
/// blksize, ino, size, blocks, then seconds and nanoseconds of atime, mtime, ctime and
/// birthtime.
pub fn stat_numbers(m: &std::fs::Metadata) -> StatNumbers {
  let (birth_s, birth_ns) = match m.created() {
    Ok(t) => match t.duration_since(std::time::UNIX_EPOCH) {
      Ok(d) => (d.as_secs() as f64, d.subsec_nanos() as f64),
      Err(_) => (0.0, 0.0),
    },
    Err(_) => (0.0, 0.0),
  };
  vec![
    m.dev() as f64,
    m.mode() as f64,
    m.nlink() as f64,
    m.uid() as f64,
    m.gid() as f64,
    m.rdev() as f64,
    m.blksize() as f64,
    m.ino() as f64,
    m.size() as f64,
    m.blocks() as f64,
    m.atime() as f64,
    m.atime_nsec() as f64,
    m.mtime() as f64,
    m.mtime_nsec() as f64,
    m.ctime() as f64,
    m.ctime_nsec() as f64,
    birth_s,
    birth_ns,
  ]
}

/// libuv's dirent types, which `Dirent` keeps.
pub(crate) fn dirent_type(t: std::fs::FileType) -> u8 {
  use std::os::unix::fs::FileTypeExt;
  if t.is_file() {
    1
  } else if t.is_dir() {
    2
  } else if t.is_symlink() {
    3
  } else if t.is_fifo() {
    4
  } else if t.is_socket() {
    5
  } else if t.is_char_device() {
    6
  } else if t.is_block_device() {
    7
  } else {
    0
  }
}

/// One directory listing entry: (parent relative to the listed root, name, type).
pub type Entry = (String, String, u8);
/// What `readdir` returns.
pub type Listing = Vec<Entry>;
/// What [`stat_numbers`] returns.
pub type StatNumbers = Vec<f64>;
/// The first directory a recursive `mkdir` made, if any.
pub type FirstMade = Option<String>;

/// The entries of `root`, sorted by name as libuv's scandir sorts them; with `recursive`,
/// breadth first as Node lists them (every entry of a directory before those of its
/// subdirectories).
pub fn readdir(root: &str, recursive: bool) -> Result<Listing, NodeError> {
  let mut out = Vec::new();
  let mut queue = std::collections::VecDeque::from([String::new()]);
  while let Some(rel) = queue.pop_front() {
    let dir = if rel.is_empty() {
      root.to_owned()
    } else {
      format!("{root}/{rel}")
    };
    let entries = match std::fs::read_dir(&dir) {
      Ok(e) => e,
      // Below the root, a directory that vanished or cannot be read is skipped.
      Err(e) if rel.is_empty() => return Err(NodeError::os(&e, "scandir").with_path(root)),
      Err(_) => continue,
    };
    let mut names: Vec<(String, u8)> = Vec::new();
    for entry in entries {
      let entry = entry.map_err(on("scandir", root))?;
      let kind = entry.file_type().map(dirent_type).unwrap_or(0);
      names.push((entry.file_name().to_string_lossy().into_owned(), kind));
    }
    names.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    for (name, kind) in names {
      if recursive && kind == 2 {
        queue.push_back(if rel.is_empty() {
          name.clone()
        } else {
          format!("{rel}/{name}")
        });
      }
      out.push((rel.clone(), name, kind));
    }
  }
  Ok(out)
}

/// `mkdir`, and with `recursive` `mkdir -p` that returns the first directory it made.
pub fn mkdir(path: &str, recursive: bool, mode: u32) -> Result<FirstMade, NodeError> {
  let mut builder = std::fs::DirBuilder::new();
  builder.mode(mode);
  if !recursive {
    builder.create(path).map_err(on("mkdir", path))?;
    return Ok(None);
  }
  // The ancestors that do not exist yet, nearest first.
  let mut missing = Vec::new();
  let mut at = Path::new(path);
  loop {
    match std::fs::metadata(at) {
      Ok(m) if m.is_dir() => break,
      Ok(_) => {
        let errno = if missing.is_empty() {
          libc::EEXIST
        } else {
          libc::ENOTDIR
        };
        return Err(NodeError::errno(errno, "mkdir").with_path(path));
      }
      Err(e) if e.raw_os_error() == Some(libc::ENOENT) => missing.push(at),
      Err(e) => return Err(NodeError::os(&e, "mkdir").with_path(path)),
    }
    match at.parent() {
      Some(p) if !p.as_os_str().is_empty() => at = p,
      _ => break,
    }
  }
  let first = missing.last().map(|p| p.to_string_lossy().into_owned());
  for dir in missing.iter().rev() {
    match builder.create(dir) {
      Ok(()) => {}
      // Made meanwhile by someone else: fine, as long as it is a directory.
      Err(e) if e.raw_os_error() == Some(libc::EEXIST) && dir.is_dir() => {}
      Err(e) => return Err(NodeError::os(&e, "mkdir").with_path(path)),
    }
  }
  Ok(first)
}

/// `rm`: files and links always; directories with `recursive`; nothing there is fine with
/// `force`. A directory without `recursive` fails with EISDIR on syscall `rm`.
pub fn rm(path: &str, recursive: bool, force: bool) -> Result<(), NodeError> {
  let meta = match std::fs::symlink_metadata(path) {
    Ok(m) => m,
    Err(e) if force && e.raw_os_error() == Some(libc::ENOENT) => return Ok(()),
    Err(e) => return Err(NodeError::os(&e, "lstat").with_path(path)),
  };
  if meta.is_dir() {
    if !recursive {
      return Err(NodeError::errno(libc::EISDIR, "rm").with_path(path));
    }
    std::fs::remove_dir_all(path).map_err(on("rm", path))
  } else {
    std::fs::remove_file(path).map_err(on("rm", path))
  }
}

/// `copyFile`: content and permission bits; `COPYFILE_EXCL` (1) refuses to overwrite.
pub fn copy_file(src: &str, dest: &str, mode: i32) -> Result<(), NodeError> {
  let fail = |e: std::io::Error| NodeError::os(&e, "copyfile").with_path(src).with_dest(dest);
  let mut from = File::open(src).map_err(fail)?;
  let perm = from.metadata().map_err(fail)?.permissions().mode();
  let mut options = std::fs::OpenOptions::new();
  options.write(true);
  if mode & 1 != 0 {
    options.create_new(true);
  } else {
    options.create(true).truncate(true);
  }
  std::os::unix::fs::OpenOptionsExt::mode(&mut options, perm);
  let mut to = options.open(dest).map_err(fail)?;
  std::io::copy(&mut from, &mut to).map_err(fail)?;
  to.set_permissions(std::fs::Permissions::from_mode(perm))
    .map_err(fail)?;
  Ok(())
}

/// `realpath`; `walk` reports a failure as Node's JS `realpath` does: an `lstat` of the
/// first part of the path that cannot be resolved.
pub fn realpath(path: &str, walk: bool) -> Result<String, NodeError> {
  match std::fs::canonicalize(path) {
    Ok(p) => Ok(p.to_string_lossy().into_owned()),
    Err(e) if walk => {
      let mut prefix = std::path::PathBuf::new();
      for part in Path::new(path).components() {
        prefix.push(part);
        if let Err(e) = std::fs::symlink_metadata(&prefix) {
          return Err(NodeError::os(&e, "lstat").with_path(prefix.to_string_lossy()));
        }
      }
      Err(NodeError::os(&e, "lstat").with_path(path))
    }
    Err(e) => Err(NodeError::os(&e, "realpath").with_path(path)),
  }
}

/// `utimensat`/`futimens` with times in seconds; `fd < 0` means by path (`follow`ing links
/// or not).
pub fn utimes(path: &str, fd: i32, atime: f64, mtime: f64, follow: bool) -> Result<(), NodeError> {
  let ts = |t: f64| libc::timespec {
    tv_sec: t.floor() as libc::time_t,
    tv_nsec: ((t - t.floor()) * 1e9) as libc::c_long,
  };
  let times = [ts(atime), ts(mtime)];
  let r = if fd >= 0 {
    // SAFETY: `times` points at two timespecs.
    unsafe { libc::futimens(fd, times.as_ptr()) }
  } else {
    let syscall = if follow { "utime" } else { "lutime" };
    let c = cpath(path, syscall)?;
    let flag = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: `c` is a valid C string and `times` points at two timespecs.
    let r = unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), times.as_ptr(), flag) };
    if r != 0 {
      return Err(NodeError::os(&last_error(), syscall).with_path(path));
    }
    r
  };
  if r != 0 {
    return Err(NodeError::os(&last_error(), "futime"));
  }
  Ok(())
}

/// Six random letters and digits for `mkdtemp`.
fn random_suffix() -> String {
  const CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  let mut bytes = [0u8; 6];
  // SAFETY: `bytes` is a valid buffer of its length.
  let n = unsafe { libc::getrandom(bytes.as_mut_ptr().cast(), bytes.len(), 0) };
  if n != bytes.len() as isize {
    let t = std::time::SystemTime::now()
      .duration_since(std::time::UNIX_EPOCH)
      .map(|d| d.as_nanos())
      .unwrap_or(0);
    for (i, b) in bytes.iter_mut().enumerate() {
      *b = (t >> (i * 7)) as u8;
    }
  }
  bytes
    .iter()
    .map(|b| CHARS[*b as usize % CHARS.len()] as char)
    .collect()
}

/// `mkdtemp`: a new directory (mode 0700) named `prefix` + six random characters.
pub fn mkdtemp(prefix: &str) -> Result<String, NodeError> {
  let mut builder = std::fs::DirBuilder::new();
  builder.mode(0o700);
  loop {
    let path = format!("{prefix}{}", random_suffix());
    match builder.create(&path) {
      Ok(()) => return Ok(path),
      Err(e) if e.raw_os_error() == Some(libc::EEXIST) => continue,
      Err(e) => return Err(NodeError::os(&e, "mkdtemp").with_path(format!("{prefix}XXXXXX"))),
    }
  }
}

fn check(r: libc::c_int, err: impl FnOnce(std::io::Error) -> NodeError) -> Result<(), NodeError> {
  if r == 0 {
    Ok(())
  } else {
    Err(err(last_error()))
  }
}

// --- the ops -----------------------------------------------------------------------------

fs_op! {
  /// `fs.open`: the new descriptor.
  op_fs_open_sync(fast) / op_fs_open(#[string] path: String, flags: i32, mode: u32) -> i32 {
    open(&path, flags, mode)
  }
}

fs_op! {
  /// `fs.close`
  op_fs_close_sync(fast) / op_fs_close(fd: i32) -> () {
    // SAFETY: closing a number has no memory-safety preconditions.
    check(unsafe { libc::close(fd) }, |e| NodeError::os(&e, "close"))
  }
}

/// `fs.readSync` into `buf` (JS passes the window to fill); the number of bytes read.
#[op2(fast)]
pub fn op_fs_read_sync(fd: i32, #[buffer] buf: &mut [u8], position: f64) -> Result<u32, NodeError> {
  read_into(fd, buf, position).map(|n| n as u32)
}

/// Up to `length` bytes at `position` (negative: the current position) in a new buffer,
/// with one `read(2)`/`pread(2)`: shorter at the end of the file, empty past it.
pub fn read_vec(fd: i32, length: usize, position: f64) -> Result<Vec<u8>, NodeError> {
  let mut buf: Vec<u8> = Vec::with_capacity(length);
  let dst = buf.spare_capacity_mut().as_mut_ptr().cast::<libc::c_void>();
  // SAFETY: `dst` points at `length` writable bytes of `buf`'s spare capacity; the kernel
  // writes at most that many, and only the `n` it reports are then marked initialised.
  let n = unsafe {
    if position >= 0.0 {
      libc::pread(fd, dst, length, read_offset(position, length))
    } else {
      libc::read(fd, dst, length)
    }
  };
  if n < 0 {
    return Err(NodeError::os(&last_error(), "read"));
  }
  // SAFETY: the first `n` bytes were written by the read above.
  unsafe { buf.set_len(n as usize) };
  Ok(buf)
}

/// `fs.read` and streams: see [`read_vec`]. Streams ask for several chunks at once and
/// split the result, so a chunk costs less than one trip to the blocking pool.
#[op2]
#[buffer]
pub async fn op_fs_read(fd: i32, length: u32, position: f64) -> Result<Vec<u8>, NodeError> {
  blocking(move || read_vec(fd, length as usize, position)).await
}

/// `fs.writeSync`: the number of bytes written.
#[op2(fast)]
pub fn op_fs_write_sync(fd: i32, #[buffer] buf: &[u8], position: f64) -> Result<u32, NodeError> {
  write_from(fd, buf, position).map(|n| n as u32)
}

/// The bytes of a JS buffer, owned, for a blocking-pool thread. A `JsBuffer` must stay on
/// the JS thread: on QuickJS, dropping the last reference frees a JS value, which from
/// another thread races the engine (it crashed a spec run), and a buffer detached by JS
/// while a write is in flight would leave a raw pointer dangling. One copy is cheap next
/// to the trip to the pool and the syscall.
fn owned(buf: JsBuffer) -> Vec<u8> {
  buf.to_vec()
}

/// `fs.write`: the number of bytes written.
#[op2]
pub async fn op_fs_write(fd: i32, #[buffer] buf: JsBuffer, position: f64) -> Result<u32, NodeError> {
  let buf = owned(buf);
  blocking(move || write_from(fd, &buf, position).map(|n| n as u32)).await
}

/// `fs.readFileSync`: the whole file, from `path` (opened with `flags`) or from `fd`.
#[op2]
#[buffer]
pub fn op_fs_read_file_sync(#[string] path: String, fd: i32, flags: i32) -> Result<Vec<u8>, NodeError> {
  with_file(&path, fd, flags, 0o666, read_to_end)
}

/// `fs.readFile`
#[op2]
#[buffer]
pub async fn op_fs_read_file(#[string] path: String, fd: i32, flags: i32) -> Result<Vec<u8>, NodeError> {
  blocking(move || with_file(&path, fd, flags, 0o666, read_to_end)).await
}

/// All of `data`, then with `flush` an fsync (writeFile's `flush` option).
fn write_all(mut file: &File, data: &[u8], flush: bool) -> Result<(), NodeError> {
  file.write_all(data).map_err(|e| NodeError::os(&e, "write"))?;
  if flush {
    file.sync_all().map_err(|e| NodeError::os(&e, "fsync"))?;
  }
  Ok(())
}

/// `fs.writeFileSync`/`appendFileSync` (the flags say which): all of `data`.
#[op2(fast)]
pub fn op_fs_write_file_sync(
  #[string] path: String,
  fd: i32,
  flags: i32,
  mode: u32,
  flush: bool,
  #[buffer] data: &[u8],
) -> Result<(), NodeError> {
  with_file(&path, fd, flags, mode, |f| write_all(f, data, flush))
}

/// `fs.writeFile`/`appendFile`
#[op2]
pub async fn op_fs_write_file(
  #[string] path: String,
  fd: i32,
  flags: i32,
  mode: u32,
  flush: bool,
  #[buffer] data: JsBuffer,
) -> Result<(), NodeError> {
  let data = owned(data);
  blocking(move || with_file(&path, fd, flags, mode, |f| write_all(f, &data, flush))).await
}

fs_op! {
  /// `fs.stat` (`follow`) and `fs.lstat`: see [`stat_numbers`].
  op_fs_stat_sync / op_fs_stat(#[string] path: String, follow: bool) #[serde] -> StatNumbers {
    let meta = if follow { std::fs::metadata(&path) } else { std::fs::symlink_metadata(&path) };
    meta
      .map(|m| stat_numbers(&m))
      .map_err(on(if follow { "stat" } else { "lstat" }, &path))
  }
}

fs_op! {
  /// `fs.fstat`
  op_fs_fstat_sync / op_fs_fstat(fd: i32) #[serde] -> StatNumbers {
    borrow_fd(fd)
      .metadata()
      .map(|m| stat_numbers(&m))
      .map_err(|e| NodeError::os(&e, "fstat"))
  }
}

fs_op! {
  /// `fs.readdir`: see [`readdir`].
  op_fs_readdir_sync / op_fs_readdir(#[string] path: String, recursive: bool) #[serde] -> Listing {
    readdir(&path, recursive)
  }
}

fs_op! {
  /// `fs.mkdir`: the first directory made, with `recursive`.
  op_fs_mkdir_sync / op_fs_mkdir(#[string] path: String, recursive: bool, mode: u32) #[serde] -> FirstMade {
    mkdir(&path, recursive, mode)
  }
}

fs_op! {
  /// `fs.rm`
  op_fs_rm_sync(fast) / op_fs_rm(#[string] path: String, recursive: bool, force: bool) -> () {
    rm(&path, recursive, force)
  }
}

fs_op! {
  /// `fs.rmdir`
  op_fs_rmdir_sync(fast) / op_fs_rmdir(#[string] path: String) -> () {
    std::fs::remove_dir(&path).map_err(on("rmdir", &path))
  }
}

fs_op! {
  /// `fs.unlink`
  op_fs_unlink_sync(fast) / op_fs_unlink(#[string] path: String) -> () {
    std::fs::remove_file(&path).map_err(on("unlink", &path))
  }
}

fs_op! {
  /// `fs.rename`
  op_fs_rename_sync(fast) / op_fs_rename(#[string] from: String, #[string] to: String) -> () {
    std::fs::rename(&from, &to).map_err(|e| NodeError::os(&e, "rename").with_path(&from).with_dest(&to))
  }
}

fs_op! {
  /// `fs.link`
  op_fs_link_sync(fast) / op_fs_link(#[string] existing: String, #[string] new: String) -> () {
    std::fs::hard_link(&existing, &new).map_err(|e| NodeError::os(&e, "link").with_path(&existing).with_dest(&new))
  }
}

fs_op! {
  /// `fs.symlink`: a link at `path` that points at `target`.
  op_fs_symlink_sync(fast) / op_fs_symlink(#[string] target: String, #[string] path: String) -> () {
    std::os::unix::fs::symlink(&target, &path).map_err(|e| NodeError::os(&e, "symlink").with_path(&target).with_dest(&path))
  }
}

fs_op! {
  /// `fs.readlink`
  op_fs_readlink_sync / op_fs_readlink(#[string] path: String) #[string] -> String {
    std::fs::read_link(&path)
      .map(|p| p.to_string_lossy().into_owned())
      .map_err(on("readlink", &path))
  }
}

fs_op! {
  /// `fs.copyFile`: see [`copy_file`].
  op_fs_copy_file_sync(fast) / op_fs_copy_file(#[string] src: String, #[string] dest: String, mode: i32) -> () {
    copy_file(&src, &dest, mode)
  }
}

fs_op! {
  /// `fs.access`
  op_fs_access_sync(fast) / op_fs_access(#[string] path: String, mode: i32) -> () {
    let c = cpath(&path, "access")?;
    // SAFETY: `c` is a valid C string.
    check(unsafe { libc::access(c.as_ptr(), mode) }, on("access", &path))
  }
}

fs_op! {
  /// `fs.realpath` (`walk`: the JS flavour's error) and `fs.realpath.native`.
  op_fs_realpath_sync / op_fs_realpath(#[string] path: String, walk: bool) #[string] -> String {
    realpath(&path, walk)
  }
}

fs_op! {
  /// `fs.chmod`
  op_fs_chmod_sync(fast) / op_fs_chmod(#[string] path: String, mode: u32) -> () {
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).map_err(on("chmod", &path))
  }
}

fs_op! {
  /// `fs.fchmod`
  op_fs_fchmod_sync(fast) / op_fs_fchmod(fd: i32, mode: u32) -> () {
    // SAFETY: no memory-safety preconditions.
    check(unsafe { libc::fchmod(fd, mode as libc::mode_t) }, |e| NodeError::os(&e, "fchmod"))
  }
}

fs_op! {
  /// `fs.chown` (`follow`) and `fs.lchown`
  op_fs_chown_sync(fast) / op_fs_chown(#[string] path: String, uid: u32, gid: u32, follow: bool) -> () {
    let r = if follow {
      std::os::unix::fs::chown(&path, Some(uid), Some(gid))
    } else {
      std::os::unix::fs::lchown(&path, Some(uid), Some(gid))
    };
    r.map_err(on(if follow { "chown" } else { "lchown" }, &path))
  }
}

fs_op! {
  /// `fs.fchown`
  op_fs_fchown_sync(fast) / op_fs_fchown(fd: i32, uid: u32, gid: u32) -> () {
    // SAFETY: no memory-safety preconditions.
    check(unsafe { libc::fchown(fd, uid, gid) }, |e| NodeError::os(&e, "fchown"))
  }
}

fs_op! {
  /// `fs.ftruncate` (`fs.truncate` opens the file first, in JS).
  op_fs_ftruncate_sync(fast) / op_fs_ftruncate(fd: i32, len: f64) -> () {
    borrow_fd(fd).set_len(len as u64).map_err(|e| NodeError::os(&e, "ftruncate"))
  }
}

fs_op! {
  /// `fs.fsync` (`data`: `fs.fdatasync`)
  op_fs_fsync_sync(fast) / op_fs_fsync(fd: i32, data: bool) -> () {
    let file = borrow_fd(fd);
    if data {
      file.sync_data().map_err(|e| NodeError::os(&e, "fdatasync"))
    } else {
      file.sync_all().map_err(|e| NodeError::os(&e, "fsync"))
    }
  }
}

fs_op! {
  /// `fs.utimes`, `fs.lutimes` and (`fd >= 0`) `fs.futimes`; times in seconds.
  op_fs_utimes_sync(fast) / op_fs_utimes(#[string] path: String, fd: i32, atime: f64, mtime: f64, follow: bool) -> () {
    utimes(&path, fd, atime, mtime, follow)
  }
}

fs_op! {
  /// `fs.mkdtemp`: the path of the new directory.
  op_fs_mkdtemp_sync / op_fs_mkdtemp(#[string] prefix: String) #[string] -> String {
    mkdtemp(&prefix)
  }
}

#[cfg(test)]
mod tests {
  use super::*;

  fn tmp() -> String {
    mkdtemp(&std::env::temp_dir().join("ext-fs-test-").to_string_lossy()).unwrap()
  }

  #[test]
  fn mkdir_recursive_returns_the_first_made() {
    let d = tmp();
    assert_eq!(
      mkdir(&format!("{d}/a/b/c"), true, 0o777).unwrap(),
      Some(format!("{d}/a"))
    );
    assert_eq!(mkdir(&format!("{d}/a/b/c"), true, 0o777).unwrap(), None);
    std::fs::write(format!("{d}/f"), b"x").unwrap();
    assert_eq!(
      mkdir(&format!("{d}/f"), true, 0o777).unwrap_err().code(),
      "EEXIST"
    );
    assert_eq!(
      mkdir(&format!("{d}/f/g/h"), true, 0o777).unwrap_err().code(),
      "ENOTDIR"
    );
    rm(&d, true, false).unwrap();
  }

  #[test]
  fn readdir_is_sorted_and_breadth_first() {
    let d = tmp();
    mkdir(&format!("{d}/b/x"), true, 0o777).unwrap();
    std::fs::write(format!("{d}/a"), b"").unwrap();
    std::fs::write(format!("{d}/b/c"), b"").unwrap();
    let names: Vec<String> = readdir(&d, true)
      .unwrap()
      .into_iter()
      .map(|(p, n, _)| if p.is_empty() { n } else { format!("{p}/{n}") })
      .collect();
    assert_eq!(names, ["a", "b", "b/c", "b/x"]);
    assert_eq!(readdir(&format!("{d}/a"), false).unwrap_err().code(), "ENOTDIR");
    rm(&d, true, false).unwrap();
  }

  #[test]
  fn rm_needs_recursive_for_directories() {
    let d = tmp();
    let e = rm(&d, false, false).unwrap_err();
    assert_eq!((e.code(), e.to_string().contains(", rm '")), ("EISDIR", true));
    rm(&format!("{d}/nope"), false, true).unwrap();
    assert_eq!(
      rm(&format!("{d}/nope"), false, false).unwrap_err().code(),
      "ENOENT"
    );
    rm(&d, true, false).unwrap();
    assert!(!Path::new(&d).exists());
  }

  #[test]
  fn copy_file_excl_refuses_to_overwrite() {
    let d = tmp();
    let (a, b) = (format!("{d}/a"), format!("{d}/b"));
    std::fs::write(&a, b"hello").unwrap();
    copy_file(&a, &b, 0).unwrap();
    assert_eq!(std::fs::read(&b).unwrap(), b"hello");
    let e = copy_file(&a, &b, 1).unwrap_err();
    assert_eq!(
      e.to_string(),
      format!("EEXIST: file already exists, copyfile '{a}' -> '{b}'")
    );
    rm(&d, true, false).unwrap();
  }

  #[test]
  fn realpath_walk_names_the_missing_part() {
    let d = tmp();
    let real = realpath(&d, true).unwrap();
    let e = realpath(&format!("{d}/x/y"), true).unwrap_err();
    assert_eq!(
      e.to_string(),
      format!("ENOENT: no such file or directory, lstat '{d}/x'")
    );
    assert!(Path::new(&real).is_dir());
    rm(&d, true, false).unwrap();
  }

  #[test]
  fn positioned_reads_and_writes() {
    let d = tmp();
    let p = format!("{d}/f");
    let fd = open(&p, libc::O_RDWR | libc::O_CREAT, 0o644).unwrap();
    assert_eq!(write_from(fd, b"hello world", -1.0).unwrap(), 11);
    let mut buf = [0u8; 5];
    assert_eq!(read_into(fd, &mut buf, 6.0).unwrap(), 5);
    assert_eq!(&buf, b"world");
    assert_eq!(stat_numbers(&borrow_fd(fd).metadata().unwrap())[8], 11.0);
    assert_eq!(read_vec(fd, 100, 6.0).unwrap(), b"world");
    assert_eq!(read_vec(fd, 100, 11.0).unwrap(), b"");
    // SAFETY: closing the descriptor this test opened.
    unsafe { libc::close(fd) };
    assert_eq!(read_into(fd, &mut buf, 0.0).unwrap_err().code(), "EBADF");
    rm(&d, true, false).unwrap();
  }
}
