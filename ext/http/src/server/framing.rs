//! Node's request framing rules, checked on the bytes as they arrive, before hyper
//! parses them. hyper (httparse and its chunked decoder) is more lenient than Node's
//! llhttp in strict mode: it takes bare LF line ends, unknown methods, request targets
//! without a `/`, `Content-Length` next to `Transfer-Encoding: chunked`, repeated
//! `chunked`, and a chunked body it cannot decode ends as if complete. [`Framing`] is a
//! small state machine over the byte stream of a connection that follows llhttp's
//! strict rules for requests: the first violation stops the connection (see
//! `ConnIo`), which then gets Node's status (400, 413) and 'clientError' gets Node's
//! `HPE_*` code. It never copies: a head is walked byte by byte, bodies are skipped by
//! length, chunk by chunk.

/// A violation of Node's framing rules: llhttp's code and reason, and the status that
/// Node's server answers it with when no 'clientError' listener does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FramingError {
  pub(crate) code: &'static str,
  pub(crate) reason: &'static str,
  pub(crate) status: u16,
}

const fn err(code: &'static str, reason: &'static str) -> FramingError {
  FramingError {
    code,
    reason,
    status: 400,
  }
}

const INVALID_METHOD: FramingError = err("HPE_INVALID_METHOD", "Invalid method encountered");
const INVALID_URL: FramingError = err("HPE_INVALID_URL", "Invalid char in url path");
const INVALID_CONSTANT: FramingError = err("HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/");
const INVALID_VERSION: FramingError = err("HPE_INVALID_VERSION", "Invalid HTTP version");
const STRICT_LF: FramingError = err("HPE_STRICT", "Expected LF after CR");
const LF_EXPECTED: FramingError = err("HPE_LF_EXPECTED", "Missing expected LF after header value");
const CR_EXPECTED: FramingError = err("HPE_CR_EXPECTED", "Missing expected CR after header value");
const HEADER_TOKEN: FramingError = err("HPE_INVALID_HEADER_TOKEN", "Invalid header token");
const HEADER_VALUE: FramingError = err("HPE_INVALID_HEADER_TOKEN", "Invalid header value char");
const UNEXPECTED_SPACE: FramingError = err("HPE_UNEXPECTED_SPACE", "Unexpected space after start line");
const CL_INVALID: FramingError = err(
  "HPE_INVALID_CONTENT_LENGTH",
  "Invalid character in Content-Length",
);
const CL_OVERFLOW: FramingError = err("HPE_INVALID_CONTENT_LENGTH", "Content-Length overflow");
const CL_WITH_TE: FramingError = err(
  "HPE_INVALID_CONTENT_LENGTH",
  "Content-Length can't be present with Transfer-Encoding",
);
const CL_DUPLICATE: FramingError = err("HPE_UNEXPECTED_CONTENT_LENGTH", "Duplicate Content-Length");
const TE_WITH_CL: FramingError = err(
  "HPE_INVALID_TRANSFER_ENCODING",
  "Transfer-Encoding can't be present with Content-Length",
);
const TE_INVALID: FramingError = err(
  "HPE_INVALID_TRANSFER_ENCODING",
  "Invalid `Transfer-Encoding` header value",
);
const TE_NOT_CHUNKED: FramingError = err(
  "HPE_INVALID_TRANSFER_ENCODING",
  "Request has invalid `Transfer-Encoding`",
);
const CHUNK_SIZE: FramingError = err("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size");
const CHUNK_OVERFLOW: FramingError = err("HPE_INVALID_CHUNK_SIZE", "Chunk size overflow");
const CHUNK_EXT: FramingError = err("HPE_STRICT", "Invalid character in chunk extensions");
const CHUNK_DATA_END: FramingError = err("HPE_STRICT", "Expected LF after chunk data");
const CHUNK_EXT_OVERFLOW: FramingError = FramingError {
  code: "HPE_CHUNK_EXTENSIONS_OVERFLOW",
  reason: "Chunk extensions overflow",
  status: 413,
};
const H2_PREFACE: FramingError = err("HPE_PAUSED_H2_UPGRADE", "Pause on PRI/Upgrade");
const EOF_STATE: FramingError = err("HPE_INVALID_EOF_STATE", "Invalid EOF state");

/// The methods llhttp knows (Node's `http.METHODS`); any other is refused.
const METHODS: &[&[u8]] = &[
  b"ACL",
  b"BIND",
  b"CHECKOUT",
  b"CONNECT",
  b"COPY",
  b"DELETE",
  b"GET",
  b"HEAD",
  b"LINK",
  b"LOCK",
  b"M-SEARCH",
  b"MERGE",
  b"MKACTIVITY",
  b"MKCALENDAR",
  b"MKCOL",
  b"MOVE",
  b"NOTIFY",
  b"OPTIONS",
  b"PATCH",
  b"POST",
  b"PROPFIND",
  b"PROPPATCH",
  b"PURGE",
  b"PUT",
  b"QUERY",
  b"REBIND",
  b"REPORT",
  b"SEARCH",
  b"SOURCE",
  b"SUBSCRIBE",
  b"TRACE",
  b"UNBIND",
  b"UNLINK",
  b"UNLOCK",
  b"UNSUBSCRIBE",
  b"PRI",
];

/// Chunk extensions beyond this many bytes get 413, as in Node.
const MAX_CHUNK_EXTENSIONS: u32 = 16 * 1024;

/// Byte classes, looked up once per byte on the hot path.
const TOKEN: u8 = 1;
const URL: u8 = 2;
const VALUE: u8 = 4;

const fn byte_classes() -> [u8; 256] {
  let mut table = [0u8; 256];
  let mut b = 0usize;
  while b < 256 {
    let c = b as u8;
    let mut class = 0;
    let token_punct = matches!(
      c,
      b'!' | b'#' | b'$' | b'%' | b'&' | b'\'' | b'*' | b'+' | b'-' | b'.' | b'^' | b'_' | b'`' | b'|' | b'~'
    );
    if c.is_ascii_alphanumeric() || token_punct {
      class |= TOKEN;
    }
    // llhttp's strict URL characters: no controls, no space, nothing above 0x7e.
    if c >= 0x21 && c < 0x7f {
      class |= URL;
    }
    // A header value: HTAB, visible ASCII, space and obs-text.
    if c == b'\t' || (c >= 0x20 && c != 0x7f) {
      class |= VALUE;
    }
    table[b] = class;
    b += 1;
  }
  table
}

static CLASSES: [u8; 256] = byte_classes();

#[inline]
fn is_token(b: u8) -> bool {
  CLASSES[b as usize] & TOKEN != 0
}

#[inline]
fn is_url_char(b: u8) -> bool {
  CLASSES[b as usize] & URL != 0
}

#[inline]
fn is_value_char(b: u8) -> bool {
  CLASSES[b as usize] & VALUE != 0
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
  /// Between requests: empty lines are skipped.
  Start,
  StartLf,
  Method,
  BeforeUrl,
  /// The target's first byte decides its form.
  Url,
  /// `scheme` of an absolute-form target, then `://`.
  Scheme,
  SchemeSlash(u8),
  UrlRest,
  /// `HTTP/1.1` after the target: how much of it has been seen.
  Version(u8),
  RequestLineLf,
  /// At the start of a header line (or the blank line ending the head).
  FieldStart,
  FieldName,
  ValueStart,
  Value,
  ValueLf,
  HeadEndLf,
  /// A `Content-Length` body: bytes left.
  Body,
  ChunkSize,
  ChunkExtension,
  ChunkExtQuoted,
  ChunkSizeLf,
  ChunkData,
  ChunkDataCr,
  ChunkDataLf,
  /// Trailers after the last chunk: same rules as header lines.
  TrailerStart,
  TrailerName,
  TrailerValue,
  TrailerLf,
  TrailersEndLf,
  /// An upgrade or CONNECT: what follows the head is not HTTP any more.
  Passthrough,
  Failed,
}

/// Which header a value belongs to, as far as framing cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
  Other,
  ContentLength,
  TransferEncoding,
  Connection,
  Upgrade,
  Host,
}

/// The framing state of one connection's incoming bytes.
#[derive(Debug)]
pub(crate) struct Framing {
  state: State,
  /// Bytes of the method, a header name or a version seen so far (compared in place).
  token: [u8; 24],
  token_len: u8,
  method_connect: bool,
  method_pri: bool,
  version_11: bool,
  field: Field,
  /// Lines of the head so far (the first header line may not start with a space).
  header_lines: u32,
  content_length: Option<u64>,
  /// `Transfer-Encoding` seen; `chunked` is its last coding; a coding followed it.
  has_te: bool,
  chunked: bool,
  value_acc: u64,
  value_digits: bool,
  value_trailing_space: bool,
  /// Transfer-Encoding value scanning: the current coding's bytes.
  te_token_is_chunked: bool,
  connection_upgrade: bool,
  has_upgrade: bool,
  has_host: bool,
  /// Content-Length body or chunk data left, chunk size being read.
  remaining: u64,
  chunk_size_digits: u32,
  chunk_ext_len: u32,
  /// The violation was in a body (see [`Framing::feed`]).
  failed_in_body: bool,
}

impl Default for Framing {
  fn default() -> Self {
    Framing {
      state: State::Start,
      token: [0; 24],
      token_len: 0,
      method_connect: false,
      method_pri: false,
      version_11: false,
      field: Field::Other,
      header_lines: 0,
      content_length: None,
      has_te: false,
      chunked: false,
      value_acc: 0,
      value_digits: false,
      value_trailing_space: false,
      te_token_is_chunked: false,
      connection_upgrade: false,
      has_upgrade: false,
      has_host: false,
      remaining: 0,
      chunk_size_digits: 0,
      chunk_ext_len: 0,
      failed_in_body: false,
    }
  }
}

/// What a request head asks of Node's server besides framing: HTTP/1.1 without `Host`
/// gets a plain 400 response (not a parse error: no 'clientError').
pub(crate) const MISSING_HOST: FramingError = FramingError {
  code: "",
  reason: "",
  status: 400,
};

impl Framing {
  /// Checks the next bytes of the connection; the first violation is final. With it
  /// comes how many bytes of `chunk` come before the request it is in (the requests
  /// before it are sound: Node serves them too).
  pub(crate) fn feed(&mut self, chunk: &[u8]) -> Result<(), (FramingError, usize)> {
    let mut data = chunk;
    let mut request_start = 0;
    let result = self.feed_from(&mut data, &mut request_start, chunk.len());
    result.map_err(|e| {
      // A request whose head is sound is served (as Node dispatches it) and its body
      // breaks where the bytes do; otherwise the request never reaches hyper.
      let at_error = chunk.len() - data.len();
      (
        e,
        if self.failed_in_body {
          at_error.saturating_sub(1)
        } else {
          request_start
        },
      )
    })
  }

  /// The head of the current request is in: its body (chunked or not) is arriving.
  fn in_body(&self) -> bool {
    matches!(
      self.state,
      State::Body
        | State::ChunkSize
        | State::ChunkExtension
        | State::ChunkExtQuoted
        | State::ChunkSizeLf
        | State::ChunkData
        | State::ChunkDataCr
        | State::ChunkDataLf
        | State::TrailerStart
        | State::TrailerName
        | State::TrailerValue
        | State::TrailerLf
        | State::TrailersEndLf
    )
  }

  fn feed_from(
    &mut self,
    data: &mut &[u8],
    request_start: &mut usize,
    total: usize,
  ) -> Result<(), FramingError> {
    while !data.is_empty() {
      match self.state {
        State::Start => {
          if data[0] != b'\r' && data[0] != b'\n' {
            *request_start = total - data.len();
          }
          // Most heads are plain and arrive whole: one pass, no state kept.
          if let Some(len) = plain_head(data) {
            *data = &data[len..];
            continue;
          }
        }
        State::Passthrough => return Ok(()),
        State::Failed => return Err(EOF_STATE),
        State::Body => {
          let take = (data.len() as u64).min(self.remaining);
          self.remaining -= take;
          *data = &data[take as usize..];
          if self.remaining == 0 {
            self.state = State::Start;
          }
          continue;
        }
        State::ChunkData => {
          let take = (data.len() as u64).min(self.remaining);
          self.remaining -= take;
          *data = &data[take as usize..];
          if self.remaining == 0 {
            self.state = State::ChunkDataCr;
          }
          continue;
        }
        // Runs of ordinary bytes, without the per-byte dispatch (the hot path of a head).
        State::Method => {
          let run = data.iter().position(|&b| b == b' ').unwrap_or(data.len());
          for &b in &data[..run] {
            if !self.push_token(b) {
              self.state = State::Failed;
              return Err(INVALID_METHOD);
            }
          }
          *data = &data[run..];
          if data.is_empty() {
            // Fail as soon as no method can match, as llhttp does.
            if !self.method_prefix() {
              self.state = State::Failed;
              return Err(INVALID_METHOD);
            }
            break;
          }
        }
        State::Version(0)
          if !self.method_pri
            && data.len() >= 10
            && (&data[..10] == b"HTTP/1.1\r\n" || &data[..10] == b"HTTP/1.0\r\n") =>
        {
          self.version_11 = data[7] == b'1';
          *data = &data[10..];
          self.state = State::FieldStart;
          continue;
        }
        State::FieldName => {
          let run = data.iter().position(|&b| !is_token(b)).unwrap_or(data.len());
          for &b in &data[..run] {
            if !self.push_token(b.to_ascii_lowercase()) {
              // Longer than any name framing cares about.
              self.token[0] = 0;
            }
          }
          *data = &data[run..];
          if data.is_empty() {
            break;
          }
        }
        State::UrlRest => {
          let run = data.iter().position(|&b| !is_url_char(b)).unwrap_or(data.len());
          *data = &data[run..];
          if data.is_empty() {
            break;
          }
        }
        State::Value if self.field == Field::Other || self.field == Field::Host => {
          let run = data.iter().position(|&b| !is_value_char(b)).unwrap_or(data.len());
          *data = &data[run..];
          if data.is_empty() {
            break;
          }
        }
        _ => {}
      }
      let b = data[0];
      *data = &data[1..];
      if let Err(e) = self.step(b) {
        self.failed_in_body = self.in_body();
        self.state = State::Failed;
        return Err(e);
      }
    }
    Ok(())
  }

  /// The client closed its side: fine between requests, a cut-short request otherwise.
  pub(crate) fn eof(&mut self) -> Result<(), FramingError> {
    match self.state {
      State::Start | State::Passthrough => Ok(()),
      State::Failed => Ok(()),
      _ => {
        self.state = State::Failed;
        Err(EOF_STATE)
      }
    }
  }

  fn push_token(&mut self, b: u8) -> bool {
    if (self.token_len as usize) < self.token.len() {
      self.token[self.token_len as usize] = b;
      self.token_len += 1;
      true
    } else {
      false
    }
  }

  /// The method so far begins a method llhttp knows (it fails at the first byte that
  /// cannot, as llhttp does, without waiting for the space).
  fn method_prefix(&self) -> bool {
    let token = self.token();
    b"GET".starts_with(token) || METHODS.iter().any(|m| m.starts_with(token))
  }

  fn token(&self) -> &[u8] {
    &self.token[..self.token_len as usize]
  }

  fn step(&mut self, b: u8) -> Result<(), FramingError> {
    match self.state {
      State::Start => match b {
        b'\r' => self.state = State::StartLf,
        b'\n' => {}
        _ => {
          self.begin_request();
          self.push_token(b);
          if !self.method_prefix() {
            return Err(INVALID_METHOD);
          }
          self.state = State::Method;
        }
      },
      State::StartLf => {
        if b != b'\n' {
          return Err(STRICT_LF);
        }
        self.state = State::Start;
      }
      State::Method => match b {
        b' ' => {
          let method = self.token();
          if method != b"GET" && !METHODS.contains(&method) {
            return Err(INVALID_METHOD);
          }
          let (connect, pri) = (method == b"CONNECT", method == b"PRI");
          self.method_connect = connect;
          self.method_pri = pri;
          self.state = State::BeforeUrl;
        }
        _ if self.push_token(b) && self.method_prefix() => {}
        _ => return Err(INVALID_METHOD),
      },
      State::BeforeUrl => match b {
        b' ' => {}
        _ => {
          self.state = State::Url;
          return self.step(b);
        }
      },
      State::Url => {
        if self.method_connect {
          // Authority form (host:port); Node hands it to 'connect' or drops it.
          if !is_url_char(b) {
            return Err(INVALID_URL);
          }
          self.state = State::UrlRest;
        } else {
          match b {
            b'/' | b'*' => self.state = State::UrlRest,
            _ if b.is_ascii_alphabetic() => self.state = State::Scheme,
            _ => return Err(INVALID_URL),
          }
        }
      }
      State::Scheme => match b {
        _ if b.is_ascii_alphanumeric() || b == b'+' || b == b'-' || b == b'.' => {}
        b':' => self.state = State::SchemeSlash(0),
        _ => return Err(INVALID_URL),
      },
      State::SchemeSlash(n) => {
        if b != b'/' {
          return Err(INVALID_URL);
        }
        self.state = if n == 0 {
          State::SchemeSlash(1)
        } else {
          State::UrlRest
        };
      }
      State::UrlRest => match b {
        b' ' => {
          self.token_len = 0;
          self.state = State::Version(0);
        }
        b'\r' | b'\n' => return Err(INVALID_CONSTANT),
        _ if is_url_char(b) => {}
        _ => return Err(INVALID_URL),
      },
      State::Version(n) => {
        const HTTP: &[u8] = b"HTTP/";
        match n {
          0 if b == b' ' => {}
          0..=4 => {
            if b != HTTP[n as usize] {
              return Err(INVALID_CONSTANT);
            }
            self.state = State::Version(n + 1);
          }
          5 | 7 => {
            if !b.is_ascii_digit() {
              return Err(INVALID_VERSION);
            }
            self.push_token(b);
            self.state = State::Version(n + 1);
          }
          6 => {
            if b != b'.' {
              return Err(INVALID_VERSION);
            }
            self.state = State::Version(7);
          }
          _ => {
            if self.method_pri {
              // An HTTP/2 preface: Node does not speak HTTP/2 on this server either.
              return Err(H2_PREFACE);
            }
            let version = self.token();
            // Node also takes 0.9 and 2.0; hyper serves only HTTP/1.x.
            if version != b"11" && version != b"10" {
              return Err(INVALID_VERSION);
            }
            self.version_11 = version == b"11";
            if b != b'\r' {
              return Err(INVALID_VERSION);
            }
            self.state = State::RequestLineLf;
          }
        }
      }
      State::RequestLineLf => {
        if b != b'\n' {
          return Err(STRICT_LF);
        }
        self.state = State::FieldStart;
      }
      State::FieldStart => match b {
        b'\r' => self.state = State::HeadEndLf,
        b'\n' => return Err(CR_EXPECTED),
        b' ' | b'\t' if self.header_lines == 0 => return Err(UNEXPECTED_SPACE),
        _ if is_token(b) => {
          self.token_len = 0;
          self.push_token(b.to_ascii_lowercase());
          self.header_lines += 1;
          self.state = State::FieldName;
        }
        _ => return Err(HEADER_TOKEN),
      },
      State::FieldName => match b {
        b':' => {
          self.field = match self.token() {
            b"content-length" => Field::ContentLength,
            b"transfer-encoding" => Field::TransferEncoding,
            b"connection" => Field::Connection,
            b"upgrade" => Field::Upgrade,
            b"host" => Field::Host,
            _ => Field::Other,
          };
          self.begin_value()?;
          self.state = State::ValueStart;
        }
        _ if is_token(b) => {
          if !self.push_token(b.to_ascii_lowercase()) {
            // Longer than any name framing cares about.
            self.token[0] = 0;
          }
        }
        _ => return Err(HEADER_TOKEN),
      },
      State::ValueStart => match b {
        b' ' | b'\t' => {}
        _ => {
          self.state = State::Value;
          return self.step(b);
        }
      },
      State::Value => match b {
        b'\r' => {
          self.end_value()?;
          self.state = State::ValueLf;
        }
        b'\n' => return Err(CR_EXPECTED),
        _ if is_value_char(b) => self.value_byte(b)?,
        _ => return Err(HEADER_VALUE),
      },
      State::ValueLf => {
        if b != b'\n' {
          return Err(LF_EXPECTED);
        }
        self.state = State::FieldStart;
      }
      State::HeadEndLf => {
        if b != b'\n' {
          return Err(STRICT_LF);
        }
        return self.head_complete();
      }
      State::ChunkSize => match b {
        b'0'..=b'9' | b'a'..=b'f' | b'A'..=b'F' => {
          let digit = (b as char).to_digit(16).unwrap_or(0) as u64;
          if self.remaining > (u64::MAX >> 4) {
            return Err(CHUNK_OVERFLOW);
          }
          self.remaining = self.remaining << 4 | digit;
          self.chunk_size_digits += 1;
        }
        b';' if self.chunk_size_digits > 0 => {
          self.chunk_ext_len = 0;
          self.state = State::ChunkExtension;
        }
        b'\r' if self.chunk_size_digits > 0 => self.state = State::ChunkSizeLf,
        b'\n' if self.chunk_size_digits > 0 => return Err(CR_EXPECTED),
        _ => return Err(CHUNK_SIZE),
      },
      State::ChunkExtension => {
        self.chunk_ext_len += 1;
        if self.chunk_ext_len > MAX_CHUNK_EXTENSIONS {
          return Err(CHUNK_EXT_OVERFLOW);
        }
        match b {
          b'\r' => {
            if self.chunk_ext_len == 1 {
              // `5;` with no name.
              return Err(CHUNK_EXT);
            }
            self.state = State::ChunkSizeLf;
          }
          b'"' => self.state = State::ChunkExtQuoted,
          b'=' | b';' => {}
          _ if is_token(b) => {}
          _ => return Err(CHUNK_EXT),
        }
      }
      State::ChunkExtQuoted => {
        self.chunk_ext_len += 1;
        if self.chunk_ext_len > MAX_CHUNK_EXTENSIONS {
          return Err(CHUNK_EXT_OVERFLOW);
        }
        match b {
          b'"' => self.state = State::ChunkExtension,
          b'\r' | b'\n' => return Err(CHUNK_EXT),
          _ if is_value_char(b) => {}
          _ => return Err(CHUNK_EXT),
        }
      }
      State::ChunkSizeLf => {
        if b != b'\n' {
          return Err(STRICT_LF);
        }
        if self.remaining == 0 {
          self.header_lines = 1;
          self.state = State::TrailerStart;
        } else {
          self.state = State::ChunkData;
        }
      }
      State::ChunkDataCr => match b {
        b'\r' => self.state = State::ChunkDataLf,
        b'\n' => return Err(CR_EXPECTED),
        _ => return Err(CHUNK_DATA_END),
      },
      State::ChunkDataLf => {
        if b != b'\n' {
          return Err(CHUNK_DATA_END);
        }
        self.begin_chunk();
      }
      State::TrailerStart => match b {
        b'\r' => self.state = State::TrailersEndLf,
        b'\n' => return Err(CR_EXPECTED),
        _ if is_token(b) => {
          self.token_len = 0;
          self.push_token(b.to_ascii_lowercase());
          self.state = State::TrailerName;
        }
        _ => return Err(HEADER_TOKEN),
      },
      State::TrailerName => match b {
        b':' => {
          if self.token() == b"content-length" {
            return Err(CL_WITH_TE);
          }
          self.state = State::TrailerValue;
        }
        _ if is_token(b) => {
          if !self.push_token(b.to_ascii_lowercase()) {
            self.token[0] = 0;
          }
        }
        _ => return Err(HEADER_TOKEN),
      },
      State::TrailerValue => match b {
        b'\r' => self.state = State::TrailerLf,
        b'\n' => return Err(CR_EXPECTED),
        _ if is_value_char(b) => {}
        _ => return Err(HEADER_VALUE),
      },
      State::TrailerLf => {
        if b != b'\n' {
          return Err(LF_EXPECTED);
        }
        self.state = State::TrailerStart;
      }
      State::TrailersEndLf => {
        if b != b'\n' {
          return Err(STRICT_LF);
        }
        self.state = State::Start;
      }
      State::Body | State::ChunkData | State::Passthrough | State::Failed => unreachable_state()?,
    }
    Ok(())
  }

  fn begin_request(&mut self) {
    let state = self.state;
    *self = Framing::default();
    self.state = state;
  }

  fn begin_chunk(&mut self) {
    self.remaining = 0;
    self.chunk_size_digits = 0;
    self.state = State::ChunkSize;
  }

  fn begin_value(&mut self) -> Result<(), FramingError> {
    self.value_acc = 0;
    self.value_digits = false;
    self.value_trailing_space = false;
    self.te_token_is_chunked = false;
    self.token_len = 0;
    match self.field {
      Field::ContentLength => {
        if self.has_te {
          return Err(CL_WITH_TE);
        }
        if self.content_length.is_some() {
          return Err(CL_DUPLICATE);
        }
      }
      Field::TransferEncoding => {
        if self.content_length.is_some() {
          return Err(TE_WITH_CL);
        }
        if self.chunked {
          // A coding after `chunked` (in a second header).
          return Err(TE_INVALID);
        }
        self.has_te = true;
      }
      Field::Host => self.has_host = true,
      Field::Upgrade => self.has_upgrade = true,
      _ => {}
    }
    Ok(())
  }

  fn value_byte(&mut self, b: u8) -> Result<(), FramingError> {
    match self.field {
      Field::ContentLength => {
        if b == b' ' || b == b'\t' {
          self.value_trailing_space = true;
          return Ok(());
        }
        if !b.is_ascii_digit() || self.value_trailing_space {
          return Err(CL_INVALID);
        }
        self.value_digits = true;
        self.value_acc = self
          .value_acc
          .checked_mul(10)
          .and_then(|v| v.checked_add((b - b'0') as u64))
          .ok_or(CL_OVERFLOW)?;
      }
      Field::TransferEncoding | Field::Connection => match b {
        b',' => {
          if self.field == Field::TransferEncoding && self.token() == b"chunked" {
            // `chunked` must be the last coding.
            return Err(TE_INVALID);
          }
          self.end_coding()?
        }
        b'\t' if self.field == Field::TransferEncoding && self.token_len > 0 => return Err(TE_INVALID),
        b' ' | b'\t' => {
          if self.token_len > 0 {
            self.value_trailing_space = true;
          }
        }
        _ => {
          if self.value_trailing_space {
            // `chunk ed`: a space inside a coding.
            self.token[0] = 0;
          }
          if self.chunked && self.field == Field::TransferEncoding {
            return Err(TE_INVALID);
          }
          if !self.push_token(b.to_ascii_lowercase()) {
            self.token[0] = 0;
          }
        }
      },
      _ => {}
    }
    Ok(())
  }

  /// The end of one comma-separated coding of `Transfer-Encoding` (or token of
  /// `Connection`).
  fn end_coding(&mut self) -> Result<(), FramingError> {
    let token_is = |name: &[u8]| self.token() == name;
    if self.field == Field::TransferEncoding {
      if token_is(b"chunked") {
        self.chunked = true;
      }
    } else if token_is(b"upgrade") {
      self.connection_upgrade = true;
    }
    self.token_len = 0;
    self.value_trailing_space = false;
    Ok(())
  }

  fn end_value(&mut self) -> Result<(), FramingError> {
    match self.field {
      Field::ContentLength => {
        if !self.value_digits {
          return Err(CL_INVALID);
        }
        if self.value_acc == u64::MAX {
          // llhttp keeps that value for "no length".
          return Err(CL_OVERFLOW);
        }
        self.content_length = Some(self.value_acc);
      }
      Field::TransferEncoding | Field::Connection => self.end_coding()?,
      _ => {}
    }
    self.field = Field::Other;
    Ok(())
  }

  fn head_complete(&mut self) -> Result<(), FramingError> {
    if self.has_te && !self.chunked {
      return Err(TE_NOT_CHUNKED);
    }
    if self.version_11 && !self.has_host {
      return Err(MISSING_HOST);
    }
    if self.method_connect || (self.has_upgrade && self.connection_upgrade) {
      self.state = State::Passthrough;
      return Ok(());
    }
    if self.chunked {
      self.begin_chunk();
    } else {
      match self.content_length {
        Some(n) if n > 0 => {
          self.remaining = n;
          self.state = State::Body;
        }
        _ => self.state = State::Start,
      }
    }
    Ok(())
  }
}

/// The length of the request head at the start of `data` if it is complete and plain:
/// an origin-form target, HTTP/1.x, a `Host` for 1.1, and no header that framing must
/// look into (`Content-Length`, `Transfer-Encoding`, `Connection`, `Upgrade`), so no
/// body follows. Anything else (or anything wrong) is left to the state machine.
fn plain_head(data: &[u8]) -> Option<usize> {
  let space = data.iter().take(12).position(|&b| b == b' ')?;
  let method = &data[..space];
  if method != b"GET" && method != b"HEAD" && method != b"OPTIONS" && method != b"DELETE" {
    return None;
  }
  let mut i = space + 1;
  if data.get(i) != Some(&b'/') {
    return None;
  }
  i += data[i..].iter().position(|&b| !is_url_char(b))?;
  let version = data.get(i..i + 11)?;
  let http_11 = match version {
    b" HTTP/1.1\r\n" => true,
    b" HTTP/1.0\r\n" => false,
    _ => return None,
  };
  i += 11;
  let mut has_host = false;
  loop {
    match *data.get(i)? {
      b'\r' => {
        if *data.get(i + 1)? != b'\n' || (http_11 && !has_host) {
          return None;
        }
        return Some(i + 2);
      }
      b if is_token(b) => {}
      _ => return None,
    }
    let name_len = data[i..].iter().position(|&b| !is_token(b))?;
    let name = &data[i..i + name_len];
    i += name_len;
    if *data.get(i)? != b':' {
      return None;
    }
    match name_len {
      4 if name.eq_ignore_ascii_case(b"host") => has_host = true,
      7 | 10 | 14 | 17 => {
        let special = name.eq_ignore_ascii_case(b"upgrade")
          || name.eq_ignore_ascii_case(b"connection")
          || name.eq_ignore_ascii_case(b"content-length")
          || name.eq_ignore_ascii_case(b"transfer-encoding");
        if special {
          return None;
        }
      }
      _ => {}
    }
    i += 1;
    i += data[i..].iter().position(|&b| !is_value_char(b))?;
    if data[i] != b'\r' || *data.get(i + 1)? != b'\n' {
      return None;
    }
    i += 2;
  }
}

fn unreachable_state() -> Result<(), FramingError> {
  // States handled before `step` is called; reaching here is a bug, not bad input.
  Err(EOF_STATE)
}

#[cfg(test)]
mod tests {
  use super::*;

  fn check(bytes: &[u8]) -> Result<(), &'static str> {
    let mut f = Framing::default();
    f.feed(bytes).map_err(|e| e.0.code)?;
    f.eof().map_err(|e| e.code)
  }

  fn check_split(bytes: &[u8]) -> Result<(), &'static str> {
    // One byte at a time must give the same verdict as all at once.
    let mut f = Framing::default();
    for b in bytes {
      f.feed(std::slice::from_ref(b)).map_err(|e| e.0.code)?;
    }
    f.eof().map_err(|e| e.code)
  }

  #[test]
  fn good_requests_pass() {
    for req in [
      &b"GET / HTTP/1.1\r\nHost: a\r\n\r\n"[..],
      b"\r\nGET /a?b HTTP/1.1\r\nHost: a\r\nX: v\x80\r\n\r\nGET * HTTP/1.0\r\n\r\n",
      b"POST http://h/p HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello",
      b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n5;a=\"b\"\r\nhello\r\n0\r\nX: y\r\n\r\n",
      b"GET / HTTP/1.1\r\nHost: a\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n\x81\x00garbage",
    ] {
      assert_eq!(check(req), Ok(()), "{:?}", String::from_utf8_lossy(req));
      assert_eq!(check_split(req), Ok(()));
    }
  }

  #[test]
  fn sound_requests_before_a_bad_one_are_kept() {
    let mut f = Framing::default();
    let good = b"GET / HTTP/1.1\r\nHost: a\r\n\r\nPOST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\nhi";
    let mut bytes = good.to_vec();
    bytes.extend_from_slice(b"GARBAGE\r\n\r\n");
    let (e, sound) = f.feed(&bytes).unwrap_err();
    assert_eq!((e.code, sound), ("HPE_INVALID_METHOD", good.len()));
    // A sound head with a broken body: the head and the body up to the break.
    let mut f = Framing::default();
    let head = b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n2;";
    let mut bytes = head.to_vec();
    bytes.extend_from_slice(b"\nxx\r\n");
    let (e, sound) = f.feed(&bytes).unwrap_err();
    assert_eq!((e.code, sound), ("HPE_STRICT", head.len()));
  }

  #[test]
  fn plain_heads_take_the_short_way() {
    assert_eq!(plain_head(b"GET / HTTP/1.1\r\nHost: a\r\n\r\nGET"), Some(27));
    assert_eq!(plain_head(b"GET / HTTP/1.1\r\nHost: a\r\n\r"), None);
    assert_eq!(plain_head(b"GET / HTTP/1.1\r\n\r\n"), None);
    assert_eq!(
      plain_head(b"GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\n\r\n"),
      None
    );
    assert_eq!(plain_head(b"GET / HTTP/1.1\r\nHost: a\nX: y\r\n\r\n"), None);
    assert_eq!(plain_head(b"GET / HTTP/1.0\r\n\r\n"), Some(18));
  }

  #[test]
  fn node_rejects_these() {
    let cases: &[(&[u8], &str)] = &[
      (b"FOO / HTTP/1.1\r\nHost: a\r\n\r\n", "HPE_INVALID_METHOD"),
      (b"get / HTTP/1.1\r\nHost: a\r\n\r\n", "HPE_INVALID_METHOD"),
      (b"GET foo HTTP/1.1\r\nHost: a\r\n\r\n", "HPE_INVALID_URL"),
      (b"GET / HTTP/1.1\nHost: a\n\n", "HPE_INVALID_VERSION"),
      (b"GET / HTTP/1.1\r\nHost: a\nX: y\r\n\r\n", "HPE_CR_EXPECTED"),
      (b"GET / HTTP/1.2\r\nHost: a\r\n\r\n", "HPE_INVALID_VERSION"),
      (
        b"GET / HTTP/1.1\r\nHost: a\r\nX: a\r\n b\r\n\r\n",
        "HPE_INVALID_HEADER_TOKEN",
      ),
      (
        b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello",
        "HPE_UNEXPECTED_CONTENT_LENGTH",
      ),
      (
        b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n",
        "HPE_INVALID_CONTENT_LENGTH",
      ),
      (
        b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, chunked\r\n\r\n",
        "HPE_INVALID_TRANSFER_ENCODING",
      ),
      (
        b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n",
        "HPE_INVALID_TRANSFER_ENCODING",
      ),
      (
        b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nhello\r\n0\r\n\r\n",
        "HPE_STRICT",
      ),
      (
        b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0x5\r\nhello\r\n0\r\n\r\n",
        "HPE_INVALID_CHUNK_SIZE",
      ),
      (
        b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n",
        "HPE_INVALID_CHUNK_SIZE",
      ),
      (
        b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n\r\nhello",
        "HPE_INVALID_CHUNK_SIZE",
      ),
      (
        b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFFFF\r\n",
        "HPE_INVALID_CHUNK_SIZE",
      ),
      (
        b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\nhello",
        "HPE_INVALID_EOF_STATE",
      ),
      (b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", "HPE_PAUSED_H2_UPGRADE"),
    ];
    for (req, code) in cases {
      assert_eq!(check(req), Err(*code), "{:?}", String::from_utf8_lossy(req));
      assert_eq!(
        check_split(req),
        Err(*code),
        "split {:?}",
        String::from_utf8_lossy(req)
      );
    }
    assert_eq!(check(b"GET / HTTP/1.1\r\n\r\n"), Err(""));
  }
}
