//! node:http end to end: `nodus` runs a server from `testdata/http/fixtures/` on
//! 127.0.0.1 port 0, and raw HTTP/1.1 requests go to it over `std::net::TcpStream`.
//! Every step is bounded in time; the server process is killed at the end.

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
use std::time::Instant;

const TIMEOUT: Duration = Duration::from_secs(10);

fn fixture(name: &str) -> PathBuf {
  PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    .parent()
    .unwrap()
    .join("testdata/http/fixtures")
    .join(name)
}

/// A running server; killed when dropped.
struct Server {
  child: Child,
  port: u16,
  lines: mpsc::Receiver<String>,
}

impl Drop for Server {
  fn drop(&mut self) {
    let _ = self.child.kill();
    let _ = self.child.wait();
  }
}

impl Server {
  fn start(name: &str, args: &[&str]) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_nodus"))
      .arg(fixture(name))
      .args(args)
      .stdin(Stdio::null())
      .stdout(Stdio::piped())
      .stderr(Stdio::inherit())
      .spawn()
      .expect("cannot start nodus");
    let stdout = child.stdout.take().unwrap();
    let (tx, lines) = mpsc::channel();
    std::thread::spawn(move || {
      for line in BufReader::new(stdout).lines() {
        let Ok(line) = line else { break };
        if tx.send(line).is_err() {
          break;
        }
      }
    });
    let mut server = Server {
      child,
      port: 0,
      lines,
    };
    let first = server.line();
    // "port N ..." or "Server running at http://127.0.0.1:N/"
    let port = first
      .strip_prefix("port ")
      .and_then(|r| r.split(' ').next())
      .or_else(|| first.rsplit(':').next().map(|p| p.trim_end_matches('/')))
      .and_then(|p| p.parse().ok())
      .unwrap_or_else(|| panic!("no port in {first:?}"));
    server.port = port;
    server
  }

  fn line(&self) -> String {
    self
      .lines
      .recv_timeout(TIMEOUT)
      .expect("the server printed nothing in time")
  }

  fn connect(&self) -> TcpStream {
    let s = TcpStream::connect(("127.0.0.1", self.port)).expect("connect");
    s.set_read_timeout(Some(TIMEOUT)).unwrap();
    s.set_write_timeout(Some(TIMEOUT)).unwrap();
    s
  }

  fn wait_exit(&mut self) -> Option<i32> {
    let start = Instant::now();
    while start.elapsed() < TIMEOUT {
      if let Some(status) = self.child.try_wait().unwrap() {
        return Some(status.code().unwrap_or(-1));
      }
      std::thread::sleep(Duration::from_millis(10));
    }
    None
  }
}

#[derive(Debug)]
struct Response {
  status: u16,
  reason: String,
  headers: Vec<(String, String)>,
  body: Vec<u8>,
}

impl Response {
  fn header(&self, name: &str) -> Option<&str> {
    self
      .headers
      .iter()
      .find(|(n, _)| n.eq_ignore_ascii_case(name))
      .map(|(_, v)| v.as_str())
  }
}

/// Reads one response (Content-Length or chunked body) from a buffered connection.
fn read_response(r: &mut BufReader<TcpStream>) -> Response {
  let mut line = String::new();
  r.read_line(&mut line).expect("status line");
  let mut parts = line.trim_end().splitn(3, ' ');
  assert_eq!(parts.next(), Some("HTTP/1.1"), "status line {line:?}");
  let status = parts.next().unwrap().parse().unwrap();
  let reason = parts.next().unwrap_or("").to_owned();
  let mut headers = Vec::new();
  loop {
    let mut h = String::new();
    r.read_line(&mut h).expect("header line");
    let h = h.trim_end();
    if h.is_empty() {
      break;
    }
    let (n, v) = h.split_once(':').expect("header");
    headers.push((n.to_owned(), v.trim().to_owned()));
  }
  let mut response = Response {
    status,
    reason,
    headers,
    body: Vec::new(),
  };
  if let Some(len) = response.header("content-length") {
    let mut body = vec![0; len.parse().unwrap()];
    r.read_exact(&mut body).expect("body");
    response.body = body;
  } else if response.header("transfer-encoding") == Some("chunked") {
    loop {
      let mut size = String::new();
      r.read_line(&mut size).unwrap();
      let size = usize::from_str_radix(size.trim(), 16).unwrap();
      let mut chunk = vec![0; size + 2];
      r.read_exact(&mut chunk).unwrap();
      if size == 0 {
        break;
      }
      response.body.extend_from_slice(&chunk[..size]);
    }
  }
  response
}

fn exchange(conn: &mut BufReader<TcpStream>, request: &str) -> Response {
  conn.get_mut().write_all(request.as_bytes()).unwrap();
  read_response(conn)
}

#[test]
fn hello_world_and_keep_alive() {
  let server = Server::start("hello-world.js", &["0"]);
  let mut conn = BufReader::new(server.connect());
  let a = exchange(&mut conn, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
  assert_eq!(a.status, 200);
  assert_eq!(a.reason, "OK");
  assert_eq!(a.body, b"Hello World\n");
  assert_eq!(a.header("content-type"), Some("text/plain"));
  assert_eq!(a.header("content-length"), Some("12"));
  assert!(a.header("date").is_some_and(|d| d.ends_with(" GMT")));
  assert_eq!(a.header("connection"), Some("keep-alive"));
  // A second request on the same connection.
  let b = exchange(&mut conn, "GET /again HTTP/1.1\r\nHost: x\r\n\r\n");
  assert_eq!(b.status, 200);
  assert_eq!(b.body, b"Hello World\n");
}

#[test]
fn pipelined_requests() {
  let server = Server::start("echo-server.js", &[]);
  let mut conn = BufReader::new(server.connect());
  conn
    .get_mut()
    .write_all(b"GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n")
    .unwrap();
  for _ in 0..2 {
    let r = read_response(&mut conn);
    assert_eq!(r.status, 200);
    assert_eq!(r.body, b"Hello World\n");
  }
}

#[test]
fn post_body_is_echoed() {
  let server = Server::start("echo-server.js", &[]);
  let mut conn = BufReader::new(server.connect());
  let body = "x".repeat(100_000);
  let request = format!(
    "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\n\r\n{body}",
    body.len()
  );
  let r = exchange(&mut conn, &request);
  assert_eq!(r.status, 200);
  assert_eq!(r.header("x-method"), Some("POST"));
  assert_eq!(r.body.len(), body.len());
  assert!(r.body == body.as_bytes());
  // Chunked request body.
  let r = exchange(
    &mut conn,
    "PUT /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n",
  );
  assert_eq!(r.body, b"hello world");
  assert_eq!(r.header("x-method"), Some("PUT"));
}

#[test]
fn streamed_response_and_request_headers() {
  let server = Server::start("echo-server.js", &[]);
  let mut conn = BufReader::new(server.connect());
  let r = exchange(&mut conn, "GET /stream HTTP/1.1\r\nHost: x\r\n\r\n");
  assert_eq!(r.status, 201);
  assert_eq!(r.reason, "Made");
  assert_eq!(r.header("x-kind"), Some("stream"));
  assert_eq!(r.header("transfer-encoding"), Some("chunked"));
  assert_eq!(r.body, b"one,two,three");
  let r = exchange(
    &mut conn,
    "GET /headers HTTP/1.1\r\nHost: example\r\nX-Twice: a\r\nX-Twice: b\r\nCookie: c=1\r\nCookie: d=2\r\n\r\n",
  );
  let text = String::from_utf8(r.body).unwrap();
  assert!(text.contains("\"method\":\"GET\""), "{text}");
  assert!(text.contains("\"httpVersion\":\"1.1\""), "{text}");
  assert!(text.contains("\"host\":\"example\""), "{text}");
  assert!(text.contains("\"x-twice\":\"a, b\""), "{text}");
  assert!(text.contains("\"cookie\":\"c=1; d=2\""), "{text}");
  assert!(text.contains("\"raw\":10"), "{text}");
}

#[test]
fn malformed_request_gets_400_and_server_keeps_serving() {
  let server = Server::start("echo-server.js", &[]);
  let mut conn = BufReader::new(server.connect());
  conn.get_mut().write_all(b"GARBAGE\r\n\r\n").unwrap();
  let r = read_response(&mut conn);
  assert_eq!(r.status, 400);
  let mut conn = BufReader::new(server.connect());
  let r = exchange(&mut conn, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
  assert_eq!(r.status, 200);
  assert_eq!(r.body, b"Hello World\n");
}

#[test]
fn close_finishes_in_flight_then_exits() {
  let mut server = Server::start("echo-server.js", &[]);
  let mut idle = BufReader::new(server.connect());
  let _ = exchange(&mut idle, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
  let mut conn = BufReader::new(server.connect());
  let r = exchange(&mut conn, "GET /close HTTP/1.1\r\nHost: x\r\n\r\n");
  assert_eq!(r.body, b"bye\n");
  assert_eq!(server.line(), "closed");
  assert_eq!(
    server.wait_exit(),
    Some(0),
    "the process must exit once the server is closed"
  );
}

#[test]
fn curl_gets_hello_world() {
  let Ok(out) = Command::new("curl").arg("--version").output() else {
    eprintln!("curl not installed; skipped");
    return;
  };
  if !out.status.success() {
    return;
  }
  let server = Server::start("hello-world.js", &["0"]);
  let out = Command::new("curl")
    .args(["-s", "--max-time", "10"])
    .arg(format!("http://127.0.0.1:{}/", server.port))
    .output()
    .unwrap();
  assert_eq!(String::from_utf8_lossy(&out.stdout), "Hello World\n");
}

/// Reads until the server closes the connection; how long that took.
fn time_to_close(conn: &mut impl Read) -> Duration {
  let start = Instant::now();
  let mut buf = [0u8; 256];
  loop {
    match conn.read(&mut buf) {
      Ok(0) => return start.elapsed(),
      Ok(_) => {}
      // A reset is a close too.
      Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => return start.elapsed(),
      Err(e) => panic!("the server did not close the connection: {e}"),
    }
  }
}

#[test]
fn a_client_that_never_finishes_its_headers_is_dropped() {
  let server = Server::start("short-timeouts.js", &[]);
  let mut conn = server.connect();
  conn.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n").unwrap();
  let waited = time_to_close(&mut conn);
  assert!(
    waited >= Duration::from_millis(200),
    "closed after {waited:?}, before the timeout"
  );
  // Everyone else is still served.
  let mut other = BufReader::new(server.connect());
  assert_eq!(
    exchange(&mut other, "GET / HTTP/1.1\r\nHost: x\r\n\r\n").body,
    b"ok"
  );
}

#[test]
fn idle_keep_alive_connections_close_after_keep_alive_timeout() {
  let server = Server::start("short-timeouts.js", &[]);
  let mut conn = BufReader::new(server.connect());
  let r = exchange(&mut conn, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
  assert_eq!(r.header("keep-alive"), Some("timeout=0"));
  let waited = time_to_close(&mut conn);
  assert!(
    waited >= Duration::from_millis(200),
    "closed after {waited:?}, before the timeout"
  );
}

#[test]
fn malformed_requests_reach_client_error_listeners() {
  let server = Server::start("client-error.js", &[]);
  for (request, code) in [
    ("GARBAGE\r\n\r\n", "HPE_INVALID_METHOD"),
    (
      "GET / HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n",
      "HPE_INVALID_HEADER_TOKEN",
    ),
    ("GET / HTTP/9.9\r\nHost: x\r\n\r\n", "HPE_INVALID_VERSION"),
  ] {
    let mut conn = BufReader::new(server.connect());
    conn.get_mut().write_all(request.as_bytes()).unwrap();
    // hyper answers before the listener hears of it.
    assert_eq!(read_response(&mut conn).status, 400, "{request:?}");
    assert_eq!(server.line(), format!("clientError {code}"), "{request:?}");
  }
  // The server keeps serving.
  let mut conn = BufReader::new(server.connect());
  assert_eq!(
    exchange(&mut conn, "GET / HTTP/1.1\r\nHost: x\r\n\r\n").body,
    b"ok"
  );
}
