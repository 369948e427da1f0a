//! The command line where nodus says something Node does not: an option Node has that
//! does not apply here is named in one warning, and the program still runs. (What nodus
//! shares with Node is compared with Node in testdata/process/cli-options.js.)

use std::process::Command;

fn nodus(args: &[&str]) -> std::process::Output {
  Command::new(env!("CARGO_BIN_EXE_nodus"))
    .args(args)
    .env_remove("NODE_OPTIONS")
    .output()
    .expect("nodus runs")
}

#[test]
fn an_option_that_does_not_apply_is_named_once_and_the_program_runs() {
  let out = nodus(&["--inspect-port=0", "--cpu-prof", "--cpu-prof", "-p", "5"]);
  assert_eq!(String::from_utf8_lossy(&out.stdout), "5\n");
  assert_eq!(out.status.code(), Some(0));
  let stderr = String::from_utf8_lossy(&out.stderr);
  assert_eq!(stderr.lines().count(), 1, "one warning: {stderr}");
  assert!(
    stderr.contains("--inspect-port, --cpu-prof are not supported by nodus and ignored"),
    "{stderr}"
  );
}

#[test]
fn the_repl_is_refused_with_a_clear_error() {
  let out = nodus(&["-i"]);
  assert_eq!(out.status.code(), Some(9));
  assert!(String::from_utf8_lossy(&out.stderr).contains("REPL is not implemented"));
}
