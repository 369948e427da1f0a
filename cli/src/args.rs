//! Command-line parsing, following `node`'s conventions: runtime options come before the
//! program file, everything after it belongs to the program. Every option Node 24
//! documents is accepted (see `node_options.rs`); the ones nodus gives a meaning are
//! handed to the runtime as `NodusOptions::node_options` (JS reads them through
//! `internal/options`), and the others get one warning that names them.

use std::io::IsTerminal;
use std::io::Read;

use nodus_core::MainModule;
use nodus_core::NodusOptions;

use crate::node_options::Arity;
use crate::node_options::NODE_OPTIONS;
use crate::node_options::V8_OPTIONS;

pub(crate) const HELP: &str = "\
Usage: nodus [options] [ script.js ] [arguments]
       nodus -e \"script\" [arguments]
       nodus -p \"expression\" [arguments]
       command | nodus [options] [-] [arguments]

Options:
  -e, --eval script           evaluate script
  -p, --print script          evaluate script and print the result
  -c, --check                 check the script's syntax without running it
  -r, --require module        CommonJS module to preload (may repeat)
  --import module             ES module to preload (may repeat)
  --input-type=module|commonjs  how -e, -p and stdin are read
  --env-file=file             set environment variables from a file first
  --env-file-if-exists=file   the same, when the file exists
  --no-warnings               silence all process warnings
  --no-deprecation            silence deprecation warnings
  --throw-deprecation         throw an exception on deprecations
  --trace-deprecation         show stack traces on deprecations
  --trace-warnings            show stack traces on process warnings
  --pending-deprecation       emit pending deprecation warnings
  --unhandled-rejections=mode throw (default), strict, warn, none, warn-with-error-code
  --zero-fill-buffers         zero-fill new Buffers
  --expose-gc                 expose the global gc()
  --stack-trace-limit=n       frames in an error's stack
  --title=title               the process title
  -v, --version               print the nodus version
  -h, --help                  print this help
  --                          end of options; the next argument is the script

The other options of Node 24 are accepted; those that do not apply to nodus (such as
--inspect) print a warning that names them. NODE_OPTIONS is read as Node reads it.
nodus runs Node.js programs (CommonJS and ES modules) with Node's semantics.
";

/// Options nodus acts on. The rest of Node's are accepted with a warning.
const HONOURED: &[&str] = &[
  "--check",
  "--env-file",
  "--env-file-if-exists",
  "--eval",
  "--expose-gc",
  "--import",
  "--input-type",
  "--interactive",
  "--max-old-space-size",
  "--network-family-autoselection-attempt-timeout",
  "--no-network-family-autoselection",
  "--enable-network-family-autoselection",
  "--no-deprecation",
  "--no-warnings",
  "--pending-deprecation",
  "--print",
  "--require",
  "--stack-trace-limit",
  "--throw-deprecation",
  "--title",
  "--trace-deprecation",
  "--trace-warnings",
  "--unhandled-rejections",
  "--zero-fill-buffers",
];

/// Options that only make sense on the command line, as in Node.
const NOT_IN_NODE_OPTIONS: &[&str] = &[
  "--check",
  "--eval",
  "--print",
  "--interactive",
  "--help",
  "--version",
  "--test",
  "--completion-bash",
  "--v8-options",
];

pub(crate) enum Command {
  Run(NodusOptions),
  Version,
  Help,
}

#[derive(Debug)]
pub(crate) struct ArgError {
  pub(crate) message: String,
  pub(crate) exit_code: u8,
}

impl ArgError {
  fn bad(message: String) -> Self {
    ArgError {
      message,
      exit_code: 9,
    }
  }
}

pub(crate) fn program_name() -> String {
  std::env::args().next().unwrap_or_else(|| "nodus".into())
}

/// An option as given: its canonical name (`--require` for `-r`, `-` for `_`), whether it
/// was negated (`--no-x`), and its value.
struct Parsed {
  name: String,
  value: Option<String>,
}

/// Looks `arg` up; `next` is the following argument, taken when the option needs a value
/// and has none after `=`. Returns the option and how many arguments it used.
fn parse_option(arg: &str, next: Option<&String>) -> Result<Option<(Parsed, usize)>, ArgError> {
  let (raw_name, inline) = match arg.split_once('=') {
    Some((n, v)) if arg.starts_with("--") => (n, Some(v.to_owned())),
    _ => (arg, None),
  };
  // Node treats `_` and `-` alike in option names (after the leading dashes).
  let name = if let Some(rest) = raw_name.strip_prefix("--") {
    format!("--{}", rest.replace('_', "-"))
  } else {
    raw_name.to_owned()
  };
  let lookup = |n: &str| -> Option<(Arity, String)> {
    if let Some((_, arity, alias)) = NODE_OPTIONS.iter().find(|(o, _, _)| *o == n) {
      return Some((*arity, alias.unwrap_or(n).to_owned()));
    }
    V8_OPTIONS
      .iter()
      .find(|(o, _)| *o == n)
      .map(|(_, arity)| (*arity, n.to_owned()))
  };
  let (arity, canonical, negated) = match lookup(&name) {
    Some((arity, canonical)) => (arity, canonical, false),
    None => match name.strip_prefix("--no-").map(|rest| format!("--{rest}")) {
      // `--no-x` for any flag `--x`, as Node's parser allows.
      Some(positive) => match lookup(&positive) {
        Some((Arity::Flag, canonical)) => (Arity::Flag, canonical, true),
        _ => return Ok(None),
      },
      None => return Ok(None),
    },
  };
  let (value, used) = match arity {
    Arity::Flag => {
      if inline.is_some() {
        return Err(ArgError::bad(format!("{raw_name} does not take an argument")));
      }
      (Some((!negated).to_string()), 1)
    }
    Arity::Optional => (inline.or(Some(String::new())), 1),
    Arity::Value => match inline {
      Some(v) => (Some(v), 1),
      None => match next {
        Some(v) => (Some(v.clone()), 2),
        None => return Err(ArgError::bad(format!("{raw_name} requires an argument"))),
      },
    },
  };
  Ok(Some((
    Parsed {
      name: canonical,
      value,
    },
    used,
  )))
}

/// Splits NODE_OPTIONS as Node does: on spaces, with double quotes grouping and `\`
/// escaping inside them.
fn split_node_options(text: &str) -> Vec<String> {
  let mut out = Vec::new();
  let mut current = String::new();
  let mut quoted = false;
  let mut has_token = false;
  let mut chars = text.chars();
  while let Some(c) = chars.next() {
    match c {
      '\\' if quoted => {
        if let Some(next) = chars.next() {
          current.push(next);
        }
      }
      '"' => {
        quoted = !quoted;
        has_token = true;
      }
      ' ' if !quoted => {
        if has_token {
          out.push(std::mem::take(&mut current));
          has_token = false;
        }
      }
      _ => {
        current.push(c);
        has_token = true;
      }
    }
  }
  if has_token {
    out.push(current);
  }
  out
}

/// Parses `argv` (with the program name first), after the options in NODE_OPTIONS.
pub(crate) fn parse(argv: Vec<String>) -> Result<Command, ArgError> {
  let exec_path = std::env::current_exe()
    .map(|p| p.to_string_lossy().into_owned())
    .unwrap_or_else(|_| argv[0].clone());
  let mut options: Vec<Parsed> = Vec::new();

  if let Ok(env) = std::env::var("NODE_OPTIONS") {
    let words = split_node_options(&env);
    let mut i = 0;
    while i < words.len() {
      let word = &words[i];
      let not_allowed = || ArgError::bad(format!("{word} is not allowed in NODE_OPTIONS"));
      let Some((parsed, used)) = parse_option(word, words.get(i + 1))? else {
        return Err(not_allowed());
      };
      if NOT_IN_NODE_OPTIONS.contains(&parsed.name.as_str()) {
        return Err(not_allowed());
      }
      options.push(parsed);
      i += used;
    }
  }

  let mut exec_argv = Vec::new();
  // -e's code, and whether -p asked for its result to be printed.
  let mut eval_code: Option<String> = None;
  let mut print = false;
  let mut stdin_named = false;
  let mut i = 1;
  while i < argv.len() {
    let arg = &argv[i];
    if arg == "--" {
      i += 1;
      break;
    }
    if arg == "-" {
      stdin_named = true;
      i += 1;
      break;
    }
    if !arg.starts_with('-') || arg.len() == 1 {
      break;
    }
    match arg.as_str() {
      "-v" | "--version" => return Ok(Command::Version),
      "-h" | "--help" => return Ok(Command::Help),
      // -p prints what is evaluated: its own code, or -e's when what follows it is
      // another option or nothing (`node -p -e code`, `node -e code -p`).
      "-p" | "--print" | "-pe" => {
        print = true;
        let code = argv.get(i + 1).filter(|next| !next.starts_with('-'));
        exec_argv.push(arg.clone());
        i += 1;
        if let Some(code) = code {
          exec_argv.push(code.clone());
          eval_code = Some(code.clone());
          i += 1;
        }
        continue;
      }
      _ => {}
    }
    let Some((parsed, used)) = parse_option(arg, argv.get(i + 1))? else {
      return Err(ArgError::bad(format!("bad option: {arg}")));
    };
    exec_argv.extend(argv[i..i + used].iter().cloned());
    i += used;
    match parsed.name.as_str() {
      "--eval" => eval_code = parsed.value.clone(),
      "--print" => {
        print = true;
        eval_code = parsed.value.clone();
      }
      _ => {}
    }
    options.push(parsed);
  }

  let flag = |name: &str| {
    options
      .iter()
      .rev()
      .find(|o| o.name == name)
      .is_some_and(|o| o.value.as_deref() == Some("true"))
  };
  if flag("--interactive") {
    return Err(ArgError::bad(
      "-i: the interactive REPL is not implemented in nodus (ERR_NOT_IMPLEMENTED)".into(),
    ));
  }
  for o in &options {
    load_env_file(o)?;
  }
  warn_inapplicable(&options);

  // Node: after -e/-p, all remaining arguments are the program's; otherwise the first one
  // is the script, and with none (or `-`) the program is read from stdin.
  let mut process_argv = vec![exec_path.clone()];
  let main = match (eval_code, print) {
    (code, true) => MainModule::Print(code.unwrap_or_default()),
    (Some(code), false) => MainModule::Eval(code),
    (None, false) => match argv.get(i).filter(|_| !stdin_named) {
      Some(file) => {
        let path = std::env::current_dir().unwrap_or_default().join(file);
        process_argv.push(path.to_string_lossy().into_owned());
        i += 1;
        MainModule::File(path)
      }
      None => {
        if !stdin_named && std::io::stdin().is_terminal() {
          return Err(ArgError::bad(
            "the interactive REPL is not implemented in nodus; pass a script, -e, -p or a program on stdin"
              .into(),
          ));
        }
        if stdin_named {
          process_argv.push("-".into());
        }
        let mut code = String::new();
        std::io::stdin()
          .read_to_string(&mut code)
          .map_err(|e| ArgError::bad(format!("cannot read the program from stdin: {e}")))?;
        MainModule::Stdin(code)
      }
    },
  };
  process_argv.extend(argv[i..].iter().cloned());
  let node_options = options
    .into_iter()
    .filter(|o| HONOURED.contains(&o.name.as_str()))
    .map(|o| (o.name, o.value.unwrap_or_default()))
    .collect();
  let options = NodusOptions {
    argv: process_argv,
    exec_path,
    exec_argv,
    main,
    version: env!("CARGO_PKG_VERSION").to_owned(),
    node_options,
  };
  Ok(Command::Run(options))
}

/// `--env-file`: the variables of a dotenv file go into the environment before the
/// program starts; those already set win, as in Node.
fn load_env_file(option: &Parsed) -> Result<(), ArgError> {
  let optional = match option.name.as_str() {
    "--env-file" => false,
    "--env-file-if-exists" => true,
    _ => return Ok(()),
  };
  let path = option.value.as_deref().unwrap_or_default();
  let text = match std::fs::read_to_string(path) {
    Ok(t) => t,
    Err(_) if optional => {
      eprintln!("{path} not found. Continuing without it.");
      return Ok(());
    }
    Err(_) => return Err(ArgError::bad(format!("{path}: not found"))),
  };
  for (key, value) in parse_dotenv(&text) {
    if std::env::var_os(&key).is_none() {
      // SAFETY: start-up, before the runtime or any other thread exists.
      unsafe { std::env::set_var(key, value) };
    }
  }
  Ok(())
}

/// The `KEY=value` lines of a dotenv file (Node's rules: `#` comments, optional
/// `export `, single/double/back quotes, `\n` in double quotes, quoted values over
/// several lines).
pub(crate) fn parse_dotenv(text: &str) -> Vec<(String, String)> {
  let mut out = Vec::new();
  let mut lines = text.lines();
  while let Some(line) = lines.next() {
    let line = line.trim_start();
    if line.is_empty() || line.starts_with('#') {
      continue;
    }
    let line = line.strip_prefix("export ").unwrap_or(line);
    let Some((key, value)) = line.split_once('=') else {
      continue;
    };
    let key = key.trim();
    let value = value.trim_start();
    let value = match value.chars().next().filter(|c| matches!(c, '"' | '\'' | '`')) {
      Some(quote) => {
        // The value runs to the closing quote, on a later line if need be.
        let mut body = value[1..].to_owned();
        while !body.contains(quote) {
          match lines.next() {
            Some(more) => {
              body.push('\n');
              body.push_str(more);
            }
            None => break,
          }
        }
        match body.find(quote) {
          Some(end) => body.truncate(end),
          // No closing quote: the line as it is, as Node takes it.
          None => body = value.to_owned(),
        }
        if quote == '"' {
          body.replace("\\n", "\n")
        } else {
          body
        }
      }
      None => value.split(" #").next().unwrap_or(value).trim_end().to_owned(),
    };
    if !key.is_empty() {
      out.push((key.to_owned(), value));
    }
  }
  out
}

/// One warning for the options nodus accepts but does not act on.
fn warn_inapplicable(options: &[Parsed]) {
  let mut names: Vec<&str> = options
    .iter()
    .map(|o| o.name.as_str())
    .filter(|n| !HONOURED.contains(n))
    .collect();
  names.dedup();
  if !names.is_empty() {
    eprintln!(
      "{}: warning: {} not supported by nodus and ignored",
      program_name(),
      if names.len() == 1 {
        format!("{} is", names[0])
      } else {
        format!("{} are", names.join(", "))
      }
    );
  }
}

#[cfg(test)]
mod tests {
  use super::*;

  #[test]
  fn node_options_split_like_node() {
    assert_eq!(
      split_node_options(r#"--require "./a b.js"  --no-warnings --title="x \"y\"""#),
      ["--require", "./a b.js", "--no-warnings", "--title=x \"y\""]
    );
    assert!(split_node_options("   ").is_empty());
  }

  #[test]
  fn options_by_alias_underscore_and_negation() {
    let (p, used) = parse_option("-r", Some(&"x".to_owned())).unwrap().unwrap();
    assert_eq!(
      (p.name.as_str(), p.value.as_deref(), used),
      ("--require", Some("x"), 2)
    );
    let (p, _) = parse_option("--expose_gc", None).unwrap().unwrap();
    assert_eq!(
      (p.name.as_str(), p.value.as_deref()),
      ("--expose-gc", Some("true"))
    );
    let (p, _) = parse_option("--no-deprecation", None).unwrap().unwrap();
    assert_eq!(
      (p.name.as_str(), p.value.as_deref()),
      ("--no-deprecation", Some("true"))
    );
    let (p, _) = parse_option("--no-expose-gc", None).unwrap().unwrap();
    assert_eq!(
      (p.name.as_str(), p.value.as_deref()),
      ("--expose-gc", Some("false"))
    );
    assert!(parse_option("--bogus", None).unwrap().is_none());
    assert!(parse_option("--require", None).is_err());
    assert!(parse_option("--no-warnings=1", None).is_err());
  }

  #[test]
  fn dotenv_lines() {
    let vars =
      parse_dotenv("# c\nA=1\nexport B = two words # note\nC=\"x\\ny\"\nD='$E'\nF=\"multi\nline\"\nG=\n");
    let get = |k: &str| vars.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    assert_eq!(get("A"), Some("1"));
    assert_eq!(get("B"), Some("two words"));
    assert_eq!(get("C"), Some("x\ny"));
    assert_eq!(get("D"), Some("$E"));
    assert_eq!(get("F"), Some("multi\nline"));
    assert_eq!(get("G"), Some(""));
  }
}
