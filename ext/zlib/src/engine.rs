//! One zlib stream (deflate or inflate, zlib/gzip/raw framing) driven the way Node's
//! zlib binding drives zlib: input in, everything that comes out of it back.

use flate2::Compress;
use flate2::Compression;
use flate2::Decompress;
use flate2::FlushCompress;
use flate2::FlushDecompress;
use flate2::Status;

/// Node's zlib modes (the numbers its `constants` give them).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
  Deflate = 1,
  Inflate = 2,
  Gzip = 3,
  Gunzip = 4,
  DeflateRaw = 5,
  InflateRaw = 6,
  /// Inflate of zlib or gzip data, told apart by the first bytes.
  Unzip = 7,
}

impl Mode {
  pub fn from_number(n: u32) -> Option<Mode> {
    Some(match n {
      1 => Mode::Deflate,
      2 => Mode::Inflate,
      3 => Mode::Gzip,
      4 => Mode::Gunzip,
      5 => Mode::DeflateRaw,
      6 => Mode::InflateRaw,
      7 => Mode::Unzip,
      _ => return None,
    })
  }
}

/// zlib's flush values (Z_NO_FLUSH is 0).
const Z_PARTIAL_FLUSH: u32 = 1;
const Z_SYNC_FLUSH: u32 = 2;
const Z_FULL_FLUSH: u32 = 3;
pub const Z_FINISH: u32 = 4;

/// A zlib error as Node reports it: the code name and zlib's message (JS adds the
/// number that goes with the code).
#[derive(Debug)]
pub struct ZlibError {
  pub code: &'static str,
  pub message: String,
}

impl ZlibError {
  fn data(message: Option<&str>) -> Self {
    ZlibError {
      code: "Z_DATA_ERROR",
      message: message.unwrap_or("invalid data").to_owned(),
    }
  }
  fn need_dict(message: &str) -> Self {
    ZlibError {
      code: "Z_NEED_DICT",
      message: message.to_owned(),
    }
  }
  fn unexpected_end() -> Self {
    ZlibError {
      code: "Z_BUF_ERROR",
      message: "unexpected end of file".to_owned(),
    }
  }
  fn stream(message: String) -> Self {
    ZlibError {
      code: "Z_STREAM_ERROR",
      message,
    }
  }
}

/// Why a write failed.
#[derive(Debug)]
pub enum Failure {
  Zlib(ZlibError),
  /// Output beyond the caller's limit (`maxOutputLength`).
  TooLarge,
}

impl From<ZlibError> for Failure {
  fn from(e: ZlibError) -> Self {
    Failure::Zlib(e)
  }
}

enum Inner {
  Compress(Compress),
  Decompress(Decompress),
  /// Unzip before its first bytes said which framing it has.
  Undecided,
}

/// A deflate or inflate stream with its settings.
pub struct Engine {
  mode: Mode,
  window_bits: u8,
  dictionary: Option<Vec<u8>>,
  inner: Inner,
  /// Unzip: bytes kept until there are enough to tell gzip from zlib.
  held: Vec<u8>,
  /// The (last) stream has ended; later input is ignored or starts another gzip member.
  ended: bool,
}

impl Engine {
  /// `level` -1..=9, `window_bits` 8..=15 (checked in JS).
  pub fn new(
    mode: Mode,
    level: i32,
    window_bits: u8,
    dictionary: Option<Vec<u8>>,
  ) -> Result<Engine, ZlibError> {
    let level = if level < 0 {
      Compression::default()
    } else {
      Compression::new(level as u32)
    };
    // zlib takes 8 as 9 for raw deflate streams and refuses 8 for them otherwise.
    let bits = window_bits.max(9);
    let inner = match mode {
      Mode::Deflate => Inner::Compress(Compress::new_with_window_bits(level, true, bits)),
      Mode::DeflateRaw => Inner::Compress(Compress::new_with_window_bits(level, false, bits)),
      Mode::Gzip => Inner::Compress(Compress::new_gzip(level, bits)),
      Mode::Inflate => Inner::Decompress(Decompress::new_with_window_bits(true, window_bits.max(8))),
      Mode::InflateRaw => Inner::Decompress(Decompress::new_with_window_bits(false, bits)),
      Mode::Gunzip => Inner::Decompress(Decompress::new_gzip(15)),
      Mode::Unzip => Inner::Undecided,
    };
    let mut engine = Engine {
      mode,
      window_bits,
      dictionary,
      inner,
      held: Vec::new(),
      ended: false,
    };
    engine.apply_dictionary_for_raw_or_deflate()?;
    Ok(engine)
  }

  /// Deflate streams take the dictionary at once; zlib inflate streams when the data
  /// asks for it; raw inflate streams at once.
  fn apply_dictionary_for_raw_or_deflate(&mut self) -> Result<(), ZlibError> {
    let Some(dict) = self.dictionary.as_deref() else {
      return Ok(());
    };
    match (&mut self.inner, self.mode) {
      (Inner::Compress(c), Mode::Deflate | Mode::DeflateRaw) => {
        c.set_dictionary(dict)
          .map_err(|e| ZlibError::stream(e.to_string()))?;
      }
      (Inner::Decompress(d), Mode::InflateRaw) => {
        d.set_dictionary(dict)
          .map_err(|_| ZlibError::need_dict("Bad dictionary"))?;
      }
      _ => {}
    }
    Ok(())
  }

  /// Changes the compression level (`params()`).
  pub fn set_level(&mut self, level: i32) -> Result<(), ZlibError> {
    if let Inner::Compress(c) = &mut self.inner {
      let level = if level < 0 {
        Compression::default()
      } else {
        Compression::new(level as u32)
      };
      c.set_level(level).map_err(|e| ZlibError::stream(e.to_string()))?;
    }
    Ok(())
  }

  /// Feeds `input` with zlib flush value `flush` and appends what comes out to `out`,
  /// failing once `out` would exceed `max_output` bytes.
  pub fn write(
    &mut self,
    input: &[u8],
    flush: u32,
    max_output: usize,
    out: &mut Vec<u8>,
  ) -> Result<(), Failure> {
    if self.mode == Mode::Unzip && matches!(self.inner, Inner::Undecided) {
      self.held.extend_from_slice(input);
      if self.held.len() < 2 && flush != Z_FINISH {
        return Ok(());
      }
      let gzip = self.held.starts_with(&[0x1f, 0x8b]);
      self.inner = Inner::Decompress(if gzip {
        Decompress::new_gzip(15)
      } else {
        Decompress::new_with_window_bits(true, self.window_bits.max(8))
      });
      let held = std::mem::take(&mut self.held);
      return self.write_decided(&held, flush, max_output, out, gzip);
    }
    let gzip = self.mode == Mode::Gunzip;
    self.write_decided(input, flush, max_output, out, gzip)
  }

  fn write_decided(
    &mut self,
    mut input: &[u8],
    flush: u32,
    max_output: usize,
    out: &mut Vec<u8>,
    gzip: bool,
  ) -> Result<(), Failure> {
    match &mut self.inner {
      Inner::Compress(c) => {
        let flush = match flush {
          Z_PARTIAL_FLUSH => FlushCompress::Partial,
          Z_SYNC_FLUSH => FlushCompress::Sync,
          Z_FULL_FLUSH => FlushCompress::Full,
          Z_FINISH => FlushCompress::Finish,
          _ => FlushCompress::None,
        };
        loop {
          reserve(out, max_output)?;
          let before_in = c.total_in();
          let before_out = c.total_out();
          let status = c
            .compress_vec(input, out, flush)
            .map_err(|e| ZlibError::stream(e.to_string()))?;
          let consumed = (c.total_in() - before_in) as usize;
          input = &input[consumed..];
          let stuck = consumed == 0 && c.total_out() == before_out;
          // Room left over means zlib had nothing more to give for this flush.
          if status == Status::StreamEnd || (input.is_empty() && out.len() < out.capacity()) || stuck {
            break;
          }
        }
        Ok(())
      }
      Inner::Decompress(d) => {
        let finishing = flush == Z_FINISH;
        let zflush = if flush == Z_SYNC_FLUSH || flush == Z_FULL_FLUSH {
          FlushDecompress::Sync
        } else {
          FlushDecompress::None
        };
        loop {
          if self.ended {
            // After a gzip member, more input is another member unless it is padding.
            if gzip && input.first().is_some_and(|&b| b != 0) {
              *d = Decompress::new_gzip(15);
              self.ended = false;
            } else {
              return Ok(());
            }
          }
          reserve(out, max_output)?;
          let before_in = d.total_in();
          let before_out = d.total_out();
          let result = d.decompress_vec(input, out, zflush);
          let consumed = (d.total_in() - before_in) as usize;
          input = &input[consumed..];
          match result {
            Ok(Status::StreamEnd) => {
              self.ended = true;
              continue;
            }
            Ok(_) => {}
            Err(e) if e.needs_dictionary().is_some() => match self.dictionary.as_deref() {
              Some(dict) => {
                d.set_dictionary(dict)
                  .map_err(|_| ZlibError::need_dict("Bad dictionary"))?;
                continue;
              }
              None => return Err(ZlibError::need_dict("Missing dictionary").into()),
            },
            Err(e) => return Err(ZlibError::data(e.message()).into()),
          }
          let stuck = consumed == 0 && d.total_out() == before_out;
          if (input.is_empty() && out.len() < out.capacity()) || stuck {
            break;
          }
        }
        if finishing && !self.ended {
          return Err(ZlibError::unexpected_end().into());
        }
        Ok(())
      }
      // Unzip that ends before two bytes arrived.
      Inner::Undecided if flush == Z_FINISH => Err(ZlibError::unexpected_end().into()),
      Inner::Undecided => Ok(()),
    }
  }
}

/// Makes room for more output, within the limit.
fn reserve(out: &mut Vec<u8>, max_output: usize) -> Result<(), Failure> {
  if out.len() >= max_output {
    return Err(Failure::TooLarge);
  }
  if out.capacity() - out.len() < 1024 {
    let grow = out.capacity().clamp(16 * 1024, 4 * 1024 * 1024);
    out.reserve(grow.min(max_output - out.len()).max(1));
  }
  Ok(())
}

/// Compresses or decompresses all of `input` at once, ending with zlib flush value
/// `finish_flush` (`zlib.deflateSync` and friends; Z_FINISH unless `finishFlush` says).
pub fn one_shot(
  mode: Mode,
  level: i32,
  window_bits: u8,
  dictionary: Option<Vec<u8>>,
  input: &[u8],
  finish_flush: u32,
  max_output: usize,
) -> Result<Vec<u8>, Failure> {
  let mut engine = Engine::new(mode, level, window_bits, dictionary)?;
  let mut out = Vec::with_capacity((input.len() / 2).clamp(64, 1 << 20).min(max_output.max(1)));
  engine.write(input, finish_flush, max_output, &mut out)?;
  if out.len() > max_output {
    return Err(Failure::TooLarge);
  }
  Ok(out)
}

#[cfg(test)]
mod tests {
  use super::*;

  #[test]
  fn round_trips_every_framing() {
    let data: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
    for (c, d) in [
      (Mode::Deflate, Mode::Inflate),
      (Mode::Gzip, Mode::Gunzip),
      (Mode::DeflateRaw, Mode::InflateRaw),
      (Mode::Gzip, Mode::Unzip),
      (Mode::Deflate, Mode::Unzip),
    ] {
      let packed = one_shot(c, 6, 15, None, &data, Z_FINISH, usize::MAX).unwrap();
      assert!(packed.len() < data.len() / 10);
      assert_eq!(
        one_shot(d, -1, 15, None, &packed, Z_FINISH, usize::MAX).unwrap(),
        data
      );
    }
  }

  #[test]
  fn truncated_input_is_unexpected_end() {
    let packed = one_shot(
      Mode::Gzip,
      6,
      15,
      None,
      b"hello hello hello",
      Z_FINISH,
      usize::MAX,
    )
    .unwrap();
    match one_shot(
      Mode::Gunzip,
      -1,
      15,
      None,
      &packed[..packed.len() - 4],
      Z_FINISH,
      usize::MAX,
    ) {
      Err(Failure::Zlib(e)) => assert_eq!(e.code, "Z_BUF_ERROR"),
      other => panic!("{other:?}"),
    }
  }

  #[test]
  fn output_limit_is_enforced() {
    let packed = one_shot(Mode::Deflate, 9, 15, None, &[0u8; 100_000], Z_FINISH, usize::MAX).unwrap();
    assert!(matches!(
      one_shot(Mode::Inflate, -1, 15, None, &packed, Z_FINISH, 1000),
      Err(Failure::TooLarge)
    ));
  }
}
