//! The ops of node:zlib: streams as engines in the resource table, one-shot calls, crc32.

use std::cell::RefCell;

use deno_core::op2;
use deno_core::OpState;
use deno_core::Resource;
use deno_core::ResourceId;
use nodus_core::errors::NodeError;

use crate::engine;
use crate::engine::Engine;
use crate::engine::Failure;
use crate::engine::Mode;

/// The engine of a zlib stream of JS (`new zlib.Gzip()` and the others). A resource, not
/// a garbage-collected object: JS closes it when the stream ends or is destroyed, so its
/// ~300 KiB of deflate state goes at once, as Node's handle does (the engine does not
/// see that memory; QuickJS left thousands of ended streams to its cycle collector), and
/// finding it is a table lookup (the QuickJS facade scans every live cppgc object).
pub struct ZlibStream(RefCell<Engine>);

impl Resource for ZlibStream {
  fn name(&self) -> std::borrow::Cow<'_, str> {
    "zlibStream".into()
  }
}

fn stream(state: &OpState, rid: ResourceId) -> Result<std::rc::Rc<ZlibStream>, NodeError> {
  state
    .resource_table
    .get::<ZlibStream>(rid)
    .map_err(|_| NodeError::generic("ERR_ZLIB_CLOSED", "zlib stream is closed"))
}

fn mode(n: u32) -> Result<Mode, NodeError> {
  Mode::from_number(n)
    .ok_or_else(|| NodeError::type_error("ERR_INVALID_ARG_VALUE", format!("unknown zlib mode {n}")))
}

fn js_error(failure: Failure, max_output: usize) -> NodeError {
  match failure {
    // JS adds `errno` from the code.
    Failure::Zlib(e) => NodeError::generic(e.code, e.message),
    Failure::TooLarge => NodeError::range_error(
      "ERR_BUFFER_TOO_LARGE",
      format!("Cannot create a Buffer larger than {max_output} bytes"),
    ),
  }
}

fn dictionary(has: bool, bytes: &[u8]) -> Option<Vec<u8>> {
  has.then(|| bytes.to_vec())
}

/// A new stream of `mode` with the given settings (JS checked their ranges): its rid.
#[op2(fast)]
#[smi]
pub fn op_zlib_new(
  state: &mut OpState,
  #[smi] mode_number: u32,
  #[smi] level: i32,
  #[smi] window_bits: u32,
  has_dictionary: bool,
  #[buffer] dict: &[u8],
) -> Result<ResourceId, NodeError> {
  let engine = Engine::new(
    mode(mode_number)?,
    level,
    window_bits as u8,
    dictionary(has_dictionary, dict),
  )
  .map_err(|e| js_error(Failure::Zlib(e), 0))?;
  Ok(state.resource_table.add(ZlibStream(RefCell::new(engine))))
}

/// Feeds `input` with zlib flush value `flush`; everything that came out.
#[op2]
#[buffer]
pub fn op_zlib_write(
  state: &mut OpState,
  #[smi] rid: ResourceId,
  #[buffer] input: &[u8],
  #[smi] flush: u32,
  max_output: f64,
) -> Result<Vec<u8>, NodeError> {
  let max = max_output as usize;
  let mut out = Vec::with_capacity(input.len().clamp(64, 64 * 1024));
  stream(state, rid)?
    .0
    .borrow_mut()
    .write(input, flush, max, &mut out)
    .map_err(|f| js_error(f, max))?;
  Ok(out)
}

/// `params(level)`: a new compression level for what follows.
#[op2(fast)]
pub fn op_zlib_params(
  state: &mut OpState,
  #[smi] rid: ResourceId,
  #[smi] level: i32,
) -> Result<(), NodeError> {
  stream(state, rid)?
    .0
    .borrow_mut()
    .set_level(level)
    .map_err(|e| js_error(Failure::Zlib(e), 0))
}

/// `zlib.deflateSync(buffer, options)` and the other one-shot sync forms.
#[op2]
#[buffer]
#[allow(clippy::too_many_arguments)]
pub fn op_zlib_sync(
  #[smi] mode_number: u32,
  #[smi] level: i32,
  #[smi] window_bits: u32,
  has_dictionary: bool,
  #[buffer] dict: &[u8],
  #[buffer] input: &[u8],
  #[smi] finish_flush: u32,
  max_output: f64,
) -> Result<Vec<u8>, NodeError> {
  let max = max_output as usize;
  engine::one_shot(
    mode(mode_number)?,
    level,
    window_bits as u8,
    dictionary(has_dictionary, dict),
    input,
    finish_flush,
    max,
  )
  .map_err(|f| js_error(f, max))
}

/// The callback forms (`zlib.gzip(buffer, cb)`): the work runs on tokio's blocking pool,
/// on copies of the inputs (JS buffers must not be dropped off the JS thread).
#[op2]
#[buffer]
#[allow(clippy::too_many_arguments)]
pub async fn op_zlib_async(
  #[smi] mode_number: u32,
  #[smi] level: i32,
  #[smi] window_bits: u32,
  has_dictionary: bool,
  #[buffer(copy)] dict: Vec<u8>,
  #[buffer(copy)] input: Vec<u8>,
  #[smi] finish_flush: u32,
  max_output: f64,
) -> Result<Vec<u8>, NodeError> {
  let mode = mode(mode_number)?;
  let max = max_output as usize;
  let dictionary = has_dictionary.then_some(dict);
  tokio::task::spawn_blocking(move || {
    engine::one_shot(
      mode,
      level,
      window_bits as u8,
      dictionary,
      &input,
      finish_flush,
      max,
    )
  })
  .await
  .map_err(|_| NodeError::generic("ERR_INTERNAL_ASSERTION", "zlib task failed"))?
  .map_err(|f| js_error(f, max))
}

/// `zlib.crc32(data, value)`.
#[op2(fast)]
pub fn op_zlib_crc32(#[buffer] data: &[u8], initial: u32) -> u32 {
  let mut hasher = crc32fast::Hasher::new_with_initial(initial);
  hasher.update(data);
  hasher.finalize()
}
