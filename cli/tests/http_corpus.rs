//! The hostile-request corpus (tools/http-corpus): over 1,000 malformed, truncated and
//! smuggling requests sent raw to a nodus server and compared with the outcomes recorded
//! from Node 24 (tools/http-corpus/expected.json). Fails when nodus accepts (2xx) a
//! request Node rejects, when the server dies, or when it stops answering a health
//! request. Needs python3 (as tools/node-suite does); bounded by the runner's per-case
//! deadline (5 s, 16 cases at a time).

use std::path::PathBuf;
use std::process::Command;

#[test]
fn hostile_requests_are_refused_as_node_refuses_them() {
  let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    .parent()
    .unwrap()
    .to_path_buf();
  let output = Command::new("python3")
    .arg(root.join("tools/http-corpus/run"))
    .arg("--bin")
    .arg(env!("CARGO_BIN_EXE_nodus"))
    .env_remove("NODE24")
    .output()
    .expect("cannot run python3 tools/http-corpus/run");
  let stdout = String::from_utf8_lossy(&output.stdout);
  println!("{stdout}");
  eprintln!("{}", String::from_utf8_lossy(&output.stderr));
  assert!(output.status.success(), "the corpus failed:\n{stdout}");
}
