//! BroadcastChannel: every channel object of a name, on any thread, gets what one posts.
//! Each channel object is a port pair: JS reads one end; the registry keeps the other,
//! whose posts land in the first.

use std::collections::HashMap;
use std::sync::atomic::AtomicU64;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::OnceLock;

use deno_core::op2;
use deno_core::v8;
use deno_core::OpState;
use deno_core::ResourceId;
use deno_error::JsErrorBox;

use crate::ops::add_port;
use crate::ops::HeldShared;
use crate::port::Envelope;
use crate::port::Packet;
use crate::port::PortEnd;

type Members = HashMap<String, Vec<(u64, Arc<PortEnd>)>>;

fn registry() -> &'static Mutex<Members> {
  static REGISTRY: OnceLock<Mutex<Members>> = OnceLock::new();
  REGISTRY.get_or_init(Default::default)
}

fn members() -> std::sync::MutexGuard<'static, Members> {
  registry().lock().unwrap_or_else(|poison| poison.into_inner())
}

/// Joins `name`: `[id, rid]`, the member id and the port JS reads.
#[op2]
#[serde]
pub(crate) fn op_worker_broadcast_join(state: &mut OpState, #[string] name: String) -> (u32, ResourceId) {
  static NEXT: AtomicU64 = AtomicU64::new(1);
  let id = NEXT.fetch_add(1, Ordering::Relaxed);
  let (read, post) = PortEnd::pair();
  members().entry(name).or_default().push((id, post));
  (id as u32, add_port(state, read))
}

/// Serializes `value` once and posts it to every other member of `name`; its
/// SharedArrayBuffers travel beside the bytes, so every receiver shares their memory.
/// `on_error(message)` throws the DataCloneError.
#[op2(fast, reentrant)]
pub(crate) fn op_worker_broadcast_post<'s>(
  scope: &mut v8::PinScope<'s, '_>,
  #[string] name: &str,
  #[smi] id: u32,
  value: v8::Local<'s, v8::Value>,
  on_error: v8::Local<'s, v8::Function>,
) -> Result<(), JsErrorBox> {
  let (data, shared) = deno_core::serialize_broadcast(scope, value, Some(on_error))?;
  let members = members();
  let Some(list) = members.get(name) else {
    return Ok(());
  };
  for (member, end) in list {
    if *member != id as u64 {
      end.post(Packet::Message(Envelope {
        data: data.clone(),
        shared: shared.clone(),
        ..Default::default()
      }));
    }
  }
  Ok(())
}

/// The value of a received broadcast message whose SharedArrayBuffers are held under
/// `key`.
#[op2(reentrant)]
pub(crate) fn op_worker_broadcast_decode<'s>(
  scope: &mut v8::PinScope<'s, '_>,
  state: &mut OpState,
  #[buffer] data: &[u8],
  #[smi] key: u32,
  deserializers: v8::Local<'s, v8::Object>,
) -> Result<v8::Local<'s, v8::Value>, JsErrorBox> {
  let shared = state.borrow_mut::<HeldShared>().take(key);
  deno_core::deserialize_broadcast(scope, data, shared, Some(deserializers))
}

/// Leaves `name`.
#[op2(fast)]
pub(crate) fn op_worker_broadcast_leave(#[string] name: &str, #[smi] id: u32) {
  let mut members = members();
  if let Some(list) = members.get_mut(name) {
    list.retain(|(member, _)| *member != id as u64);
    if list.is_empty() {
      members.remove(name);
    }
  }
}
