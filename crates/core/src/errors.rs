//! Errors that JavaScript sees, shaped the way Node shapes them: a class, a message and a
//! `code` (plus `errno`/`syscall`/`path` for system errors).

use std::borrow::Cow;

use deno_error::AdditionalProperties;
use deno_error::JsErrorClass;
use deno_error::PropertyValue;

/// An error with a Node error code, thrown into JS as a `TypeError`, `Error` or
/// `RangeError` whose `code` is set (`ERR_INVALID_ARG_TYPE`), or as a system error with
/// `code`, `errno`, `syscall` and `path` (`ENOENT: no such file or directory, open '/x'`).
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
  #[error("{code}: {description}, {syscall}{}", if path.is_empty() { String::new() } else { format!(" '{path}'") })]
  System {
    /// e.g. `ENOENT`
    code: &'static str,
    /// negative errno, as libuv reports it
    errno: i32,
    /// e.g. `open`
    syscall: &'static str,
    /// the path the call was about (empty if none)
    path: String,
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

  /// A system error from an I/O failure, as Node reports it for `syscall` on `path`.
  pub fn system(err: &std::io::Error, syscall: &'static str, path: impl Into<String>) -> Self {
    let (code, errno, description) = os_error_code(err);
    NodeError::System {
      code,
      errno,
      syscall,
      path: path.into(),
      description,
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
        ..
      } => {
        let mut v = vec![
          ("errno".into(), PropertyValue::from(*errno)),
          ("code".into(), PropertyValue::from(*code)),
          ("syscall".into(), PropertyValue::from(*syscall)),
        ];
        if !path.is_empty() {
          v.push(("path".into(), PropertyValue::from(path.clone())));
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

/// Node's (libuv's) name, negative errno and description for an OS error.
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
    98 => ("EADDRINUSE", "address already in use"),
    99 => ("EADDRNOTAVAIL", "address not available"),
    104 => ("ECONNRESET", "connection reset by peer"),
    110 => ("ETIMEDOUT", "connection timed out"),
    111 => ("ECONNREFUSED", "connection refused"),
    _ => ("UNKNOWN", "unknown error"),
  };
  (name, -raw, text)
}

#[cfg(test)]
mod tests {
  use super::*;

  #[test]
  fn system_error_has_node_shape() {
    let e = NodeError::system(&std::io::Error::from_raw_os_error(2), "open", "/x");
    assert_eq!(e.to_string(), "ENOENT: no such file or directory, open '/x'");
    let props: Vec<_> = e
      .get_additional_properties()
      .map(|(k, v)| format!("{k}={v}"))
      .collect();
    assert_eq!(props, ["errno=-2", "code=ENOENT", "syscall=open", "path=/x"]);
  }
}
