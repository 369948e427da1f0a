//! What a runtime needs to run on one thread of a bigger process (a `worker_threads`
//! Worker): the recipe to build another runtime like itself, the process's
//! SharedArrayBuffer store, and an exit that ends only its thread.

use std::sync::OnceLock;

use deno_core::Extension;
use deno_core::SharedArrayBufferStore;

use crate::NodusOptions;

/// Builds the embedder's full extension list, in order. The CLI hands its own list
/// builder to [`NodusRuntime::with_factory`](crate::NodusRuntime::with_factory), so a
/// worker runs with the same extensions (http, net, fs, child_process, ...) as the main
/// thread. Only the embedder picks an engine; a function pointer keeps it `Send`, so a
/// worker thread can call it.
pub type ExtensionFactory = fn() -> Vec<Extension>;

/// How this runtime was built; in `OpState` for extensions that start more runtimes.
#[derive(Debug, Clone)]
pub struct RuntimeRecipe {
  /// The options this runtime started with.
  pub options: NodusOptions,
  /// The extension list builder, when the embedder gave one (`None`: workers
  /// cannot start here).
  pub extensions: Option<ExtensionFactory>,
}

/// Put into `OpState` by an embedder that runs a program on one thread of a bigger
/// process: `process.exit(code)` calls it instead of ending the process, after the
/// `'exit'` listeners ran. It must stop the runtime at the next turn of its loop (the
/// bootstrap then throws, which unwinds the JS that called exit and which the uncaught
/// paths let pass). Not the engine's termination: deno_core reports a terminated
/// isolate's error with warnings of its own.
pub struct ThreadExit(pub Box<dyn Fn(i32)>);

impl std::fmt::Debug for ThreadExit {
  fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
    f.write_str("ThreadExit")
  }
}

/// Put into `OpState` by an embedder that runs a program on one thread of a bigger
/// process: what the program writes to stdout (fd 1) and stderr (fd 2) is handed to it
/// instead of the process's descriptors (a worker's output travels to its parent, in
/// order with its messages, as in Node).
pub struct ThreadOutput(pub Box<WriteOutput>);

/// Writes bytes meant for fd 1 or 2 (see [`ThreadOutput`]).
pub type WriteOutput = dyn Fn(u32, &[u8]);

impl std::fmt::Debug for ThreadOutput {
  fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
    f.write_str("ThreadOutput")
  }
}

/// The process's one SharedArrayBuffer store: every runtime is built with it, so a
/// transferred ArrayBuffer's memory (and a SharedArrayBuffer's) taken out of one
/// runtime by deno_core's serializer can be taken up by another on any thread.
pub fn shared_array_buffer_store() -> SharedArrayBufferStore {
  static STORE: OnceLock<SharedArrayBufferStore> = OnceLock::new();
  STORE.get_or_init(SharedArrayBufferStore::default).clone()
}
