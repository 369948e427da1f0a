//! Handing requests to JS: the heads that the hyper services queued on a server go to
//! the function that `op_http_deliver_to` registered, all that are ready in one call,
//! encoded as a [`Batch`] (an Int32Array of fields and one latin-1 string). The layout is
//! read by the JS of node:http under ext/http/js (`BATCH_STRIDE`, `FIELD_*`,
//! `METHOD_INDEX`, `EMPTY_BATCH`); the tests below hold the two sides together.

use std::cell::RefCell;
use std::convert::Infallible;
use std::rc::Rc;
use std::task::Context;

use deno_core::convert::ToV8;
use deno_core::op2;
use deno_core::v8;
use deno_core::OpState;
use deno_core::ResourceId;
use hyper::HeaderMap;
use hyper::Method;
use hyper::Uri;
use hyper::Version;
use nodus_core::events::EventSource;
use nodus_core::events::EventSources;

use super::state::HttpServerResource;
use super::state::ServerShared;
use crate::body::join_headers;
use crate::body::js_latin1;

/// A request head waiting for JS.
pub(super) struct ReadyRequest {
  pub(super) id: u32,
  pub(super) method: Method,
  pub(super) uri: Uri,
  pub(super) version: Version,
  pub(super) has_body: bool,
  pub(super) upgrade: bool,
  pub(super) headers: HeaderMap,
}

/// A batch of requests for JS: `[fields, text]`. `fields` is an Int32Array with
/// [`BATCH_STRIDE`] values per request: the id, `method << 8 | flags`, where in `text` the
/// request's method, url and headers start, and where its headers end. `method` is an
/// index into [`METHODS`] ([`OTHER_METHOD`] when the method is spelled out in `text`),
/// `flags` is `version << 2 | upgrade << 1 | hasBody` with version 9, 10 or 11, and the
/// headers are `name\nvalue\nname\nvalue` (latin-1, see `join_headers`). On QuickJS
/// every JS value made costs (a handle, an array slot, a string), so a batch is two
/// arrays and one string whatever its size, and JS slices a request's url and headers out
/// of the text only when the program reads them.
struct Batch(Vec<ReadyRequestOut>);

/// One request of a [`Batch`].
struct ReadyRequestOut(ReadyRequest);

/// Int32 fields per request in a [`Batch`] (`BATCH_STRIDE` in the JS).
const BATCH_STRIDE: usize = 6;

/// The methods JS knows by index (`METHOD_INDEX` in the JS lists them in this order).
const METHODS: [Method; 9] = [
  Method::GET,
  Method::POST,
  Method::PUT,
  Method::DELETE,
  Method::HEAD,
  Method::OPTIONS,
  Method::PATCH,
  Method::CONNECT,
  Method::TRACE,
];

/// The method index of a request whose method is spelled out in the batch text.
const OTHER_METHOD: i32 = 255;

impl<'a> ToV8<'a> for Batch {
  type Error = Infallible;
  fn to_v8<'i>(self, scope: &mut v8::PinScope<'a, 'i>) -> Result<v8::Local<'a, v8::Value>, Infallible> {
    let mut fields: Vec<u8> = Vec::with_capacity(self.0.len() * BATCH_STRIDE * 4);
    let mut text: Vec<u8> = Vec::with_capacity(self.0.len() * 128);
    let push = |fields: &mut Vec<u8>, v: i32| fields.extend_from_slice(&v.to_ne_bytes());
    for ReadyRequestOut(r) in self.0 {
      // Ids stay below 2^31 (see `Slab`).
      push(&mut fields, r.id as i32);
      let method = match METHODS.iter().position(|m| *m == r.method) {
        Some(i) => i as i32,
        None => OTHER_METHOD,
      };
      let version = match r.version {
        Version::HTTP_10 => 10,
        Version::HTTP_09 => 9,
        _ => 11,
      };
      let flags = (version << 2) | ((r.upgrade as i32) << 1) | r.has_body as i32;
      push(&mut fields, (method << 8) | flags);
      push(&mut fields, text.len() as i32);
      if method == OTHER_METHOD {
        text.extend_from_slice(r.method.as_str().as_bytes());
      }
      push(&mut fields, text.len() as i32);
      if r.uri.scheme().is_some() {
        text.extend_from_slice(r.uri.to_string().as_bytes());
      } else if let Some(path) = r.uri.path_and_query() {
        text.extend_from_slice(path.as_str().as_bytes());
      } else {
        // CONNECT's authority form: `host:port`.
        text.extend_from_slice(r.uri.authority().map_or("/", |a| a.as_str()).as_bytes());
      }
      push(&mut fields, text.len() as i32);
      join_headers(&r.headers, &mut text);
      push(&mut fields, text.len() as i32);
    }
    let count = fields.len() / 4;
    let store = v8::ArrayBuffer::new_backing_store_from_vec(fields).make_shared();
    let buffer = v8::ArrayBuffer::with_backing_store(scope, &store);
    let fields: v8::Local<v8::Value> = match v8::Int32Array::new(scope, buffer, 0, count) {
      Some(a) => a.into(),
      None => v8::null(scope).into(),
    };
    let text = js_latin1(scope, &text);
    Ok(v8::Array::new_with_elements(scope, &[fields, text]).into())
  }
}

/// Hands a server's ready requests to JS in batches, by calling the function that
/// `op_http_deliver_to` registered: no promise per batch (see nodus_core::events).
struct BatchSource {
  shared: Rc<RefCell<ServerShared>>,
  callback: v8::Global<v8::Function>,
}

/// The most requests one call hands over; the rest go in the next.
const MAX_BATCH: usize = 256;

impl EventSource for BatchSource {
  fn deliver(&self, scope: &mut v8::PinScope, cx: &mut Context) -> bool {
    let batch = {
      let mut s = self.shared.borrow_mut();
      if s.ready.is_empty() {
        s.waker = Some(cx.waker().clone());
        return false;
      }
      let n = s.ready.len().min(MAX_BATCH);
      Batch(s.ready.drain(..n).map(ReadyRequestOut).collect())
    };
    let Ok(batch) = batch.to_v8(scope);
    let callback = v8::Local::new(scope, &self.callback);
    let this = v8::undefined(scope).into();
    callback.call(scope, this, &[batch]);
    true
  }
}

/// Starts handing the requests of server `rid` to `callback`, a batch (see [`Batch`])
/// per call, until `op_http_served` resolves.
#[op2(fast)]
pub(crate) fn op_http_deliver_to(
  scope: &mut v8::PinScope,
  state: &mut OpState,
  #[smi] rid: ResourceId,
  callback: v8::Local<v8::Function>,
) {
  let Ok(server) = state.resource_table.get::<HttpServerResource>(rid) else {
    return;
  };
  let source: Rc<dyn EventSource> = Rc::new(BatchSource {
    shared: server.shared.clone(),
    callback: v8::Global::new(scope, callback),
  });
  state.borrow::<Rc<EventSources>>().add(source.clone());
  if let Some(old) = server.source.replace(Some(source)) {
    state.borrow::<Rc<EventSources>>().remove(&old);
  }
}

#[cfg(test)]
mod tests {
  use super::*;

  /// The JS side of the batch layout: the one file under ext/http/js that defines
  /// `BATCH_STRIDE` (with the other constants of the layout next to it). Found at run
  /// time rather than named, so that the JS may move between files.
  fn layout_js() -> &'static str {
    use std::sync::OnceLock;
    static JS: OnceLock<String> = OnceLock::new();
    JS.get_or_init(|| {
      fn find(dir: &std::path::Path, out: &mut Vec<(std::path::PathBuf, String)>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
          let path = entry.path();
          if path.is_dir() {
            find(&path, out);
          } else if path.extension().is_some_and(|e| e == "js") {
            let text = std::fs::read_to_string(&path).unwrap();
            if text.contains("const BATCH_STRIDE = ") {
              out.push((path, text));
            }
          }
        }
      }
      let mut found = Vec::new();
      find(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("js"),
        &mut found,
      );
      let names: Vec<_> = found.iter().map(|(p, _)| p.display().to_string()).collect();
      assert_eq!(found.len(), 1, "one JS file defines BATCH_STRIDE: {names:?}");
      found.pop().unwrap().1
    })
  }

  /// The text after `const NAME = ` up to its `;` in the layout's JS.
  fn js_const(name: &str) -> &'static str {
    let js = layout_js();
    let start = format!("const {name} = ");
    let at = js
      .find(&start)
      .unwrap_or_else(|| panic!("the JS has no `{start}`"))
      + start.len();
    let len = js[at..].find(';').expect("a `;` ends the constant");
    js[at..at + len].trim()
  }

  fn js_int(name: &str) -> usize {
    js_const(name)
      .parse()
      .unwrap_or_else(|_| panic!("`{name}` in the JS is an integer literal"))
  }

  /// The meta field (`method << 8 | version << 2 | upgrade << 1 | hasBody`) as
  /// `Batch::to_v8` makes it.
  fn meta(method: &Method, version: i32, upgrade: bool, has_body: bool) -> i32 {
    let method = METHODS
      .iter()
      .position(|m| m == method)
      .map_or(OTHER_METHOD, |i| i as i32);
    (method << 8) | (version << 2) | ((upgrade as i32) << 1) | has_body as i32
  }

  /// The value of a constant of the JS that is an expression, computed by an engine.
  fn js_eval_i32(name: &str) -> i32 {
    let mut runtime = deno_core::JsRuntime::new(Default::default());
    let value = runtime
      .execute_script("[batch layout]", js_const(name).to_owned())
      .unwrap_or_else(|e| panic!("`{name}` in the JS evaluates: {e}"));
    deno_core::scope!(scope, &mut runtime);
    v8::Local::new(scope, value).int32_value(scope).unwrap()
  }

  #[test]
  fn stride_matches_the_js() {
    assert_eq!(js_int("BATCH_STRIDE"), BATCH_STRIDE);
  }

  #[test]
  fn method_table_matches_the_js() {
    let list = js_const("METHOD_INDEX");
    let names: Vec<&str> = list
      .trim_start_matches('[')
      .trim_end_matches(']')
      .split(',')
      .map(|s| s.trim().trim_matches('\''))
      .collect();
    let ours: Vec<&str> = METHODS.iter().map(Method::as_str).collect();
    assert_eq!(names, ours);
    // The JS takes any index past its table as "spelled out in the text" (its table is
    // ours, checked above), and the index must fit in the meta field's bits above the
    // flags byte.
    const { assert!(OTHER_METHOD as usize >= METHODS.len() && OTHER_METHOD < 1 << 23) };
  }

  #[test]
  fn field_offsets_match_the_js() {
    // The order `Batch::to_v8` pushes them in: id, meta, then where the method, url and
    // headers start in the text, then where the headers end (read as the start of the
    // field after FIELD_HEADERS).
    assert_eq!(js_int("FIELD_META"), 1);
    assert_eq!(js_int("FIELD_METHOD"), 2);
    assert_eq!(js_int("FIELD_URL"), 3);
    assert_eq!(js_int("FIELD_HEADERS"), 4);
    assert_eq!(js_int("FIELD_HEADERS") + 2, BATCH_STRIDE);
    // The JS reads the flags as `meta & 255`: they must fit in the low byte.
    assert!(meta(&Method::GET, 11, true, true) & !0xff == 0);
  }

  #[test]
  fn empty_batch_of_the_js_is_a_get_over_http_1_1() {
    // The batch that a request made with `new IncomingMessage()` reads its fields from:
    // a GET (method index 0) over HTTP/1.1 (version 11) with no upgrade and no body.
    assert_eq!(
      js_eval_i32("EMPTY_REQUEST_META"),
      meta(&Method::GET, 11, false, false)
    );
    let batch = js_const("EMPTY_BATCH");
    let args = batch
      .split_once("Int32Array.of(")
      .and_then(|(_, rest)| rest.split_once(')'))
      .expect("EMPTY_BATCH holds an Int32Array.of(...)")
      .0;
    let fields: Vec<&str> = args.split(',').map(str::trim).collect();
    assert_eq!(fields.len(), BATCH_STRIDE, "one request's fields");
    assert_eq!(fields[js_int("FIELD_META")], "EMPTY_REQUEST_META");
  }

  /// Encodes requests as a batch in an engine and reads them back the way the JS does,
  /// with its offsets.
  #[test]
  fn batch_reads_back_with_the_offsets_of_the_js() {
    let mut headers = HeaderMap::new();
    headers.insert("host", "example.com".parse().unwrap());
    headers.append("x-two", "a".parse().unwrap());
    headers.append("x-two", "b".parse().unwrap());
    let requests = vec![
      ReadyRequest {
        id: 7,
        method: Method::GET,
        uri: "/path?q=1".parse().unwrap(),
        version: Version::HTTP_11,
        has_body: false,
        upgrade: false,
        headers: headers.clone(),
      },
      ReadyRequest {
        id: (3 << 20) | 5,
        method: Method::from_bytes(b"PURGE").unwrap(),
        uri: "/x".parse().unwrap(),
        version: Version::HTTP_10,
        has_body: true,
        upgrade: false,
        headers: HeaderMap::new(),
      },
      ReadyRequest {
        id: 9,
        method: Method::CONNECT,
        uri: "example.com:443".parse().unwrap(),
        version: Version::HTTP_11,
        has_body: false,
        upgrade: true,
        headers: HeaderMap::new(),
      },
    ];
    let expected: Vec<(i32, i32, &str, &str, &str)> = vec![
      (
        7,
        meta(&Method::GET, 11, false, false),
        "",
        "/path?q=1",
        "host\nexample.com\nx-two\na\nx-two\nb",
      ),
      (
        (3 << 20) | 5,
        meta(&Method::from_bytes(b"PURGE").unwrap(), 10, false, true),
        "PURGE",
        "/x",
        "",
      ),
      (
        9,
        meta(&Method::CONNECT, 11, true, false),
        "",
        "example.com:443",
        "",
      ),
    ];

    let mut runtime = deno_core::JsRuntime::new(Default::default());
    deno_core::scope!(scope, &mut runtime);
    let batch = Batch(requests.into_iter().map(ReadyRequestOut).collect());
    let Ok(value) = batch.to_v8(scope);
    let pair = v8::Local::<v8::Object>::try_from(value).unwrap();
    let fields_value = pair.get_index(scope, 0).unwrap();
    assert!(fields_value.is_int32_array());
    let fields = v8::Local::<v8::Object>::try_from(fields_value).unwrap();
    let text = pair.get_index(scope, 1).unwrap().to_rust_string_lossy(scope);
    let field = |scope: &mut v8::PinScope, i: usize| {
      fields
        .get_index(scope, i as u32)
        .unwrap()
        .int32_value(scope)
        .unwrap()
    };
    let (meta_at, method_at, url_at, headers_at) = (
      js_int("FIELD_META"),
      js_int("FIELD_METHOD"),
      js_int("FIELD_URL"),
      js_int("FIELD_HEADERS"),
    );
    let stride = js_int("BATCH_STRIDE");
    let method_names = js_const("METHOD_INDEX").matches(',').count() + 1;
    for (n, (id, meta, method, url, headers)) in expected.into_iter().enumerate() {
      let at = n * stride;
      // batchText in the JS: a field's text runs up to where the next field's starts.
      let slice = |scope: &mut v8::PinScope, f: usize| {
        let (a, b) = (field(scope, at + f) as usize, field(scope, at + f + 1) as usize);
        text[a..b].to_string()
      };
      assert_eq!(field(scope, at), id);
      let m = field(scope, at + meta_at);
      assert_eq!(m, meta);
      if (m >> 8) as usize >= method_names {
        assert_eq!(slice(scope, method_at), method);
      } else {
        assert_eq!(slice(scope, method_at), "");
      }
      assert_eq!(slice(scope, url_at), url);
      assert_eq!(slice(scope, headers_at), headers);
    }
  }
}
