//! The ops of message ports: channels, posting with transfer, receiving.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use deno_core::op2;
use deno_core::CancelFuture;
use deno_core::CancelHandle;
use deno_core::OpState;
use deno_core::RcRef;
use deno_core::Resource;
use deno_core::ResourceId;
use deno_core::ToJsBuffer;
use nodus_core::errors::NodeError;
use serde::Serialize;

use crate::port::Envelope;
use crate::port::Packet;
use crate::port::PortEnd;

/// A port end of this thread, in the resource table.
pub(crate) struct MessagePortResource {
  pub(crate) end: Arc<PortEnd>,
  cancel: CancelHandle,
}

impl Resource for MessagePortResource {
  fn name(&self) -> std::borrow::Cow<'_, str> {
    "messagePort".into()
  }

  fn close(self: Rc<Self>) {
    self.cancel.cancel();
  }
}

pub(crate) fn add_port(state: &mut OpState, end: Arc<PortEnd>) -> ResourceId {
  state.resource_table.add(MessagePortResource {
    end,
    cancel: CancelHandle::new(),
  })
}

fn port(state: &OpState, rid: ResourceId) -> Result<Rc<MessagePortResource>, NodeError> {
  state
    .resource_table
    .get::<MessagePortResource>(rid)
    .map_err(|_| NodeError::generic("ERR_INVALID_STATE", "Invalid state: The port is closed"))
}

/// Takes the ports listed for transfer out of this thread (their pending receive is
/// cancelled) so they can travel in a message.
pub(crate) fn take_ports(state: &mut OpState, rids: &[ResourceId]) -> Result<Vec<Arc<PortEnd>>, NodeError> {
  for rid in rids {
    port(state, *rid)?;
  }
  let mut ends = Vec::with_capacity(rids.len());
  for rid in rids {
    if let Ok(res) = state.resource_table.take::<MessagePortResource>(*rid) {
      res.cancel.cancel();
      ends.push(res.end.clone());
    }
  }
  Ok(ends)
}

/// A new `MessageChannel`: the rids of its two ports.
#[op2]
#[serde]
pub(crate) fn op_worker_channel_new(state: &mut OpState) -> (ResourceId, ResourceId) {
  let (one, two) = PortEnd::pair();
  (add_port(state, one), add_port(state, two))
}

/// Posts a serialized value to the port's peer with the ports it transfers (given up
/// here) and the store ids of the ArrayBuffers it transfers.
#[op2]
pub(crate) fn op_worker_port_post(
  state: &mut OpState,
  #[smi] rid: ResourceId,
  #[buffer(copy)] data: Vec<u8>,
  #[serde] ports: Vec<ResourceId>,
  #[serde] buffers: Vec<u32>,
) -> Result<(), NodeError> {
  let res = port(state, rid)?;
  if ports.contains(&rid) {
    return Err(NodeError::generic(
      "ERR_DATA_CLONE",
      "Transfer list contains source port",
    ));
  }
  let ports = take_ports(state, &ports)?;
  res.end.post(Packet::Message(Envelope {
    data,
    ports,
    buffers,
    ..Default::default()
  }));
  Ok(())
}

/// A packet as JS receives it. `kind`: 0 message, 1 online, 2 error, 3 exit (`code`), 4
/// failure (`data` is the UTF-8 message), 5 output (`data` written to fd `code`).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Received {
  kind: u8,
  data: Option<ToJsBuffer>,
  ports: Vec<ResourceId>,
  buffers: Vec<u32>,
  code: i32,
  /// Non-zero: the key of the message's SharedArrayBuffers, kept here until
  /// `op_worker_broadcast_decode` takes them.
  shared: u32,
}

/// SharedArrayBuffers of received broadcast messages, until JS decodes them.
#[derive(Default)]
pub(crate) struct HeldShared {
  next: u32,
  held: std::collections::HashMap<u32, Vec<deno_core::v8::SharedRef<deno_core::v8::BackingStore>>>,
}

impl HeldShared {
  pub(crate) fn take(&mut self, key: u32) -> Vec<deno_core::v8::SharedRef<deno_core::v8::BackingStore>> {
    self.held.remove(&key).unwrap_or_default()
  }
}

pub(crate) fn received(state: &mut OpState, packet: Packet) -> Received {
  let (kind, envelope, code) = match packet {
    Packet::Message(e) => (0, Some(e), 0),
    Packet::Online => (1, None, 0),
    Packet::Error(e) => (2, Some(e), 0),
    Packet::Exit(code) => (3, None, code),
    Packet::Output(fd, data) => (
      5,
      Some(Envelope {
        data,
        ..Default::default()
      }),
      fd as i32,
    ),
    Packet::Failure(text) => (
      4,
      Some(Envelope {
        data: text.into_bytes(),
        ..Default::default()
      }),
      0,
    ),
  };
  match envelope {
    Some(Envelope {
      data,
      ports,
      buffers,
      shared,
    }) => {
      let shared = if shared.is_empty() {
        0
      } else {
        let held = state.borrow_mut::<HeldShared>();
        held.next = held.next.wrapping_add(1).max(1);
        held.held.insert(held.next, shared);
        held.next
      };
      Received {
        kind,
        data: Some(data.into()),
        ports: ports.into_iter().map(|end| add_port(state, end)).collect(),
        buffers,
        code,
        shared,
      }
    }
    None => Received {
      kind,
      data: None,
      ports: Vec::new(),
      buffers: Vec::new(),
      code,
      shared: 0,
    },
  }
}

/// The next packet on a port; `null` once its channel is closed (or the port given away).
#[op2]
#[serde]
pub(crate) async fn op_worker_port_recv(
  state: Rc<RefCell<OpState>>,
  #[smi] rid: ResourceId,
) -> Result<Option<Received>, NodeError> {
  let res = port(&state.borrow(), rid)?;
  let packet = match res.end.recv().or_cancel(RcRef::map(&res, |r| &r.cancel)).await {
    Ok(Some(packet)) => packet,
    Ok(None) | Err(_) => return Ok(None),
  };
  Ok(Some(received(&mut state.borrow_mut(), packet)))
}

/// Resolves true once the port's channel is closed from the other end; false when the
/// port is closed or given away here first.
#[op2]
pub(crate) async fn op_worker_port_wait_close(state: Rc<RefCell<OpState>>, #[smi] rid: ResourceId) -> bool {
  let Ok(res) = port(&state.borrow(), rid) else {
    return false;
  };
  res
    .end
    .peer_closed()
    .or_cancel(RcRef::map(&res, |r| &r.cancel))
    .await
    .is_ok()
}

/// The next packet if one is waiting (`receiveMessageOnPort`).
#[op2]
#[serde]
pub(crate) fn op_worker_port_try_recv(
  state: &mut OpState,
  #[smi] rid: ResourceId,
) -> Result<Option<Received>, NodeError> {
  let res = port(state, rid)?;
  Ok(res.end.try_recv().map(|packet| received(state, packet)))
}

/// Closes the channel: this end now, the peer once it has read what was sent.
#[op2(fast)]
pub(crate) fn op_worker_port_close(state: &mut OpState, #[smi] rid: ResourceId) {
  if let Ok(res) = state.resource_table.take::<MessagePortResource>(rid) {
    res.cancel.cancel();
    res.end.close();
  }
}

/// A worker's uncaught error (serialized) to its parent, which emits 'error'.
#[op2(fast)]
pub(crate) fn op_worker_port_post_error(
  state: &mut OpState,
  #[smi] rid: ResourceId,
  #[buffer] data: &[u8],
) -> Result<(), NodeError> {
  port(state, rid)?.end.post(Packet::Error(Envelope {
    data: data.to_vec(),
    ..Default::default()
  }));
  Ok(())
}
