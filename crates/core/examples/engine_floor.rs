//! The engine's floor: a bare deno_core runtime (no nodus extensions) evaluating an empty
//! ES module. `tools/bench/startup` compares `nodus -e 0` with this to see what nodus
//! itself adds to start-up.

use deno_core::JsRuntime;
use deno_core::RuntimeOptions;

fn main() {
  let tokio = tokio::runtime::Builder::new_current_thread()
    .enable_all()
    .build()
    .expect("tokio runtime");
  tokio.block_on(async {
    let mut runtime = JsRuntime::new(RuntimeOptions::default());
    let url = deno_core::url::Url::parse("file:///floor.mjs").expect("valid url");
    let id = runtime
      .load_main_es_module_from_code(&url, "")
      .await
      .expect("module loads");
    let eval = runtime.mod_evaluate(id);
    runtime
      .run_event_loop(Default::default())
      .await
      .expect("loop runs");
    eval.await.expect("module evaluates");
  });
}
