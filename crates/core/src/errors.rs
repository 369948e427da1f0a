//! Errors that JavaScript sees, shaped the way Node shapes them: a class, a message and a
//! `code` (plus `errno`/`syscall`/`path`/`dest` for system errors).
//!
//! Errors that more than one op throws have a named constructor here
//! ([`NodeError::server_not_running`], [`NodeError::bad_port`], ...), so that each is worded
//! once, as Node words it.

use std::borrow::Cow;
use std::fmt;

use deno_error::AdditionalProperties;
use deno_error::JsErrorClass;
use deno_error::PropertyValue;

/// An error with a Node error code, thrown into JS as a `TypeError`, `Error` or
/// `RangeError` whose `code` is set (`ERR_INVALID_ARG_TYPE`), or as a system error with
/// `code`, `errno`, `syscall`, `path` and `dest` (`ENOENT: no such file or directory,
/// open '/x'`).
#[derive(Debug, thiserror::Error)]
pub enum NodeError {
  /// An error of JS class `class` with a Node error code.
  #[error("{message}")]
  Coded {
    /// `TypeError`, `Error` or `RangeError`
    class: &'static str,
    /// Node's error code
    code: &'static str,
    /// the message, as Node words it
    message: Cow<'static, str>,
  },
  /// A system error (`ENOENT`, `EACCES`, ...).
  #[error(
    "{code}: {description}, {syscall}{}{}",
    Quoted(" '", path),
    Quoted(" -> '", dest)
  )]
  System {
    /// e.g. `ENOENT`
    code: &'static str,
    /// negative errno, as libuv reports it
    errno: i32,
    /// e.g. `open`
    syscall: &'static str,
    /// the path the call was about (`None` for fd and socket calls; `Some("")` is
    /// reported, as Node's fs reports `open ''`)
    path: Option<String>,
    /// the second path of a call that names two (`rename`, `link`, `symlink`, `copyfile`)
    dest: Option<String>,
    /// libuv's wording, e.g. `no such file or directory`
    description: &'static str,
  },
}

impl NodeError {
  /// `Error` with `code`.
  pub fn generic(code: &'static str, message: impl Into<Cow<'static, str>>) -> Self {
    NodeError::Coded {
      class: "Error",
      code,
      message: message.into(),
    }
  }

  /// `TypeError` with `code`.
  pub fn type_error(code: &'static str, message: impl Into<Cow<'static, str>>) -> Self {
    NodeError::Coded {
      class: "TypeError",
      code,
      message: message.into(),
    }
  }

  /// `RangeError` with `code`.
  pub fn range_error(code: &'static str, message: impl Into<Cow<'static, str>>) -> Self {
    NodeError::Coded {
      class: "RangeError",
      code,
      message: message.into(),
    }
  }

  /// A system error from an I/O failure, as Node reports it for `syscall` on `path`
  /// (`""` for none: fd and socket calls). For a path that must show even when empty,
  /// use [`NodeError::os`] and [`NodeError::with_path`].
  pub fn system(err: &std::io::Error, syscall: &'static str, path: impl Into<String>) -> Self {
    let path = path.into();
    let e = NodeError::os(err, syscall);
    if path.is_empty() {
      e
    } else {
      e.with_path(path)
    }
  }

  /// A system error from an I/O failure of `syscall`, about no path (yet).
  pub fn os(err: &std::io::Error, syscall: &'static str) -> Self {
    let (code, errno, description) = os_error_code(err);
    NodeError::System {
      code,
      errno,
      syscall,
      path: None,
      dest: None,
      description,
    }
  }

  /// The system error of this errno (positive, as in `libc`) for `syscall`, for failures
  /// found in Rust (`EINVAL` for a bad argument, `ECANCELED` for a cancelled read, ...).
  pub fn errno(errno: i32, syscall: &'static str) -> Self {
    NodeError::os(&std::io::Error::from_raw_os_error(errno), syscall)
  }

  /// The system error about `path`, kept even when empty (`open ''`). No effect on a
  /// coded error.
  pub fn with_path(mut self, path: impl Into<String>) -> Self {
    if let NodeError::System { path: p, .. } = &mut self {
      *p = Some(path.into());
    }
    self
  }

  /// The system error with the second path of a two-path call:
  /// `rename '/a' -> '/b'` and a `dest` property. No effect on a coded error.
  pub fn with_dest(mut self, dest: impl Into<String>) -> Self {
    if let NodeError::System { dest: d, .. } = &mut self {
      *d = Some(dest.into());
    }
    self
  }

  /// Node's code: `ERR_...` or the system error's name (`ENOENT`).
  pub fn code(&self) -> &'static str {
    match self {
      NodeError::Coded { code, .. } | NodeError::System { code, .. } => code,
    }
  }

  /// `ERR_SERVER_NOT_RUNNING`: a server (or listener) that is closed or was never
  /// listening.
  pub fn server_not_running() -> Self {
    NodeError::generic("ERR_SERVER_NOT_RUNNING", "Server is not running.")
  }

  /// `ERR_SOCKET_BAD_PORT` for a port outside 0..65536, named as Node names the argument
  /// (`options.port` for `listen()`, `Port` for `connect()` and dgram).
  pub fn bad_port(name: &str, port: impl fmt::Display) -> Self {
    NodeError::range_error(
      "ERR_SOCKET_BAD_PORT",
      format!("{name} should be >= 0 and < 65536. Received type number ({port})."),
    )
  }

  /// `ERR_INVALID_FD_TYPE` for a descriptor of the wrong kind, named by Node's handle
  /// type (`FILE`, `TTY`, `PIPE`, `UNKNOWN`, ...).
  pub fn invalid_fd_type(handle_type: &str) -> Self {
    NodeError::type_error(
      "ERR_INVALID_FD_TYPE",
      format!("Unsupported fd type: {handle_type}"),
    )
  }
}

/// `prefix` + the path + `'`, or nothing: how a system error's message names its paths.
struct Quoted<'a>(&'static str, &'a Option<String>);

impl fmt::Display for Quoted<'_> {
  fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match self.1 {
      Some(path) => write!(f, "{}{path}'", self.0),
      None => Ok(()),
    }
  }
}

impl JsErrorClass for NodeError {
  fn get_class(&self) -> Cow<'static, str> {
    match self {
      NodeError::Coded { class, .. } => Cow::Borrowed(class),
      NodeError::System { .. } => Cow::Borrowed("Error"),
    }
  }

  fn get_message(&self) -> Cow<'static, str> {
    Cow::Owned(self.to_string())
  }

  fn get_additional_properties(&self) -> AdditionalProperties {
    let props: Vec<(Cow<'static, str>, PropertyValue)> = match self {
      NodeError::Coded { code, .. } => vec![("code".into(), PropertyValue::from(*code))],
      NodeError::System {
        code,
        errno,
        syscall,
        path,
        dest,
        ..
      } => {
        let mut v = vec![
          ("errno".into(), PropertyValue::from(*errno)),
          ("code".into(), PropertyValue::from(*code)),
          ("syscall".into(), PropertyValue::from(*syscall)),
        ];
        if let Some(path) = path {
          v.push(("path".into(), PropertyValue::from(path.clone())));
        }
        if let Some(dest) = dest {
          v.push(("dest".into(), PropertyValue::from(dest.clone())));
        }
        v
      }
    };
    Box::new(props.into_iter())
  }

  fn get_ref(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
    self
  }
}

/// Node's (libuv's) name, negative errno and description for an OS error (Linux errno
/// numbers). An errno missing here, or an error that is not the OS's, is `UNKNOWN`.
pub fn os_error_code(err: &std::io::Error) -> (&'static str, i32, &'static str) {
  let raw = err.raw_os_error().unwrap_or(0);
  let (name, text) = match raw {
    1 => ("EPERM", "operation not permitted"),
    2 => ("ENOENT", "no such file or directory"),
    3 => ("ESRCH", "no such process"),
    4 => ("EINTR", "interrupted system call"),
    5 => ("EIO", "i/o error"),
    9 => ("EBADF", "bad file descriptor"),
    11 => ("EAGAIN", "resource temporarily unavailable"),
    12 => ("ENOMEM", "not enough memory"),
    13 => ("EACCES", "permission denied"),
    16 => ("EBUSY", "resource busy or locked"),
    17 => ("EEXIST", "file already exists"),
    18 => ("EXDEV", "cross-device link not permitted"),
    20 => ("ENOTDIR", "not a directory"),
    21 => ("EISDIR", "illegal operation on a directory"),
    22 => ("EINVAL", "invalid argument"),
    24 => ("EMFILE", "too many open files"),
    28 => ("ENOSPC", "no space left on device"),
    30 => ("EROFS", "read-only file system"),
    32 => ("EPIPE", "broken pipe"),
    36 => ("ENAMETOOLONG", "name too long"),
    39 => ("ENOTEMPTY", "directory not empty"),
    40 => ("ELOOP", "too many symbolic links encountered"),
    88 => ("ENOTSOCK", "socket operation on non-socket"),
    98 => ("EADDRINUSE", "address already in use"),
    99 => ("EADDRNOTAVAIL", "address not available"),
    104 => ("ECONNRESET", "connection reset by peer"),
    107 => ("ENOTCONN", "socket is not connected"),
    110 => ("ETIMEDOUT", "connection timed out"),
    111 => ("ECONNREFUSED", "connection refused"),
    125 => ("ECANCELED", "operation canceled"),
    _ => ("UNKNOWN", "unknown error"),
  };
  (name, -raw, text)
}

#[cfg(test)]
mod tests {
  use super::*;

  fn props(e: &NodeError) -> Vec<String> {
    e.get_additional_properties()
      .map(|(k, v)| format!("{k}={v}"))
      .collect()
  }

  fn os(raw: i32) -> std::io::Error {
    std::io::Error::from_raw_os_error(raw)
  }

  #[test]
  fn system_error_has_node_shape() {
    let e = NodeError::system(&os(2), "open", "/x");
    assert_eq!(e.to_string(), "ENOENT: no such file or directory, open '/x'");
    assert_eq!(e.get_class(), "Error");
    assert_eq!(props(&e), ["errno=-2", "code=ENOENT", "syscall=open", "path=/x"]);
  }

  #[test]
  fn system_error_without_path() {
    let e = NodeError::system(&os(9), "close", "");
    assert_eq!(e.to_string(), "EBADF: bad file descriptor, close");
    assert_eq!(props(&e), ["errno=-9", "code=EBADF", "syscall=close"]);
    let e = NodeError::os(&os(9), "close");
    assert_eq!(props(&e), ["errno=-9", "code=EBADF", "syscall=close"]);
  }

  #[test]
  fn empty_path_is_kept_when_given_explicitly() {
    // Node's fs: `fs.openSync('')` -> "ENOENT: no such file or directory, open ''", path ''.
    let e = NodeError::os(&os(2), "open").with_path("");
    assert_eq!(e.to_string(), "ENOENT: no such file or directory, open ''");
    assert_eq!(props(&e), ["errno=-2", "code=ENOENT", "syscall=open", "path="]);
  }

  #[test]
  fn two_path_errors_name_both() {
    let e = NodeError::os(&os(2), "rename").with_path("/a").with_dest("/b");
    assert_eq!(
      e.to_string(),
      "ENOENT: no such file or directory, rename '/a' -> '/b'"
    );
    assert_eq!(
      props(&e),
      ["errno=-2", "code=ENOENT", "syscall=rename", "path=/a", "dest=/b"]
    );
  }

  #[test]
  fn errno_names_the_error() {
    let e = NodeError::errno(125, "read");
    assert_eq!(e.code(), "ECANCELED");
    assert_eq!(e.to_string(), "ECANCELED: operation canceled, read");
    assert_eq!(props(&e), ["errno=-125", "code=ECANCELED", "syscall=read"]);
  }

  #[test]
  fn paths_do_not_apply_to_coded_errors() {
    let e = NodeError::server_not_running().with_path("/x").with_dest("/y");
    assert_eq!(e.to_string(), "Server is not running.");
    assert_eq!(props(&e), ["code=ERR_SERVER_NOT_RUNNING"]);
  }

  #[test]
  fn named_errors_are_worded_as_node_words_them() {
    let e = NodeError::server_not_running();
    assert_eq!(
      (e.get_class(), e.code()),
      ("Error".into(), "ERR_SERVER_NOT_RUNNING")
    );
    assert_eq!(e.to_string(), "Server is not running.");

    // net.createServer().listen(70000) in Node 24.
    let e = NodeError::bad_port("options.port", 70000);
    assert_eq!(
      (e.get_class(), e.code()),
      ("RangeError".into(), "ERR_SOCKET_BAD_PORT")
    );
    assert_eq!(
      e.to_string(),
      "options.port should be >= 0 and < 65536. Received type number (70000)."
    );

    // new net.Socket({ fd }) on a regular file in Node 24.
    let e = NodeError::invalid_fd_type("FILE");
    assert_eq!(
      (e.get_class(), e.code()),
      ("TypeError".into(), "ERR_INVALID_FD_TYPE")
    );
    assert_eq!(e.to_string(), "Unsupported fd type: FILE");
  }

  /// Every errno the table knows, with the name and wording of Node 24
  /// (`util.getSystemErrorMap()` on Linux).
  const NODE_SYSTEM_ERRORS: &[(i32, &str, &str)] = &[
    (1, "EPERM", "operation not permitted"),
    (2, "ENOENT", "no such file or directory"),
    (3, "ESRCH", "no such process"),
    (4, "EINTR", "interrupted system call"),
    (5, "EIO", "i/o error"),
    (9, "EBADF", "bad file descriptor"),
    (11, "EAGAIN", "resource temporarily unavailable"),
    (12, "ENOMEM", "not enough memory"),
    (13, "EACCES", "permission denied"),
    (16, "EBUSY", "resource busy or locked"),
    (17, "EEXIST", "file already exists"),
    (18, "EXDEV", "cross-device link not permitted"),
    (20, "ENOTDIR", "not a directory"),
    (21, "EISDIR", "illegal operation on a directory"),
    (22, "EINVAL", "invalid argument"),
    (24, "EMFILE", "too many open files"),
    (28, "ENOSPC", "no space left on device"),
    (30, "EROFS", "read-only file system"),
    (32, "EPIPE", "broken pipe"),
    (36, "ENAMETOOLONG", "name too long"),
    (39, "ENOTEMPTY", "directory not empty"),
    (40, "ELOOP", "too many symbolic links encountered"),
    (88, "ENOTSOCK", "socket operation on non-socket"),
    (98, "EADDRINUSE", "address already in use"),
    (99, "EADDRNOTAVAIL", "address not available"),
    (104, "ECONNRESET", "connection reset by peer"),
    (107, "ENOTCONN", "socket is not connected"),
    (110, "ETIMEDOUT", "connection timed out"),
    (111, "ECONNREFUSED", "connection refused"),
    (125, "ECANCELED", "operation canceled"),
  ];

  #[test]
  fn os_error_code_matches_node() {
    for &(raw, name, text) in NODE_SYSTEM_ERRORS {
      assert_eq!(os_error_code(&os(raw)), (name, -raw, text), "errno {raw}");
    }
  }

  #[test]
  fn os_error_code_of_unknown_errors() {
    // An errno the table lacks keeps its number.
    assert_eq!(os_error_code(&os(200)), ("UNKNOWN", -200, "unknown error"));
    // An error that is not the OS's has no errno.
    let e = std::io::Error::other("not from the OS");
    assert_eq!(os_error_code(&e), ("UNKNOWN", 0, "unknown error"));
    assert_eq!(
      NodeError::os(&e, "read").to_string(),
      "UNKNOWN: unknown error, read"
    );
  }
}
