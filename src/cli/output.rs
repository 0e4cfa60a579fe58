//! Where command output goes: a buffered stdout that strips colour when
//! it is not a terminal.

use std::io::{self, BufWriter, Write};

/// Buffered standard output with colour handling.
pub fn stdout() -> BufWriter<anstream::AutoStream<io::StdoutLock<'static>>> {
    let lock = io::stdout().lock();
    let choice = anstream::AutoStream::choice(&io::stdout());
    BufWriter::new(anstream::AutoStream::new(lock, choice))
}

/// Buffered standard output with no colour handling, for formats that can
/// never hold a terminal escape (JSON writes control characters as `\u001b`).
/// Skipping the escape scanner matters when the output is larger than the input.
pub fn raw_stdout() -> BufWriter<io::StdoutLock<'static>> {
    BufWriter::with_capacity(64 * 1024, io::stdout().lock())
}

/// Run `f` against stdout and flush, so a closed pipe surfaces as an error
/// the caller can recognise.
pub fn with_stdout(f: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let mut out = stdout();
    f(&mut out)?;
    out.flush()
}

/// [`with_stdout`] for formats that never hold a terminal escape: see [`raw_stdout`].
pub fn with_raw_stdout(f: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let mut out = raw_stdout();
    f(&mut out)?;
    out.flush()
}
