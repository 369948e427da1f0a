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
use deno_core::OpState;
use deno_core::ResourceId;

use crate::ops::add_port;
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

/// Posts a serialized value to every other member of `name`.
#[op2(fast)]
pub(crate) fn op_worker_broadcast_post(#[string] name: &str, #[smi] id: u32, #[buffer] data: &[u8]) {
  let members = members();
  let Some(list) = members.get(name) else {
    return;
  };
  for (member, end) in list {
    if *member != id as u64 {
      end.post(Packet::Message(Envelope {
        data: data.to_vec(),
        ..Default::default()
      }));
    }
  }
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
