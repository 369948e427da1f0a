//! Workers: a program on its own OS thread, with its own tokio current-thread runtime,
//! its own engine and event loop, built by the embedder's extension factory (the same
//! extensions as the main thread).

use std::sync::atomic::AtomicBool;
use std::sync::atomic::AtomicI32;
use std::sync::atomic::AtomicU64;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::sync::Mutex;

use deno_core::op2;
use deno_core::v8;
use deno_core::OpState;
use deno_core::Resource;
use deno_core::ResourceId;
use nodus_core::errors::NodeError;
use nodus_core::threads::ExtensionFactory;
use nodus_core::threads::RuntimeRecipe;
use nodus_core::threads::ThreadExit;
use nodus_core::threads::ThreadOutput;
use nodus_core::MainModule;
use nodus_core::NodusOptions;
use nodus_core::NodusRuntime;
use serde::Deserialize;
use serde::Serialize;
use tokio::sync::Notify;

use crate::ops::add_port;
use crate::ops::take_ports;
use crate::ops::Received;
use crate::port::Envelope;
use crate::port::Packet;
use crate::port::PortEnd;
use crate::port::Poster;

/// How the parent stops a worker: its engine's interrupt for JS that is running, a
/// notification for a loop that waits.
#[derive(Default)]
struct Control {
  isolate: Mutex<Option<v8::IsolateHandle>>,
  stop: Notify,
  stopping: AtomicBool,
}

impl Control {
  /// `worker.terminate()`: a worker that waits stops at once; one that runs JS (an
  /// endless loop) is interrupted by its engine, which then terminates it.
  fn terminate(&self) {
    self.stopping.store(true, Ordering::Release);
    if let Some(isolate) = self.isolate.lock().unwrap_or_else(|p| p.into_inner()).as_ref() {
      isolate.request_interrupt(terminate_now, std::ptr::null_mut());
    }
    self.stop.notify_one();
  }
}

/// Runs on the worker's thread, inside its JS (the engine polls for interrupts while it
/// executes), so only a worker that is busy gets here.
unsafe extern "C" fn terminate_now(mut isolate: v8::UnsafeRawIsolatePtr, _data: *mut std::ffi::c_void) {
  // SAFETY: the engine calls this on the isolate's own thread, with the isolate alive.
  let isolate = unsafe { v8::Isolate::ref_from_raw_isolate_ptr_mut(&mut isolate) };
  // deno_core's stack formatter calls into JS, which a terminating engine refuses (and
  // deno_core then prints warnings): the errors of a dying worker need no stack.
  isolate.set_prepare_stack_trace_callback(no_stack);
  isolate.terminate_execution();
}

fn no_stack<'s>(
  scope: &mut v8::PinScope<'s, '_>,
  _error: v8::Local<'s, v8::Value>,
  _sites: v8::Local<'s, v8::Array>,
) -> v8::Local<'s, v8::Value> {
  v8::String::empty(scope).into()
}

/// The parent's handle on a worker.
struct WorkerHandle(Arc<Control>);

impl Resource for WorkerHandle {
  fn name(&self) -> std::borrow::Cow<'_, str> {
    "worker".into()
  }
}

/// A worker does not outlive the runtime that started it (a worker whose own worker
/// thread ends takes its workers with it, as in Node).
impl Drop for WorkerHandle {
  fn drop(&mut self) {
    self.0.terminate();
  }
}

/// What a worker's runtime knows about itself (in its `OpState` until JS asks).
struct WorkerSelf {
  thread_id: u64,
  name: String,
  env: Option<Vec<(String, String)>>,
  data: Option<Envelope>,
  parent: Option<Arc<PortEnd>>,
  resource_limits: Option<ResourceLimits>,
}

/// `resourceLimits` as given, reported back by the worker's own `resourceLimits`
/// (QuickJS has no generational heap to apply them to).
#[derive(Deserialize, Serialize, Clone, Copy, Debug, Default)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ResourceLimits {
  max_young_generation_size_mb: Option<f64>,
  max_old_generation_size_mb: Option<f64>,
  code_range_size_mb: Option<f64>,
  stack_size_mb: Option<f64>,
}

/// `new Worker(...)`'s options, as JS has checked them.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SpawnOptions {
  /// "file" (an absolute path) or "eval" (code).
  main_kind: String,
  main: String,
  argv: Vec<String>,
  exec_argv: Option<Vec<String>>,
  /// `None`: SHARE_ENV (the process's own environment).
  env: Option<Vec<(String, String)>>,
  name: String,
  resource_limits: Option<ResourceLimits>,
}

static NEXT_THREAD_ID: AtomicU64 = AtomicU64::new(1);

/// Starts a worker: `[worker rid, port rid, threadId]`. The port carries the worker's
/// messages and its life events ('online', 'error', 'exit').
#[op2]
#[serde]
pub(crate) fn op_worker_spawn(
  state: &mut OpState,
  #[serde] options: SpawnOptions,
  #[buffer(copy)] data: Vec<u8>,
  #[serde] ports: Vec<ResourceId>,
  #[serde] buffers: Vec<u32>,
) -> Result<(ResourceId, ResourceId, f64), NodeError> {
  let recipe = state.borrow::<RuntimeRecipe>().clone();
  let Some(factory) = recipe.extensions else {
    return Err(NodeError::generic(
      "ERR_NOT_IMPLEMENTED",
      "worker_threads.Worker is not available: this embedder gave no extension factory",
    ));
  };
  let ports = take_ports(state, &ports)?;
  let thread_id = NEXT_THREAD_ID.fetch_add(1, Ordering::Relaxed);
  let parent = recipe.options;
  let main = match options.main_kind.as_str() {
    "file" => MainModule::File(options.main.clone().into()),
    _ => MainModule::Eval(options.main.clone()),
  };
  let mut argv = vec![parent.exec_path.clone()];
  argv.push(match options.main_kind.as_str() {
    "file" => options.main,
    _ => "[worker eval]".to_owned(),
  });
  argv.extend(options.argv);
  let worker_options = NodusOptions {
    argv,
    exec_path: parent.exec_path.clone(),
    exec_argv: options.exec_argv.unwrap_or_else(|| parent.exec_argv.clone()),
    main,
    version: parent.version.clone(),
    node_options: parent.node_options.clone(),
  };
  let (outside, inside) = PortEnd::worker_pair();
  let control = Arc::new(Control::default());
  let me = WorkerSelf {
    thread_id,
    name: options.name.clone(),
    env: options.env,
    data: Some(Envelope {
      data,
      ports,
      buffers,
      ..Default::default()
    }),
    parent: Some(inside),
    resource_limits: options.resource_limits,
  };
  let exit_to = outside.poster_to_self();
  let thread_control = control.clone();
  std::thread::Builder::new()
    .name(format!("nodus-worker-{thread_id}"))
    // Node's default stackSizeMb is 4; the engine's own limit is below this.
    .stack_size(8 << 20)
    .spawn(move || run_worker(worker_options, factory, me, thread_control, exit_to))
    .map_err(|e| NodeError::generic("ERR_WORKER_INIT_FAILED", e.to_string()))?;
  let worker = state.resource_table.add(WorkerHandle(control));
  let port = add_port(state, outside);
  Ok((worker, port, thread_id as f64))
}

/// The worker thread: builds the runtime, runs the program to its end (or until the
/// parent terminates it) and reports the exit code on the parent's port.
fn run_worker(
  options: NodusOptions,
  factory: ExtensionFactory,
  me: WorkerSelf,
  control: Arc<Control>,
  exit_to: Poster,
) {
  let exit_code = Arc::new(AtomicI32::new(i32::MIN));
  let code = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
    Ok(tokio) => tokio.block_on(run_program(
      options,
      factory,
      me,
      control,
      exit_code.clone(),
      &exit_to,
    )),
    Err(e) => {
      report_failure(&exit_to, &e.to_string());
      1
    }
  };
  let code = match exit_code.load(Ordering::Acquire) {
    i32::MIN => code,
    exited => exited,
  };
  exit_to.post(Packet::Exit(code));
}

async fn run_program(
  options: NodusOptions,
  factory: ExtensionFactory,
  me: WorkerSelf,
  control: Arc<Control>,
  exit_code: Arc<AtomicI32>,
  exit_to: &Poster,
) -> i32 {
  let mut runtime = match NodusRuntime::with_factory(options, factory) {
    Ok(r) => r,
    Err(e) => {
      report_failure(exit_to, &e.to_string());
      return 1;
    }
  };
  let isolate = runtime.js_runtime().v8_isolate().thread_safe_handle();
  *control.isolate.lock().unwrap_or_else(|p| p.into_inner()) = Some(isolate);
  {
    let state = runtime.js_runtime().op_state();
    let mut state = state.borrow_mut();
    let slot = exit_code.clone();
    let stop = control.clone();
    state.put(ThreadExit(Box::new(move |code| {
      slot.store(code, Ordering::Release);
      stop.stop.notify_one();
    })));
    if let Some(parent) = me.parent.as_ref() {
      let output = parent.poster_to_peer();
      state.put(ThreadOutput(Box::new(move |fd, bytes| {
        output.post(Packet::Output(fd, bytes.to_vec()))
      })));
    }
    state.put(me);
  }
  // Terminated before any of its JS ran: Node reports 0 then.
  if control.stopping.load(Ordering::Acquire) {
    return 0;
  }
  let result = tokio::select! {
    biased;
    _ = control.stop.notified() => return 1,
    result = runtime.run() => result,
  };
  match result {
    Ok(code) => code,
    // Ended by process.exit() or terminate(): the code is in the slot, or 1.
    Err(_) if control.stopping.load(Ordering::Acquire) || exit_code.load(Ordering::Acquire) != i32::MIN => 1,
    Err(e) => {
      report_failure(exit_to, &e.to_string());
      1
    }
  }
}

/// An error outside JS's reach (the runtime could not be built): an 'error' event
/// whose message says what happened.
fn report_failure(to: &Poster, message: &str) {
  to.post(Packet::Failure(message.to_owned()));
}

/// `worker.terminate()`: stops the worker even in the middle of JS.
#[op2(fast)]
pub(crate) fn op_worker_terminate(state: &mut OpState, #[smi] rid: ResourceId) {
  if let Ok(worker) = state.resource_table.get::<WorkerHandle>(rid) {
    worker.0.terminate();
  }
}

/// Forgets a worker that has exited.
#[op2(fast)]
pub(crate) fn op_worker_release(state: &mut OpState, #[smi] rid: ResourceId) {
  let _ = state.resource_table.take::<WorkerHandle>(rid);
}

/// What a worker knows about itself, once (`null` on the main thread).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SelfInfo {
  thread_id: f64,
  name: String,
  env: Option<Vec<(String, String)>>,
  parent_port: ResourceId,
  data: Option<Received>,
  resource_limits: Option<ResourceLimits>,
}

#[op2]
#[serde]
pub(crate) fn op_worker_self(state: &mut OpState) -> Option<SelfInfo> {
  let me = state.try_take::<WorkerSelf>()?;
  let parent = me.parent?;
  parent.post(Packet::Online);
  let parent_port = add_port(state, parent);
  let data = me.data.map(|e| crate::ops::received(state, Packet::Message(e)));
  Some(SelfInfo {
    thread_id: me.thread_id as f64,
    name: me.name,
    env: me.env,
    parent_port,
    data,
    resource_limits: me.resource_limits,
  })
}
