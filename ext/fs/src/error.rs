//! The error every fs op throws: Node's system error shape, with `dest` for the calls
//! that name two paths (`rename`, `copyfile`, `symlink`, `link`).

use std::borrow::Cow;
use std::fmt;

use deno_error::AdditionalProperties;
use deno_error::JsErrorClass;
use deno_error::PropertyValue;

/// `ENOENT: no such file or directory, rename '/a' -> '/b'` with `errno`, `code`,
/// `syscall`, `path` and `dest` properties, in Node's order.
#[derive(Debug)]
pub struct FsError {
  code: &'static str,
  errno: i32,
  description: &'static str,
  syscall: &'static str,
  path: Option<String>,
  dest: Option<String>,
}

impl FsError {
  /// The error of `syscall` failing with `err`, about no path (fd calls: read, close).
  pub fn new(err: &std::io::Error, syscall: &'static str) -> Self {
    let (code, errno, description) = nodus_core::os_error_code(err);
    FsError {
      code,
      errno,
      description,
      syscall,
      path: None,
      dest: None,
    }
  }

  /// The error of `syscall` failing with `err` on `path`.
  pub fn at(err: &std::io::Error, syscall: &'static str, path: &str) -> Self {
    FsError {
      path: Some(path.to_owned()),
      ..FsError::new(err, syscall)
    }
  }

  /// The error of `syscall` failing with `err` on `path` and `dest`.
  pub fn two(err: &std::io::Error, syscall: &'static str, path: &str, dest: &str) -> Self {
    FsError {
      dest: Some(dest.to_owned()),
      ..FsError::at(err, syscall, path)
    }
  }

  /// The error with this errno (positive, as in `libc`), for checks made in Rust.
  pub fn errno(errno: i32, syscall: &'static str, path: &str) -> Self {
    FsError::at(&std::io::Error::from_raw_os_error(errno), syscall, path)
  }

  /// Node's code, e.g. `ENOENT`.
  pub fn code(&self) -> &'static str {
    self.code
  }
}

/// `map_err(on("open", path))`
pub fn on<'a>(syscall: &'static str, path: &'a str) -> impl FnOnce(std::io::Error) -> FsError + 'a {
  move |e| FsError::at(&e, syscall, path)
}

impl fmt::Display for FsError {
  fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    write!(f, "{}: {}, {}", self.code, self.description, self.syscall)?;
    if let Some(path) = &self.path {
      write!(f, " '{path}'")?;
    }
    if let Some(dest) = &self.dest {
      write!(f, " -> '{dest}'")?;
    }
    Ok(())
  }
}

impl std::error::Error for FsError {}

impl JsErrorClass for FsError {
  fn get_class(&self) -> Cow<'static, str> {
    Cow::Borrowed("Error")
  }

  fn get_message(&self) -> Cow<'static, str> {
    Cow::Owned(self.to_string())
  }

  fn get_additional_properties(&self) -> AdditionalProperties {
    let mut props: Vec<(Cow<'static, str>, PropertyValue)> = vec![
      ("errno".into(), PropertyValue::from(self.errno)),
      ("code".into(), PropertyValue::from(self.code)),
      ("syscall".into(), PropertyValue::from(self.syscall)),
    ];
    if let Some(path) = &self.path {
      props.push(("path".into(), PropertyValue::from(path.clone())));
    }
    if let Some(dest) = &self.dest {
      props.push(("dest".into(), PropertyValue::from(dest.clone())));
    }
    Box::new(props.into_iter())
  }

  fn get_ref(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
    self
  }
}

#[cfg(test)]
mod tests {
  use super::*;

  fn props(e: &FsError) -> Vec<String> {
    e.get_additional_properties()
      .map(|(k, v)| format!("{k}={v}"))
      .collect()
  }

  #[test]
  fn two_path_errors_name_both() {
    let e = FsError::two(&std::io::Error::from_raw_os_error(2), "rename", "/a", "/b");
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
  fn fd_errors_have_no_path() {
    let e = FsError::new(&std::io::Error::from_raw_os_error(9), "close");
    assert_eq!(e.to_string(), "EBADF: bad file descriptor, close");
    assert_eq!(props(&e), ["errno=-9", "code=EBADF", "syscall=close"]);
  }
}
