//! Header names and values that http.js has validated, kept here as hyper values under
//! small ids. http.js asks for the id of each distinct name or value once
//! ([`op_http_header_token`]) and from then on puts the id in a response head where the
//! string would be. On QuickJS, reading a string out of the engine costs a copy and a
//! UTF-8 walk, and building the hyper value another copy; an id costs neither.

use std::collections::HashMap;

use deno_core::op2;
use deno_core::v8;
use deno_core::OpState;
use hyper::header::HeaderName;
use hyper::header::HeaderValue;
use nodus_core::strings::with_latin1;

/// Distinct names, and distinct values, kept at most: a server that sends ever-new values
/// (ETags, cookies) fills the table once, and later values go as strings.
const MAX_TOKENS: usize = 1024;

/// The names and values JS refers to by id (ids count from 0 in each table).
#[derive(Default)]
pub struct HeaderTokens {
  names: Vec<HeaderName>,
  name_ids: HashMap<HeaderName, i32>,
  values: Vec<HeaderValue>,
  value_ids: HashMap<HeaderValue, i32>,
}

impl HeaderTokens {
  pub(crate) fn name(&self, id: i32) -> Option<&HeaderName> {
    self.names.get(usize::try_from(id).ok()?)
  }

  pub(crate) fn value(&self, id: i32) -> Option<&HeaderValue> {
    self.values.get(usize::try_from(id).ok()?)
  }

  fn name_id(&mut self, name: HeaderName) -> i32 {
    if let Some(&id) = self.name_ids.get(&name) {
      return id;
    }
    if self.names.len() >= MAX_TOKENS {
      return -1;
    }
    let id = self.names.len() as i32;
    self.names.push(name.clone());
    self.name_ids.insert(name, id);
    id
  }

  fn value_id(&mut self, value: HeaderValue) -> i32 {
    if let Some(&id) = self.value_ids.get(&value) {
      return id;
    }
    if self.values.len() >= MAX_TOKENS {
      return -1;
    }
    let id = self.values.len() as i32;
    self.values.push(value.clone());
    self.value_ids.insert(value, id);
    id
  }
}

/// The id of a header name (`is_name`) or value that JS has validated; -1 when the table
/// is full or hyper would not take the text (JS then sends the string, and a bad one gets
/// the usual error).
#[op2(fast)]
pub fn op_http_header_token(
  scope: &mut v8::PinScope,
  state: &mut OpState,
  text: v8::Local<v8::String>,
  is_name: bool,
) -> i32 {
  let tokens = state.borrow_mut::<HeaderTokens>();
  with_latin1(scope, text, |bytes| {
    if is_name {
      HeaderName::from_bytes(bytes).map_or(-1, |n| tokens.name_id(n))
    } else {
      HeaderValue::from_bytes(bytes).map_or(-1, |v| tokens.value_id(v))
    }
  })
}
