//! Header names and values that http.js has validated, kept here as hyper values under
//! small ids. http.js asks for the id of each distinct name or value once
//! ([`op_http_header_token`]) and from then on puts the id in a response head where the
//! string would be. On QuickJS, reading a string out of the engine costs a copy and a
//! UTF-8 walk, and building the hyper value another copy; an id costs neither.

use std::collections::HashMap;
use std::hash::Hash;

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
  names: Interned<HeaderName>,
  values: Interned<HeaderValue>,
}

impl HeaderTokens {
  pub(crate) fn name(&self, id: i32) -> Option<&HeaderName> {
    self.names.get(id)
  }

  pub(crate) fn value(&self, id: i32) -> Option<&HeaderValue> {
    self.values.get(id)
  }
}

/// Distinct items under ids in the order they came, at most [`MAX_TOKENS`].
struct Interned<T> {
  items: Vec<T>,
  ids: HashMap<T, i32>,
}

impl<T> Default for Interned<T> {
  fn default() -> Self {
    Interned {
      items: Vec::new(),
      ids: HashMap::new(),
    }
  }
}

impl<T: Clone + Eq + Hash> Interned<T> {
  fn get(&self, id: i32) -> Option<&T> {
    self.items.get(usize::try_from(id).ok()?)
  }

  /// The item's id, new if need be; -1 when the table is full.
  fn id(&mut self, item: T) -> i32 {
    if let Some(&id) = self.ids.get(&item) {
      return id;
    }
    if self.items.len() >= MAX_TOKENS {
      return -1;
    }
    let id = self.items.len() as i32;
    self.items.push(item.clone());
    self.ids.insert(item, id);
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
      HeaderName::from_bytes(bytes).map_or(-1, |n| tokens.names.id(n))
    } else {
      HeaderValue::from_bytes(bytes).map_or(-1, |v| tokens.values.id(v))
    }
  })
}
