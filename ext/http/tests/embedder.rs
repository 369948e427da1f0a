//! The embedder example (`examples/embed_server.rs`) builds and serves: cargo builds the
//! examples of a package along with its tests, so this runs that binary, sends it one
//! HTTP/1.1 request over TCP and checks the handler's answer. Bounded in time; the
//! server is killed at the end.

use std::io::BufRead;
use std::io::BufReader;
use std::io::Read;
use std::io::Write;
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::Child;
use std::process::Command;
use std::process::Stdio;
use std::sync::mpsc;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(20);

/// `target/<profile>/examples/embed_server`, next to the `deps/` folder of this test.
fn example_binary() -> PathBuf {
  let test = std::env::current_exe().unwrap();
  let profile_dir = test.parent().and_then(|deps| deps.parent()).unwrap();
  let bin = profile_dir.join("examples").join("embed_server");
  assert!(
    bin.exists(),
    "{} is not built: run `cargo test -p ext_http`, which builds the examples (a `--test` filter does not)",
    bin.display()
  );
  bin
}

struct Killed(Child);

impl Drop for Killed {
  fn drop(&mut self) {
    let _ = self.0.kill();
    let _ = self.0.wait();
  }
}

#[test]
fn embedder_example_serves_its_handler() {
  let mut child = Command::new(example_binary())
    .arg("0")
    .stdin(Stdio::null())
    .stdout(Stdio::piped())
    .stderr(Stdio::inherit())
    .spawn()
    .expect("cannot start the example");
  let stdout = child.stdout.take().unwrap();
  let _server = Killed(child);
  let (tx, lines) = mpsc::channel();
  std::thread::spawn(move || {
    for line in BufReader::new(stdout).lines().map_while(Result::ok) {
      if tx.send(line).is_err() {
        break;
      }
    }
  });
  let first = lines.recv_timeout(TIMEOUT).expect("the example printed no URL");
  let port: u16 = first
    .strip_prefix("listening on http://127.0.0.1:")
    .and_then(|rest| rest.strip_suffix('/'))
    .and_then(|p| p.parse().ok())
    .unwrap_or_else(|| panic!("unexpected first line: {first:?}"));

  let mut conn = TcpStream::connect(("127.0.0.1", port)).unwrap();
  conn.set_read_timeout(Some(TIMEOUT)).unwrap();
  conn
    .write_all(
      b"POST /embedded?x=1 HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello",
    )
    .unwrap();
  let mut response = String::new();
  conn.read_to_string(&mut response).unwrap();
  assert!(response.starts_with("HTTP/1.1 200 OK\r\n"), "{response}");
  assert!(
    response.contains("\r\nContent-Type: text/plain\r\n"),
    "{response}"
  );
  assert!(
    response.ends_with("\r\n\r\nembedded nodus: POST /embedded?x=1 (5 bytes in)\n"),
    "{response}"
  );
}
