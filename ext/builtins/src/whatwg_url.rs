//! `URL`, `URLSearchParams` and `url.domainTo*` (`internal/url.js`) on ada (the
//! `ada-url` crate), the WHATWG URL parser Node 24 itself uses (ada 4.0.0 in both), and
//! the `form_urlencoded` crate for `URLSearchParams`.
//!
//! A URL lives in JS as its serialization (the href) and the offsets of its components,
//! which the getters slice; only parsing and the setters cross into Rust, one op call
//! each. The parse ops write the offsets (ada's `url_aggregator` components, which Node
//! 24 hands its JS the same way) to the caller's `Uint32Array` and return a status:
//! [`UNCHANGED`] when the href is the input string itself (no string comes back),
//! [`CHANGED`] when it is another one, which `op_url_get_serialization` then hands over,
//! and [`FAILED`] when the input is not a URL. The setter op returns the new href itself,
//! as a setter mostly changes it. Each op does what Node 24's `internalBinding('url')`
//! does for it (src/node_url.cc), so the answers are ada's, with nothing on top.

use std::cell::RefCell;

use ada_url::Idna;
use ada_url::Url;
use deno_core::op2;
use deno_core::v8;
use nodus_core::strings::js_string;
use nodus_core::strings::with_utf8;

/// Parsed; the href is the input as given.
pub const UNCHANGED: u32 = 0;
/// Parsed; the href is another string, for `op_url_get_serialization`.
pub const CHANGED: u32 = 1;
/// Not a URL.
pub const FAILED: u32 = 2;

/// The value of an absent port, query or fragment in the offsets (ada's `url_omitted`).
const NONE: u32 = u32::MAX;

thread_local! {
  /// The serialization of the last parse or setter whose status was [`CHANGED`].
  static SERIALIZATION: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Writes the components of `url` to `out` as ada's `url_aggregator` keeps them, and
/// returns the status for `input`, keeping the serialization if it is not the input.
/// The nine values: `protocol_end` (after the `:`), `username_end`, `host_start` (at the
/// `@` when there are credentials), `host_end`, `port`, `pathname_start`,
/// `search_start` (at the `?`), `hash_start` (at the `#`), [`NONE`] for an absent port,
/// query or fragment, and `scheme_type` (ada's: 0 http, 1 not special, 2 https, 3 ws,
/// 4 ftp, 5 wss, 6 file).
fn finish(url: &Url, input: &str, out: &mut [u32]) -> u32 {
  let c = url.components();
  if let Some(out) = out.get_mut(..9) {
    out.copy_from_slice(&[
      c.protocol_end,
      c.username_end,
      c.host_start,
      c.host_end,
      c.port.unwrap_or(NONE),
      c.pathname_start.unwrap_or(c.host_end),
      c.search_start.unwrap_or(NONE),
      c.hash_start.unwrap_or(NONE),
      url.scheme_type() as u32,
    ]);
  }
  let href = url.href();
  if href == input {
    return UNCHANGED;
  }
  SERIALIZATION.with(|s| {
    let mut s = s.borrow_mut();
    s.clear();
    s.push_str(href);
  });
  CHANGED
}

/// Calls `f` with a JS string as UTF-8, lone surrogates as U+FFFD (one each, as the URL
/// Standard's "scalar value string"; deno_core's `#[string]` gives three on QuickJS).
fn with_str<R>(scope: &mut v8::PinScope, s: v8::Local<v8::String>, f: impl FnOnce(&str) -> R) -> R {
  with_utf8(scope, s, |bytes| f(&String::from_utf8_lossy(bytes)))
}

/// Parses `input`, against `base` if given, and writes its components (see [`finish`]).
fn parse(input: &str, base: Option<&str>, out: &mut [u32]) -> u32 {
  match Url::parse(input, base) {
    Ok(url) => finish(&url, input, out),
    Err(_) => FAILED,
  }
}

/// Parses `href` (an absolute URL).
#[op2(fast)]
pub fn op_url_parse(scope: &mut v8::PinScope, href: v8::Local<v8::String>, #[buffer] out: &mut [u32]) -> u32 {
  with_str(scope, href, |href| parse(href, None, out))
}

/// Parses `href` against `base`.
#[op2(fast)]
pub fn op_url_parse_with_base(
  scope: &mut v8::PinScope,
  href: v8::Local<v8::String>,
  base: v8::Local<v8::String>,
  #[buffer] out: &mut [u32],
) -> u32 {
  let base = with_str(scope, base, str::to_owned);
  with_str(scope, href, |href| parse(href, Some(&base), out))
}

/// The setters of `URL`, as `op_url_reparse` numbers them.
#[derive(Clone, Copy)]
#[repr(u32)]
enum Setter {
  Protocol = 1,
  Username = 2,
  Password = 3,
  Host = 4,
  Hostname = 5,
  Port = 6,
  Pathname = 7,
  Search = 8,
  Hash = 9,
}

impl Setter {
  fn from_u32(n: u32) -> Option<Self> {
    use Setter::*;
    [
      Protocol, Username, Password, Host, Hostname, Port, Pathname, Search, Hash,
    ]
    .into_iter()
    .find(|s| *s as u32 == n)
  }
}

/// Runs a setter (`setter`, numbered as [`Setter`]) with `value` on the URL `href`:
/// the new href, or `null` when it is the same (a setter that does not apply leaves the
/// URL as it was).
#[op2]
#[string]
pub fn op_url_reparse(
  scope: &mut v8::PinScope,
  href: v8::Local<v8::String>,
  setter: u32,
  value: v8::Local<v8::String>,
  #[buffer] out: &mut [u32],
) -> Option<String> {
  let value = with_str(scope, value, str::to_owned);
  // A setter mostly changes the href: it comes back at once, not by a second op call.
  with_str(scope, href, |href| reparse(href, setter, &value, out))
    .eq(&CHANGED)
    .then(|| SERIALIZATION.with(|s| std::mem::take(&mut *s.borrow_mut())))
}

/// As Node's `bindingUrl.update()`: `href` parsed again, the setter run on it, and
/// [`FAILED`] when the setter refuses the value.
fn reparse(href: &str, setter: u32, value: &str, out: &mut [u32]) -> u32 {
  let (Ok(mut url), Some(setter)) = (Url::parse(href, None), Setter::from_u32(setter)) else {
    return FAILED;
  };
  // Node passes every value (an empty one too) to the setter; `None` would clear.
  let ok = match setter {
    Setter::Protocol => url.set_protocol(value).is_ok(),
    Setter::Username => url.set_username(Some(value)).is_ok(),
    Setter::Password => url.set_password(Some(value)).is_ok(),
    Setter::Host => url.set_host(Some(value)).is_ok(),
    Setter::Hostname => url.set_hostname(Some(value)).is_ok(),
    Setter::Port => url.set_port(Some(value)).is_ok(),
    Setter::Pathname => url.set_pathname(Some(value)).is_ok(),
    Setter::Search => {
      url.set_search(Some(value));
      true
    }
    Setter::Hash => {
      url.set_hash(Some(value));
      true
    }
  };
  if !ok {
    return FAILED;
  }
  finish(&url, href, out)
}

/// The serialization kept by the last parse or setter that answered [`CHANGED`].
#[op2]
#[string]
pub fn op_url_get_serialization() -> String {
  SERIALIZATION.with(|s| std::mem::take(&mut *s.borrow_mut()))
}

/// The hostname a special URL (`ws://x`) gets from `input`, as Node 24 computes
/// `url.domainToASCII()`: `None` when it is not a valid one.
fn special_hostname(input: &str) -> Option<String> {
  if input.is_empty() {
    return None;
  }
  let mut url = Url::parse("ws://x", None).ok()?;
  url.set_hostname(Some(input)).ok()?;
  Some(url.hostname().to_owned())
}

/// `url.domainToASCII(domain)`: the host of a special URL with that hostname, IDNA to
/// ASCII applied; `""` if it is not one.
#[op2]
#[string]
pub fn op_url_domain_to_ascii(scope: &mut v8::PinScope, domain: v8::Local<v8::String>) -> String {
  with_str(scope, domain, special_hostname).unwrap_or_default()
}

/// `url.domainToUnicode(domain)`: as `op_url_domain_to_ascii`, then ada's IDNA to
/// Unicode of that host.
#[op2]
#[string]
pub fn op_url_domain_to_unicode(scope: &mut v8::PinScope, domain: v8::Local<v8::String>) -> String {
  with_str(scope, domain, special_hostname)
    .map(|host| Idna::unicode(&host))
    .unwrap_or_default()
}

/// UTS #46 ToASCII of a hostname with no host parsing around it (no IPv4 numbers, no
/// forbidden code points), for the legacy `url.parse()` (Node's `internal/idna`
/// `toASCII`, ada's); `null` when it fails.
#[op2]
#[string]
pub fn op_url_idna_to_ascii(scope: &mut v8::PinScope, domain: v8::Local<v8::String>) -> Option<String> {
  with_str(scope, domain, |domain| {
    Some(Idna::ascii(domain)).filter(|s| !s.is_empty())
  })
}

/// `application/x-www-form-urlencoded` parsing of `URLSearchParams`: the names and
/// values, one after the other.
#[op2]
pub fn op_url_parse_search_params<'a>(
  scope: &mut v8::PinScope<'a, '_>,
  query: v8::Local<v8::String>,
) -> v8::Local<'a, v8::Array> {
  // Lone surrogates come as U+FFFD, as `URLSearchParams` takes scalar value strings.
  let pairs: Vec<(String, String)> = with_utf8(scope, query, |bytes| {
    form_urlencoded::parse(bytes)
      .map(|(k, v)| (k.into_owned(), v.into_owned()))
      .collect()
  });
  let mut values = Vec::with_capacity(pairs.len() * 2);
  for (k, v) in &pairs {
    values.push(js_string(scope, k));
    values.push(js_string(scope, v));
  }
  v8::Array::new_with_elements(scope, &values)
}

/// `application/x-www-form-urlencoded` serialization of `URLSearchParams`' list (names
/// and values one after the other).
#[op2]
#[string]
pub fn op_url_serialize_search_params(scope: &mut v8::PinScope, list: v8::Local<v8::Array>) -> String {
  let mut out = form_urlencoded::Serializer::new(String::new());
  let n = list.length();
  let mut i = 0;
  while i + 1 < n {
    let (Some(k), Some(v)) = (list.get_index(scope, i), list.get_index(scope, i + 1)) else {
      break;
    };
    let (Ok(k), Ok(v)) = (k.try_cast::<v8::String>(), v.try_cast::<v8::String>()) else {
      break;
    };
    let k = with_str(scope, k, str::to_owned);
    with_str(scope, v, |v| out.append_pair(&k, v));
    i += 2;
  }
  out.finish()
}

#[cfg(test)]
mod tests {
  use super::*;

  /// The href and the nine components `finish` writes, as the JS getters take them.
  fn parsed(input: &str, base: Option<&str>) -> Option<(String, [u32; 9])> {
    let mut out = [0u32; 9];
    match parse(input, base, &mut out) {
      UNCHANGED => Some((input.to_owned(), out)),
      CHANGED => Some((SERIALIZATION.with(|s| s.take()), out)),
      _ => None,
    }
  }

  #[test]
  fn components_are_ada_offsets() {
    let (href, c) = parsed("https://user:pass@example.com:1234/foo/bar?baz#quux", None).unwrap();
    assert_eq!(href, "https://user:pass@example.com:1234/foo/bar?baz#quux");
    assert_eq!(c, [6, 12, 17, 29, 1234, 34, 42, 46, 2]);
    let (href, c) = parsed("HTTP://u@EXAMPLE.com:80/a/../b", None).unwrap();
    assert_eq!(href, "http://u@example.com/b");
    assert_eq!(c, [5, 8, 8, 20, NONE, 20, NONE, NONE, 0]);
    let (_, c) = parsed("mailto:x@y", None).unwrap();
    assert_eq!(c, [7, 7, 7, 7, NONE, 7, NONE, NONE, 1]);
    assert!(parsed("nope", None).is_none());
    let (href, _) = parsed("//x/y", Some("file:///a")).unwrap();
    assert_eq!(href, "file://x/y");
  }

  #[test]
  fn setters_run_as_node_update() {
    let set = |href: &str, setter: Setter, value: &str| {
      let mut out = [0u32; 9];
      match reparse(href, setter as u32, value, &mut out) {
        CHANGED => SERIALIZATION.with(|s| s.take()),
        _ => href.to_owned(),
      }
    };
    assert_eq!(set("non-spec:/", Setter::Pathname, "//p"), "non-spec:/.//p");
    assert_eq!(set("foo:///some/path", Setter::Pathname, ""), "foo://");
    assert_eq!(
      set("http://a.com/", Setter::Host, "XN--b.c:90"),
      "http://xn--b.c:90/"
    );
    assert_eq!(set("http://a.com/", Setter::Port, "x"), "http://a.com/");
    let mut out = [0u32; 9];
    assert_eq!(
      reparse("http://a.com/", Setter::Hostname as u32, "a b", &mut out),
      FAILED
    );
  }

  #[test]
  fn domains_as_node() {
    assert_eq!(
      special_hostname("M\u{fc}nchen.de").as_deref(),
      Some("xn--mnchen-3ya.de")
    );
    assert_eq!(special_hostname("a b"), None);
    assert_eq!(special_hostname(""), None);
    assert_eq!(Idna::unicode("xn--mnchen-3ya.de"), "m\u{fc}nchen.de");
  }
}
