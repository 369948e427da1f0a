//! Command-line parsing, following `node`'s conventions: runtime options come before the
//! program file, everything after it belongs to the program.

use nodus_core::MainModule;
use nodus_core::NodusOptions;

pub(crate) const HELP: &str = "\
Usage: nodus [options] [ script.js ] [arguments]
       nodus -e \"script\" [arguments]
       nodus -p \"expression\" [arguments]

Options:
  -e, --eval script      evaluate script
  -p, --print script     evaluate script and print the result
  -v, --version          print the nodus version
  -h, --help             print this help
  --                     end of options; the next argument is the script

nodus runs Node.js programs (CommonJS and ES modules) with Node's semantics.
";

pub(crate) enum Command {
  Run(NodusOptions),
  Version,
  Help,
}

pub(crate) struct ArgError {
  pub(crate) message: String,
  pub(crate) exit_code: u8,
}

pub(crate) fn program_name() -> String {
  std::env::args().next().unwrap_or_else(|| "nodus".into())
}

/// Parses `argv` (with the program name first).
pub(crate) fn parse(argv: Vec<String>) -> Result<Command, ArgError> {
  let exec_path = std::env::current_exe()
    .map(|p| p.to_string_lossy().into_owned())
    .unwrap_or_else(|_| argv[0].clone());
  let mut exec_argv = Vec::new();
  let mut main = None;
  let mut i = 1;
  while i < argv.len() {
    let arg = &argv[i];
    match arg.as_str() {
      "-v" | "--version" => return Ok(Command::Version),
      "-h" | "--help" => return Ok(Command::Help),
      "-e" | "--eval" | "-p" | "--print" | "-pe" => {
        let code = argv.get(i + 1).ok_or_else(|| ArgError {
          message: format!("{arg} requires an argument"),
          exit_code: 9,
        })?;
        exec_argv.push(arg.clone());
        exec_argv.push(code.clone());
        main = Some(if arg.contains('p') && arg != "--eval" {
          MainModule::Print(code.clone())
        } else {
          MainModule::Eval(code.clone())
        });
        i += 2;
        continue;
      }
      "--" => {
        i += 1;
        break;
      }
      s if s.starts_with('-') && s.len() > 1 && main.is_none() => {
        return Err(ArgError {
          message: format!("bad option: {s}"),
          exit_code: 9,
        });
      }
      _ => break,
    }
  }
  // Node: after -e/-p, all remaining arguments are the program's; otherwise the first one
  // is the script.
  let mut process_argv = vec![exec_path.clone()];
  let main = match main {
    Some(m) => m,
    None => match argv.get(i) {
      Some(file) => {
        let path = std::env::current_dir().unwrap_or_default().join(file);
        process_argv.push(path.to_string_lossy().into_owned());
        i += 1;
        MainModule::File(path)
      }
      None => {
        return Err(ArgError {
          message: "the interactive REPL is not implemented in nodus; pass a script, -e or -p".into(),
          exit_code: 9,
        })
      }
    },
  };
  process_argv.extend(argv[i..].iter().cloned());
  Ok(Command::Run(NodusOptions {
    argv: process_argv,
    exec_path,
    exec_argv,
    main,
    version: env!("CARGO_PKG_VERSION").to_owned(),
  }))
}
