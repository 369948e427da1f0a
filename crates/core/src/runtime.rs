//! Building the runtime and running a program to its exit code with Node's semantics.

use std::path::PathBuf;
use std::rc::Rc;
use std::task::Context;
use std::task::Poll;

use deno_core::error::CoreError;
use deno_core::error::JsError;
use deno_core::v8;
use deno_core::Extension;
use deno_core::JsRuntime;
use deno_core::PollEventLoopOptions;
use deno_core::RuntimeOptions;
use nodus_resolver::Resolver;
use serde::Serialize;

use crate::events::EventSources;
use crate::loader::NodusModuleLoader;
use crate::ops::*;
use crate::threads::ExtensionFactory;
use crate::threads::RuntimeRecipe;
use crate::BuiltinRegistry;

/// What the process runs.
#[derive(Debug, Clone)]
pub enum MainModule {
  /// A program file (`nodus app.js`); CommonJS or ES module by Node's rules.
  File(PathBuf),
  /// `nodus -e CODE`
  Eval(String),
  /// `nodus -p CODE`: evaluate and print the result
  Print(String),
  /// A program read from stdin (`cat app.js | nodus`), run as `[stdin]`.
  Stdin(String),
}

/// How to start a nodus process.
#[derive(Debug, Clone)]
pub struct NodusOptions {
  /// `process.argv` in full: exec path, main file (if any), then the program's arguments.
  pub argv: Vec<String>,
  /// `process.execPath`: the binary that `fork()` re-executes.
  pub exec_path: String,
  /// `process.execArgv`: runtime options given before the main file.
  pub exec_argv: Vec<String>,
  /// The program.
  pub main: MainModule,
  /// The embedder's own version, reported as `process.versions.nodus`.
  pub version: String,
  /// Node's command-line options that the runtime acts on, as `(canonical name, value)`
  /// in the order given (`("--require", "./a.js")`, `("--no-warnings", "true")`); JS
  /// reads them with `internal/options`' `getOptionValue`. See cli/src/args.rs.
  pub node_options: Vec<(String, String)>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct BootInfo {
  argv: Vec<String>,
  exec_path: String,
  exec_argv: Vec<String>,
  /// "file", "eval", "print" or "stdin"
  main_kind: &'static str,
  /// the file path or the code
  main: String,
  nodus_version: String,
  /// `[name, ext specifier, public]`
  builtins: Vec<(String, String, bool)>,
  /// `[name, value]` of the options given (see [`NodusOptions::node_options`]).
  options: Vec<(String, String)>,
  /// The builtins to run before the main module, in order (see [`BuiltinRegistry`]).
  startup: Vec<String>,
}

/// The JS functions the loop calls at its end; handed over by the bootstrap.
pub(crate) struct Lifecycle {
  pub(crate) before_exit: v8::Global<v8::Function>,
  pub(crate) exit: v8::Global<v8::Function>,
  /// Takes an exception that reached the loop from JS it called (an event source):
  /// Node's 'uncaughtException' path.
  pub(crate) uncaught: v8::Global<v8::Function>,
}

deno_core::extension!(
  nodus_core,
  ops = [
    op_nodus_boot_info,
    op_nodus_set_lifecycle,
    op_nodus_write_str,
    op_nodus_write_bytes,
    op_nodus_exit,
    op_nodus_read_source,
    op_nodus_resolve_require,
    op_nodus_format_of,
    op_nodus_give_module_source,
    op_nodus_path_to_file_url,
    op_nodus_file_url_to_path,
  ],
  customizer = |ext: &mut deno_core::Extension| {
    crate::builtin_modules!("nodus_core";
      public: ["module"];
      internal: ["internal/bootstrap", "internal/modules/cjs", "internal/options"]
    )
    .install(ext);
  },
);

/// A JavaScript runtime that runs one Node program: the core loop.
pub struct NodusRuntime {
  js: JsRuntime,
}

impl std::fmt::Debug for NodusRuntime {
  fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
    f.debug_struct("NodusRuntime").finish_non_exhaustive()
  }
}

impl NodusRuntime {
  /// Builds the runtime from the core and the given extensions, in order. Extensions
  /// provide the builtins (`events`, `process`, `http`, ...); the core provides loading,
  /// the bootstrap and the loop.
  pub fn new(options: NodusOptions, extensions: Vec<Extension>) -> Result<Self, CoreError> {
    Self::build(options, extensions, None)
  }

  /// Like [`new`](Self::new), with the extensions from `factory`, which is also kept so
  /// that a `worker_threads` Worker builds its runtime the same way (see
  /// [`RuntimeRecipe`]).
  pub fn with_factory(options: NodusOptions, factory: ExtensionFactory) -> Result<Self, CoreError> {
    Self::build(options, factory(), Some(factory))
  }

  fn build(
    options: NodusOptions,
    extensions: Vec<Extension>,
    factory: Option<ExtensionFactory>,
  ) -> Result<Self, CoreError> {
    let recipe = RuntimeRecipe {
      options: options.clone(),
      extensions: factory,
    };
    let mut all = Vec::with_capacity(extensions.len() + 1);
    all.push(nodus_core::init());
    all.extend(extensions);
    let builtins = Rc::new(BuiltinRegistry::from_extensions(&all));
    let resolver = Rc::new(Resolver::new());
    let (main_kind, main) = match options.main {
      MainModule::File(p) => ("file", p.to_string_lossy().into_owned()),
      MainModule::Eval(code) => ("eval", code),
      MainModule::Print(code) => ("print", code),
      MainModule::Stdin(code) => ("stdin", code),
    };
    let boot = BootInfo {
      argv: options.argv,
      exec_path: options.exec_path,
      exec_argv: options.exec_argv,
      main_kind,
      main,
      nodus_version: options.version,
      builtins: builtins.entries(),
      options: options.node_options,
      startup: builtins.startup_steps().to_vec(),
    };
    let loader = Rc::new(NodusModuleLoader {
      resolver: resolver.clone(),
      builtins,
      given_sources: Default::default(),
    });
    let js = JsRuntime::try_new(RuntimeOptions {
      module_loader: Some(loader.clone()),
      extensions: all,
      shared_array_buffer_store: Some(crate::threads::shared_array_buffer_store()),
      ..Default::default()
    })?;
    {
      let state = js.op_state();
      let mut state = state.borrow_mut();
      state.put(resolver);
      state.put(loader);
      state.put(boot);
      state.put(recipe);
      state.put(Rc::new(EventSources::default()));
    }
    Ok(NodusRuntime { js })
  }

  /// The underlying deno_core runtime, for embedders that need more.
  pub fn js_runtime(&mut self) -> &mut JsRuntime {
    &mut self.js
  }

  /// Runs the program: bootstrap, main module, event loop, `'beforeExit'` (which may
  /// schedule more work), `'exit'`. Returns the process exit code. `process.exit()`
  /// ends the process from inside and never returns here.
  pub async fn run(&mut self) -> Result<i32, CoreError> {
    self.js.execute_script(
      "[nodus:bootstrap]",
      "Deno.core.loadExtScript('ext:nodus_core/internal/bootstrap.js')",
    )?;
    loop {
      self.run_event_loop().await?;
      let before_exit = self.lifecycle(|l| l.before_exit.clone());
      let revived = self.call_hook(&before_exit).await?;
      if !self.js_bool(&revived) {
        break;
      }
    }
    let exit = self.lifecycle(|l| l.exit.clone());
    let code = self.call_hook(&exit).await?;
    Ok(self.js_i32(&code))
  }

  /// deno_core's loop, with the [`EventSources`] asked to deliver whenever it waits.
  async fn run_event_loop(&mut self) -> Result<(), CoreError> {
    let sources = self.js.op_state().borrow().borrow::<Rc<EventSources>>().clone();
    let uncaught = self.lifecycle(|l| l.uncaught.clone());
    std::future::poll_fn(|cx| loop {
      if let Poll::Ready(done) = self.js.poll_event_loop(cx, PollEventLoopOptions::default()) {
        return Poll::Ready(done);
      }
      // After a delivery the loop runs again: the microtasks and ticks it queued.
      match self.deliver_events(&sources, &uncaught, cx) {
        Ok(true) => {}
        Ok(false) => return Poll::Pending,
        Err(e) => return Poll::Ready(Err(e)),
      }
    })
    .await
  }

  /// Asks each event source to deliver; true if one called into JS. An exception from
  /// a source goes to `uncaught` as one from any other callback would; the loop then
  /// runs again and asks the sources after it on its next turn.
  fn deliver_events(
    &mut self,
    sources: &EventSources,
    uncaught: &v8::Global<v8::Function>,
    cx: &mut Context,
  ) -> Result<bool, CoreError> {
    let mut delivered = false;
    deno_core::scope!(scope, &mut self.js);
    v8::tc_scope!(let scope, scope);
    for source in sources.snapshot() {
      delivered |= source.deliver(scope, cx);
      if let Some(exception) = scope.exception() {
        v8::tc_scope!(let report, scope);
        let hook = v8::Local::new(report, uncaught);
        let this = v8::undefined(report).into();
        hook.call(report, this, &[exception]);
        if let Some(again) = report.exception() {
          return Err(JsError::from_v8_exception(report, again).into());
        }
        return Ok(true);
      }
    }
    Ok(delivered)
  }

  fn lifecycle<T>(&self, f: impl FnOnce(&Lifecycle) -> T) -> T {
    let state = self.js.op_state();
    let state = state.borrow();
    f(state.borrow::<Lifecycle>())
  }

  async fn call_hook(&mut self, f: &v8::Global<v8::Function>) -> Result<v8::Global<v8::Value>, CoreError> {
    let call = self.js.call(f);
    self
      .js
      .with_event_loop_promise(call, PollEventLoopOptions::default())
      .await
  }

  fn js_bool(&mut self, v: &v8::Global<v8::Value>) -> bool {
    deno_core::scope!(scope, &mut self.js);
    v8::Local::new(scope, v).is_true()
  }

  fn js_i32(&mut self, v: &v8::Global<v8::Value>) -> i32 {
    deno_core::scope!(scope, &mut self.js);
    v8::Local::new(scope, v).int32_value(scope).unwrap_or(1)
  }
}
