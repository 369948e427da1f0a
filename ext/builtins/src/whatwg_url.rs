//! `URL`, `URLSearchParams` and `url.domainTo*` (`internal/url.js`) on the `url` crate
//! (rust-url, the WHATWG URL Standard) and its `idna` and `form_urlencoded`.
//!
//! A URL lives in JS as its serialization (the href) and the offsets of its components,
//! which the getters slice; only parsing and the setters cross into Rust, one op call
//! each. The parse ops write the offsets to the caller's `Uint32Array` and return a
//! status: [`UNCHANGED`] when the href is the input string itself (no string comes
//! back), [`CHANGED`] when it is another one, which `op_url_get_serialization` then
//! hands over, and [`FAILED`] when the input is not a URL. The setter op returns the new
//! href itself, as a setter mostly changes it.
//!
//! Where rust-url 2.5.9 and Node 24 (ada) differ, the ops give Node's answer:
//! - an opaque path's last space before a query or fragment is `%20`
//!   ([`encode_opaque_path_trailing_space`]);
//! - the `xn--` labels of an all-ASCII domain are not checked ([`mark_xn`]);
//! - `///x` against a special base is `scheme://x/` ([`join`]);
//! - the `/.` before a path that starts with `//` is put right after a setter
//!   ([`fix_dot_slash`]), and the pathname setter keeps `foo://`'s empty path.
//!
//! Still different: rust-url drops the empty path segments of a file URL (`file:////x`
//! is `file:///x`, Node keeps `//x`), drops the host of a file base under a relative
//! Windows drive letter (`C|` against `file://host/dir` is `file:///C:`, Node's
//! `file://host/C:`), and keeps the `|` of `file:///w|/m`.

use std::cell::RefCell;

use deno_core::op2;
use deno_core::v8;
use nodus_core::strings::js_string;
use nodus_core::strings::with_utf8;
use url::quirks;
use url::Url;

/// Parsed; the href is the input as given.
pub const UNCHANGED: u32 = 0;
/// Parsed; the href is another string, for `op_url_get_serialization`.
pub const CHANGED: u32 = 1;
/// Not a URL.
pub const FAILED: u32 = 2;

/// The value of an absent port, query or fragment in the offsets.
const NONE: u32 = u32::MAX;

thread_local! {
  /// The serialization of the last parse or setter whose status was [`CHANGED`].
  static SERIALIZATION: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Writes the components of `url` to `out` the way Node 24 (ada's `url_aggregator`)
/// keeps them, and returns the status for `input`, keeping the serialization if it is
/// not the input. The nine values: `protocol_end` (after the `:`), `username_end`,
/// `host_start` (at the `@` when there are credentials), `host_end`, `port`,
/// `pathname_start`, `search_start` (at the `?`), `hash_start` (at the `#`), [`NONE`]
/// for an absent port, query or fragment, and `scheme_type` (ada's: 0 http, 1 not
/// special, 2 https, 3 ws, 4 ftp, 5 wss, 6 file). `marked`: the URL was parsed with
/// [`mark_xn`], which is undone here.
fn finish(url: Url, marked: bool, input: &str, out: &mut [u32]) -> u32 {
  let url = encode_opaque_path_trailing_space(fix_dot_slash(url));
  let c = quirks::internal_components(&url);
  let mut href = String::from(url);
  if marked {
    let host = c.host_start as usize..c.host_end as usize;
    // A real A-label next to the marked ones came from a label that was not ASCII:
    // then Node checks every label, and the one rust-url refused fails.
    if href[host.clone()].contains("xn--") {
      return FAILED;
    }
    href = unmark_xn(&href, host);
  }
  let scheme_type = match &href[..c.scheme_end as usize] {
    "http" => 0,
    "https" => 2,
    "ws" => 3,
    "ftp" => 4,
    "wss" => 5,
    "file" => 6,
    _ => 1,
  };
  // rust-url's host starts after the `@`, ada's at it.
  let host_start = if c.host_start > c.username_end {
    c.host_start - 1
  } else {
    c.host_start
  };
  if let Some(out) = out.get_mut(..9) {
    out.copy_from_slice(&[
      c.scheme_end + 1,
      c.username_end,
      host_start,
      c.host_end,
      c.port.map_or(NONE, u32::from),
      c.path_start,
      c.query_start.unwrap_or(NONE),
      c.fragment_start.unwrap_or(NONE),
      scheme_type,
    ]);
  }
  if href == input {
    return UNCHANGED;
  }
  SERIALIZATION.with(|s| *s.borrow_mut() = href);
  CHANGED
}

/// A URL with no authority whose path starts with `//` is serialized with `/.` before
/// the path, so that the path does not read as an authority. rust-url's setters can
/// leave that `/.` where it no longer belongs (a host was set, the path changed) or
/// leave it out (`non-spec:/` with pathname `//p` became `non-spec://p`, a URL whose
/// href parses as another one). The `/.` is put right, and the result parsed again.
fn fix_dot_slash(url: Url) -> Url {
  let c = quirks::internal_components(&url);
  let s = url.as_str();
  let (host_end, path_start) = (c.host_end as usize, c.path_start as usize);
  let gap = &s[host_end..path_start];
  // The gap holds the port (`:n`), then the `/.` if there is one.
  let port_len = gap.find('/').unwrap_or(gap.len());
  let has_dot = &gap[port_len..] == "/.";
  let needs_dot = c.host_start == c.scheme_end + 1 && s[path_start..].starts_with("//");
  if has_dot == needs_dot {
    return url;
  }
  let dot = if needs_dot { "/." } else { "" };
  let fixed = format!("{}{dot}{}", &s[..host_end + port_len], &s[path_start..]);
  Url::parse(&fixed).unwrap_or(url)
}

/// The URL Standard (since 2024, and ada in Node 24) percent-encodes an opaque path's
/// last space when a query or fragment follows it, so that removing those never leaves
/// a path ending in a space; rust-url keeps the space (and strips trailing spaces when
/// the query and fragment go). Applied after every parse and setter, so rust-url's
/// stripping finds no trailing space.
fn encode_opaque_path_trailing_space(url: Url) -> Url {
  if !url.cannot_be_a_base()
    || !url.path().ends_with(' ')
    || (url.query().is_none() && url.fragment().is_none())
  {
    return url;
  }
  let c = quirks::internal_components(&url);
  let end = c
    .query_start
    .or(c.fragment_start)
    .unwrap_or(url.as_str().len() as u32) as usize;
  let s = url.as_str();
  let fixed = format!("{}%20{}", &s[..end - 1], &s[end..]);
  Url::parse(&fixed).unwrap_or(url)
}

/// Node 24 (ada) takes the `xn--` labels of an all-ASCII domain as they are, where
/// rust-url checks that they are valid Punycode (`http://xn--/` is a URL in Node). A
/// string that failed is parsed once more with each `xn--` swapped for a marker of the
/// same length that IDNA leaves alone, one per spelling of `xn`, and [`finish`] swaps
/// them back: to `xn--` in the host (which is lower-cased), as they were elsewhere.
const XN_MARKERS: [(&[u8; 4], &[u8; 4]); 4] = [
  (b"xn--", b"q0--"),
  (b"xN--", b"q1--"),
  (b"Xn--", b"q2--"),
  (b"XN--", b"q3--"),
];

fn has_xn(s: &str) -> bool {
  s.as_bytes()
    .windows(4)
    .any(|w| w[0] | 0x20 == b'x' && w[1] | 0x20 == b'n' && w[2..] == *b"--")
}

fn is_marker(w: &[u8]) -> bool {
  w.len() >= 4 && w[0] | 0x20 == b'q' && (b'0'..=b'3').contains(&w[1]) && w[2..4] == *b"--"
}

/// `s` with its `xn--` marked; `None` if `s` has something that reads as a marker.
fn mark_xn(s: &str) -> Option<String> {
  let b = s.as_bytes();
  if (0..b.len()).any(|i| is_marker(&b[i..])) {
    return None;
  }
  let mut out = b.to_vec();
  for i in 0..out.len().saturating_sub(3) {
    if let Some((_, m)) = XN_MARKERS.iter().find(|(xn, _)| out[i..i + 4] == xn[..]) {
      out[i..i + 4].copy_from_slice(&m[..]);
    }
  }
  String::from_utf8(out).ok()
}

/// Undoes [`mark_xn`] in a serialization (ASCII), `host` being the host's range.
fn unmark_xn(s: &str, host: std::ops::Range<usize>) -> String {
  let mut out = s.as_bytes().to_vec();
  let mut i = 0;
  while i + 4 <= out.len() {
    if is_marker(&out[i..]) {
      let xn = if host.contains(&i) {
        b"xn--"
      } else {
        XN_MARKERS[(out[i + 1] - b'0') as usize].0
      };
      out[i..i + 4].copy_from_slice(xn);
      i += 4;
    } else {
      i += 1;
    }
  }
  String::from_utf8(out).unwrap_or_default()
}

/// Parses `input`, against `base` if given; `(url, marked)` (see [`mark_xn`]).
fn parse(input: &str, base: Option<&str>) -> Option<(Url, bool)> {
  let once = |input: &str, base: Option<&str>| match base {
    None => Url::parse(input).ok(),
    Some(base) => join(&Url::parse(base).ok()?, input),
  };
  if let Some(url) = once(input, base) {
    return Some((url, false));
  }
  if !has_xn(input) && !base.is_some_and(has_xn) {
    return None;
  }
  let base = match base {
    Some(b) => Some(mark_xn(b)?),
    None => None,
  };
  Some((once(&mark_xn(input)?, base.as_deref())?, true))
}

/// `input` against `base`. An input that starts with two slashes against a special base
/// other than `file` is the scheme's URL with that authority (the URL Standard's special
/// authority ignore slashes state); rust-url refuses three or more (`///x`).
fn join(base: &Url, input: &str) -> Option<Url> {
  if base.is_special() && base.scheme() != "file" {
    let trimmed = input.trim_start_matches(|c: char| c <= ' ');
    let mut chars = trimmed.chars().filter(|c| !matches!(c, '\t' | '\n' | '\r'));
    if matches!(chars.next(), Some('/' | '\\')) && matches!(chars.next(), Some('/' | '\\')) {
      return Url::parse(&format!("{}:{trimmed}", base.scheme())).ok();
    }
  }
  base.join(input).ok()
}

/// Calls `f` with a JS string as UTF-8, lone surrogates as U+FFFD (one each, as the URL
/// Standard's "scalar value string"; deno_core's `#[string]` gives three on QuickJS).
fn with_str<R>(scope: &mut v8::PinScope, s: v8::Local<v8::String>, f: impl FnOnce(&str) -> R) -> R {
  with_utf8(scope, s, |bytes| f(&String::from_utf8_lossy(bytes)))
}

/// Parses `href` (an absolute URL).
#[op2(fast)]
pub fn op_url_parse(scope: &mut v8::PinScope, href: v8::Local<v8::String>, #[buffer] out: &mut [u32]) -> u32 {
  with_str(scope, href, |href| match parse(href, None) {
    Some((url, marked)) => finish(url, marked, href, out),
    None => FAILED,
  })
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
  with_str(scope, href, |href| match parse(href, Some(&base)) {
    Some((url, marked)) => finish(url, marked, href, out),
    None => FAILED,
  })
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

fn reparse(href: &str, setter: u32, value: &str, out: &mut [u32]) -> u32 {
  let (Some((mut url, mut marked)), Some(setter)) = (parse(href, None), Setter::from_u32(setter)) else {
    return FAILED;
  };
  let marked_value;
  let mut value = value;
  if marked {
    // Everything is unmarked at the end, so the value must be marked too.
    let Some(v) = mark_xn(value) else { return FAILED };
    marked_value = v;
    value = &marked_value;
  }
  if !set(&mut url, setter, value)
    && matches!(setter, Setter::Host | Setter::Hostname)
    && !marked
    && has_xn(value)
  {
    if let Some(v) = mark_xn(value) {
      let mut retry = url.clone();
      if set(&mut retry, setter, &v) {
        (url, marked) = (retry, true);
      }
    }
  }
  finish(url, marked, href, out)
}

/// Runs a setter; false when it does not apply (and has left the URL as it was).
fn set(url: &mut Url, setter: Setter, value: &str) -> bool {
  match setter {
    Setter::Protocol => quirks::set_protocol(url, value).is_ok(),
    Setter::Username => quirks::set_username(url, value).is_ok(),
    Setter::Password => quirks::set_password(url, value).is_ok(),
    Setter::Host => quirks::set_host(url, value).is_ok(),
    Setter::Hostname => quirks::set_hostname(url, value).is_ok(),
    Setter::Port => quirks::set_port(url, value).is_ok(),
    // An empty host is no host to rust-url, whose setter then makes the empty path of
    // `foo:///x` `/`; the URL Standard keeps it empty (`foo://`).
    Setter::Pathname
      if value.is_empty() && !url.is_special() && url.as_str()[url.scheme().len()..].starts_with("://") =>
    {
      url.set_path("");
      true
    }
    Setter::Pathname => {
      quirks::set_pathname(url, value);
      true
    }
    Setter::Search => {
      quirks::set_search(url, value);
      true
    }
    Setter::Hash => {
      quirks::set_hash(url, value);
      true
    }
  }
}

/// The serialization kept by the last parse or setter that answered [`CHANGED`].
#[op2]
#[string]
pub fn op_url_get_serialization() -> String {
  SERIALIZATION.with(|s| std::mem::take(&mut *s.borrow_mut()))
}

/// The hostname a special URL (`ws://x`) gets from `input` as Node 24 computes
/// `url.domainToASCII()`: `None` when it is not a valid one.
fn special_hostname(input: &str) -> Option<String> {
  if input.is_empty() {
    return None;
  }
  let mut url = Url::parse("ws://x").ok()?;
  if quirks::set_hostname(&mut url, input).is_ok() {
    return Some(quirks::hostname(&url).to_owned());
  }
  // As `parse`, for a domain with `xn--` labels rust-url refuses (see `mark_xn`).
  if !has_xn(input) || quirks::set_hostname(&mut url, &mark_xn(input)?).is_err() {
    return None;
  }
  let host = quirks::hostname(&url);
  (!host.contains("xn--")).then(|| unmark_xn(host, 0..host.len()))
}

/// `url.domainToASCII(domain)`: the host of a special URL with that hostname, IDNA to
/// ASCII applied; `""` if it is not one.
#[op2]
#[string]
pub fn op_url_domain_to_ascii(scope: &mut v8::PinScope, domain: v8::Local<v8::String>) -> String {
  with_str(scope, domain, special_hostname).unwrap_or_default()
}

/// `url.domainToUnicode(domain)`: as `op_url_domain_to_ascii`, then each A-label that
/// is valid Punycode decoded; the others are kept as they are (ada's `to_unicode`).
#[op2]
#[string]
pub fn op_url_domain_to_unicode(scope: &mut v8::PinScope, domain: v8::Local<v8::String>) -> String {
  let Some(host) = with_str(scope, domain, special_hostname) else {
    return String::new();
  };
  let labels: Vec<String> = host
    .split('.')
    .map(
      |label| match label.strip_prefix("xn--").and_then(decode_a_label) {
        Some(decoded) => decoded,
        None => label.to_owned(),
      },
    )
    .collect();
  labels.join(".")
}

/// The U-label of an A-label's Punycode (after `xn--`): `None` unless it decodes to
/// something that is not all ASCII, has no C1 controls, and encodes back to the same.
fn decode_a_label(puny: &str) -> Option<String> {
  let decoded = idna::punycode::decode_to_string(puny)?;
  let ok = !decoded.is_ascii()
    && !decoded.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c))
    && idna::punycode::encode_str(&decoded).as_deref() == Some(puny);
  ok.then_some(decoded)
}

/// UTS #46 ToASCII of a hostname with no host parsing around it (no IPv4 numbers, no
/// forbidden code points), for the legacy `url.parse()`; `null` when it fails.
#[op2]
#[string]
pub fn op_url_idna_to_ascii(scope: &mut v8::PinScope, domain: v8::Local<v8::String>) -> Option<String> {
  with_str(scope, domain, |domain| {
    idna::domain_to_ascii_cow(domain.as_bytes(), idna::AsciiDenyList::EMPTY)
      .ok()
      .map(|s| s.into_owned())
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
    let (url, marked) = parse(input, base)?;
    let mut out = [0u32; 9];
    match finish(url, marked, input, &mut out) {
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
  }

  #[test]
  fn differences_from_rust_url_take_nodes_side() {
    let href = |input: &str, base: Option<&str>| parsed(input, base).map(|(h, _)| h);
    assert_eq!(href("sc:a  ?q", None).as_deref(), Some("sc:a %20?q"));
    assert_eq!(
      href("http://XN--a.com/XN--b", None).as_deref(),
      Some("http://xn--a.com/XN--b")
    );
    assert_eq!(href("/p", Some("http://xn--/")).as_deref(), Some("http://xn--/p"));
    assert_eq!(href("http://\u{f1}.xn--a.com/", None), None);
    assert_eq!(
      href("http://q0--a.com/xn--", None).as_deref(),
      Some("http://q0--a.com/xn--")
    );
    assert_eq!(
      href("///test", Some("http://example.org/")).as_deref(),
      Some("http://test/")
    );
    assert_eq!(
      href("\\\\//x/y", Some("https://a/")).as_deref(),
      Some("https://x/y")
    );
  }

  #[test]
  fn setters_keep_the_dot_slash_right() {
    let set = |href: &str, setter: Setter, value: &str| {
      let mut out = [0u32; 9];
      match reparse(href, setter as u32, value, &mut out) {
        CHANGED => SERIALIZATION.with(|s| s.take()),
        _ => href.to_owned(),
      }
    };
    assert_eq!(set("non-spec:/", Setter::Pathname, "//p"), "non-spec:/.//p");
    assert_eq!(set("non-spec:/.//p", Setter::Hostname, "h"), "non-spec://h//p");
    assert_eq!(set("non-spec:/.//", Setter::Pathname, "p"), "non-spec:/p");
    assert_eq!(set("foo:///some/path", Setter::Pathname, ""), "foo://");
    assert_eq!(
      set("http://a.com/", Setter::Host, "XN--b.c:90"),
      "http://xn--b.c:90/"
    );
    assert_eq!(set("http://a.com/", Setter::Port, "x"), "http://a.com/");
  }

  #[test]
  fn a_labels_decode_only_when_valid() {
    assert_eq!(decode_a_label("ida").as_deref(), Some("\u{f1}"));
    assert_eq!(decode_a_label("a"), None);
  }
}
