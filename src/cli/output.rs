//! Where command output goes: a buffered stdout that strips colour when
//! it is not a terminal.

use std::io::{self, BufWriter, Write};

/// Buffered standard output with colour handling.
pub fn stdout() -> BufWriter<anstream::AutoStream<io::StdoutLock<'static>>> {
    let lock = io::stdout().lock();
    let choice = anstream::AutoStream::choice(&io::stdout());
    BufWriter::new(anstream::AutoStream::new(lock, choice))
}

/// Run `f` against stdout and flush, so a closed pipe surfaces as an error
/// the caller can recognise.
pub fn with_stdout(f: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let mut out = stdout();
    f(&mut out)?;
    out.flush()
}
