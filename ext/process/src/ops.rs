//! Ops behind `process` and `os`.

use std::sync::OnceLock;
use std::time::Instant;

use deno_core::op2;
use nodus_core::errors::NodeError;
use serde::Serialize;

/// `process.env[key]`
#[op2]
#[string]
pub fn op_process_env_get(#[string] key: &str) -> Option<String> {
  std::env::var_os(key).map(|v| v.to_string_lossy().into_owned())
}

/// `process.env[key] = value`
#[op2(fast)]
pub fn op_process_env_set(#[string] key: &str, #[string] value: &str) {
  if !key.is_empty() && !key.contains('=') && !key.contains('\0') && !value.contains('\0') {
    // SAFETY-free in Rust 2021: nodus runs JS on one thread, and no other thread of ours
    // reads the environment concurrently.
    std::env::set_var(key, value);
  }
}

/// `delete process.env[key]`
#[op2(fast)]
pub fn op_process_env_delete(#[string] key: &str) {
  if !key.is_empty() && !key.contains('=') && !key.contains('\0') {
    std::env::remove_var(key);
  }
}

/// `Object.keys(process.env)`
#[op2]
#[serde]
pub fn op_process_env_keys() -> Vec<String> {
  std::env::vars_os()
    .map(|(k, _)| k.to_string_lossy().into_owned())
    .collect()
}

/// `process.cwd()`
#[op2]
#[string]
pub fn op_process_cwd() -> Result<String, NodeError> {
  std::env::current_dir()
    .map(|p| p.to_string_lossy().into_owned())
    .map_err(|e| NodeError::system(&e, "uv_cwd", ""))
}

/// `process.chdir(dir)`
#[op2(fast)]
pub fn op_process_chdir(#[string] dir: &str) -> Result<(), NodeError> {
  std::env::set_current_dir(dir).map_err(|e| NodeError::os(&e, "chdir").with_path(dir))
}

/// `[pid, ppid, uid, gid, euid, egid]`
#[op2]
#[serde]
pub fn op_process_ids() -> Vec<u32> {
  // SAFETY: these libc calls take no arguments and cannot fail.
  unsafe {
    vec![
      libc::getpid() as u32,
      libc::getppid() as u32,
      libc::getuid(),
      libc::getgid(),
      libc::geteuid(),
      libc::getegid(),
    ]
  }
}

fn monotonic_ns() -> u64 {
  let mut ts = libc::timespec {
    tv_sec: 0,
    tv_nsec: 0,
  };
  // SAFETY: `ts` is a valid out-pointer.
  unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
  ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
}

/// `process.hrtime.bigint()` as a number of nanoseconds split in two u32 for precision:
/// fills `out` with [seconds_hi, seconds_lo, nanos].
#[op2(fast)]
pub fn op_process_hrtime(#[buffer] out: &mut [u32]) {
  let ns = monotonic_ns();
  let secs = ns / 1_000_000_000;
  if out.len() >= 3 {
    out[0] = (secs >> 32) as u32;
    out[1] = secs as u32;
    out[2] = (ns % 1_000_000_000) as u32;
  }
}

/// When the process started: the monotonic instant and the wall clock in ms since the epoch.
static START: OnceLock<(Instant, f64)> = OnceLock::new();

fn start() -> &'static (Instant, f64) {
  START.get_or_init(|| {
    let epoch_ms = std::time::SystemTime::now()
      .duration_since(std::time::UNIX_EPOCH)
      .map_or(0.0, |d| d.as_secs_f64() * 1000.0);
    (Instant::now(), epoch_ms)
  })
}

/// Seconds since the process started (`process.uptime()`).
#[op2(fast)]
pub fn op_process_uptime() -> f64 {
  start().0.elapsed().as_secs_f64()
}

/// Milliseconds since the process started (`performance.now()`).
#[op2(fast)]
pub fn op_process_performance_now() -> f64 {
  start().0.elapsed().as_secs_f64() * 1000.0
}

/// The wall-clock time of the process start in ms since the epoch (`performance.timeOrigin`).
#[op2(fast)]
pub fn op_process_time_origin() -> f64 {
  start().1
}

/// Marks the start time; called when the extension's state is built.
pub fn mark_start() {
  start();
}

/// `[rss, heapTotal, heapUsed, external, arrayBuffers]` in bytes; the heap figures are the
/// engine's where it reports them, else derived from the process's data segment.
#[op2]
#[serde]
pub fn op_process_memory() -> Vec<f64> {
  let page = 4096.0;
  let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
  let mut fields = statm.split_whitespace().map(|f| f.parse::<f64>().unwrap_or(0.0));
  let _size = fields.next().unwrap_or(0.0);
  let rss = fields.next().unwrap_or(0.0) * page;
  let _shared = fields.next();
  let _text = fields.next();
  let _lib = fields.next();
  let data = fields.next().unwrap_or(0.0) * page;
  vec![rss, data, data.min(rss), 0.0, 0.0]
}

/// `process.umask(mask?)`: returns the old mask; `mask < 0` only reads it.
#[op2(fast)]
pub fn op_process_umask(mask: i32) -> u32 {
  // SAFETY: umask cannot fail; reading restores the old value right away.
  unsafe {
    if mask < 0 {
      let old = libc::umask(0);
      libc::umask(old);
      old as u32
    } else {
      libc::umask(mask as libc::mode_t) as u32
    }
  }
}

/// `process.kill(pid, signal)`; returns 0 or the negative errno.
#[op2(fast)]
pub fn op_process_kill(pid: i32, signal: i32) -> i32 {
  // SAFETY: kill has no memory-safety preconditions.
  let r = unsafe { libc::kill(pid, signal) };
  if r == 0 {
    0
  } else {
    -std::io::Error::last_os_error().raw_os_error().unwrap_or(1)
  }
}

/// What `os` reports about the machine.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OsInfo {
  hostname: String,
  release: String,
  version: String,
  machine: String,
  sysname: String,
  totalmem: f64,
  freemem: f64,
  uptime: f64,
  homedir: String,
  username: String,
  shell: String,
  uid: u32,
  gid: u32,
}

fn cstr(buf: &[libc::c_char]) -> String {
  let bytes: Vec<u8> = buf.iter().take_while(|c| **c != 0).map(|c| *c as u8).collect();
  String::from_utf8_lossy(&bytes).into_owned()
}

/// `os.hostname()`, `os.release()`, memory, uptime, the user's entry.
#[op2]
#[serde]
pub fn op_os_info() -> OsInfo {
  // SAFETY: uname and sysinfo fill the zeroed structs we own.
  let (uts, si) = unsafe {
    let mut uts: libc::utsname = std::mem::zeroed();
    libc::uname(&mut uts);
    let mut si: libc::sysinfo = std::mem::zeroed();
    libc::sysinfo(&mut si);
    (uts, si)
  };
  let unit = si.mem_unit.max(1) as f64;
  // SAFETY: getpwuid returns null or a pointer valid until the next call; we copy at once.
  let (uid, gid) = unsafe { (libc::getuid(), libc::getgid()) };
  let (pw_home, pw_name, pw_shell) = unsafe {
    let pw = libc::getpwuid(uid);
    if pw.is_null() {
      (String::new(), String::new(), String::new())
    } else {
      let s = |p: *const libc::c_char| {
        if p.is_null() {
          String::new()
        } else {
          std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
        }
      };
      (s((*pw).pw_dir), s((*pw).pw_name), s((*pw).pw_shell))
    }
  };
  OsInfo {
    hostname: cstr(&uts.nodename),
    release: cstr(&uts.release),
    version: cstr(&uts.version),
    machine: cstr(&uts.machine),
    sysname: cstr(&uts.sysname),
    totalmem: si.totalram as f64 * unit,
    freemem: std::fs::read_to_string("/proc/meminfo")
      .ok()
      .and_then(|m| {
        m.lines()
          .find(|l| l.starts_with("MemAvailable:"))
          .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
      })
      .map(|kb| kb * 1024.0)
      .unwrap_or(si.freeram as f64 * unit),
    uptime: si.uptime as f64,
    homedir: std::env::var("HOME").unwrap_or(pw_home),
    username: pw_name,
    shell: pw_shell,
    uid,
    gid,
  }
}

/// `os.loadavg()`
#[op2]
#[serde]
pub fn op_os_loadavg() -> Vec<f64> {
  let mut l = [0f64; 3];
  // SAFETY: `l` has room for the 3 values asked for.
  unsafe { libc::getloadavg(l.as_mut_ptr(), 3) };
  l.to_vec()
}

/// `os.cpus()` as `[model, speedMHz, user, nice, sys, idle, irq]` per CPU (times in ms).
#[op2]
#[serde]
pub fn op_os_cpus() -> Vec<(String, f64, f64, f64, f64, f64, f64)> {
  let info = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
  let mut models = Vec::new();
  let mut speeds = Vec::new();
  for line in info.lines() {
    if let Some((k, v)) = line.split_once(':') {
      match k.trim() {
        "model name" => models.push(v.trim().to_owned()),
        "cpu MHz" => speeds.push(v.trim().parse::<f64>().unwrap_or(0.0).floor()),
        _ => {}
      }
    }
  }
  // SAFETY: sysconf has no memory-safety preconditions.
  let tick_ms = 1000.0 / unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
  let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
  stat
    .lines()
    .filter(|l| l.starts_with("cpu") && l.as_bytes().get(3).is_some_and(u8::is_ascii_digit))
    .enumerate()
    .map(|(i, l)| {
      let t: Vec<f64> = l
        .split_whitespace()
        .skip(1)
        .map(|x| x.parse::<f64>().unwrap_or(0.0) * tick_ms)
        .collect();
      let g = |n: usize| t.get(n).copied().unwrap_or(0.0);
      (
        models.get(i).cloned().unwrap_or_default(),
        speeds.get(i).copied().unwrap_or(0.0),
        g(0),
        g(1),
        g(2),
        g(3),
        g(5),
      )
    })
    .collect()
}

/// `[user, system]` CPU time of this process in microseconds.
#[op2]
#[serde]
pub fn op_process_cpu_usage() -> Vec<f64> {
  // SAFETY: `ru` is a zeroed struct we own; getrusage fills it.
  let ru = unsafe {
    let mut ru: libc::rusage = std::mem::zeroed();
    libc::getrusage(libc::RUSAGE_SELF, &mut ru);
    ru
  };
  let us = |t: libc::timeval| t.tv_sec as f64 * 1e6 + t.tv_usec as f64;
  vec![us(ru.ru_utime), us(ru.ru_stime)]
}

/// Whether `fd` is a terminal.
#[op2(fast)]
pub fn op_process_isatty(fd: i32) -> bool {
  // SAFETY: isatty has no memory-safety preconditions.
  unsafe { libc::isatty(fd) == 1 }
}

/// `[columns, rows]` of the terminal on `fd` (80x24 if unknown).
#[op2]
#[serde]
pub fn op_process_tty_size(fd: i32) -> Vec<u16> {
  // SAFETY: `ws` is a zeroed struct we own; TIOCGWINSZ fills it.
  let ws = unsafe {
    let mut ws: libc::winsize = std::mem::zeroed();
    libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws);
    ws
  };
  if ws.ws_col == 0 {
    vec![80, 24]
  } else {
    vec![ws.ws_col, ws.ws_row]
  }
}

/// Reads the next chunk of standard input; empty at end of input.
#[op2]
#[buffer]
pub async fn op_process_stdin_read() -> Result<Vec<u8>, NodeError> {
  use tokio::io::AsyncReadExt;
  let mut buf = vec![0u8; 65536];
  let n = tokio::io::stdin()
    .read(&mut buf)
    .await
    .map_err(|e| NodeError::system(&e, "read", ""))?;
  buf.truncate(n);
  Ok(buf)
}
